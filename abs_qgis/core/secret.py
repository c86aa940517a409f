"""Statistical secret: primary, secondary and induced suppression, and its audit (plain Python).

Cells are, for each count field, the territories of the layer (communes, IRIS…) and every total
that is or will be published: each parent of each hierarchy level (EPCI, sector, département…)
and the whole territory. Each published total gives an equation ``total = Σ parts`` (its
territories; and, when one level nests in another, its sub-totals too). Rules:

1. *secret à la source*: a cell without value in the source stays masked (never a 0);
2. *primaire*: a count strictly between 0 and the threshold is masked (0 too with ``mask_zeros``);
3. *secondaire*: for every published total with masked parts, at least two parts are masked and
   the known sum of the masked parts reaches the threshold (so that no part is recoverable by
   difference and none is bounded below the threshold); otherwise the smallest positive published
   part is masked (ties broken by code: deterministic), or the total itself when no part is left;
   repeated over every equation of every level until nothing changes;
4. *induit*: a ratio is masked where one of the counts it rests on is masked, or lies strictly
   between 0 and the threshold.

Masked values are never returned: the caller gets the positions and reasons only.
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import AbsError

PRIMARY, SOURCE, SECONDARY, INDUCED = "primaire", "secret à la source", "secondaire", "induit"
PREMASKED = "secondaire (autre niveau)"
WHOLE = "ensemble"


@dataclass
class Unit:
    level: str  # "" for the layer's own territories, a hierarchy field, or WHOLE
    code: str


@dataclass
class SecretResult:
    masked: dict = field(default_factory=dict)  # (field, unit index) → reason
    units: list = field(default_factory=list)  # Unit, index = unit index; layer rows first

    def reasons_for_row(self, row):
        return {name: reason for (name, unit), reason in self.masked.items() if unit == row}

    def report(self):
        """(level, code, field, reason) of every masked cell, sorted."""
        rows = [
            (self.units[unit].level, self.units[unit].code, name, reason)
            for (name, unit), reason in self.masked.items()
        ]
        return sorted(rows)


def _check(threshold, counts, hierarchy, codes):
    if threshold is None or threshold < 1:
        raise AbsError("Le seuil du secret doit être un entier d'au moins 1 (reçu : {})".format(threshold))
    count = len(codes)
    for name, values in counts.items():
        if len(values) != count:
            raise AbsError("Champ « {} » : {} valeurs pour {} territoires".format(name, len(values), count))
    for level, parents in hierarchy.items():
        empty = [codes[row] for row, parent in enumerate(parents) if parent in (None, "")]
        if empty:
            raise AbsError(
                "Niveau « {} » : {} territoires sans parent : {}".format(
                    level, len(empty), ", ".join(map(str, empty[:20]))
                )
            )


def build_units(codes, hierarchy, whole_published=True):
    """Units (layer rows, then each parent of each level, then the whole) and the equations."""
    units = [Unit("", str(code)) for code in codes]
    equations = []
    parent_index = {}
    for level, parents in hierarchy.items():
        members = {}
        for row, parent in enumerate(parents):
            members.setdefault(str(parent), []).append(row)
        for parent in sorted(members):
            parent_index[(level, parent)] = len(units)
            units.append(Unit(level, parent))
            equations.append((parent_index[(level, parent)], members[parent]))
    # Nesting: a level whose parents all fall in one parent of another level gives sub-total equations.
    levels = list(hierarchy)
    for inner in levels:
        for outer in levels:
            if inner == outer:
                continue
            mapping = {}
            nested = True
            for row in range(len(codes)):
                key, value = str(hierarchy[inner][row]), str(hierarchy[outer][row])
                if mapping.setdefault(key, value) != value:
                    nested = False
                    break
            if nested and len(set(mapping.values())) < len(mapping):
                groups = {}
                for key, value in mapping.items():
                    groups.setdefault(value, []).append(parent_index[(inner, key)])
                for value, parts in sorted(groups.items()):
                    equations.append((parent_index[(outer, value)], sorted(parts)))
    if whole_published:
        units.append(Unit(WHOLE, WHOLE))
        equations.append((len(units) - 1, list(range(len(codes)))))
        top = [
            level
            for level in levels
            if all(not _nested_in(hierarchy, level, other) for other in levels if other != level)
        ]
        for level in top:
            parts = sorted(index for (name, _parent), index in parent_index.items() if name == level)
            equations.append((len(units) - 1, parts))
    return units, equations


def _nested_in(hierarchy, inner, outer):
    mapping = {}
    for a, b in zip(hierarchy[inner], hierarchy[outer]):
        if mapping.setdefault(str(a), str(b)) != str(b):
            return False
    return len(set(mapping.values())) < len(mapping)


@dataclass
class Structure:
    """What every count field shares: equations as arrays, which equations each unit is in, the
    sums of the equations made of layer rows, the units' order by code (ties)."""

    arrays: list  # (total, parts as an int array)
    containing: list  # unit index → indexes of the equations it is the total or a part of
    leaf_totals: np.ndarray  # totals of the equations made of layer rows only (first per total)
    leaf_parts: np.ndarray  # those equations' parts, concatenated
    leaf_owner: np.ndarray  # for each of those parts, the position of its total in leaf_totals
    code_rank: np.ndarray


