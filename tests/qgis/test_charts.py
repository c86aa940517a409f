"""The chart dock: the same series as the portrait workbook, rendered offscreen and exported as SVG."""

import openpyxl
import pytest
from qgis.PyQt.QtGui import QColor

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.charts import territory_bars
from abs_qgis.processing.indicators.portrait_rows import layer_rows, reference_rows
from tests.qgis.test_run_project import project_copy


def test_chart_dock_for_a_commune(run_alg, tmp_path):
    from abs_qgis.ui.chart_dock import ChartDock

    run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    folder = tmp_path / "resultats"
    catalogue = load_catalogue()
    ids = ["densite", "taux_chomage", "part_logements_vacants", "taux_natalite"]
    rows = {
        row["code"]: row
        for row in layer_rows(folder / "couches_publiables" / "communes_publiables.gpkg", "commune", "DEPCOM", ids)
    }
    references = reference_rows(folder / "couches_publiables" / "territoire_et_references.csv", ids)
    bars = territory_bars(rows["63003"], references, ids, catalogue)

    # One source of truth: the series equal the workbook's cells for Ambert.
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    for bar in bars:
        sheet = workbook[catalogue[bar.key].theme[:1].upper() + catalogue[bar.key].theme[1:31]]
        header = [cell.value for cell in sheet[4]]
        column = [  # the indicator's latest value: its last column (the earlier year comes first)
            i for i, text in enumerate(header) if text and text.startswith(catalogue[bar.key].libelle)
        ][-1]
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
    # The age structure of the selected commune, from the age file joined under INSEE's names
    # (sources.colonnes of the sample project): shares per census year = the raw file's counts.
    from qgis.core import QgsVectorLayer

    from abs_qgis.ui.chart_source import selected_ages
    from tests.realdata import read_rows

    layer = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "publiables", "ogr")
    layer.selectByExpression("\"DEPCOM\" = '63003'")
    # The age bands are counts: not in the publishable layer (issue 31), read by the dock from the
    # run's working layer for the officer, never published.
    assert "P22_POP0014" not in layer.fields().names()
    structure = selected_ages(layer)
    raw = next(
        r
        for r in read_rows("population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv")
        if r["codgeo"] == "63003"
    )
    assert [year for year, _bands in structure] == [2011, 2016, 2022]
    for year, bands in structure:
        columns = ["pop_{}_{}".format(b, year) for b in ("0_14", "15_29", "30_44", "45_59", "60_74", "75_89")]
        counts = [float(raw[c]) for c in columns] + [float(raw["pop_90_plus_{}".format(year)])]
        assert [share for _l, _c, share in bands] == pytest.approx([100 * c / sum(counts) for c in counts])
    dock.show_ages(structure)
    assert dock.ages.isVisible() and len(dock.ages.getPlotItem().listDataItems()) == 3
    svg = dock.export_svg(tmp_path / "ambert.svg").read_text(encoding="utf-8")
    density = next(bar for bar in bars if bar.key == "densite")
    # The name on the left, the value and its unit beside the bar.
    assert "Densité de population" in svg
    assert "{} hab./km²".format("{:.1f}".format(density.value).replace(".", ",")) in svg
    # A layer of the delivered map project (cartes/cartes_abs.gpkg): its references are found in
    # couches_publiables/, and the bars compare with the studied territory.
    from abs_qgis.ui.chart_source import selected_bars

    maps = QgsVectorLayer(str(folder / "cartes" / "cartes_abs.gpkg") + "|layername=densite_valeurs", "carte", "ogr")
    assert maps.isValid() and "densite" in maps.fields().names()
    maps.selectByExpression("\"DEPCOM\" = '63003'")
    title, reference_name, delivered = selected_bars(maps)
    assert title == "Ambert" and reference_name == "CC Ambert Livradois Forez"
    assert next(bar for bar in delivered if bar.key == "densite").reference == references[0]["values"]["densite"]
    dock.clear()
    assert dock.bars == [] and dock.caption.text() == "Sélectionnez un territoire d'une couche de l'ABS"


def test_dock_age_pyramid_from_sex_by_age_fields(tmp_path):
    """A layer with INSEE's sex-by-age fields (P22_H0014 … P22_F65P; counts written by hand: no
    sex-by-age file is in ../shared) gets its pyramid in the dock: men left, women right."""
    from qgis.core import QgsFeature, QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    from abs_qgis.ui.chart_dock import ChartDock
    from abs_qgis.ui.chart_source import selected_pyramid

    fields = ["P22_H0014", "P22_H1564", "P22_H65P", "P22_F0014", "P22_F1564", "P22_F65P"]
    counts = [120, 400, 90, 110, 390, 130]
    layer = QgsVectorLayer("None?" + "&".join("field={}:double".format(name) for name in fields), "c", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([float(count) for count in counts])
    layer.dataProvider().addFeatures([feature])
    layer.selectAll()
    pyramid = selected_pyramid(layer)
    assert pyramid == (2022, [("0-14 ans", 120, 110), ("15-64 ans", 400, 390), ("65 ans et plus", 90, 130)])
    dock = ChartDock()
    dock.resize(500, 700)
    dock.show_pyramid(pyramid)
    dock.show()
    assert dock.pyramid.isVisible() and dock.pyramid_year == 2022
    assert list(dock.men.opts["x0"]) == [-120, -400, -90] and list(dock.women.opts["width"]) == [110, 390, 130]
    image = dock.pyramid.grab().toImage().convertToFormat(QImage.Format_RGB32)
    women = QColor("#fd8d3c").rgb()
    men = QColor("#6baed6").rgb()
    pixels = [image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
    assert pixels.count(women) > 100 and pixels.count(men) > 100  # both halves drawn
    dock.show_pyramid(None)
    assert not dock.pyramid.isVisible()
