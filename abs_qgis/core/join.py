"""Joining an indicator table to a set of commune codes, with nothing lost.

Every row read ends in exactly one place: joined to a commune of the layer (directly, or
summed into it — commune nouvelle, municipal arrondissement, declared duplicates) or
rejected with its French reason. ``rows_read == rows_joined + rows_rejected`` always holds.
"""

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .code_column import choose_code_column
from .code_names import (
    CODE_FIELD_CANDIDATES,
    IRIS_FIELD_CANDIDATES,
    code_column_for,
    find_code_column,
    guess_code_column_by_values,
    normalize_codes,
)
from .codes import normalize_commune_code, visible
from .columns import is_count_column
from .errors import AbsError, Cancelled
from .join_targets import commune_target, iris_target, is_outside
from .levels import COMMUNE, IRIS, commune_of_iris, level_mismatch_message, share_of
from .values import is_numeric_column, parse_number_column

MAX_LISTED = 10
# A row whose flag column (CAF files: NOTE) is not 0 was suppressed by the producer: its empty
# cells are « secret à la source », never zeros or plain gaps.
FLAG_NAMES = ("NOTE",)
DOUBLE_COUNTED = "ligne de la commune {} : ses IRIS sont déjà dans la table (non comptée deux fois)"
FLAGGED_SECRET = "secret à la source ({} = {})"  # nosec B105: a statistical-secret label, not a password
NEGATIVE_COUNT = "effectif négatif refusé"
STALE_ORIGIN = "comptée avec {} dans la commune {} de la table (géographie différente de la couche) : pas de donnée"


@dataclass
class TableColumn:
    name: str
    kind: str  # "number" or "text"
    summable: bool = False


@dataclass
class Rejected:
    line: int
    raw_code: str
    code: str
    reason: str
    status: str = "non jointe"  # or "valeurs non additionnées" (row joined, some values dropped)


@dataclass
class JoinResult:
    columns: list  # TableColumn, in table order (code column excluded)
    values: dict  # commune code → list of values aligned with ``columns``
    markers: dict  # commune code → "FIELD: reason; …" for NULL cells
    origin: dict  # commune code → how its values were obtained
    rejected: list  # Rejected
    rows_read: int = 0
    rows_joined: int = 0
    rows_summed: int = 0
    rows_rejected: int = 0
    unreadable_cells: list = field(default_factory=list)  # (line, column, raw value)
    flag_column: str = None  # column flagging rows suppressed at the source (CAF: NOTE)
    rows_flagged: int = 0
    code_column: str = None  # the table's code column
    code_match_rate: float = None  # when chosen by its values: share of codes found in the layer

    @property
    def rows_outside(self):
        """Rejected rows whose code is a territory the layer does not hold (a France-wide table
        joined to a territory): outside the territory rather than wrong."""
        return sum(1 for row in self.rejected if row.status == "non jointe" and is_outside(row.reason))

    @property
    def partial_rows(self):
        return [row for row in self.rejected if row.status != "non jointe"]


def parse_columns(frame, code_column, line_numbers, declared_counts=(), numeric=()):
    """Parse every non-code column; return ``(columns, data, markers, unreadable_cells)``.
    ``numeric``: columns known to be numbers even when every cell is a marker."""
    columns, data, markers, unreadable = [], {}, {}, []
    for name in frame.columns:
        if name == code_column:
            continue
        parsed = parse_number_column(frame[name])
        if is_numeric_column(parsed) or name in numeric:
            column = TableColumn(name, "number", is_count_column(name, declared_counts))
            columns.append(column)
            data[name] = parsed.values.to_numpy(dtype=float)
            markers[name] = parsed.markers.to_numpy(dtype=object)
            unreadable.extend((line_numbers[p], name, value) for p, value in parsed.unreadable)
            if column.summable:
                unreadable.extend(_refuse_negative(name, data[name], markers[name], line_numbers))
        else:
            columns.append(TableColumn(name, "text"))
            text = frame[name].map(lambda cell: None if cell is None or pd.isna(cell) else str(cell).strip())
            data[name] = text.to_numpy(dtype=object)
    return columns, data, markers, unreadable


