"""Reading indicator tables as collectivités receive them.

CSV/TXT (separator ``;`` ``,`` tab ``|``; UTF-8 with or without BOM, cp1252/latin-1; CRLF;
quotes; title lines above the header) and spreadsheets (XLSX/XLSM with openpyxl, XLS and
ODS through pandas' engines when installed) become a :class:`RawTable`: every cell as it was
read (text for CSV, the cell value for spreadsheets), the header found, and for each data
row the line number a spreadsheet would show, for error messages.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .archives import is_archive, read_in_archive
from .errors import AbsError
from .spreadsheets import blank as _blank
from .spreadsheets import openpyxl_rows, pandas_rows, xlrd_rows
from .table_headers import duplicated_names, find_header_index, is_label_cell, refuse_data_as_header

CSV_SUFFIXES = {".csv", ".txt", ".tsv", ".dat"}
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
SEPARATORS = (";", "\t", ",", "|")
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
HEADER_SCAN_LINES = 30
MAX_BYTES = 3 * 1024**3  # a whole Melodi census file of France is under this


@dataclass
class RawTable:
    """A table as read: ``frame`` has the header's column names and object cells."""

    path: Path
    frame: pd.DataFrame
    header_row: int  # 1-based line of the header in the file / sheet
    line_numbers: list  # 1-based line of each data row
    sheet: str = None
    encoding: str = None
    separator: str = None
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)  # French, for the journal (duplicated column names…)
    numeric: set = field(default_factory=set)  # columns known to hold numbers (pivoted long tables)

    @property
    def label(self):
        return self.path.name if self.sheet is None else "{} [{}]".format(self.path.name, self.sheet)


def read_table(path, sheet=None, header_row=None):
    """Read ``path`` (CSV-like or spreadsheet). ``header_row`` is 1-based; auto-detected if None."""
    path = Path(path)
    if not path.exists():
        raise AbsError("Fichier introuvable", path=path)
    if path.is_dir():
        raise AbsError("Un fichier est attendu, pas un dossier", path=path)
    if not path.is_file():
        raise AbsError("Un fichier ordinaire est attendu (périphérique ou tube refusé)", path=path)
    if path.stat().st_size > MAX_BYTES:
        raise AbsError(
            "Fichier trop gros ({:.1f} Go, au plus {} Go) : filtrez-le sur votre territoire".format(
                path.stat().st_size / 1024**3, MAX_BYTES // 1024**3
            ),
            path=path,
        )
    _refuse_layer_files(path)
    suffix = path.suffix.lower()
    if is_archive(path):  # INSEE's .zip (data + meta_ dictionary), a .csv.gz: « feuille » names a member
        table = read_in_archive(path, lambda member: read_table(member, None, header_row), sheet)
        table.path, table.sheet = path, table.path.name  # named as the archive and its member
        return table
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_spreadsheet(path, sheet, header_row)
    if sheet:
        raise AbsError("Une feuille (« {} ») est donnée pour un fichier texte".format(sheet), path=path)
    return _read_delimited(path, header_row)


LAYER_SUFFIXES = {".gpkg", ".sqlite", ".shp", ".dbf", ".geojson", ".json", ".kml", ".gml", ".fgb", ".tab", ".mif"}


def _refuse_layer_files(path):
    """A GeoPackage, shapefile or GeoJSON given as a table: said so, not « separator not recognised »."""
    with open(path, "rb") as handle:
        start = handle.read(16)
    if path.suffix.lower() in LAYER_SUFFIXES or start.startswith(b"SQLite format 3"):
        raise AbsError(
            "Ce fichier est une couche ou une base de données ({}), pas une table : ouvrez-la dans QGIS et "
            "donnez la couche elle-même, ou exportez sa table en CSV".format(path.suffix or "SQLite"),
            path=path,
        )


# --- delimited text ---------------------------------------------------------------------


def decode_text(path):
    """Return ``(text, encoding)``: UTF-8 (BOM or not) first, then cp1252, then latin-1."""
    data = path.read_bytes()
    if not data.strip():
        raise AbsError("Le fichier est vide", path=path)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    without_bom = _utf16_without_bom(data)
    if without_bom:
        try:
            return data.decode(without_bom), without_bom
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    if _has_utf8_sequences(data):  # lines pasted from two files: each line in its own encoding
        return _mixed_lines(data), "utf-8 et cp1252 mêlés"
    for encoding in ENCODINGS[1:]:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AbsError("Encodage du fichier non reconnu", path=path)  # latin-1 never fails


UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def _utf16_without_bom(data):
    """« utf-16-le » / « utf-16-be » for a UTF-16 text written without its BOM (every other byte 0)."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _has_utf8_sequences(data):
    return UTF8_SEQUENCE.search(data) is not None


def _mixed_lines(data):
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return "".join(lines).lstrip("\ufeff")


def detect_separator(lines):
    """The separator giving the most columns, consistently, on the first lines."""
    best, best_score = None, (0, 0)
    sample = [line for line in lines if line.strip()][:HEADER_SCAN_LINES]
    for separator in SEPARATORS:
        widths = [len(row) for row in csv.reader(sample, delimiter=separator)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        # The most consistent first (every line as wide: a « , » file whose quoted cells hold « ; »
        # is read on « , »), then the widest.
        score = (widths.count(common), common)
        if best is None or score > best_score:
            best, best_score = separator, score
    return best


def _read_delimited(path, header_row):
    text, encoding = decode_text(path)
    lines = text.splitlines()
    try:
        return _delimited_table(path, text, lines, header_row, encoding)
    except csv.Error as error:  # a cell over the csv module's limit (131 072 characters), a stray NUL…
        raise AbsError("Lecture impossible : {}".format(_csv_reason(error)), path=path) from error


def _parser_reason(text, header_index, separator):
    """pandas' English tokenizer errors in French, with the file's line: ``(message, line)``."""
    ragged = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", text)
    if ragged:
        expected, line, seen = (int(value) for value in ragged.groups())
        return (
            "{} cellules sur cette ligne, {} attendues comme dans l'en-tête (séparateur « {} » : une cellule "
            "qui contient le séparateur doit être entre guillemets)".format(seen, expected, separator),
            line,
        )
    quote = re.search(r"EOF inside string starting at row (\d+)", text)
    if quote:
        return "guillemet ouvert et jamais fermé (le reste du fichier serait une seule cellule)", int(
            quote.group(1)
        ) + header_index + 1
    return text.strip(), None


def _csv_reason(error):
    text = str(error)
    if "field larger than field limit" in text:
        return "une cellule dépasse {} caractères".format(csv.field_size_limit())
    if "NUL" in text or "null byte" in text:
        return "le fichier contient des caractères nuls (fichier binaire ?)"
    return text


def _delimited_table(path, text, lines, header_row, encoding):
    separator = detect_separator(lines)
    if separator is None:
        raise AbsError(
            "Séparateur de colonnes non reconnu (attendu : « ; », « , », tabulation ou « | »)",
            path=path,
        )
    head_rows = list(csv.reader(lines[:HEADER_SCAN_LINES], delimiter=separator))
    header_index = find_header_index(head_rows, header_row, path)
    if header_row is None:
        _check_header_separator(head_rows, lines, separator, header_index, path)
        refuse_data_as_header(head_rows[header_index], header_index, path)
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=separator,
            header=0,
            skiprows=header_index,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,
            quotechar='"',
            engine="c",
        )
    except (pd.errors.ParserError, ValueError) as error:
        message, line = _parser_reason(str(error), header_index, separator)
        raise AbsError("Lecture impossible : {}".format(message), path=path, row=line) from error
    frame = _clean_frame(frame, path)
    line_numbers = list(range(header_index + 2, header_index + 2 + len(frame)))
    frame, line_numbers = _drop_blank_rows(frame, line_numbers)
    table = RawTable(path, frame, header_index + 1, line_numbers, None, encoding, separator)
    table.warnings = duplicated_names(head_rows[header_index]) if header_index < len(head_rows) else []
    return table


def _check_header_separator(head_rows, lines, separator, header_index, path):
    """A header written with another separator than its data (« CODGEO,P22_POP » over « 63003;2500 »)
    would lose its names and its first data row: refused, naming the line and both separators."""
    width = len(head_rows[header_index])
    for index in range(header_index + 1):
        if len(head_rows[index]) != 1 or _blank(head_rows[index][0]):
            continue
        for other in SEPARATORS:
            if other == separator:
                continue
            cells = next(csv.reader([lines[index]], delimiter=other))
            if len(cells) == width and all(is_label_cell(cell) for cell in cells):
                raise AbsError(
                    "L'en-tête est séparé par « {} » et les données par « {} » : enregistrez le fichier "
                    "avec un seul séparateur".format(other, separator),
                    path=path,
                    row=index + 1,
                )


# --- spreadsheets -----------------------------------------------------------------------


def _read_spreadsheet(path, sheet, header_row):
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows, sheet_name = openpyxl_rows(path, sheet)
    else:
        rows, sheet_name = xlrd_rows(path, sheet) if suffix == ".xls" else pandas_rows(path, sheet, "odf")
    if not rows:
        raise AbsError("La feuille est vide", path=path, sheet=sheet_name)
    header_index = find_header_index(rows[:HEADER_SCAN_LINES], header_row, path, sheet_name)
    header = rows[header_index]
    if header_row is None:
        refuse_data_as_header(header, header_index, path, sheet_name)
    width = max(len(row) for row in rows[header_index:])
    body = [list(row) + [None] * (width - len(row)) for row in rows[header_index + 1 :]]
    names = list(header) + [None] * (width - len(header))
    frame = pd.DataFrame(body, columns=range(width), dtype=object)
    frame.columns = _column_names(names)
    frame = _clean_frame(frame, path, sheet_name)
    line_numbers = list(range(header_index + 2, header_index + 2 + len(frame)))
    frame, line_numbers = _drop_blank_rows(frame, line_numbers)
    table = RawTable(path, frame, header_index + 1, line_numbers, sheet_name)
    table.warnings = duplicated_names(header)
    return table


# --- clean-up ------------------------------------------------------------------------


def _column_names(names):
    """Header cells as unique, non-empty column names (``colonne_7`` for an empty cell)."""
    result, seen = [], {}
    for position, name in enumerate(names, start=1):
        text = "" if _blank(name) else str(name).strip()
        if isinstance(name, float) and name.is_integer():
            text = str(int(name))
        text = text or "colonne_{}".format(position)
        if text in seen:
            seen[text] += 1
            text = "{}_{}".format(text, seen[text])
        else:
            seen[text] = 1
        result.append(text)
    return result


def _clean_frame(frame, path, sheet=None):
    frame.columns = _column_names([str(c).strip().lstrip("\ufeff") for c in frame.columns])
    # Columns without a header and without any value (trailing separators) are dropped.
    unnamed = [c for c in frame.columns if c.startswith("colonne_")]
    empty = [c for c in unnamed if blank_column(frame[c]).all()]
    return frame.drop(columns=empty)


def blank_column(column):
    """Boolean series: True where the cell is empty (None, NaN or only white space)."""
    return column.isna() | column.astype(str).str.strip().eq("")


def _drop_blank_rows(frame, line_numbers):
    if frame.empty:
        return frame, line_numbers
    # Only rows whose first cell is blank can be blank rows: check those fully.
    candidates = np.flatnonzero(blank_column(frame.iloc[:, 0]).to_numpy())
    keep = np.ones(len(frame), dtype=bool)
    if len(candidates):
        subset = frame.iloc[candidates]
        keep[candidates] = ~subset.apply(blank_column).all(axis=1).to_numpy()
    kept_lines = [line for line, flag in zip(line_numbers, keep) if flag]
    if keep.all():
        return frame, kept_lines
    return frame[keep].reset_index(drop=True), kept_lines


def parse_renames(text):
    """« ancien=nouveau;ancien2=nouveau2 » (or a dict) → ordered dict; a malformed pair is an error."""
    if isinstance(text, dict):
        return {str(old).strip(): str(new).strip() for old, new in text.items()}
    renames = {}
    for part in filter(None, (item.strip() for item in str(text or "").split(";"))):
        old, sep, new = part.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise AbsError("Renommage « {} » : écrivez ancien_nom=nouveau_nom".format(part))
        renames[old.strip()] = new.strip()
    return renames


def rename_columns(raw_table, renames):
    """``raw_table`` with its columns renamed (a partner's names → INSEE's, which the catalogue
    knows). A name absent from the table, or a new name the table already has, is an error naming
    the file and the column."""
    columns = [str(name) for name in raw_table.frame.columns]
    for old, new in renames.items():
        if old not in columns:
            raise AbsError(
                "Colonne à renommer absente : « {} » (colonnes : {})".format(old, ", ".join(columns[:12])),
                path=raw_table.path,
                sheet=raw_table.sheet,
                column=old,
            )
        if new in columns and new not in renames:
            raise AbsError(
                "Renommage de « {} » en « {} » : la table a déjà une colonne de ce nom".format(old, new),
                path=raw_table.path,
                sheet=raw_table.sheet,
                column=new,
            )
    raw_table.frame = raw_table.frame.rename(columns=renames)
    return raw_table
