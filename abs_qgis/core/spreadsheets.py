"""Reading the sheets of a workbook as rows of cells: XLSX with openpyxl (bounded, whatever
dimension it declares; formulas without a stored value refused), XLS with xlrd, ODS with pandas."""

import re
import zipfile

import pandas as pd

from .errors import AbsError

MAX_CELLS = 20_000_000  # cells of one spreadsheet sheet (beyond, CSV is the format)
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
SCAN_LIMIT = 512 * 1024 * 1024  # bytes of sheet XML scanned for formulas; beyond, the sheet is re-read


def blank(cell):
    return cell is None or (isinstance(cell, str) and not cell.strip())


MAX_UNCOMPRESSED = 1024**3  # bytes of XML a workbook may unpack to (a France-wide sheet: about 200 MB)
MAX_RATIO = 400  # uncompressed / compressed of one large member: XML packs 10 to 100 times, a zip bomb ~1000
RATIO_FROM = 50 * 1024**2  # members smaller than this are never a danger


def check_archive_sizes(path):
    """Refuse, before anything is unpacked, a workbook whose members declare more than
    ``MAX_UNCOMPRESSED`` bytes or pack a large member more than ``MAX_RATIO`` times (a « zip bomb »:
    2 MB growing to gigabytes). The declared sizes bound what the zip reader unpacks."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile):
        return  # said by the reader, in its words
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise AbsError(
            "Classeur refusé : il se décompresse en {} Mo (limite {} Mo) ; enregistrez la feuille en CSV".format(
                total // 1024**2, MAX_UNCOMPRESSED // 1024**2
            ),
            path=path,
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise AbsError(
                "Classeur refusé : « {} » y est comprimé {:.0f} fois ({} Mo décompressés), ce qu'aucun tableur "
                "n'écrit (fichier piégé ?)".format(member.filename, ratio, member.file_size // 1024**2),
                path=path,
            )


def openpyxl_rows(path, sheet):
    import openpyxl

    check_archive_sizes(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a broken file
        raise AbsError("Classeur illisible : {}".format(error), path=path) from error
    try:
        names = workbook.sheetnames
        sheet_name = choose_sheet(names, sheet, path)
        rows = _bounded_rows(workbook[sheet_name], _shown_value, path, sheet_name)
    except AbsError:
        raise
    except Exception as error:  # a cut sheet (ParseError), a corrupt zip member…
        raise AbsError("Feuille illisible : {}".format(error), path=path, sheet=sheet) from error
    finally:
        workbook.close()
    while rows and all(blank(cell) for cell in rows[-1]):
        rows.pop()
    _check_cached_formulas(path, sheet_name, rows)
    return rows, sheet_name


def _bounded_rows(worksheet, value_of, path, sheet_name):
    """The sheet's rows as stored, whatever dimension it declares (a 172 KB file may declare
    A1:XFD1048576: 17 billion empty cells), at most ``MAX_CELLS`` cells."""
    worksheet.reset_dimensions()
    rows, cells = [], 0
    for row in worksheet.iter_rows():
        cells += len(row)
        if cells > MAX_CELLS:
            raise AbsError(
                "Feuille trop grande (plus de {} cellules) : enregistrez-la en CSV".format(MAX_CELLS),
                path=path,
                sheet=sheet_name,
            )
        rows.append([value_of(cell) for cell in row])
    return rows


def _check_cached_formulas(path, sheet_name, rows):
    """Formulas the file holds without their computed value (written by a program, never opened in
    a spreadsheet) would read as empty cells: refused, naming the cells."""
    if not any(cell is None for row in rows for cell in row) or not holds_formulas(path):
        return  # the workbook is read a second time only when it holds formulas
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        formulas = _bounded_rows(workbook[sheet_name], lambda cell: cell.value, path, sheet_name)
    finally:
        workbook.close()

    def cached(line, column):
        return line < len(rows) and column < len(rows[line]) and rows[line][column] is not None

    missing = [
        "{}{}".format(openpyxl.utils.get_column_letter(column + 1), line + 1)
        for line, row in enumerate(formulas)
        for column, cell in enumerate(row)
        if isinstance(cell, str) and cell.startswith("=") and not cached(line, column)
    ]
    if missing:
        raise AbsError(
            "{} sans valeur enregistrée ({}{}) : ouvrez le fichier dans un tableur et "
            "enregistrez-le, les valeurs calculées seront alors lues".format(
                "1 formule" if len(missing) == 1 else "{} formules".format(len(missing)),
                ", ".join(missing[:8]),
                "…" if len(missing) > 8 else "",
            ),
            path=path,
            sheet=sheet_name,
        )


def holds_formulas(path):
    """Whether any worksheet of the XLSX at ``path`` holds a formula (a ``<f>`` element), found by
    scanning its XML rather than parsing it again; True when it cannot tell (a sheet too big)."""
    try:
        with zipfile.ZipFile(path) as archive:
            sheets = [
                name for name in archive.namelist() if name.startswith("xl/worksheets/") and name.endswith(".xml")
            ]
            return any(_member_has_formula(archive, name) for name in sheets)
    except (OSError, zipfile.BadZipFile):
        return True


def _member_has_formula(archive, name):
    scanned, tail = 0, b""
    with archive.open(name) as member:
        while True:
            chunk = member.read(1024 * 1024)
            if not chunk:
                return False
            if FORMULA_TAG.search(tail + chunk):
                return True
            scanned += len(chunk)
            if scanned > SCAN_LIMIT:
                return True
            tail = chunk[-16:]


def _shown_value(cell):
    """A cell's value as the spreadsheet shows it: a number formatted as a percentage (stored 0.125,
    shown « 12,5 % ») is read 12.5, like the same rate typed as text or written by INSEE."""
    value = getattr(cell, "value", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "%" in (cell.number_format or ""):
        return round(value * 100.0, 10)  # 0.1234 × 100 without the float noise (12.340000000000002)
    return value


def xlrd_rows(path, sheet):
    """Rows of a legacy .xls sheet, read with xlrd itself: pandas 1.5 refuses the xlrd 1.2 of
    Debian 12, which reads .xls files perfectly well."""
    try:
        import xlrd
    except ImportError as error:
        raise AbsError(
            "Lecture des fichiers .xls impossible : le module Python « xlrd » manque "
            "(Debian : apt-get install python3-xlrd)",
            path=path,
        ) from error
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct.error… for a broken file
        raise AbsError("Classeur illisible : {}".format(error), path=path) from error
    try:
        sheet_name = choose_sheet(book.sheet_names(), sheet, path)
        book_sheet = book.sheet_by_name(sheet_name)
        rows = [[_xls_cell(cell, book.datemode) for cell in book_sheet.row(index)] for index in range(book_sheet.nrows)]
    finally:
        book.release_resources()
    while rows and all(blank(cell) for cell in rows[-1]):
        rows.pop()
    return rows, sheet_name


def _xls_cell(cell, datemode):
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return "#ERR"  # an Excel error (#DIV/0!…): unreadable cell, reported as such
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)  # as openpyxl gives it: 3001, not 3001.0 (a code read as a number)
    return cell.value


def pandas_rows(path, sheet, engine):
    if engine == "odf":  # an ODS is a zip too
        check_archive_sizes(path)
    try:
        book = pd.ExcelFile(path, engine=engine)
    except ImportError as error:
        raise AbsError(
            "Lecture des fichiers {} impossible : le module Python « {} » manque "
            "(Debian : apt-get install python3-{})".format(path.suffix, engine, "xlrd" if engine == "xlrd" else "odf"),
            path=path,
        ) from error
    except Exception as error:
        raise AbsError("Classeur illisible : {}".format(error), path=path) from error
    sheet_name = choose_sheet(book.sheet_names, sheet, path)
    frame = book.parse(sheet_name, header=None, dtype=object)
    rows = [[None if pd.isna(cell) else cell for cell in row] for row in frame.itertuples(index=False)]
    return rows, sheet_name


def choose_sheet(names, sheet, path):
    if sheet in (None, ""):
        return names[0]
    if sheet in names:
        return sheet
    raise AbsError("Feuille « {} » absente du classeur (feuilles : {})".format(sheet, ", ".join(names)), path=path)
