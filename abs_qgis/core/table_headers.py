"""Finding the header row of a table as received (title lines above it, or none at all) and
checking its names (plain Python)."""

import re

from .codes import COMMUNE_CODE_RE
from .errors import AbsError
from .spreadsheets import blank as _blank


def _is_code_cell(cell):
    return isinstance(cell, str) and COMMUNE_CODE_RE.match(cell.strip()) is not None


_NUMBER_LIKE_RE = re.compile(r"^[-+]?[\d\s\u00a0\u202f.,]+%?$")


def is_label_cell(cell):
    """A header-like cell: text that is neither a number nor a commune code."""
    if not isinstance(cell, str) or _blank(cell) or _is_code_cell(cell):
        return False
    return _NUMBER_LIKE_RE.match(cell.strip()) is None


def find_header_index(rows, header_row, path, sheet=None):
    """0-based index of the header among ``rows`` (the first lines of the file)."""
    if header_row is not None:
        if header_row < 1 or header_row > len(rows) + 10**9:
            raise AbsError("Ligne d'en-tête invalide : {}".format(header_row), path=path, sheet=sheet)
        return header_row - 1
    filled = [sum(not _blank(cell) for cell in row) for row in rows]
    if not any(count >= 2 for count in filled):
        raise AbsError("Aucune ligne d'en-tête trouvée (moins de deux colonnes remplies)", path=path, sheet=sheet)
    # The header is the last row made only of labels (at least two) above the first data row
    # (a row holding a number or a commune/IRIS code). Title lines have a single cell.
    last_label_row = None
    for index, row in enumerate(rows):
        if filled[index] < 2:
            continue
        if any(_is_value_cell(cell) for cell in row):
            break
        if all(is_label_cell(cell) for cell in row if not _blank(cell)):
            last_label_row = index
    if last_label_row is not None:
        return last_label_row
    return next(index for index, count in enumerate(filled) if count >= 2)


_IRIS_CODE_RE = re.compile(r"^\d{5}[\dA-Z]{4}$")
_YEAR_RE = re.compile(r"^(19|20)\d\d$")


def refuse_data_as_header(row, index, path, sheet=None):
    """No header row: the first line would be read as the columns' names and its territory lost
    (« 03001;1234;56,7 » taken for a header). A code and at least one number (not a year, which a
    header may hold: « CODGEO;2018;2019 ») say it is data."""
    cells = [str(cell).strip() for cell in row if not _blank(cell)]
    code = any(_is_code_cell(cell) or _IRIS_CODE_RE.match(cell) for cell in cells)
    numbers = [cell for cell in cells if _NUMBER_LIKE_RE.match(cell) and not _YEAR_RE.match(cell)]
    if code and len(numbers) >= 2:
        raise AbsError(
            "la première ligne ressemble à des données (« {} ») : ajoutez la ligne d'en-tête, les noms des "
            "colonnes, en tête du fichier".format(" ; ".join(cells[:4])),
            path=path,
            row=index + 1,
            sheet=sheet,
        )


def _is_value_cell(cell):
    if isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float)):
        return True
    return isinstance(cell, str) and not _blank(cell) and not is_label_cell(cell)


def duplicated_names(header):
    """French warnings for header names written twice: only the first column is read under the name."""
    names = [str(name).strip() for name in header if not _blank(name)]
    repeated = sorted({name for name in names if names.count(name) > 1})
    return [
        "Colonne « {} » présente {} fois dans l'en-tête : seule la première est lue sous ce nom, les autres "
        "sont renommées".format(name, names.count(name))
        for name in repeated
    ]
