"""Computing catalogue indicators on a table of territories (plain Python, vectorised).

``columns`` maps a source column name to a float numpy array (one value per territory, NaN
when missing or secret). The same function serves communes and aggregates: an aggregate is
first the sum of the source columns over its communes (:mod:`abs_qgis.core.aggregate`), then
the same ratios: Σ numerators / Σ denominators, never a mean of ratios.
"""

import re
from dataclasses import dataclass, field

import numpy as np

from . import expressions
from .errors import AbsError
from .millesimes import source_millesime

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class Resolved:
    """An indicator with one computable expression per role, catalogue counts expanded."""

    indicator: object
    trees: dict  # role → AST
    columns: list  # source columns used
    year: int = None  # the year substituted for {aa}

    def text(self, role):
        return expressions.to_text(self.trees[role]) if role in self.trees else ""


@dataclass
class Computed:
    values: dict = field(default_factory=dict)  # id → float array (NaN = NULL)
    reasons: dict = field(default_factory=dict)  # id → object array: "" or the French reason of NULL
    resolved: dict = field(default_factory=dict)  # id → Resolved
    not_computable: dict = field(default_factory=dict)  # id → French reason
    counts: dict = field(default_factory=dict)  # id → float array: the count each value rests on
    years: dict = field(default_factory=dict)  # id → the year it is computed at ({aa})


def rested_count(resolved, columns, count):
    """The count a value rests on (its reliability): the numerator of a ratio (people concerned),
    the count itself, the smaller of the two counts of an evolution; None for imported values."""
    indicator = resolved.indicator
    if indicator.type == "importe":
        return None

    def part(role):
        tree = resolved.trees[role]
        return np.broadcast_to(np.asarray(expressions.evaluate(tree, columns), dtype=float), (count,))

    if indicator.type in ("ratio", "effectif"):
        return np.abs(part("numerateur"))
    return np.fmin(np.abs(part("debut")), np.abs(part("fin")))


def _folded(available):
    """Upper-case name → column name, for files that write INSEE's names in lower case."""
    return {str(name).upper(): name for name in available}


def _expand(text, available, millesime, catalogue, seen=()):
    """First variant of ``text`` whose names all resolve; (AST, columns) or (None, missing)."""
    first_missing = None
    folded = _folded(available)
    for variant in expressions.variants(text):
        tree = expressions.parse(expressions.substitute_year(variant, millesime))
        replacements, missing, used = {}, [], []
        for name in expressions.names(tree):
            if name in catalogue and catalogue[name].type == "effectif" and name not in seen:
                sub_tree, sub_used = _expand(
                    catalogue[name].numerateur, available, millesime, catalogue, seen + (name,)
                )
                if sub_tree is None:
                    missing += sub_used
                else:
                    replacements[name] = sub_tree
                    used += sub_used
            elif name in available:
                used.append(name)
            elif name.upper() in folded:  # "arsas" in a lower-case file
                actual = folded[name.upper()]
                replacements[name] = expressions.parse(actual)
                used.append(actual)
            else:
                missing.append(name)
        if not missing:
            return expressions.substitute_names(tree, replacements), list(dict.fromkeys(used))
        if first_missing is None:
            first_missing = missing
    return None, first_missing or []


def resolve(indicator, available, millesime, catalogue):
    """A :class:`Resolved`, or a French reason why the indicator cannot be computed."""
    trees, used = {}, []
    for role, text in indicator.expressions():
        tree, columns = _expand(text, available, millesime, catalogue, (indicator.id,))
        if tree is None:
            plural = "s" if len(columns) > 1 else ""
            return "non calculable : champ{} {} absent{}".format(plural, ", ".join(columns), plural)
        trees[role] = tree
        used += columns
    return Resolved(indicator, trees, list(dict.fromkeys(used)), year=None if millesime is None else int(millesime))


def uses_year(indicator, catalogue, seen=()):
    """True when the indicator's columns carry a year (``{aa}``, directly or through a count of the
    catalogue); False for CAF's ``ARSAS / A`` or FINESS places, whose year is the source's."""
    for _role, text in indicator.expressions():
        if expressions.PLACEHOLDER_RE.search(str(text)):
            return True
        for name in IDENTIFIER.findall(str(text)):
            if name in catalogue and catalogue[name].type == "effectif" and name not in seen:
                if uses_year(catalogue[name], catalogue, seen + (indicator.id,)):
                    return True
    return False


def resolve_at(catalogue, key, available, millesime):
    """:func:`resolve` at the year ``millesime`` gives ``key`` (see :func:`year_of`)."""
    year = year_of(millesime, key, catalogue, available)
    if year is None and not uses_year(catalogue[key], catalogue):
        return resolve(catalogue[key], available, None, catalogue)  # its year is its source's, if known
    if year is None:  # never computed then; the reason names the columns of the year most present
        reason = resolve(catalogue[key], available, source_millesime(available) or 2018, catalogue)
        return reason if isinstance(reason, str) else "non calculable : aucune année retenue pour cet indicateur"
    return resolve(catalogue[key], available, year, catalogue)