def prepare(units, equations, count):
    arrays = [(total, np.asarray(parts, dtype=int)) for total, parts in equations]
    containing = [[] for _ in units]
    for number, (total, parts) in enumerate(equations):
        containing[total].append(number)
        for part in parts:
            containing[part].append(number)
    seen, totals, parts_list = set(), [], []
    for total, parts in arrays:
        if len(parts) and parts.max() < count and total not in seen:
            seen.add(total)
            totals.append(total)
            parts_list.append(parts)
    owner = np.repeat(np.arange(len(totals)), [len(parts) for parts in parts_list]) if totals else np.array([], int)
    code_rank = np.empty(len(units), dtype=int)
    code_rank[sorted(range(len(units)), key=lambda unit: units[unit].code)] = np.arange(len(units))
    return Structure(
        arrays,
        containing,
        np.asarray(totals, dtype=int),
        np.concatenate(parts_list) if parts_list else np.array([], dtype=int),
        owner,
        code_rank,
    )


def unit_values(values, units, equations, count, structure=None):
    """Values of every unit: the rows' own, then totals as sums of their rows (NaN counted as 0)."""
    structure = structure or prepare(units, equations, count)
    result = np.full(len(units), np.nan)
    result[:count] = values
    if len(structure.leaf_totals):
        sums = np.bincount(
            structure.leaf_owner,
            weights=np.nan_to_num(np.asarray(values, dtype=float)[structure.leaf_parts], nan=0.0),
            minlength=len(structure.leaf_totals),
        )
        result[structure.leaf_totals] = sums
    return result


def _small(value, threshold, mask_zeros):
    return (0 < value < threshold) or (mask_zeros and value == 0)


def suppress_field(values, units, equations, count, threshold, mask_zeros=False, initial=None, structure=None):
    """{unit index: reason} for one count field (vectorised over the parts of each equation).

    ``initial``: cells already masked elsewhere ({unit index: reason}), e.g. by another level's run.
    ``structure``: :func:`prepare` of the units and equations, when several fields share them."""
    structure = structure or prepare(units, equations, count)
    all_values = unit_values(np.asarray(values, dtype=float), units, equations, count, structure)
    size = len(units)
    reasons = {}
    is_masked = np.zeros(size, dtype=bool)
    source = np.zeros(size, dtype=bool)
    source[:count] = np.isnan(all_values[:count])
    small = (all_values > 0) & (all_values < threshold)
    if mask_zeros:
        small |= all_values == 0
    for unit in np.flatnonzero(source):
        reasons[int(unit)] = SOURCE
    for unit in np.flatnonzero(small & ~source):
        reasons[int(unit)] = PRIMARY
    for unit, reason in (initial or {}).items():
        reasons.setdefault(unit, reason)
    is_masked[list(reasons)] = True
    known_value = np.where(source | np.isnan(all_values), 0.0, all_values)  # unknown values count as 0
    positive = ~np.isnan(all_values) & (all_values > 0)
    code_rank = structure.code_rank
    arrays = structure.arrays
    # An equation's outcome depends only on the masks of its total and parts: it is examined again
    # only when one of them changed since (same result as examining every equation every pass).
    dirty = [True] * len(arrays)
    changed = True
    while changed:
        changed = False
        for number in range(len(arrays)):  # in order, as every pass: the same mask as before
            if not dirty[number]:
                continue
            dirty[number] = False
            total, parts = arrays[number]
            if is_masked[total]:
                continue
            hidden = is_masked[parts]
            hidden_count = int(hidden.sum())
            if hidden_count == 0 or (hidden_count >= 2 and known_value[parts[hidden]].sum() >= threshold):
                continue
            candidates = parts[~hidden & positive[parts]]
            if len(candidates):
                order = np.lexsort((code_rank[candidates], all_values[candidates]))
                target = int(candidates[order[0]])
            else:
                target = int(total)
            reasons[target] = SECONDARY
            is_masked[target] = True
            for other in structure.containing[target]:
                dirty[other] = True
            changed = True
    return reasons


