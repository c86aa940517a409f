"""Turning cells into numbers: decimal commas, thousands separators, secret markers.

A cell is either a number, a *marker* (empty, ``s``, ``nd``… : NULL in the output with its
reason kept), or unreadable (NULL, reported with its line and column). Counts stay floats:
census counts are weighted estimates (``P18_LOG = 353.73``) and are never rounded here.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .obs_status import all_reasons

# Marker (lower-case, stripped) → reason. Empty cells in INSEE files are mostly secret
# (Filosofi, comparateur): the reason says both.
MARKERS = {
    "": "vide (secret ou absent à la source)",
    "s": "secret statistique à la source",
    "ss": "secret statistique à la source",
    "secret": "secret statistique à la source",  # nosec B105: a marker of the statistical secret, not a password
    "*": "secret statistique à la source",
    "c": "confidentiel à la source",
    "nd": "non disponible",
    "n.d.": "non disponible",
    "n/d": "non disponible",
    "na": "non disponible",
    "nc": "non communiqué",
    "ns": "non significatif",
    "-": "néant ou sans objet",
    "///": "sans objet",
    "x": "secret statistique à la source",
}
# Excel's error values (English and French Excel, LibreOffice), and the xls reader's « #ERR »: no
# number, and not a secret either — a formula that failed in the file as it was received.
MARKERS.update(
    dict.fromkeys(
        ("#n/a", "#div/0!", "#value!", "#valeur!", "#ref!", "#name?", "#nom?", "#num!", "#nombre!", "#null!", "#err"),
        "erreur de formule dans le fichier source",
    )
)
# The reasons written in the cells of a pivoted long table (Melodi statuses) are their own markers.
MARKERS.update({reason.lower(): reason for reason in all_reasons()})
SECRET_MARKERS = {key for key, reason in MARKERS.items() if reason.startswith(("secret", "confidentiel"))}
THOUSANDS = ("\u00a0", "\u202f", "\u2009", " ", "'")
NUMERIC_SHARE = 0.95  # a column is numeric when this share of its non-marker cells parse


@dataclass
class ParsedColumn:
    values: pd.Series  # float, NaN where no number
    markers: pd.Series  # marker reason or "" (number) or None (unreadable)
    unreadable: list = field(default_factory=list)  # (position, raw value)


def parse_number_column(column):
    """Parse one column of raw cells (str or numbers) into floats and marker reasons.

    Fast path first: cells that ``pd.to_numeric`` reads as they are (``353.73``, ``12``) are
    done in C; only the others (empty, markers, decimal commas, thousands separators) go
    through the string clean-up.
    """
    fast = _plain_numbers(column)
    if fast is not None:
        return fast
    return _without_infinities(column, _parse_general(column))


def _without_infinities(column, parsed):
    """« inf », « -inf », « 1e999 » and infinite spreadsheet numbers are not figures: unreadable."""
    infinite = np.isinf(parsed.values.to_numpy(dtype=float))
    if not infinite.any():
        return parsed
    parsed.values[infinite] = np.nan
    parsed.markers[infinite] = None
    positions = np.flatnonzero(infinite)
    parsed.unreadable = sorted(parsed.unreadable + [(int(i), column.iloc[i]) for i in positions])
    return parsed


def _parse_general(column):
    raw = column.astype(object)
    numbers = pd.to_numeric(raw, errors="coerce").astype(float)
    markers = pd.Series("", index=column.index, dtype=object)
    pending = numbers.isna().to_numpy()
    if not pending.any():
        return ParsedColumn(numbers, markers, [])
    rest = raw[pending]
    is_number = rest.map(lambda cell: isinstance(cell, (int, float)) and not isinstance(cell, bool))
    text = rest.where(~is_number, "").fillna("").astype(str).str.strip()
    marker_reason = text.str.lower().map(MARKERS)
    to_clean = (marker_reason.isna() & ~is_number).to_numpy()
    parsed = pd.Series(np.nan, index=rest.index, dtype=float)
    if to_clean.any():  # often none: the pending cells of INSEE files are empty or markers
        parsed[to_clean] = _french_numbers(text[to_clean]).to_numpy(dtype=float)
    numbers[pending] = parsed.to_numpy(dtype=float)
    is_marker = (marker_reason.notna() & ~is_number).to_numpy()
    rest_markers = pd.Series("", index=rest.index, dtype=object)
    rest_markers[is_marker] = marker_reason[is_marker]
    unreadable_mask = (parsed.isna() & marker_reason.isna()).to_numpy() & ~is_number.to_numpy()
    rest_markers[unreadable_mask] = None
    markers[pending] = rest_markers.to_numpy(dtype=object)
    positions = np.flatnonzero(pending)[unreadable_mask]
    unreadable = [(int(i), column.iloc[i]) for i in positions]
    return ParsedColumn(numbers, markers, unreadable)


def _plain_numbers(column):
    """The usual INSEE column — every cell a plain number or empty — parsed by numpy in one go
    (five times faster than ``pd.to_numeric``); None for anything else (markers, decimal commas,
    spaces, numbers already typed…), which the general path handles."""
    cells = column.to_numpy(dtype=object)
    if not len(cells) or pd.api.types.infer_dtype(cells, skipna=False) != "string":
        return None
    empty = cells == ""
    try:
        numbers = np.where(empty, "nan", cells).astype(float)
    except ValueError:
        return None
    # Only the empty cells may be NaN, and nothing numpy reads that pandas would not (« inf », « 1_0 »).
    if np.isnan(numbers[~empty]).any() or np.isinf(numbers).any() or "_" in "".join(cells):
        return None
    markers = np.where(empty, MARKERS[""], "").astype(object)
    return ParsedColumn(
        pd.Series(numbers, index=column.index, dtype=float), pd.Series(markers, index=column.index, dtype=object), []
    )


def _french_numbers(text):
    """Numbers written the French way (decimal comma, thousands separators) as floats, NaN otherwise."""
    # « 12,5 % » is read as it is shown, 12.5: the column is in percent, as its header says.
    cleaned = text.str.replace(r"\s*%$", "", regex=True)
    for separator in THOUSANDS:
        cleaned = cleaned.str.replace(separator, "", regex=False)
    # "1.234,5" (dot thousands, comma decimal) and "12,5": the comma is the decimal mark. "1,234.5"
    # (comma thousands, dot decimal) is ambiguous in a file of decimal commas: unreadable, listed.
    both = cleaned.str.contains(",", regex=False) & cleaned.str.contains(".", regex=False)
    ambiguous = both & (cleaned.str.rfind(".") > cleaned.str.rfind(","))
    cleaned = cleaned.where(~both, cleaned.str.replace(".", "", regex=False))
    cleaned = cleaned.str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(cleaned, errors="coerce").astype(float)
    numbers[ambiguous] = np.nan
    return numbers


def numbers_or_none(column):
    """The cells of a raw column as floats, None where a cell holds no number (marker, empty)."""
    return [
        None if value != value else float(value) for value in parse_number_column(column).values.to_numpy(dtype=float)
    ]


def is_numeric_column(parsed):
    """True when enough of the non-marker cells are numbers (see ``NUMERIC_SHARE``)."""
    numbers = int(parsed.values.notna().sum())
    unreadable = len(parsed.unreadable)
    if numbers == 0:
        return False
    return numbers / (numbers + unreadable) >= NUMERIC_SHARE
