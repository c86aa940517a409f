"""Joining an indicator table to a set of commune codes, with nothing lost.

Every row read ends in exactly one place: joined to a commune of the layer (directly, or
summed into it — commune nouvelle, municipal arrondissement, declared duplicates) or
rejected with its French reason. ``rows_read == rows_joined + rows_rejected`` always holds.
"""

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .codes import arrondissement_parent, normalize_commune_code
from .columns import is_count_column
from .errors import AbsError, Cancelled
from .values import is_numeric_column, parse_number_column

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
MAX_LISTED = 10
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

    @property
    def partial_rows(self):
        return [row for row in self.rejected if row.status != "non jointe"]


def find_code_column(columns, preferred=None, label=""):
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
    for candidate in CODE_FIELD_CANDIDATES:
        if candidate in by_upper:
            return by_upper[candidate]
    return None


def guess_code_column_by_values(frame):
    """A column whose values are mostly 5-character commune codes, or ``None``."""
    from .codes import COMMUNE_CODE_RE

    for name in frame.columns:
        sample = frame[name].head(200).astype(str).str.strip()
        sample = sample[sample != ""]
        if len(sample) and sample.str.match(COMMUNE_CODE_RE.pattern).mean() >= 0.9:
            return name
    return None


def normalize_codes(raw_codes, line_numbers, code_column, label):
    """Normalised codes (None for empty), list of (position) invalid; error if mostly garbage."""
    codes, invalid = [], []
    for position, value in enumerate(raw_codes):
        try:
            codes.append(normalize_commune_code(value))
        except ValueError:
            codes.append(None)
            invalid.append(position)
    filled = sum(code is not None for code in codes) + len(invalid)
    if filled == 0:
        raise AbsError("La colonne de code est entièrement vide", path=label, column=code_column)
    if len(invalid) > filled / 2:
        examples = ", ".join("ligne {} : « {} »".format(line_numbers[p], raw_codes[p]) for p in invalid[:MAX_LISTED])
        raise AbsError(
            "La colonne ne contient pas des codes commune INSEE ({} valeurs sur {} invalides ; {})".format(
                len(invalid), filled, examples
            ),
            path=label,
            column=code_column,
        )
    return codes, set(invalid)


def parse_columns(frame, code_column, line_numbers, declared_counts=()):
    """Parse every non-code column; return ``(columns, data, markers, unreadable_cells)``."""
    columns, data, markers, unreadable = [], {}, {}, []
    for name in frame.columns:
        if name == code_column:
            continue
        parsed = parse_number_column(frame[name])
        if is_numeric_column(parsed):
            columns.append(TableColumn(name, "number", is_count_column(name, declared_counts)))
            data[name] = parsed.values.to_numpy(dtype=float)
            markers[name] = parsed.markers.to_numpy(dtype=object)
            unreadable.extend((line_numbers[p], name, value) for p, value in parsed.unreadable)
        else:
            columns.append(TableColumn(name, "text"))
            text = frame[name].map(lambda cell: None if cell is None or pd.isna(cell) else str(cell).strip())
            data[name] = text.to_numpy(dtype=object)
    return columns, data, markers, unreadable


def _target_of(code, layer_codes, passage, table_codes, stale):
    """(target commune, how) for one valid code, or (None, reason)."""
    if code in stale:
        current, others = stale[code]
        return None, (
            "commune {} : la table la compte avec {} comme une seule commune ({}), la couche de communes n'a "
            "pas la géographie de la table ; activez la mise à jour de la géométrie (UPDATE_GEOMETRY)"
        ).format(code, ", ".join(others), current)
    if code in layer_codes:
        return code, "direct"
    parent = arrondissement_parent(code)
    if parent is not None and parent in layer_codes:
        if parent in table_codes:
            return (
                None,
                "arrondissement municipal : la commune {} figure déjà dans la table (non comptée deux fois)".format(
                    parent
                ),
            )
        return parent, "arrondissement"
    if passage:
        target = passage.get(code)
        if target is not None and target in layer_codes:
            return target, "fusion"
        if target is not None:
            return None, "commune {} (code actuel {}) absente de la couche de communes".format(code, target)
        return None, "code inconnu de la couche de communes et de la table de passage"
    return None, "code inconnu de la couche de communes"


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
):
    """Join ``raw_table`` (a :class:`~abs_qgis.core.tables.RawTable`) to ``layer_codes``.

    ``stale`` (from :func:`~abs_qgis.core.geography.stale_reasons`) lists layer codes of
    communes the table already counts inside a commune nouvelle: their rows are refused
    with the reason, and their polygons are marked as such.
    """
    stale = stale or {}
    frame, lines, label = raw_table.frame, raw_table.line_numbers, raw_table.label
    if frame.empty:
        raise AbsError("Le fichier ne contient aucune ligne de données", path=raw_table.path, sheet=raw_table.sheet)
    code_column = find_code_column(list(frame.columns), code_column, label) or guess_code_column_by_values(frame)
    if code_column is None:
        raise AbsError(
            "Aucune colonne de code commune trouvée (noms reconnus : {}) ; indiquez-la".format(
                ", ".join(CODE_FIELD_CANDIDATES[:8])
            ),
            path=raw_table.path,
            sheet=raw_table.sheet,
        )
    raw_codes = list(frame[code_column])
    codes, invalid = normalize_codes(raw_codes, lines, code_column, label)
    _check_duplicates(codes, lines, sum_duplicates, label, code_column)
    columns, data, markers, unreadable = parse_columns(frame, code_column, lines, declared_counts)
    layer_codes = set(layer_codes)
    table_codes = {code for code in codes if code is not None}
    result = JoinResult(columns, {}, {}, {}, [], rows_read=len(frame), unreadable_cells=unreadable)
    groups = {}
    for position, code in enumerate(codes):
        if is_canceled is not None and position % 5000 == 0 and is_canceled():
            raise Cancelled()
        raw = "" if raw_codes[position] is None else str(raw_codes[position]).strip()
        if code is None:
            reason = "code invalide « {} »".format(raw) if position in invalid else "code vide"
            result.rejected.append(Rejected(lines[position], raw, None, reason))
            continue
        target, how = _target_of(code, layer_codes, passage, table_codes, stale)
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
