"""Values the producer publishes itself for a level: EPCI, département, région, France.

A median or a Filosofi poverty rate cannot be re-aggregated from communes (it is not a sum), but
INSEE publishes it for every EPCI, département, région and for France, in files of their own
(« base-cc-filosofi » by EPCI, DEP, REG…), as DREES or the CAF publish tables by département.
Those values are taken as they are, for the non-summable (``importe``) indicators only, at the
freshest year the file gives, with its source: never averaged, never recomputed, never mixed into
a Σ-ratio. Where nothing is published for a territory, the value says so.
"""

from dataclasses import dataclass, field

import numpy as np

from . import expressions
from .code_names import CODE_FIELD_CANDIDATES, find_code_column
from .codes import visible
from .errors import AbsError
from .indicators import freshest_year, resolve, uses_year
from .levels import DEPARTEMENT, EPCI, REGION
from .long_table import is_long_table, pivot_long_table
from .values import parse_number_column

FRANCE = "FRANCE"
LEVELS = {"EPCI": EPCI, "DEP": DEPARTEMENT, "REG": REGION, FRANCE: None}
LEVEL_NAMES = {"epci": "EPCI", "dep": "DEP", "departement": "DEP", "département": "DEP", "reg": "REG"}
LEVEL_NAMES.update({"region": "REG", "région": "REG", "france": FRANCE, "pays": FRANCE})
NOT_PUBLISHED = "non publié à ce niveau"
NOT_GIVEN_NAMED = "non fourni pour ce niveau : donnez le fichier {} {} (valeurs_publiees, niveau {})"
NOT_WHOLE = "non publié pour une partie de l'EPCI ({} communes sur {}) : le producteur publie l'ensemble"
LEVEL_PLURALS = {"EPCI": "des EPCI", "DEP": "des départements", "REG": "des régions", FRANCE: "de la France"}
SECRET_AT_SOURCE = "non diffusé par le producteur pour ce territoire (secret)"  # nosec B105: a statistical-secret label, not a password
NOT_AGGREGABLE = "non agrégeable : valeur propre à chaque commune"
NOT_IN_FILE = "territoire absent du fichier du producteur ({})"
# Why a reference has no value, as the workbook, the atlas and the document write it.
SHORT_NOTES = (
    ("non publié", "non publié"),
    ("non fourni", "non fourni"),
    ("non diffusé", "non diffusé"),
    ("non agrégeable", "non agrégeable"),
    ("territoire absent du fichier", "non publié"),
)
LONG_LEVELS = {"EPCI": "epci", "DEP": "departement", "REG": "region", FRANCE: "france"}  # GEO_OBJECT kept
FRANCE_CODES = ("F", "FR", "FRANCE", "FM", "FE", "FRMETRO")


@dataclass
class PublishedTable:
    level: str  # EPCI, DEP, REG or FRANCE
    label: str  # its source, as written in the outputs
    path: str
    rows: dict = field(default_factory=dict)  # code → {column: float (NaN when empty)}
    resolved: dict = field(default_factory=dict)  # indicator id → (year, Resolved) or None, once per table
    year: int = None  # the millésime of columns without a year in their name (from the file's name)

    @property
    def columns(self):
        return set(next(iter(self.rows.values()), {}))


@dataclass
class PublishedValue:
    value: float  # NaN when not given
    year: int = None
    source: str = ""
    reason: str = ""  # why there is no value


def short_note(reason):
    """« non publié », « non fourni » or « non diffusé » for a reason written by the references, or None."""
    return next((note for start, note in SHORT_NOTES if str(reason).startswith(start)), None)


def missing_notes(remarks, keys):
    """{key: note} of the ``keys`` whose missing value a references table explains in its remarks
    (« taux_pauvrete: non publié à ce niveau; … »)."""
    reasons = parse_pairs(remarks, ": ")
    return {key: short_note(reasons[key]) for key in keys if key in reasons and short_note(reasons[key])}


def parse_pairs(text, separator="="):
    """« a=1; b: texte » → {a: "1"}: the per-reference lists abs:aggregateterritories writes."""
    pairs = {}
    for part in str(text or "").split("; "):
        key, _sep, value = part.strip().partition(separator)
        if key and value:
            pairs[key.strip()] = value.strip()
    return pairs


def level_key(text):
    """« EPCI », « DEP », « REG » or « FRANCE » from what a project writes; a French error otherwise."""
    key = LEVEL_NAMES.get(str(text or "").strip().lower())
    if key is None:
        raise AbsError(
            "Niveau « {} » inconnu pour des valeurs publiées (niveaux : EPCI, DEP, REG, FRANCE)".format(text)
        )
    return key


def read_published(raw_table, level, label=""):
    """A :class:`PublishedTable` from a table as received (see :mod:`.tables`)."""
    level = level_key(level)
    if is_long_table(raw_table.frame):  # Melodi: every level in one file, one row per observation
        raw_table = pivot_long_table(raw_table, LONG_LEVELS[level]).table
    frame = raw_table.frame
    if frame.empty:
        raise AbsError("Le fichier ne contient aucune ligne de données", path=raw_table.path)
    codes = _codes(raw_table, level)
    numbers = {}
    for name in frame.columns:
        parsed = parse_number_column(frame[name])
        if parsed.values.notna().any():
            numbers[name] = parsed.values.to_numpy(dtype=float)
    rows, seen = {}, {}
    for position, code in enumerate(codes):
        if code in seen:
            raise AbsError(
                "Code {} en double (lignes {} et {})".format(
                    code or "France", raw_table.line_numbers[seen[code]], raw_table.line_numbers[position]
                ),
                path=raw_table.path,
            )
        seen[code] = position
        rows[code] = {name: float(values[position]) for name, values in numbers.items()}
    return PublishedTable(level, label or raw_table.label, str(raw_table.path), rows)


