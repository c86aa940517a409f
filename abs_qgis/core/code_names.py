"""The code column of a table and the code field of a layer: INSEE's usual names (DEPCOM, CODGEO,
CODE_IRIS…), found by name or by values at the level joined (commune, IRIS, QPV, EPCI…), and the
codes normalised (leading zeros, 2A/2B), a column mostly of non-codes refused with its lines."""

from .codes import normalize_commune_code
from .errors import AbsError
from .levels import COMMUNE, IRIS, share_of

MAX_LISTED = 10
CODE_FIELD_CANDIDATES = (
    "DEPCOM",
    "INSEE_COM",
    "CODGEO",
    "CODE_INSEE",
    "CODEINSEE",
    "COM",
    "CODE_COM",
    "CODE_COMMUNE",
    "INSEE",
    "CODE",
    "COG",
    "CODE_GEO",
    "CODGEO_2025",
    "NUM_COM",
)
IRIS_FIELD_CANDIDATES = (
    "CODE_IRIS",
    "IRIS_CODE",
    "DCOMIRIS",
    "COD_IRIS",
    "CODGEO",
    "IRIS",
    "CODE",
    "CODE_GEO",
)


def find_code_column(columns, preferred=None, label="", candidates=CODE_FIELD_CANDIDATES):
    """The code column among ``columns``: ``preferred`` if given, else a known name."""
    if preferred:
        if preferred in columns:
            return preferred
        raise AbsError(
            "Colonne de code « {} » absente ({} colonnes : {})".format(
                preferred, len(columns), ", ".join(map(str, columns[:15]))
            ),
            path=label or None,
        )
    by_upper = {str(name).upper(): name for name in columns}
    for candidate in candidates:
        if candidate in by_upper:
            return by_upper[candidate]
    return None


def guess_code_column_by_values(frame, level=COMMUNE):
    """A column whose values are mostly codes of ``level`` (communes by default), or ``None``."""
    for name in frame.columns:
        if share_of(level, list(frame[name].head(200)), strict=True) >= 0.9:
            return name
    return None


def code_column_for(frame, preferred, label, level=COMMUNE):
    """The code column of a table joined at ``level``: the one named, else a known name whose
    values are codes of that level, else any column of such codes."""
    if preferred:
        return find_code_column(list(frame.columns), preferred, label)
    if level is IRIS:
        return (
            iris_named_column(frame.columns, lambda name: list(frame[name].head(200)))
            or guess_code_column_by_values(frame, IRIS)
            or find_code_column(list(frame.columns), None, label, IRIS_FIELD_CANDIDATES)
            or find_code_column(list(frame.columns), None, label)
        )
    named = find_code_column(list(frame.columns), None, label)
    if level is COMMUNE:
        return named or guess_code_column_by_values(frame)
    # QPV, EPCI, département… : a known name holding such codes, else any column of such codes.
    if named is not None and share_of(level, list(frame[named].head(200))) >= 0.5:
        return named
    return guess_code_column_by_values(frame, level) or named


def iris_named_column(names, values_of):
    """The first of ``names`` known as an IRIS code column (``IRIS_FIELD_CANDIDATES``) whose values
    (``values_of(name)``, a sample) are mostly IRIS codes, or ``None``: an IRIS table or layer also
    holds its commune code, and ``CODGEO`` or ``CODE`` may be either."""
    by_upper = {str(name).upper(): name for name in names}
    for candidate in IRIS_FIELD_CANDIDATES:
        name = by_upper.get(candidate)
        if name is not None and share_of(IRIS, values_of(name)) >= 0.5:
            return name
    return None


def _iris_or_commune(value):
    """IRIS code, or a commune code where an IRIS table names a whole commune."""
    try:
        return IRIS.normalize(value)
    except ValueError:
        return normalize_commune_code(value)


def normalize_codes(raw_codes, line_numbers, code_column, label, level=COMMUNE):
    """Normalised codes (None for empty), list of (position) invalid; error if mostly garbage."""
    normalize = _iris_or_commune if level is IRIS else level.normalize
    codes, invalid = [], []
    for position, value in enumerate(raw_codes):
        try:
            codes.append(normalize(value))
        except ValueError:
            codes.append(None)
            invalid.append(position)
    filled = sum(code is not None for code in codes) + len(invalid)
    if filled == 0:
        raise AbsError("La colonne de code est entièrement vide", path=label, column=code_column)
    if len(invalid) > filled / 2:
        examples = ", ".join("ligne {} : « {} »".format(line_numbers[p], raw_codes[p]) for p in invalid[:MAX_LISTED])
        raise AbsError(
            "La colonne ne contient pas des codes {} ({}) : {} valeurs sur {} invalides ; {}".format(
                level.label, level.length, len(invalid), filled, examples
            ),
            path=label,
            column=code_column,
        )
    return codes, set(invalid)
