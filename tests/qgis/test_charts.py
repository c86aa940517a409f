"""The chart dock: the same series as the portrait workbook, rendered offscreen and exported as SVG."""

import openpyxl
import pytest
from qgis.PyQt.QtGui import QColor

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.charts import territory_bars
from abs_qgis.processing.portrait_rows import layer_rows, reference_rows
from tests.qgis.test_run_project import project_copy


def test_chart_dock_for_a_commune(run_alg, tmp_path):
    from abs_qgis.ui.chart_dock import ChartDock

    run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    folder = tmp_path / "resultats"
    catalogue = load_catalogue()
    ids = ["densite", "taux_chomage", "part_logements_vacants", "taux_natalite"]
    rows = {row["code"]: row for row in layer_rows(folder / "communes_publiables.gpkg", "commune", "DEPCOM", ids)}
    references = reference_rows(folder / "territoire_et_references.csv", ids)
    bars = territory_bars(rows["63003"], references, ids, catalogue)

    # One source of truth: the series equal the workbook's cells for Ambert.
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    for bar in bars:
        sheet = workbook[catalogue[bar.key].theme[:1].upper() + catalogue[bar.key].theme[1:31]]
        header = [cell.value for cell in sheet[4]]
        column = next(  # the indicator's latest value (not its 2013 column, nor its evolution)
            i
            for i, text in enumerate(header)
            if text and text.startswith(catalogue[bar.key].libelle) and not text.endswith(" 2013")
        )
        cell = next(row[column] for row in sheet.iter_rows(min_row=5, values_only=True) if row[1] == "63003")
        if bar.masked:
            assert cell == "s"
        else:
            assert cell == pytest.approx(bar.value, rel=1e-14)  # XLSX keeps 15 significant digits
        assert bar.reference == references[0]["values"][bar.key]

    dock = ChartDock()
    dock.resize(600, 400)
    dock.show_bars("Ambert", references[0]["niveau"], bars)
    dock.show()
    image = dock.grab().toImage()
    white = QColor("#ffffff").rgb()
    coloured = sum(
        1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3) if image.pixel(x, y) != white
    )
    assert coloured > 500  # not blank: bars, axes and labels are drawn
    svg = dock.export_svg(tmp_path / "ambert.svg").read_text(encoding="utf-8")
    density = next(bar for bar in bars if bar.key == "densite")
    assert "Densité de population : {}".format("{:.1f}".format(density.value).replace(".", ",")) in svg