MISSING = "donnée manquante ou secrète dans la source"


def _ratio(numerator, denominator, factor):
    with np.errstate(divide="ignore", invalid="ignore"):
        values = numerator / denominator * factor
    reasons = np.full(values.shape, "", dtype=object)
    reasons[np.isnan(numerator) | np.isnan(denominator)] = MISSING
    zero = ~np.isnan(denominator) & (denominator == 0)
    reasons[zero] = "dénominateur nul"
    values[zero] = np.nan
    return values, reasons


NOT_FINITE = "non calculable : la formule du catalogue ne donne pas un nombre (division par zéro)"


def _values(resolved, columns, count, aggregated):
    """The indicator's values and the reason of each empty one; never a non-finite value: an
    ``inf`` or a 0/0 of a formula becomes « non calculable » with its reason."""
    values, reasons = _raw_values(resolved, columns, count, aggregated)
    values = np.asarray(values, dtype=float)
    infinite = np.isinf(values)
    missing_input = np.zeros(count, dtype=bool)
    for name in resolved.columns:
        if name in columns:
            missing_input |= np.broadcast_to(np.isnan(np.asarray(columns[name], dtype=float)), (count,))
    unexplained = np.isnan(values) & ((reasons == "") | ((reasons == MISSING) & ~missing_input))
    if infinite.any() or unexplained.any():
        values = np.where(infinite, np.nan, values)
        reasons = np.asarray(reasons, dtype=object).copy()
        reasons[infinite | unexplained] = NOT_FINITE
    return values, reasons


def _raw_values(resolved, columns, count, aggregated):
    indicator = resolved.indicator
    parts = {
        role: np.broadcast_to(np.asarray(expressions.evaluate(tree, columns), dtype=float), (count,)).copy()
        for role, tree in resolved.trees.items()
    }
    if indicator.type == "importe" and aggregated:
        return np.full(count, np.nan), np.full(
            count, "non agrégeable (valeur reprise de la source) : à fournir pour ce niveau", dtype=object
        )
    if indicator.type in ("effectif", "importe"):
        values = parts["numerateur"]
        reasons = np.where(np.isnan(values), MISSING, "").astype(object)
        return values, reasons
    if indicator.type == "ratio":
        return _ratio(parts["numerateur"], parts["denominateur"], indicator.facteur)
    start, end = parts["debut"], parts["fin"]
    if indicator.type == "tcam":
        with np.errstate(divide="ignore", invalid="ignore"):
            values = (np.power(end / start, 1.0 / float(indicator.annees)) - 1.0) * 100.0
        reasons = np.where(np.isnan(start) | np.isnan(end), MISSING, "").astype(object)
        bad = ~np.isnan(start) & (start <= 0)
        reasons[bad], values[bad] = "effectif de début nul", np.nan
        return values, reasons
    values = end - start  # evolution
    reasons = np.where(np.isnan(values), MISSING, "").astype(object)
    if indicator.facteur:
        values, reasons = _ratio(end - start, start, indicator.facteur)
    return values, reasons


def requested_ids(catalogue, ids):
    """``ids``, or every non-count indicator of the catalogue; unknown ids are errors."""
    requested = list(ids) if ids else [key for key, item in catalogue.items() if item.type != "effectif"]
    unknown = [key for key in requested if key not in catalogue]
    if unknown:
        raise AbsError("Indicateur(s) inconnu(s) du catalogue : {}".format(", ".join(unknown)))
    return requested


LATEST_YEAR, EARLIEST_YEAR = 2040, 1968  # two-digit years of INSEE's names: 68 is 1968, 40 is 2040


def freshest_year(indicator, available, catalogue, before=None):
    """The most recent year at which ``indicator`` resolves with ``available`` columns (strictly
    before ``before`` when given), or None: ``P22_POP`` and ``P16_POP`` present → 2022. None for
    an indicator whose columns carry no year (see :func:`uses_year`)."""
    if not uses_year(indicator, catalogue):
        return None
    latest = LATEST_YEAR if before is None else min(LATEST_YEAR, before - 1)
    for year in range(latest, EARLIEST_YEAR - 1, -1):
        if not isinstance(resolve(indicator, available, year, catalogue), str):
            return year
    return None


def _resolves(indicator, available, year, catalogue):
    return year is not None and not isinstance(resolve(indicator, available, year, catalogue), str)


