"""The portrait workbook's evolution columns, on rows written by hand (openpyxl reads them back)."""

import openpyxl
import pytest

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.portrait import merge_previous, write_portrait


def _row(code, values, masked=()):
    return {"niveau": "commune", "code": code, "nom": code, "values": values, "masked": {k: True for k in masked}}


def test_evolution_columns_points_for_rates_relative_change_otherwise_secret_kept(tmp_path):
    catalogue = load_catalogue()
    assert catalogue["taux_chomage"].unite == "%" and catalogue["densite"].unite != "%"
    ids = ["densite", "taux_chomage", "tcam_population"]
    latest = [
        (
            "Communes",
            [
                _row("63001", {"densite": 30.0, "taux_chomage": 9.5, "tcam_population": 0.4}),
                _row("63002", {"densite": 12.0, "taux_chomage": 11.0}, masked=["taux_chomage"]),
                _row("63003", {"densite": 8.0, "taux_chomage": 7.0}),
            ],
        )
    ]
    earlier = [
        (
            "Communes",
            [
                _row("63001", {"densite": 25.0, "taux_chomage": 12.0}),
                _row("63002", {"densite": 10.0, "taux_chomage": 10.0}),
                _row("63003", {"densite": 8.0, "taux_chomage": 6.0}, masked=["taux_chomage"]),
            ],
        )
    ]
    path = tmp_path / "portrait.xlsx"
    write_portrait(path, "Test", merge_previous(latest, earlier), catalogue, ids, years=(2013, 2018))
    workbook = openpyxl.load_workbook(path)
    cells = {}
    for sheet in workbook.worksheets:
        header = [cell.value for cell in sheet[4]]
        for row in sheet.iter_rows(min_row=5, values_only=True):
            if row[1]:
                cells.update({(row[1], name): value for name, value in zip(header, row) if name})
    density, unemployment = "Densité de population (hab./km²)", "Taux de chômage des 15-64 ans (recensement) (%)"
    # Each header names the year of its values, as the catalogue writes it (census: « RP 2013 »).
    assert cells[("63001", density + ", RP 2013")] == 25.0 and cells[("63001", density + ", RP 2018")] == 30.0
    assert cells[("63001", "Évolution 2013-2018 (%)")] == pytest.approx(20.0)  # 30 / 25 − 1
    assert cells[("63001", "Évolution 2013-2018 (points)")] == pytest.approx(-2.5)  # 9,5 − 12
    # Masked at either date: the evolution is « s » too (it would give the masked value away).
    assert cells[("63002", unemployment + ", RP 2018")] == "s" and cells[("63002", unemployment + ", RP 2013")] == 10.0
    assert cells[("63002", "Évolution 2013-2018 (points)")] == "s"
    assert (
        cells[("63003", unemployment + ", RP 2013")] == "s" and cells[("63003", "Évolution 2013-2018 (points)")] == "s"
    )
    # An evolution indicator (TCAM) keeps its single column: no evolution of an evolution.
    assert ("63001", "Taux de croissance annuel moyen de la population (% par an), RP 2018") in cells
    assert not any(name.endswith("(% par an), RP 2013") for _c, name in cells)


def test_earlier_values_matched_by_level_too():
    """The studied territory and a whole-layer reference (« France ») both have an empty code:
    each gets its own earlier values, not the other's."""
    latest = [
        (
            "Références",
            [
                dict(_row("", {"densite": 20.0}), niveau="Territoire étudié"),
                dict(_row("", {"densite": 100.0}), niveau="France"),
            ],
        )
    ]
    earlier = [
        (
            "Références",
            [
                dict(_row("", {"densite": 21.0}), niveau="Territoire étudié"),
                dict(_row("", {"densite": 99.0}), niveau="France"),
            ],
        )
    ]
    merged = merge_previous(latest, earlier)
    assert [row["previous"]["densite"] for row in merged[0][1]] == [21.0, 99.0]


def test_names_starting_with_an_equal_sign_stay_text_never_formulas(tmp_path):
    """Issue 21: a commune name, a project name or a catalogue label beginning with « = » (a
    command-launching ``=cmd|…`` or ``=HYPERLINK(…)``) is written as text, in XLSX and ODS."""
    catalogue = load_catalogue()
    hostile = '=HYPERLINK("http://exemple.invalid","clic")'
    command = "=cmd|' /C calc'!A1"
    row = {"niveau": "commune", "code": "63001", "nom": hostile, "values": {"densite": 3.0}, "masked": {}}
    path = tmp_path / "portrait.xlsx"
    write_portrait(path, command, [("Communes", [row])], catalogue, ["densite"])
    workbook = openpyxl.load_workbook(path)
    cells = [cell for sheet in workbook.worksheets for line in sheet.iter_rows() for cell in line]
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert hostile in texts and command in texts
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    pytest.importorskip("odf")
    from abs_qgis.core.portrait import write_portrait_ods

    ods = write_portrait_ods(path, tmp_path / "portrait.ods")
    import zipfile

    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    assert "table:formula" not in content and "HYPERLINK" in content
