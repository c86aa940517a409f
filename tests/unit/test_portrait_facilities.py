"""The « Établissements » sheet: the facilities lying in the territory, places unknown said as such
(never 0), totals per category from the listed rows, texts never formulas."""

import math

from openpyxl import Workbook

from abs_qgis.core.portrait import _texts_never_formulas
from abs_qgis.core.portrait_facilities import (
    UNKNOWN_PLACES,
    ListedFacility,
    category_totals,
    sheet_rows,
    write_facility_sheet,
)

COMMUNES = {"63003": "Ambert", "63010": "Arlanc"}
GROUPS = {"63003": "CC Ambert Livradois Forez", "63010": "CC Ambert Livradois Forez"}


def _facilities():
    return [
        ListedFacility("63010", "EHPAD", "EHPAD D'ARLANC", "630781458", 90.0),
        ListedFacility("63003", "EHPAD", "EHPAD VIMAL-CHABRIER", "630787513", 150.0),
        ListedFacility("63003", "SSIAD", "SSIAD du Livradois", "630000000", math.nan),
        ListedFacility("63113", "EHPAD", "Outside the territory", "630000001", 60.0),
        ListedFacility(None, "EHPAD", "Outside every commune", "630000002", 10.0),
    ]


def test_rows_keep_the_territory_and_say_unknown_places():
    rows = sheet_rows(_facilities(), COMMUNES, GROUPS)
    assert [row[4] for row in rows] == ["EHPAD VIMAL-CHABRIER", "SSIAD du Livradois", "EHPAD D'ARLANC"]
    assert rows[1][6] == UNKNOWN_PLACES
    assert category_totals(rows) == {"EHPAD": (2, 240.0, 0), "SSIAD": (1, 0.0, 1)}


def test_sheet_names_as_text_and_totals():
    facilities = _facilities() + [ListedFacility("63003", "EAJE", '=HYPERLINK("http://x")', "", 12.0)]
    workbook = Workbook()
    sheet = write_facility_sheet(workbook, "ABS", sheet_rows(facilities, COMMUNES, GROUPS), "01/12/2026")
    _texts_never_formulas(workbook)
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[3][:7] == ["Regroupement", "Code commune", "Commune", "Catégorie", "Nom", "N° FINESS", "Places"]
    formula = next(row for row in sheet.iter_rows(min_row=5) if str(row[4].value).startswith("="))
    assert formula[4].data_type == "s"
    totals = {
        row[3]: (row[4], row[6], row[7]) for row in values if row[3] and row[4] and "établissement" in str(row[4])
    }
    assert totals["EHPAD"] == ("2 établissements", 240.0, None)
    assert totals["SSIAD"] == ("1 établissement", 0.0, "dont 1 sans places renseignées")
