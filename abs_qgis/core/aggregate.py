"""Re-aggregating indicators: Σ numerators / Σ denominators per group, never a mean of ratios.

The source columns an indicator rests on are summed over the communes of each group (a NaN in
any commune makes the group's sum NaN: a partial sum would be silently wrong), then the same
catalogue formulas are applied to the sums. Imported values (medians, Filosofi rates) are not
summable: NULL at group level unless the source provides them for that level.
"""

from dataclasses import dataclass

import numpy as np

from .errors import AbsError
from .indicators import compute


@dataclass
class Grouped:
    codes: list  # group codes, sorted
    members: np.ndarray  # number of communes per group
    index: np.ndarray  # group index of each input row
    sums: dict  # column → float array, one value per group
    missing: dict  # column → int array: communes without value, per group


def group_rows(groups, row_labels=None):
    """Sorted group codes and each row's group index; rows without group are an error."""
    empty = [position for position, group in enumerate(groups) if group in (None, "")]
    if empty:
        labels = [str(row_labels[p]) if row_labels is not None else str(p + 1) for p in empty]
        raise AbsError(
            "{} communes n'ont pas de regroupement (champ vide) : {}{}".format(
                len(empty), ", ".join(labels[:20]), "…" if len(labels) > 20 else ""
            )
        )
    codes = sorted({str(group) for group in groups})
    lookup = {code: number for number, code in enumerate(codes)}
    return codes, np.array([lookup[str(group)] for group in groups], dtype=int)


def group_sums(columns, groups, needed, row_labels=None, allow_partial=False):
    """Σ of each needed column per group. A commune without value makes its group's sum NaN,
    unless ``allow_partial``: the sum then covers the communes that have a value (NaN only when
    none has), and ``missing`` says how many were left out."""
    codes, index = group_rows(groups, row_labels)
    size = len(codes)
    members = np.bincount(index, minlength=size)
    sums, missing = {}, {}
    for name in needed:
        values = columns[name]
        absent = np.isnan(values)
        missing[name] = np.bincount(index, weights=absent.astype(float), minlength=size).astype(int)
        if allow_partial:
            sums[name] = np.bincount(index, weights=np.where(absent, 0.0, values), minlength=size)
            sums[name][missing[name] == members] = np.nan
        else:
            sums[name] = np.bincount(index, weights=values, minlength=size)  # NaN propagates
    return Grouped(codes, members, index, sums, missing)


def whole(columns, needed, allow_partial=False):
    """The sums over every row (one group): the territory as a whole, or a reference."""
    count = len(next(iter(columns.values()))) if columns else 0
    return group_sums(columns, ["*"] * count, needed, allow_partial=allow_partial)


def compute_grouped(grouped, catalogue, ids, millesime, provided=None, mismatch=None):
    """Indicators on group sums; ``provided`` (column → array per group) feeds imported values;
    ``mismatch``: see :func:`.indicators.compute`."""
    size = len(grouped.codes)
    result = compute(grouped.sums, size, catalogue, ids, millesime, aggregated=True, mismatch=mismatch)
    for key, resolved in list(result.resolved.items()):
        if catalogue[key].type == "importe":
            if provided is not None and all(name in provided for name in resolved.columns):
                values = np.asarray(provided[resolved.columns[0]], dtype=float)
                result.values[key] = values
                result.reasons[key] = np.where(np.isnan(values), "non fournie pour ce niveau", "").astype(object)
            continue
        for position in range(size):
            absent = [
                "{} ({} commune{})".format(
                    name, grouped.missing[name][position], "s" if grouped.missing[name][position] > 1 else ""
                )
                for name in resolved.columns
                if grouped.missing[name][position]
            ]
            if not absent:
                continue
            if np.isnan(result.values[key][position]):
                result.reasons[key][position] = "incomplet : sans valeur dans la source pour " + ", ".join(absent)
            else:
                result.reasons[key][position] = "partiel : communes sans valeur laissées de côté pour " + ", ".join(
                    absent
                )
    return result


def gaps(values, reference_value, kind):
    """Gap to a reference: points (value − reference) or index base 100 (value / reference × 100)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if kind == "indice":
            result = values / reference_value * 100.0
            return np.where(np.isfinite(result), result, np.nan)
        return values - reference_value


def parse_equivalents(text):
    """``"EPCI=200070712=CC Thiers Dore et Montagne; DEPCOM=03185"`` → ``[(field, code, name)]``:
    territories of comparison chosen by the user, each a code of a field of the reference layer
    (the name defaults to the code)."""
    equivalents = []
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        pieces = [piece.strip() for piece in part.split("=", 2)]
        if len(pieces) < 2 or not pieces[0] or not pieces[1]:
            raise AbsError(
                "Territoire de comparaison « {} » : écrire champ=code=nom (par ex. EPCI=200070712=CC Thiers Dore et "
                "Montagne)".format(part.strip())
            )
        equivalents.append((pieces[0], pieces[1], pieces[2] if len(pieces) > 2 and pieces[2] else pieces[1]))
    return equivalents