def _refuse_negative(name, values, markers, line_numbers):
    """A count below zero is no count: NULL with its reason, and listed with the unreadable cells."""
    negative = np.flatnonzero(values < 0)
    refused = [(line_numbers[p], name, values[p]) for p in negative]
    values[negative] = np.nan
    markers[negative] = NEGATIVE_COUNT
    return refused


def flag_column_of(frame, preferred=None):
    """The column flagging rows suppressed at the source (CAF: NOTE), or ``None``.

    Found by name only when every filled value is a small whole number (0 = row published)."""
    if preferred:
        if preferred not in frame.columns:
            raise AbsError("Colonne d'indicateur de secret « {} » absente".format(preferred))
        return preferred
    by_upper = {str(name).upper(): name for name in frame.columns}
    for candidate in FLAG_NAMES:
        name = by_upper.get(candidate)
        if name is None:
            continue
        values = pd.to_numeric(frame[name], errors="coerce")
        filled = frame[name].astype(str).str.strip() != ""
        if values[filled].notna().all() and values[filled].between(0, 9).all() and (values[filled] % 1 == 0).all():
            return name
    return None


def _flag_secret(frame, flag_column, columns, data, markers):
    """Rows flagged by ``flag_column``: their NULL numbers get the reason « secret à la source »."""
    flags = pd.to_numeric(frame[flag_column], errors="coerce").fillna(0).to_numpy()
    flagged = np.flatnonzero(flags != 0)
    for column in columns:
        if column.kind != "number" or column.name == flag_column:
            continue
        missing = np.isnan(data[column.name][flagged])
        for position in flagged[missing]:
            markers[column.name][position] = FLAGGED_SECRET.format(flag_column, int(flags[position]))
    return len(flagged)


def table_codes_of(raw_table, code_column=None):
    """The table's normalised commune codes (invalid and empty ones left out)."""
    frame = raw_table.frame
    column = find_code_column(list(frame.columns), code_column, raw_table.label) or guess_code_column_by_values(frame)
    if column is None:
        return set()
    codes = set()
    for value in frame[column]:
        try:
            code = normalize_commune_code(value)
        except ValueError:
            continue
        if code:
            codes.add(code)
    return codes


