"""The ABS portrait as an XLSX workbook (openpyxl): one sheet per theme, the territory beside its
references, groups and communes; definitions and sources under each table; masked cells « s ».

Numbers carry Excel formats ("# ##0,0" shown the French way by a French spreadsheet); masked
values are never written, only the letter s.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .catalogue import THEMES
from .errors import AbsError
from .indicator_labels import theme_title

SECRET_MARK = "s"  # nosec B105: the statistical-secret mark, not a password
MISSING_MARK = "n.d."
NOTE_MEANINGS = {
    "non publié": "le producteur ne publie pas cette valeur pour ce territoire (une médiane ou un taux de "
    "pauvreté ne s'additionnent pas : seules les valeurs publiées pour un EPCI, un département, une région ou "
    "la France sont reprises)",
    "non fourni": "le producteur publie cette valeur à ce niveau, mais son fichier n'a pas été donné au projet "
    "(valeurs_publiees)",
    "non diffusé": "valeur couverte par le secret statistique du producteur",
    "non agrégeable": "valeur propre à chaque commune (une distance ne s'additionne pas) : la part de la "
    "population éloignée de l'offre la résume pour les regroupements et les références",
    "n.d.": "donnée non disponible",
}
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


def _number_format(indicator):
    """Counts as integers, everything else with one decimal (a French spreadsheet shows « 1 234,5 »)."""
    return "#,##0" if indicator.type == "effectif" else "#,##0.0"


def evolution_unit(indicator):
    """« points » for a rate in %, whose evolution is a difference; « % » (relative change) otherwise."""
    return "points" if indicator.unite == "%" else "%"


def evolution(indicator, previous, current):
    """Evolution of ``indicator`` from ``previous`` to ``current``: the difference in points for a
    rate in %, else the relative change in %; None when a value is missing (or the base is 0)."""
    if previous is None or current is None:
        return None
    if evolution_unit(indicator) == "points":
        return current - previous
    if previous == 0:
        return None
    return (current / previous - 1.0) * 100.0


def merge_previous(sections, previous_sections):
    """Give each row of ``sections`` its values of the earlier millésime (``previous`` and
    ``previous_masked``), found by section label, level and territory code in ``previous_sections``
    (the level too: the territory and a whole-layer reference both have an empty code)."""
    earlier = {(label, row["niveau"], row["code"]): row for label, rows in previous_sections for row in rows}
    for label, rows in sections:
        for row in rows:
            other = earlier.get((label, row["niveau"], row["code"]))
            row["previous"] = other["values"] if other else {}
            row["previous_masked"] = other["masked"] if other else {}
    return sections


def _columns(ids, catalogue, sections, years):
    """The sheet's value columns: (header, cell(row) → (value, masked), number format).

    ``years``: {id: (earlier, latest)} (or one pair for all). The header names the year of the value
    (« Densité de population (hab./km²), RP 2022 »); an indicator known at both years takes three
    columns: its value at each and their evolution, masked when either value is (else it would give
    the masked one away by difference)."""
    columns = []
    for key in ids:
        indicator = catalogue[key]
        label = indicator.titled
        number_format = _number_format(indicator)
        pair = (years.get(key) if isinstance(years, dict) else years) or (None, None)

        def latest(row, key=key, indicator=indicator, year=pair[1]):
            value, masked = row["values"].get(key), bool(row["masked"].get(key))
            if value is None and not masked:
                return row.get("notes", {}).get(key), False  # « non publié », or None: « n.d. »
            own = row.get("years", {}).get(key)
            if value is not None and own and year and own != year:  # a published value of another year
                return (value, indicator.year_text(own)), masked
            return value, masked

        def earlier(row, key=key):
            return row.get("previous", {}).get(key), bool(row.get("previous_masked", {}).get(key))

        has_earlier = (
            pair[0] is not None
            and indicator.type not in ("tcam", "evolution")
            and any(earlier(row)[0] is not None or earlier(row)[1] for _label, rows in sections for row in rows)
        )
        if not has_earlier:
            columns.append((_dated(label, indicator, pair[1]), latest, number_format))
            continue

        def change(row, indicator=indicator, latest=latest, earlier=earlier):
            (before, before_masked), (after, after_masked) = earlier(row), latest(row)
            if before_masked or after_masked:
                return None, True
            return evolution(indicator, before, after), False

        columns.append((_dated(label, indicator, pair[0]), earlier, number_format))
        columns.append((_dated(label, indicator, pair[1]), latest, number_format))
        columns.append(
            (
                "Évolution {}-{} ({})".format(pair[0], pair[1], evolution_unit(indicator)),
                change,
                "+#,##0.0;-#,##0.0;0.0",
            )
        )
    return columns


def _dated(label, indicator, year):
    """« Densité de population (hab./km²), RP 2022 »: the label and the year of its values."""
    text = indicator.year_text(year) if year is not None else ""
    return "{}, {}".format(label, text) if text else label


def write_portrait(path, title, sections, catalogue, ids, overwrite=False, years=None, extra_sheets=()):
    """``sections``: [(section label, rows)], a row being dict(niveau, code, nom, values, masked)
    with ``values`` {id: float or None} and ``masked`` {id: bool}; with ``years`` = (earlier,
    latest), rows may also hold ``previous`` and ``previous_masked`` (see :func:`merge_previous`).
    ``extra_sheets``: functions adding a sheet to the workbook (e.g. the list of facilities)."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise AbsError("Le classeur existe déjà (remplacement non demandé)", path=path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used_secret = False
    for theme in THEMES:
        theme_ids = [key for key in ids if key in catalogue and catalogue[key].theme == theme]
        if not theme_ids:
            continue
        sheet = workbook.create_sheet(theme_title(theme)[:31])
        columns = _columns(theme_ids, catalogue, sections, years)
        used_secret |= _write_sheet(sheet, (title, theme), columns, sections, [catalogue[key] for key in theme_ids])
    if not workbook.sheetnames:
        raise AbsError("Aucun indicateur à mettre dans le portrait", path=path)
    theme_sheets = list(workbook.worksheets)
    for add_sheet in extra_sheets:
        add_sheet(workbook)
    if used_secret:
        for sheet in theme_sheets:
            sheet.cell(
                row=sheet.max_row + 2,
                column=1,
                value="s : secret statistique — valeur non diffusée "
                "(effectif inférieur au seuil, ou valeur qui permettrait de le retrouver).",
            )
    _texts_never_formulas(workbook)
    workbook.save(path)
    return path