def apply_secret(
    codes,
    counts,
    ratios,
    hierarchy,
    threshold=5,
    thresholds=None,
    mask_zeros=False,
    whole_published=True,
    premasked=None,
):
    """Mask ``counts`` ({field: values}) and ``ratios`` ({field: [count fields it rests on]}).

    ``hierarchy``: {level field: parent code per row}; ``thresholds``: per-field thresholds;
    ``premasked``: {(field, row code)} cells another run already masked (kept masked, and protected).
    """
    _check(threshold, counts, hierarchy, codes)
    thresholds = thresholds or {}
    units, equations = build_units(codes, hierarchy, whole_published)
    result = SecretResult(units=units)
    count = len(codes)
    row_of = {str(code): row for row, code in enumerate(codes)}
    structure = prepare(units, equations, count)
    for name, values in counts.items():
        initial = {
            row_of[code]: PREMASKED for field_name, code in premasked or () if field_name == name and code in row_of
        }
        for unit, reason in suppress_field(
            values, units, equations, count, thresholds.get(name, threshold), mask_zeros, initial, structure
        ).items():
            result.masked[(name, unit)] = reason
    masked_rows = {}
    for name, unit in result.masked:
        if unit < count:
            masked_rows.setdefault(name, []).append(unit)
    for name, dependencies in ratios.items():
        unknown = [dependency for dependency in dependencies if dependency not in counts]
        if unknown:
            raise AbsError("Ratio « {} » : effectif(s) {} absent(s) de la couche".format(name, ", ".join(unknown)))
        induced = np.zeros(count, dtype=bool)
        for dependency in dependencies:
            values = np.asarray(counts[dependency], dtype=float)
            limit = thresholds.get(dependency, threshold)
            small = (values > 0) & (values < limit)
            if mask_zeros:
                small |= values == 0
            induced |= small  # NaN compares false: a missing count is masked through masked_rows
            induced[masked_rows.get(dependency, [])] = True
        for row in np.flatnonzero(induced):
            result.masked[(name, int(row))] = INDUCED
    return result


def audit(
    codes,
    counts,
    ratios,
    hierarchy,
    threshold=5,
    thresholds=None,
    mask_zeros=False,
    whole_published=True,
    ratio_values=None,
):
    """Violations of a layer prepared elsewhere: sorted (level, code, field, French description).

    NULL counts as masked, any other value as published. ``ratio_values``: {ratio field: values}."""
    _check(threshold, counts, hierarchy, codes)
    thresholds = thresholds or {}
    ratio_values = ratio_values or {}
    units, equations = build_units(codes, hierarchy, whole_published)
    count = len(codes)
    violations = set()
    for name, values in counts.items():
        limit = thresholds.get(name, threshold)
        values = np.asarray(values, dtype=float)
        for row in range(count):
            if not np.isnan(values[row]) and _small(values[row], limit, mask_zeros):
                violations.add(("", str(codes[row]), name, "effectif publié inférieur au seuil ({})".format(limit)))
        for total, parts in equations:
            hidden = [part for part in parts if part < count and np.isnan(values[part])]
            if len(hidden) == 1:
                violations.add(
                    (
                        units[hidden[0]].level,
                        units[hidden[0]].code,
                        name,
                        "récupérable par différence avec le total {} {}".format(units[total].level, units[total].code),
                    )
                )
    for name, dependencies in ratios.items():
        published = ratio_values.get(name)
        if published is None:
            continue
        for row in range(count):
            if np.isnan(published[row]):
                continue
            for dependency in dependencies:
                value = counts[dependency][row]
                if np.isnan(value):
                    reason = "ratio publié alors que l'effectif {} est masqué".format(dependency)
                elif _small(value, thresholds.get(dependency, threshold), mask_zeros):
                    reason = "ratio calculé sur un effectif ({}) inférieur au seuil".format(dependency)
                else:
                    continue
                violations.add(("", str(codes[row]), name, reason))
                break
    return sorted(violations)