def join_table(
    raw_table,
    layer_codes,
    *,
    code_column=None,
    passage=None,
    declared_counts=(),
    sum_duplicates=False,
    stale=None,
    progress=None,
    is_canceled=None,
    level=COMMUNE,
    sum_iris=False,
    flag_column=None,
):
    """Join ``raw_table`` (a :class:`~abs_qgis.core.tables.RawTable`) to ``layer_codes``.

    ``stale`` (from :func:`~abs_qgis.core.geography.stale_reasons`) lists layer codes of
    communes the table already counts inside a commune nouvelle: their rows are refused
    with the reason, and their polygons are marked as such.

    ``level``: the level of ``layer_codes`` (communes, IRIS, QPV…); a table of another level is
    refused with an explanation, except IRIS onto communes with ``sum_iris`` (IRIS summed into
    their commune, counts only). ``flag_column``: column flagging rows suppressed at the source
    (found by name when ``None``: CAF's NOTE).
    """
    stale = stale or {}
    frame, lines, label = raw_table.frame, raw_table.line_numbers, raw_table.label
    if frame.empty:
        raise AbsError("Le fichier ne contient aucune ligne de données", path=raw_table.path, sheet=raw_table.sheet)
    code_column, match_rate = _code_column(frame, code_column, label, layer_codes, passage, level, sum_iris)
    if code_column is None:
        raise AbsError(
            "Aucune colonne de code {} trouvée (noms reconnus : {}) ; indiquez-la".format(
                level.label, ", ".join((IRIS_FIELD_CANDIDATES if level is IRIS else CODE_FIELD_CANDIDATES)[:8])
            ),
            path=raw_table.path,
            sheet=raw_table.sheet,
        )
    raw_codes = list(frame[code_column])
    _check_level(raw_codes, level, sum_iris, raw_table, code_column)
    codes, invalid = normalize_codes(raw_codes, lines, code_column, label, IRIS if sum_iris else level)
    _check_duplicates(codes, lines, sum_duplicates, label, code_column)
    columns, data, markers, unreadable = parse_columns(frame, code_column, lines, declared_counts, raw_table.numeric)
    flag_column = flag_column_of(frame, flag_column)
    flagged = _flag_secret(frame, flag_column, columns, data, markers) if flag_column else 0
    layer_codes = set(layer_codes)
    table_codes = {code for code in codes if code is not None}
    layer_communes = Counter(commune_of_iris(code) for code in layer_codes) if level is IRIS else {}
    iris_communes = {commune_of_iris(code) for code in table_codes if len(code) == 9}
    result = JoinResult(columns, {}, {}, {}, [], rows_read=len(frame), unreadable_cells=unreadable)
    result.flag_column, result.rows_flagged = flag_column, flagged
    result.code_column, result.code_match_rate = code_column, match_rate
    groups = {}
    for position, code in enumerate(codes):
        if is_canceled is not None and position % 5000 == 0 and is_canceled():
            raise Cancelled()
        raw = "" if raw_codes[position] is None else str(raw_codes[position]).strip()
        if code is None:
            reason = "code invalide « {} »".format(visible(raw)) if position in invalid else "code vide"
            result.rejected.append(Rejected(lines[position], raw, None, reason))
            continue
        if level is IRIS:
            target, how = iris_target(code, layer_codes, passage, layer_communes)
        elif level is not COMMUNE:  # QPV, EPCI, sectors: the code as it is, or nothing
            known = code in layer_codes
            target, how = (code, "direct") if known else (None, "code inconnu de la couche ({})".format(level.plural))
        elif sum_iris:
            target, how = commune_target(commune_of_iris(code), layer_codes, passage, set(), stale)
            how = "IRIS" if how == "direct" else how
            if len(code) == 5 and code in iris_communes:
                target, how = None, DOUBLE_COUNTED.format(code)
        else:
            target, how = commune_target(code, layer_codes, passage, table_codes, stale)
        if target is None:
            result.rejected.append(Rejected(lines[position], raw, code, how))
            continue
        groups.setdefault(target, []).append((position, how))
    if progress is not None:
        progress(0.5)
    row_values, row_notes = _row_values(len(codes), columns, data, markers)
    for target, members in groups.items():
        if len(members) == 1:
            position, how = members[0]
            result.values[target] = row_values[position]
            result.markers[target] = "; ".join(row_notes.get(position, ()))
            result.origin[target] = (
                "direct" if how == "direct" else "code {} ramené à {}".format(codes[position], target)
            )
        else:
            _fill_merged(result, target, members, codes, lines, columns, data)
    for code, (current, others) in stale.items():
        result.origin.setdefault(
            code,
            STALE_ORIGIN.format(", ".join(others), current),
        )
    result.rows_rejected = sum(1 for row in result.rejected if row.status == "non jointe")
    result.rows_joined = sum(len(members) for members in groups.values())
    result.rows_summed = sum(len(members) for members in groups.values() if len(members) > 1)
    if progress is not None:
        progress(1.0)
    return result


def _code_column(frame, named, label, layer_codes, passage, level, sum_iris):
    """``(code column, match rate or None)``: the one named, else (communes, EPCI, QPV…) the column
    whose codes match the layer best; IRIS tables keep the choice by names and code shapes."""
    if named or sum_iris or level is IRIS or not layer_codes:
        return code_column_for(frame, named, label, IRIS if sum_iris else level), None
    column, rate = choose_code_column(frame, layer_codes, CODE_FIELD_CANDIDATES, label, passage, level)
    if column is None:
        return code_column_for(frame, None, label, level), None
    return column, rate