def _texts_never_formulas(workbook):
    """Every text cell stays text: a name read from a table or a project that starts with « = »
    (``=HYPERLINK(…)``, ``=cmd|…``) would otherwise be stored as a live formula by openpyxl."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def write_portrait_ods(xlsx_path, ods_path, overwrite=False):
    """The same portrait as an OpenDocument spreadsheet (LibreOffice), sheet by sheet, cell by cell.

    The ODS writer of pandas (odfpy) keeps values, not formats: numbers are written rounded to
    what the XLSX shows (0 decimals for counts, 1 for the rest), as a reader of either file sees them."""
    import pandas as pd
    from openpyxl import load_workbook

    ods_path = Path(ods_path)
    if ods_path.exists() and not overwrite:
        raise AbsError("Le classeur existe déjà (remplacement non demandé)", path=ods_path)
    workbook = load_workbook(xlsx_path)
    try:
        with pd.ExcelWriter(ods_path, engine="odf") as writer:
            for sheet in workbook.worksheets:
                rows = [[_shown(cell) for cell in row] for row in sheet.iter_rows()]
                pd.DataFrame(rows).to_excel(writer, sheet_name=sheet.title, header=False, index=False)
    except ImportError as error:
        raise AbsError(
            "Écriture .ods impossible : le module Python « odf » manque (Debian : apt-get install python3-odf)",
            path=ods_path,
        ) from error
    return ods_path


def _shown(cell):
    """A cell's value as the XLSX displays it: numbers rounded to their format's decimals."""
    value = cell.value
    if isinstance(value, float):
        positive = cell.number_format.split(";")[0]  # "+#,##0.0;-#,##0.0;0.0": the first section
        decimals = positive.split(".")[1].count("0") if "." in positive else 0
        return round(value, decimals)
    return value


def _write_sheet(sheet, heading, columns, sections, indicators):
    title, theme = heading
    sheet.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    sheet.cell(row=2, column=1, value="Thème : {}".format(theme)).font = Font(italic=True)
    headers = ["Niveau", "Code", "Territoire"] + [header for header, _cell, _format in columns]
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=4, column=column, value=text)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    row_number, used_secret, notes_used = 5, False, set()
    for label, rows in sections:
        cell = sheet.cell(row=row_number, column=1, value=label)
        cell.font, cell.fill = Font(bold=True), SECTION_FILL
        row_number += 1
        for row in rows:
            sheet.cell(row=row_number, column=1, value=row["niveau"])
            sheet.cell(row=row_number, column=2, value=row["code"])
            sheet.cell(row=row_number, column=3, value=row["nom"])
            for column, (_header, value_of, number_format) in enumerate(columns, start=4):
                value, masked = value_of(row)
                if masked:
                    sheet.cell(row=row_number, column=column, value=SECRET_MARK).alignment = Alignment(
                        horizontal="right"
                    )
                    used_secret = True
                elif value is None or isinstance(value, str):
                    shown = MISSING_MARK if value is None else value
                    notes_used.add(shown)
                    sheet.cell(row=row_number, column=column, value=shown).alignment = Alignment(horizontal="right")
                elif isinstance(value, tuple):  # its own year, written beside the number, which stays a number
                    cell = sheet.cell(row=row_number, column=column, value=float(value[0]))
                    cell.number_format = '{}" ({})"'.format(number_format, value[1].replace('"', ""))
                else:
                    cell = sheet.cell(row=row_number, column=column, value=float(value))
                    cell.number_format = number_format
            row_number += 1
    row_number += 1
    sheet.cell(row=row_number, column=1, value="Définitions et sources").font = Font(bold=True)
    for indicator in indicators:
        row_number += 1
        sheet.cell(
            row=row_number,
            column=1,
            value="{} : {} Source : {}.".format(indicator.libelle, indicator.definition, indicator.source),
        )
    if any(header.startswith("Évolution ") for header, _cell, _format in columns):
        row_number += 1
        sheet.cell(
            row=row_number,
            column=1,
            value="Évolution : écart en points pour un taux en %, variation relative en % pour les autres "
            "indicateurs ; chaque millésime calculé avec les mêmes définitions sur la géographie actuelle.",
        )
    for note in sorted(notes_used):
        if note in NOTE_MEANINGS:
            row_number += 1
            sheet.cell(row=row_number, column=1, value="{} : {}".format(note, NOTE_MEANINGS[note]))
    sheet.freeze_panes = "D5"
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 18, 12
    sheet.column_dimensions["C"].width = 34
    for column in range(4, 4 + len(columns)):
        sheet.column_dimensions[get_column_letter(column)].width = 18
    sheet.row_dimensions[4].height = 60
    return used_secret
