"""What a layer may publish once the statistical secret is applied (plain Python).

A publishable layer carries the territories' codes and names, the indicators computed and protected
by the secret (the catalogue's rates, shares, densities: masked by induction when they rest on a
small count), the counts the secret protected, and the counts the project declares public (such as
the populations légales, published by INSEE for every commune). Any other number — a raw count of
a joined table the secret was not asked to protect, a producer's value read as it is — stays in the
working folder: publishing it would publish counts of 1 to 4 people.
"""

from dataclasses import dataclass

TECHNICAL_PREFIX = "abs_"  # abs_secret, abs_remarques, abs_annees… : the plugin's own remarks
GAP_PREFIX = "ecart_"  # a group's gap to the first reference (computed from published values)


@dataclass
class FieldChoice:
    kept: list  # the field names published, in the layer's order
    left_out: list  # the numeric fields kept in the working folder only


def publishable_fields(fields, catalogue, protected, public=()):
    """Which of ``fields`` [(name, is_numeric)] a publishable layer keeps: text fields (codes,
    names, remarks); numeric fields only when they are a computed indicator of the ``catalogue``
    (not a count), a ``protected`` count or ratio, a ``public`` count, a gap or the plugin's own."""
    allowed = set(protected) | set(public)
    kept, left_out = [], []
    for name, numeric in fields:
        if not numeric or _publishable_number(name, catalogue, allowed):
            kept.append(name)
        else:
            left_out.append(name)
    return FieldChoice(kept, left_out)


def _publishable_number(name, catalogue, allowed):
    if name in allowed or name.lower() == "fid":
        return True
    if name.startswith((TECHNICAL_PREFIX, GAP_PREFIX)):
        return True
    indicator = catalogue.get(name)
    return indicator is not None and indicator.type != "effectif"


def left_out_summary(names, shown=8):
    """« NAIS1318, DECE1318, P18_POP … (146 champs) » for the journal."""
    listed = ", ".join(names[:shown])
    return listed + (" … ({} champs)".format(len(names)) if len(names) > shown else "")