def _check_level(raw_codes, layer_level, sum_iris, raw_table, code_column):
    """A table of commune codes onto IRIS (or the reverse) is explained, not half-joined."""
    expected = IRIS if sum_iris else layer_level
    if expected not in (COMMUNE, IRIS):
        return
    other = COMMUNE if expected is IRIS else IRIS
    sample = raw_codes[:500]  # share_of leaves empty cells out
    if share_of(other, sample) < 0.5 or share_of(expected, sample) >= 0.5:
        return
    examples = [str(value).strip() for value in sample if other.is_code(value)]
    if sum_iris:
        message = (
            "Additionner les IRIS dans leur commune : la table a des codes commune ({}), pas des codes IRIS ; "
            "retirez cette option".format(", ".join(examples[:5]))
        )
    else:
        message = level_mismatch_message(other, layer_level, examples)
    raise AbsError(message, path=raw_table.path, sheet=raw_table.sheet, column=code_column)


def _check_duplicates(codes, lines, sum_duplicates, label, code_column):
    seen, duplicates = {}, {}
    for position, code in enumerate(codes):
        if code is None:
            continue
        if code in seen:
            duplicates.setdefault(code, [seen[code]]).append(lines[position])
        else:
            seen[code] = lines[position]
    if duplicates and not sum_duplicates:
        listed = "; ".join(
            "{} (lignes {})".format(code, ", ".join(map(str, rows)))
            for code, rows in list(duplicates.items())[:MAX_LISTED]
        )
        raise AbsError(
            "{} codes en double : {}. Corrigez le fichier ou demandez l'addition des doublons".format(
                len(duplicates), listed
            ),
            path=label,
            column=code_column,
        )


def _row_values(count, columns, data, markers):
    """Every row's output values (None for NULL) and, per row, its notes on NULL numbers."""
    matrix = np.empty((count, len(columns)), dtype=object)
    notes = {}
    for index, column in enumerate(columns):
        values = data[column.name]
        if column.kind == "number":
            missing = np.isnan(values)
            cells = values.astype(object)
            cells[missing] = None
            for position in np.flatnonzero(missing):
                notes.setdefault(int(position), []).append(
                    "{}: {}".format(column.name, markers[column.name][position] or "illisible")
                )
            matrix[:, index] = cells
        else:
            matrix[:, index] = values
    return matrix.tolist(), notes


def _fill_merged(result, target, members, codes, lines, columns, data):
    """Several rows into one commune: counts summed, the rest NULL, text from the commune's own row."""
    positions = [position for position, _how in members]
    notes, values, dropped = [], [], []
    for column in columns:
        if column.kind == "text":
            own = [p for p in positions if codes[p] == target]
            values.append(data[column.name][own[0] if own else positions[0]])
            continue
        if not column.summable:
            values.append(None)
            notes.append("{}: non additionnable ({} lignes réunies)".format(column.name, len(members)))
            if any(not np.isnan(data[column.name][p]) for p in positions):
                dropped.append(column.name)
            continue
        parts = data[column.name][positions]
        if np.isnan(parts).any():
            values.append(None)
            notes.append("{}: incomplet (valeur manquante dans une des lignes réunies)".format(column.name))
        else:
            values.append(float(parts.sum()))
    kinds = sorted({how for _p, how in members})
    origin = "somme de {} lignes ({}) : {}".format(
        len(members), ", ".join(kinds), ", ".join(codes[p] for p in positions)
    )
    for position in positions if dropped else ():
        result.rejected.append(
            Rejected(
                lines[position],
                codes[position],
                codes[position],
                "réunie dans la commune {} : colonnes non additionnables écartées ({})".format(
                    target, ", ".join(dropped)
                ),
                status="valeurs non additionnées",
            )
        )
    result.values[target] = values
    result.markers[target] = "; ".join(notes)
    result.origin[target] = origin


def other_geography_codes(result, layer_codes):
    """Rejected codes unknown to the layer although their département is in it: the sign of a table
    of another geography (communes merged or split since), which needs a passage table."""
    from .codes import departement_of

    departements = {departement_of(code) for code in layer_codes}
    return sorted(
        row.code
        for row in result.rejected
        if row.code and row.reason.startswith("code inconnu") and departement_of(row.code) in departements
    )