def _codes(raw_table, level):
    """Each row's normalised code; France: a single row, or the row coded FR/FRANCE/FM/FE."""
    frame = raw_table.frame
    if level == FRANCE:
        if len(frame) == 1:
            return [""]
        column = find_code_column(list(frame.columns), None, raw_table.label, CODE_FIELD_CANDIDATES)
        if column is None:
            raise AbsError("Valeurs de la France : une seule ligne, ou une colonne de code", path=raw_table.path)
        return ["" if str(value).strip().upper() in FRANCE_CODES else str(value).strip() for value in frame[column]]
    column = find_code_column(list(frame.columns), None, raw_table.label, CODE_FIELD_CANDIDATES)
    if column is None:
        raise AbsError("Aucune colonne de code (CODGEO, CODE…) : indiquez-la", path=raw_table.path)
    codes = []
    for position, value in enumerate(frame[column]):
        try:
            codes.append(LEVELS[level].normalize(value))
        except ValueError:
            raise AbsError(
                "Code {} invalide « {} »".format(LEVELS[level].label, visible(value)),
                path=raw_table.path,
                row=raw_table.line_numbers[position],
                column=column,
            ) from None
    return codes


def published_value(indicator, table, code, catalogue):
    """The value ``table`` publishes for indicator ``indicator`` and territory ``code``, with its
    year and source; None when the table does not give this indicator at all."""
    if indicator.id not in table.resolved:  # the same for every territory of the table
        year = freshest_year(indicator, table.columns, catalogue)
        found = None if year is None else (year, resolve(indicator, table.columns, year, catalogue))
        if not uses_year(indicator, catalogue):  # columns without a year: the table's own, if said
            resolved = resolve(indicator, table.columns, None, catalogue)
            found = None if isinstance(resolved, str) else (table.year, resolved)
        table.resolved[indicator.id] = found
    if table.resolved[indicator.id] is None:
        return None
    year, resolved = table.resolved[indicator.id]
    row = table.rows.get(code if table.level != FRANCE else "")
    if row is None:
        return PublishedValue(np.nan, year, table.label, NOT_IN_FILE.format(code))
    columns = {name: np.array([row[name]]) for name in resolved.columns}
    value = float(np.asarray(expressions.evaluate(resolved.trees["numerateur"], columns), dtype=float).reshape(-1)[0])
    if np.isnan(value):
        return PublishedValue(value, year, table.label, SECRET_AT_SOURCE)
    return PublishedValue(value, year, table.label)


def value_for(indicator, tables, place, catalogue):
    """The published value of ``indicator`` for ``place`` = (level key or None, code): from the
    table of that level; « non fourni » for an official level without table, « non publié » for a
    territory that is not one (several EPCI, a sector)."""
    level, code = place
    if indicator.par_commune:
        return PublishedValue(np.nan, reason=NOT_AGGREGABLE)
    if level is None:
        return PublishedValue(np.nan, reason=NOT_PUBLISHED)
    for table in tables:
        if table.level == level:
            found = published_value(indicator, table, code, catalogue)
            if found is not None:
                return found
    if level not in LEVELS:
        return PublishedValue(np.nan, reason=NOT_PUBLISHED)
    source = str(indicator.source or "").split(";")[0].strip() or "du producteur"
    return PublishedValue(np.nan, reason=NOT_GIVEN_NAMED.format(source, LEVEL_PLURALS[level], level))


def apply_published(computed, position, place, tables, catalogue):
    """Put the published values of ``place`` into ``computed`` (a :class:`~.indicators.Computed`
    of aggregates) at ``position``, for its imported indicators; returns {id: PublishedValue}."""
    applied = {}
    for key in list(computed.values):
        if catalogue[key].type != "importe":
            continue
        found = value_for(catalogue[key], tables, place, catalogue)
        computed.values[key][position] = found.value
        computed.reasons[key][position] = found.reason
        applied[key] = found
    return applied


def parse_published(text):
    """« EPCI=filosofi_epci.csv=INSEE, Filosofi 2016; DEP=… » → [(level, path, label)]."""
    entries = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        pieces = [piece.strip() for piece in part.split("=", 2)]
        if len(pieces) < 2 or not pieces[1]:
            raise AbsError(
                "Valeurs publiées « {} » : écrire niveau=fichier (par ex. EPCI=filosofi_epci.csv)".format(part)
            )
        entries.append((level_key(pieces[0]), pieces[1], pieces[2] if len(pieces) > 2 else ""))
    return entries


def published_level(name):
    """The published level a field or level name stands for (EPCI, DEP, REG, FRANCE), or None."""
    try:
        return level_key(name) if name else None
    except AbsError:
        return None
