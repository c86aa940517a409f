"""INSEE's Base permanente des équipements (BPE, file « ensemble ») made one row per territory.

The file has one row per (commune or IRIS, type of facility) holding at least one facility:
``DEPCOM``, ``DCIRIS`` (``63113_0101``, or the commune code outside IRIS-divided communes), ``AN``,
``TYPEQU`` (D401…) and ``NB_EQUIP``. A commune's count of a type is the sum of its rows (its IRIS);
a type without row in a commune of the file is a true 0 (the BPE lists every facility), and so is a
commune of the layer without any row at all (said in the log: see :func:`zero_fill`). Columns are
named ``BPE_<TYPEQU>`` (``BPE_D401``); rows that cannot be read are listed with their reason."""

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import AbsError, Cancelled
from .tables import RawTable
from .values import parse_number_column

PREFIX = "BPE_"
CODE_COLUMN = "CODGEO"


@dataclass
class BpeTable:
    table: RawTable  # CODGEO, then BPE_<TYPEQU> counts
    rows_read: int
    years: list  # the AN values of the file
    listed: list = field(default_factory=list)  # (line, raw code, reason): rows not counted
    rows_per_code: Counter = field(default_factory=Counter)
    unreadable: list = field(default_factory=list)  # unused: unreadable counts are listed rows


def _column(frame, name):
    return next((column for column in frame.columns if str(column).strip().upper() == name), None)


def is_bpe_table(frame):
    """True for a BPE « ensemble » file: TYPEQU, NB_EQUIP and DEPCOM or DCIRIS."""
    found = {name: _column(frame, name) for name in ("TYPEQU", "NB_EQUIP", "DEPCOM", "DCIRIS")}
    return bool(found["TYPEQU"] and found["NB_EQUIP"] and (found["DEPCOM"] or found["DCIRIS"]))


def _codes(frame, level_key):
    """The territory of each row: the commune (DEPCOM, else DCIRIS's first 5 characters) or, at
    the IRIS level, DCIRIS without its « _ » (a commune not divided into IRIS: code + « 0000 »)."""
    depcom, dciris = _column(frame, "DEPCOM"), _column(frame, "DCIRIS")
    if level_key == "iris":
        if dciris is None:
            raise AbsError("BPE : pas de colonne DCIRIS pour joindre à des IRIS")
        raw = frame[dciris].fillna("").astype(str).str.strip()
        return raw.where(raw.str.len() != 5, raw + "0000").str.replace("_", "", regex=False)
    if depcom is not None:
        return frame[depcom].fillna("").astype(str).str.strip()
    return frame[dciris].fillna("").astype(str).str.strip().str[:5]


def bpe_by_territory(raw, level_key="commune", is_canceled=None):
    """The :class:`BpeTable` of ``raw``: one row per territory, one count column per type."""
    frame = raw.frame
    lines = np.asarray(raw.line_numbers)
    codes = _codes(frame, level_key)
    types = frame[_column(frame, "TYPEQU")].fillna("").astype(str).str.strip().str.upper()
    cells = frame[_column(frame, "NB_EQUIP")]
    counts = parse_number_column(cells).values.to_numpy(dtype=float)
    result = BpeTable(None, len(frame), _years(frame, raw))
    bad = (codes == "").to_numpy() | (types == "").to_numpy() | np.isnan(counts) | (counts < 0)
    for position in np.flatnonzero(bad):
        reason = _reason(codes.iloc[position], types.iloc[position], cells.iloc[position])
        result.listed.append((int(lines[position]), codes.iloc[position], reason))
    if is_canceled is not None and is_canceled():
        raise Cancelled()
    kept = pd.DataFrame({"code": codes[~bad], "name": PREFIX + types[~bad], "count": counts[~bad], "line": lines[~bad]})
    result.rows_per_code = Counter(kept["code"])
    wide = kept.pivot_table(index="code", columns="name", values="count", aggfunc="sum", fill_value=0.0, sort=False)
    wide = wide[sorted(wide.columns)]
    first_lines = kept.groupby("code", sort=False)["line"].min().reindex(wide.index)
    table = pd.concat([pd.DataFrame({CODE_COLUMN: list(wide.index)}), wide.reset_index(drop=True)], axis=1)
    made = RawTable(raw.path, table.astype(object), raw.header_row, [int(n) for n in first_lines], raw.sheet)
    made.encoding, made.separator = raw.encoding, raw.separator
    made.notes = list(raw.notes) + ["BPE : une ligne par territoire et type d'équipement, mise en colonnes"]
    made.numeric = set(wide.columns)
    result.table = made
    return result


def _reason(code, kind, cell):
    if not code:
        return "code de commune vide"
    if not kind:
        return "type d'équipement (TYPEQU) vide"
    return "nombre d'équipements (NB_EQUIP) illisible ou négatif : « {} »".format(cell)


def _years(frame, raw):
    year = _column(frame, "AN")
    if year is None:
        return []
    years = sorted({str(value).strip() for value in frame[year].dropna() if str(value).strip()})
    if len(years) > 1:
        raise AbsError(
            "BPE : plusieurs années dans un même fichier ({}) ; donnez un fichier par millésime".format(
                ", ".join(years)
            ),
            path=raw.path,
            column=str(year),
        )
    return [int(value) for value in years if value.isdigit()]


def zero_fill(values, columns, layer_codes):
    """Give 0 for every BPE column to the layer's territories without any row in the file (the BPE
    lists every facility: no row means none). ``values`` = {code: [values aligned with
    ``columns``]} (a join's result, changed in place); returns the codes filled."""
    positions = [number for number, column in enumerate(columns) if str(column).startswith(PREFIX)]
    filled = []
    for code in layer_codes:
        if code in values or not positions:
            continue
        row = [None] * len(columns)
        for number in positions:
            row[number] = 0.0
        values[code] = row
        filled.append(code)
    return filled
