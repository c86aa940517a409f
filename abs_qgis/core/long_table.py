"""INSEE's long tables (« une ligne par observation »: Melodi catalogue and API) made wide.

A long table has a territory column (``GEO``: ``63003``, ``COM-63003`` or ``2025-COM-63003``), often
its level (``GEO_OBJECT``), dimension columns (``SEX``, ``AGE``, ``RP_MEASURE``,
``FILOSOFI_MEASURE``…), the year (``TIME_PERIOD``), the value (``OBS_VALUE``) and statuses
(``OBS_STATUS``, ``CONF_STATUS``). :func:`pivot_long_table` keeps the territories of one level and
makes one row per territory, one column per combination of dimension values and year (named as in
INSEE's wide files when known, see :mod:`.long_names`). A confidential or missing observation is a
marker with its reason, never 0. Rows not pivoted are accounted for: other levels and duplicates
are listed with their reason, rows left out by the dimensions chosen are counted.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import AbsError, Cancelled
from .long_names import code_name, insee_name
from .obs_status import ABSENT, UNREADABLE, VALUE_NOTES, status_reason
from .tables import RawTable
from .values import parse_number_column

GEO_NAMES = ("GEO", "GEO_CODE", "CODGEO")
LEVEL_NAMES = ("GEO_OBJECT", "GEO_LEVEL", "NIVGEO")
TIME_NAMES = ("TIME_PERIOD", "TIME", "ANNEE")
ATTRIBUTES = {"FREQ", "UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "CONF_STATUS", "OBS_QUAL", "GEO_REF"}
KNOWN_DIMENSIONS = {"SEX", "AGE"}
PREFIXED_GEO = re.compile(r"^(?:(\d{4})-)?([A-Z][A-Z0-9_]*)-(.+)$")  # 2025-COM-63003, COM-63003
LEVEL_OBJECTS = {  # abs_qgis level key → GEO_OBJECT values, preferred first
    "commune": ("COM", "ARM"),
    "iris": ("IRIS",),
    "qpv": ("QPV", "QP"),
    "epci": ("EPCI",),
    "departement": ("DEP",),
    "region": ("REG",),
    "france": ("FRANCE", "FE", "FM"),
}
CODE_COLUMN = "CODGEO"
MAX_COLUMNS = 1500


@dataclass
class LongPivot:
    table: RawTable  # the wide table: CODGEO, then one column per combination
    rows_read: int
    level_object: str  # the GEO_OBJECT kept (COM…), or None when the file gives no level
    years: list
    other_levels: Counter  # GEO_OBJECT → rows not kept
    listed: list = field(default_factory=list)  # (line, raw GEO, reason): rows not pivoted
    left_out: Counter = field(default_factory=Counter)  # "SEX = M" → rows left out by the choice
    markers: Counter = field(default_factory=Counter)  # reason → observations
    value_notes: Counter = field(default_factory=Counter)  # status note → observations kept
    unreadable: list = field(default_factory=list)  # (line, column, raw value)
    rows_per_code: Counter = field(default_factory=Counter)  # territory → long rows pivoted


def _named(columns, names):
    by_upper = {str(column).strip().upper(): column for column in columns}
    return next((by_upper[name] for name in names if name in by_upper), None)


def _value_column(columns):
    for column in columns:
        upper = str(column).strip().upper()
        if upper == "OBS_VALUE" or upper.startswith("OBS_VALUE_"):
            return column
    return None


def is_long_table(frame):
    """True when ``frame`` is a long table: a value column ``OBS_VALUE`` and a territory column."""
    columns = list(frame.columns)
    return _value_column(columns) is not None and _named(columns, GEO_NAMES) is not None


def parse_keep(text):
    """« SEX=_T; AGE=Y_LT15,Y_GE75 » (or a dict of lists) → {dimension: set of values kept}."""
    if isinstance(text, dict):
        items = text.items()
    else:
        items = []
        for part in filter(None, (item.strip() for item in str(text or "").split(";"))):
            name, sep, values = part.partition("=")
            if not sep or not name.strip() or not values.strip():
                raise AbsError("Dimensions à garder « {} » : écrivez DIMENSION=valeur1,valeur2".format(part))
            items.append((name, values.split(",")))
    keep = {}
    for name, values in items:
        values = values if isinstance(values, (list, tuple, set)) else str(values).split(",")
        keep[str(name).strip().upper()] = {str(value).strip().upper() for value in values if str(value).strip()}
    return keep


def pivot_long_table(raw, level_key="commune", keep=None, is_canceled=None):
    """The wide :class:`LongPivot` of the long table ``raw`` for the level ``level_key``."""
    frame, columns = raw.frame, list(raw.frame.columns)
    parts = _roles(columns, raw)
    geo_raw = _per_unique(frame[parts["geo"]], lambda cell: "" if cell is None else str(cell).strip())
    codes, objects = _geo_codes(geo_raw, frame[parts["level"]] if parts["level"] else None)
    lines = pd.Series(raw.line_numbers, index=frame.index)
    kept_object, other = _level_rows(objects, level_key, raw)
    pivot = LongPivot(None, len(frame), kept_object, [], Counter(objects[other]) if kept_object else Counter())
    for position in other.to_numpy().nonzero()[0] if kept_object else ():
        pivot.listed.append((int(lines.iloc[position]), geo_raw.iloc[position], _other_level(objects.iloc[position])))
    rows = ~other
    rows &= _keep_rows(frame, parts["dimensions"], keep or {}, pivot, raw)
    cells = _cells(frame, parts, pivot, lines)
    names, pivot.years = _column_names(frame[rows], parts)
    if len(set(names)) > MAX_COLUMNS:
        raise AbsError(
            "Table longue : {} combinaisons de dimensions ({}) ; gardez-en moins (dimensions à garder)".format(
                len(set(names)), ", ".join(parts["dimensions"])
            ),
            path=raw.path,
        )
    long = pd.DataFrame({"code": codes[rows], "name": names, "cell": cells[rows], "line": lines[rows]})
    long = _drop_duplicates(long, geo_raw, pivot, raw, is_canceled)
    pivot.rows_per_code = Counter(long["code"])
    pivot.table = _wide(long, frame[rows], parts["labels"], raw)
    pivot.listed.sort()
    return pivot


def _roles(columns, raw):
    geo, value = _named(columns, GEO_NAMES), _value_column(columns)
    level, time = _named(columns, LEVEL_NAMES), _named(columns, TIME_NAMES)
    statuses = {name: _named(columns, (name,)) for name in ("OBS_STATUS", "CONF_STATUS", "UNIT_MULT")}
    taken = {geo, value, level, time} | set(statuses.values())
    rest = [c for c in columns if c not in taken and str(c).strip().upper() not in ATTRIBUTES]
    dimensions, labels = [], []
    frame = raw.frame
    for column in rest:
        upper = str(column).strip().upper()
        if upper.endswith("_MEASURE") or upper in KNOWN_DIMENSIONS or _varies_within(frame, geo, level, column):
            dimensions.append(column)
        elif frame[column].nunique() > 1:
            labels.append(column)  # one value per territory: its name, kept as a text column
    return {
        "geo": geo,
        "value": value,
        "level": level,
        "time": time,
        "statuses": statuses,
        "dimensions": dimensions,
        "labels": labels,
    }


def _varies_within(frame, geo, level, column):
    keys = [geo] + ([level] if level else [])
    return bool((frame.groupby(keys, sort=False)[column].nunique() > 1).any())


def _per_unique(column, function):
    """``function`` of each cell, computed once per distinct value (long tables repeat them)."""
    positions, uniques = pd.factorize(column)  # a missing cell is -1: the last result, function(None)
    results = np.empty(len(uniques) + 1, dtype=object)  # filled one by one: tuples stay cells
    for position, value in enumerate(uniques):
        results[position] = function(value)
    results[-1] = function(None)
    return pd.Series(results[positions], index=column.index)


def _geo_codes(geo_raw, level_column):
    """``(codes, levels)``: the code and the GEO_OBJECT of each row (from the prefix or the column)."""

    def split(text):
        match = PREFIXED_GEO.match((text or "").upper())
        return (match.group(3), match.group(2)) if match else (text or "", None)

    pairs = _per_unique(geo_raw, split)
    codes = pairs.map(lambda pair: pair[0])
    objects = pairs.map(lambda pair: pair[1])
    if level_column is not None:
        named = _upper(level_column)
        objects = objects.where(objects.notna(), named)
    return codes, objects.fillna("")


def _level_rows(objects, level_key, raw):
    """``(GEO_OBJECT kept or None, rows of another level)``."""
    present = Counter(objects)
    if set(present) == {""}:
        return None, pd.Series(False, index=objects.index)
    wanted = LEVEL_OBJECTS.get(level_key, (str(level_key).upper(),))
    kept = next((name for name in wanted if present.get(name)), None)
    if kept is None:
        found = ", ".join("{} ({})".format(name or "sans niveau", count) for name, count in present.most_common())
        raise AbsError(
            "Table longue : aucun territoire de niveau {} (niveaux présents : {})".format(wanted[0], found),
            path=raw.path,
            column="GEO_OBJECT",
        )
    return kept, objects != kept


def _other_level(name):
    return "niveau {} : non retenu (la couche est d'un autre niveau)".format(name or "non précisé")


def _keep_rows(frame, dimensions, keep, pivot, raw):
    rows = pd.Series(True, index=frame.index)
    by_upper = {str(column).strip().upper(): column for column in dimensions}
    for name, values in keep.items():
        column = by_upper.get(name)
        if column is None:
            raise AbsError(
                "Dimension à garder « {} » absente (dimensions : {})".format(name, ", ".join(map(str, dimensions))),
                path=raw.path,
            )
        cells = frame[column].map(lambda cell: "" if cell is None else str(cell).strip().upper())
        out = ~cells.isin(values)
        for value, count in Counter(cells[out & rows]).items():
            pivot.left_out["{} = {}".format(column, value)] += count
        rows &= ~out
    return rows


def _cells(frame, parts, pivot, lines):
    """The cell of each row: its number (× 10^UNIT_MULT), or the reason of its marker."""
    parsed = parse_number_column(frame[parts["value"]])
    values = parsed.values.copy()
    multiplier = parts["statuses"]["UNIT_MULT"]
    if multiplier is not None:
        power = pd.to_numeric(frame[multiplier], errors="coerce").fillna(0)
        values = values * (10.0**power)
    cells = values.astype(object)
    marked = parsed.markers.fillna(UNREADABLE)
    has_marker = values.isna()
    cells[has_marker] = marked[has_marker]
    for position, raw_value in parsed.unreadable:
        pivot.unreadable.append((int(lines.iloc[position]), parts["value"], raw_value))
    obs, conf = (parts["statuses"][name] for name in ("OBS_STATUS", "CONF_STATUS"))
    if obs is None and conf is None:
        return cells
    obs_values = _upper(frame[obs]) if obs is not None else pd.Series("", index=frame.index)
    conf_values = _upper(frame[conf]) if conf is not None else pd.Series("", index=frame.index)
    pairs = obs_values + "|" + conf_values
    reasons = {pair: status_reason(*pair.split("|")) for pair in pairs.unique()}
    reason_of_row = pairs.map(reasons)
    marked_rows = reason_of_row.notna()
    cells[marked_rows] = reason_of_row[marked_rows]
    pivot.markers.update(Counter(reason_of_row[marked_rows]))
    noted = obs_values.map(VALUE_NOTES)[~marked_rows & ~has_marker].dropna()
    pivot.value_notes.update(Counter(noted))
    return cells


def _upper(column):
    return _per_unique(column, lambda cell: "" if cell is None else str(cell).strip().upper())


def _column_names(frame, parts):
    """One output name per row, and the years found."""
    dimensions, time = parts["dimensions"], parts["time"]
    measure = next((c for c in dimensions if str(c).strip().upper().endswith("_MEASURE")), None)
    others = [c for c in dimensions if c != measure]
    varying = [c for c in others if frame[c].nunique() > 1]
    keys = ([measure] if measure else []) + others + ([time] if time else [])
    if frame.empty or not keys:
        return pd.Series(code_name([], None), index=frame.index).to_numpy(dtype=object), []
    text = frame[keys].astype(str)
    group = text.groupby(keys, sort=False).ngroup().to_numpy()
    firsts = pd.Series(range(len(group))).groupby(group, sort=True).first().to_numpy()
    combos = [tuple(row) for row in text.iloc[firsts].itertuples(index=False)]
    names = []
    for combo in combos:
        values = dict(zip(keys, combo))
        year = values.get(time) if time else None
        known = insee_name(measure, values.get(measure), {c: values[c] for c in others}, year)
        generic = code_name(([values[measure]] if measure else []) + [values[c] for c in varying], year)
        names.append(known or generic)
    clashes = {name for name, count in Counter(names).items() if count > 1}
    for position, combo in enumerate(combos):  # one INSEE name for two combinations (``T``, ``_T``)
        if names[position] in clashes:
            names[position] = code_name(combo[:-1] if time else combo, combo[-1] if time else None)
    labels = np.array(names, dtype=object)[group]
    years = sorted({int(y) for y in text[time].unique() if y.strip().isdigit()}) if time else []
    return labels, years


def _drop_duplicates(long, geo_raw, pivot, raw, is_canceled):
    """A second observation of one territory × combination: listed when it repeats the first,
    an error naming both lines when it differs."""
    if is_canceled is not None and is_canceled():
        raise Cancelled()
    repeated = long.duplicated(["code", "name"], keep="first")
    if not repeated.any():
        return long
    first = long[~repeated].set_index(["code", "name"])
    for index in long.index[repeated]:
        row = long.loc[index]
        original = first.loc[(row["code"], row["name"])]
        if str(original["cell"]) != str(row["cell"]):
            raise AbsError(
                "Table longue : deux valeurs pour {} en {} (lignes {} et {} : {} et {})".format(
                    row["code"], row["name"], original["line"], row["line"], original["cell"], row["cell"]
                ),
                path=raw.path,
                row=int(row["line"]),
                column=str(row["name"]),
            )
        reason = "observation en double (même valeur qu'à la ligne {})".format(original["line"])
        pivot.listed.append((int(row["line"]), geo_raw.loc[index], reason))
    return long[~repeated]


def _wide(long, frame, labels, raw):
    order = list(dict.fromkeys(long["code"]))
    table = long.pivot(index="code", columns="name", values="cell").reindex(order)
    table = table[sorted(table.columns, key=str)].astype(object).where(table.notna(), ABSENT)
    first_lines = long.groupby("code", sort=False)["line"].min().reindex(order)
    wide = pd.DataFrame({CODE_COLUMN: order})
    for column in labels:
        named = pd.Series(frame.loc[long.index, column].to_numpy(), index=long["code"].to_numpy())
        wide[str(column)] = named[~named.index.duplicated()].reindex(order).to_numpy()
    wide = pd.concat([wide, table.reset_index(drop=True)], axis=1)
    notes = list(raw.notes) + ["table longue mise en colonnes"]
    lines = [int(line) for line in first_lines]
    made = RawTable(raw.path, wide, raw.header_row, lines, raw.sheet, raw.encoding, raw.separator)
    made.notes, made.numeric = notes, {str(name) for name in table.columns}
    return made
