"""Which column of a table holds the codes of the layer: the one whose values match the layer.

A table as received may hold several columns that look like codes: the commune code written
without its leading zero (``3001``) beside five-digit amounts in euros (``21150``, a median
income) that are valid-looking commune codes of another département. Names and code shapes
cannot tell them apart; the layer can. Each candidate column is normalised the way the join
normalises codes (leading zeros, passage table, municipal arrondissements) and scored by the
number of distinct layer codes it reaches; INSEE's names and strict code shapes only break ties.
"""

from dataclasses import dataclass

from .codes import arrondissement_parent
from .errors import AbsError
from .levels import COMMUNE, IRIS, share_of

MIN_MATCH = 0.5  # a column matches « well » when half its codes, or half the layer's, are found
SHAPE_SAMPLE = 200


@dataclass
class Candidate:
    name: str
    matched: int  # distinct layer codes the column reaches
    filled: int  # non-empty cells
    rows_matched: int  # cells whose code reaches the layer
    rank: int  # position of the name among INSEE's names (lower is better), large when unknown
    strict: float  # share of cells written as codes in full (03001, not 3001)

    def rate(self, layer_size):
        """The better of: share of the layer's codes found, share of the column's codes found."""
        by_layer = self.matched / layer_size if layer_size else 0.0
        by_table = self.rows_matched / self.filled if self.filled else 0.0
        return max(by_layer, by_table)


def _reached(code, layer_codes, passage, level):
    if code in layer_codes:
        return code
    if level is not COMMUNE:
        return None
    if passage and passage.get(code) in layer_codes:
        return passage[code]
    parent = arrondissement_parent(code)
    return parent if parent in layer_codes else None


def _candidate(frame, name, layer_codes, passage, level, rank):
    reached, filled, rows_matched = set(), 0, 0
    for value in frame[name]:
        try:
            code = level.normalize(value)
        except (ValueError, TypeError):
            filled += 1
            continue
        if code is None:
            continue
        filled += 1
        target = _reached(code, layer_codes, passage, level)
        if target is not None:
            reached.add(target)
            rows_matched += 1
    strict = share_of(level, list(frame[name].head(SHAPE_SAMPLE)), strict=True)
    return Candidate(name, len(reached), filled, rows_matched, rank, strict)


def _ranks(names, known_names):
    by_upper = {str(known).upper(): position for position, known in enumerate(known_names)}
    return {name: by_upper.get(str(name).strip().upper(), len(known_names)) for name in names}


def score_columns(frame, layer_codes, known_names, passage=None, level=COMMUNE):
    """Every column that looks like codes of ``level``, best first, as :class:`Candidate`."""
    layer_codes = set(layer_codes)
    ranks = _ranks(frame.columns, known_names)
    candidates = []
    for name in frame.columns:
        sample = list(frame[name].head(SHAPE_SAMPLE))
        if share_of(level, sample) < MIN_MATCH:
            continue
        candidates.append(_candidate(frame, name, layer_codes, passage, level, ranks[name]))
    candidates.sort(key=lambda item: (-item.matched, item.rank, -item.strict))
    return candidates


def _listed(candidates, layer_size):
    return ", ".join(
        "« {} » ({:.0f} %)".format(item.name, 100 * item.rate(layer_size)).replace(".", ",") for item in candidates[:3]
    )


def choose_code_column(frame, layer_codes, known_names, label, passage=None, level=COMMUNE):
    """``(column, match rate)``: the column whose codes match the layer best; ``(None, 0)`` when none
    matches well but a column has one of INSEE's names (the join then explains what is wrong with
    it: codes of another level, invalid codes…); else a French error naming the best candidates and
    their rates."""
    if level is IRIS:
        raise ValueError("IRIS tables keep their own choice of code column")
    layer_size = len(set(layer_codes))
    candidates = score_columns(frame, layer_codes, known_names, passage, level)
    best = candidates[0] if candidates else None
    rate = best.rate(layer_size) if best else 0.0
    if rate < MIN_MATCH:
        named = set(_ranks(frame.columns, known_names).values()) != {len(known_names)}
        if named or not candidates:
            return None, 0.0
        raise AbsError(
            "Aucune colonne de code {} trouvée : aucune colonne ne contient les codes de la couche, meilleures "
            "candidates {} (part des codes retrouvés). Indiquez la colonne de code, ou vérifiez que la table et "
            "la couche portent sur le même territoire et la même géographie".format(
                level.label, _listed(candidates, layer_size)
            ),
            path=label,
        )
    return best.name, rate
