"""The « Établissements » sheet of the portrait workbook: the facilities of the offer that lie in
the territory, by group and commune, with their category and places — the list behind the
equipment rates, which a reader of the workbook checks and the collectivité corrects in QGIS."""

from dataclasses import dataclass

from openpyxl.styles import Alignment, Font

from .portrait import HEADER_FILL, SECTION_FILL

SHEET_TITLE = "Établissements"
HEADERS = ("Regroupement", "Code commune", "Commune", "Catégorie", "Nom", "N° FINESS", "Places")
UNKNOWN_PLACES = "non renseigné"


@dataclass
class ListedFacility:
    commune: str  # INSEE code of the commune it lies in
    category: str
    name: str
    finess: str
    places: float  # None or NaN when unknown


def sheet_rows(facilities, communes, groups=None):
    """Rows (regroupement, code, commune, catégorie, nom, FINESS, places) of the facilities lying in
    ``communes`` ({code: name}); ``groups`` = {commune code: group name}. Sorted by group, commune,
    category, name; facilities of other communes are left out (they belong to no territory row)."""
    groups = groups or {}
    rows = []
    for facility in facilities:
        if facility.commune not in communes:
            continue
        places = facility.places
        known = places is not None and places == places
        rows.append(
            (
                groups.get(facility.commune, ""),
                facility.commune,
                communes[facility.commune],
                facility.category,
                facility.name,
                facility.finess,
                float(places) if known else UNKNOWN_PLACES,
            )
        )
    return sorted(rows, key=lambda row: (row[0], row[2], row[1], row[3], row[4]))


def category_totals(rows):
    """{category: (facilities, places known, facilities without places)} of the sheet's rows."""
    totals = {}
    for row in rows:
        count, places, unknown = totals.get(row[3], (0, 0.0, 0))
        if isinstance(row[6], float):
            totals[row[3]] = (count + 1, places + row[6], unknown)
        else:
            totals[row[3]] = (count + 1, places, unknown + 1)
    return totals


def write_facility_sheet(workbook, title, rows, updated=None):
    """Add the « Établissements » sheet; ``updated`` = the offer's date as text (« 01/12/2026 »)."""
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    subtitle = "Établissements de l'offre situés dans le territoire"
    sheet.cell(row=2, column=1, value=subtitle + (" (couche à jour au {})".format(updated) if updated else ""))
    sheet.cell(row=2, column=1).font = Font(italic=True)
    for column, text in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=4, column=column, value=text)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    number = 5
    for row in rows:
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            if column == 7:
                cell.alignment = Alignment(horizontal="right")
                cell.number_format = "#,##0"
        number += 1
    if not rows:
        sheet.cell(row=number, column=1, value="Aucun établissement de l'offre dans le territoire")
        number += 1
    number += 1
    cell = sheet.cell(row=number, column=1, value="Total par catégorie")
    cell.font, cell.fill = Font(bold=True), SECTION_FILL
    for category, (count, places, unknown) in sorted(category_totals(rows).items()):
        number += 1
        sheet.cell(row=number, column=4, value=category)
        sheet.cell(row=number, column=5, value="{} établissement{}".format(count, "s" if count > 1 else ""))
        cell = sheet.cell(row=number, column=7, value=places)
        cell.number_format = "#,##0"
        if unknown:
            sheet.cell(row=number, column=8, value="dont {} sans places renseignées".format(unknown))
    widths = (24, 12, 28, 26, 44, 12, 10)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[chr(64 + column)].width = width
    sheet.freeze_panes = "A5"
    return sheet