def plan_years(catalogue, ids, available, preferred=None, before=None, column_years=None):
    """``{id: year}``: the year each indicator is computed at, from the columns present.

    ``preferred`` (the project's ``millesime``): that year when the indicator resolves at it, else
    the freshest. ``before`` ({id: year}): the earlier pass of an evolution: each indicator of
    ``before`` at ``preferred`` when earlier than its year there, else at its freshest earlier year;
    evolutions (tcam, evolution) and indicators without an earlier year are left out. An indicator
    whose columns carry no year gets its sources' millésime, from ``column_years`` ({column: year}),
    in the latest pass only; without it, it stays out of the plan (computed, with no year said)."""
    available, plan = set(available), {}
    for key in requested_ids(catalogue, ids):
        indicator = catalogue[key]
        if not uses_year(indicator, catalogue):
            year = None if before is not None else _source_year(indicator, available, catalogue, column_years)
            if year is not None:
                plan[key] = year
            continue
        if before is None:
            limit = None
        elif key in before and indicator.type not in EVOLUTION_TYPES:
            limit = before[key]
        else:
            continue
        usable = preferred if limit is None or (preferred and preferred < limit) else None
        if _resolves(indicator, available, usable, catalogue):
            plan[key] = usable
            continue
        year = freshest_year(indicator, available, catalogue, before=limit)
        if year is not None:
            plan[key] = year
    return plan


def _source_year(indicator, available, catalogue, column_years):
    """The millésime of the sources of an undated indicator's columns (the latest), or None."""
    resolved = resolve(indicator, available, None, catalogue)
    if isinstance(resolved, str) or not column_years:
        return None
    years = [column_years.get(column) for column in resolved.columns]
    return None if None in years or not years else max(years)


def plan_text(plan):
    """« id=year,… »: a plan as a Processing parameter (see :func:`parse_plan`)."""
    return ",".join("{}={}".format(key, year) for key, year in plan.items())


def parse_plan(text):
    """The plan written by :func:`plan_text`; a French error for anything else."""
    plan = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, _sep, year = part.partition("=")
        if not key.strip() or not year.strip().isdigit():
            raise AbsError(
                "Années des indicateurs : « {} » n'est pas de la forme indicateur=année".format(part.strip())
            )
        plan[key.strip()] = int(year)
    return plan


def year_of(millesime, key, catalogue, available):
    """The year indicator ``key`` is computed at: the plan's, the fixed year, or its freshest."""
    if isinstance(millesime, dict):
        return millesime.get(key)
    if not uses_year(catalogue[key], catalogue):
        return None  # its columns carry no year
    if millesime:
        return int(millesime)
    return freshest_year(catalogue[key], set(available), catalogue)


def needed_columns(catalogue, ids, available, millesime):
    """``(source columns the requested, computable indicators rest on, {id: why not computable})``."""
    needed, not_computable = [], {}
    available = set(available)
    for key in requested_ids(catalogue, ids):
        resolved = resolve_at(catalogue, key, available, millesime)
        if isinstance(resolved, str):
            not_computable[key] = resolved
        else:
            needed += [name for name in resolved.columns if name not in needed]
    return needed, not_computable


EVOLUTION_TYPES = ("tcam", "evolution")


def compute(columns, count, catalogue, ids=None, millesime=None, aggregated=False, strict=False, mismatch=None):
    """Compute ``ids`` (default: every non-count indicator computable with ``columns``).

    ``strict``: an explicitly requested indicator that cannot be computed is an error.
    ``mismatch``: why the layer's years are not on one geography (a table joined without passage
    table): evolutions are then not computable.
    """
    result = Computed()
    available = set(columns)
    for key in requested_ids(catalogue, ids):
        resolved = resolve_at(catalogue, key, available, millesime)
        if mismatch and catalogue[key].type in EVOLUTION_TYPES:
            resolved = (
                "non calculable : les millésimes ne sont pas sur la même géographie ({}) ; refaites la jointure "
                "avec une table de passage (PASSAGE)".format(mismatch)
            )
        if isinstance(resolved, str):
            if strict and ids:
                raise AbsError("Indicateur « {} » {}".format(key, resolved))
            result.not_computable[key] = resolved
            continue
        result.values[key], result.reasons[key] = _values(resolved, columns, count, aggregated)
        result.resolved[key] = resolved
        result.years[key] = resolved.year
        counts = rested_count(resolved, columns, count)
        if counts is not None:
            result.counts[key] = counts
    return result


def output_rows(computed, count):
    """Per territory: the computed values (None for NULL) and its remarks (``id: reason; …``)."""
    keys = list(computed.values)
    matrix = np.empty((count, len(keys)), dtype=object)
    remarks = [[] for _ in range(count)]
    for column, key in enumerate(keys):
        values = computed.values[key]
        cells = values.astype(object)
        cells[np.isnan(values)] = None
        matrix[:, column] = cells
        reasons = computed.reasons[key]
        for position in np.flatnonzero(reasons != ""):
            remarks[position].append("{}: {}".format(key, reasons[position]))
    return matrix.tolist(), ["; ".join(items) for items in remarks]
