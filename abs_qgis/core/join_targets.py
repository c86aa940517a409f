"""Where one code of a table lands in the layer: itself, the commune nouvelle it merged into (passage
table), the commune of a municipal arrondissement, the « commune non irisée » of an IRIS layer — or
nowhere, with the French reason the rejected-rows table gives (code unknown, commune counted twice,
another geography…)."""

import re

from .codes import arrondissement_parent
from .levels import WHOLE_COMMUNE, commune_of_iris


def commune_target(code, layer_codes, passage, table_codes, stale):
    """(target commune, how) for one valid code, or (None, reason)."""
    if code in stale:
        current, others = stale[code]
        return None, (
            "commune {} : la table la compte avec {} comme une seule commune ({}), la couche de communes n'a "
            "pas la géographie de la table ; cochez « Fusionner les polygones des communes que la table compte "
            "comme une seule commune » (UPDATE_GEOMETRY)"
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


def iris_target(code, layer_codes, passage, layer_communes):
    """(target IRIS, how) for one valid IRIS code (or a commune code in an IRIS table), or (None, reason).

    ``layer_communes``: commune code → number of IRIS of the layer in it."""
    if code in layer_codes:
        return code, "direct"
    if passage and code in passage:  # an IRIS passage table (old IRIS → new IRIS)
        target = passage[code]
        if target in layer_codes:
            return target, "passage IRIS"
        return None, "IRIS {} (code actuel {}) absent de la couche des IRIS".format(code, target)
    commune = commune_of_iris(code)
    if len(code) == 5:
        if commune + WHOLE_COMMUNE in layer_codes:
            return commune + WHOLE_COMMUNE, "commune non irisée"
        if commune in layer_communes:
            return None, (
                "code commune {} au lieu d'un code IRIS : la commune compte {} IRIS dans la couche, sa valeur "
                "ne se répartit pas entre eux"
            ).format(commune, layer_communes[commune])
        return None, "commune {} absente de la couche des IRIS".format(commune)
    current = passage.get(commune) if passage else None
    if current is not None and current != commune:
        if code.endswith(WHOLE_COMMUNE):
            if current + WHOLE_COMMUNE in layer_codes:
                return current + WHOLE_COMMUNE, "fusion"
            if current in layer_communes:
                return None, (
                    "IRIS {} : la commune {} a fusionné dans {}, découpée en {} IRIS dans la couche ; sa valeur ne se "
                    "répartit pas entre eux (table de passage des IRIS nécessaire)"
                ).format(code, commune, current, layer_communes[current])
            return None, "IRIS {} : commune {} (code actuel {}) absente de la couche".format(code, commune, current)
        return None, (
            "IRIS d'une commune fusionnée dans {} (ancien code commune {}) : la numérotation des IRIS a changé, "
            "donnez une table de passage des IRIS"
        ).format(current, commune)
    if commune in layer_communes:
        return None, (
            "code IRIS inconnu de la couche, où la commune {} compte {} IRIS (IRIS redécoupés depuis la table ?)"
        ).format(commune, layer_communes[commune])
    return None, "code IRIS inconnu de la couche (commune {} absente)".format(commune)


OUTSIDE_REASONS = (  # a valid code whose territory the layer does not hold: outside the territory
    re.compile(r"absente de la couche"),
    re.compile(r"^code inconnu de la couche de communes$"),
    re.compile(r"^code inconnu de la couche \("),
    re.compile(r"^code IRIS inconnu de la couche \(commune \S+ absente\)$"),
)


def is_outside(reason):
    return any(pattern.search(reason) for pattern in OUTSIDE_REASONS)
