"""Comparison sentences of the ABS document, in French: neutral, with French number formats,
naming the territory, the reference, the year and the gap.

« Le taux de pauvreté au seuil de 60 % atteint 16,6 % en 2016 dans la CC Ambert Livradois Forez,
contre 13,1 % dans le Puy-de-Dôme, soit 3,5 points de plus. »

A masked value is never compared (the gap would give it away), and a figure resting on a small
count says « à interpréter avec prudence ».
"""

import math
from dataclasses import dataclass

from .frenchformat import format_number
from .places import in_place, of_place

NBSP = "\u00a0"
# Gaps below these are « proche de » (stated in the document's annex of methods).
NEAR_POINTS = 0.5  # points, for rates
NEAR_RELATIVE = 3.0  # %, for the other indicators
ARTICLE_OF_FIRST_WORD = {
    "taux": "le ",
    "densité": "la ",
    "part": "la ",
    "parts": "les ",
    "indice": "l'",
    "médiane": "la ",
    "nombre": "le ",
    "solde": "le ",
    "taille": "la ",
    "variation": "la ",
    "population": "la ",
    "superficie": "la ",
    "revenu": "le ",
    "proportion": "la ",
    "écart": "l'",
    "allocataires": "le nombre d'",
    "bénéficiaires": "le nombre de ",
    "places": "le nombre de ",
    "personnes": "le nombre de ",
    "emplois": "le nombre d'",
}
PRUDENCE = "à interpréter avec prudence"


@dataclass
class Figure:
    """One value of an indicator for one place."""

    value: float = None
    masked: bool = False
    name: str = ""
    kind: str = "autre"  # commune, epci, departement, region, pays, autre (see places)
    prudent: bool = False  # rests on a small count
    note: str = ""  # why there is no value, when the producer says (« non publié »)
    year: int = None  # its own year, when it differs from the indicator's (a published value)
    year_text: str = ""  # that year as written (« Filosofi 2016 »)

    @property
    def known(self):
        return not self.masked and self.value is not None and not math.isnan(self.value)


def value_decimals(value):
    """One decimal, none from 1 000 on (a median income: « 21 450 € »)."""
    return 0 if value is not None and abs(value) >= 1000 else 1


def with_unit(value, unit):
    """« 16,6 % », « 22,4 hab./km² », « −260 habitants » (no-break space before the unit; a whole
    number of people without decimals)."""
    whole = value == round(value) and not (unit or "").startswith(("%", "‰"))
    text = format_number(value, 0 if whole else value_decimals(value)).replace("-", "\u2212")
    return text + (NBSP + unit if unit else "")


def subject_of(label):
    """« Taux de pauvreté au seuil de 60 % » → « le taux de pauvreté au seuil de 60 % »."""
    first = label.split(" ", 1)[0]
    prefix = ARTICLE_OF_FIRST_WORD.get(first.lower())
    lowered = first.lower() if not first.isupper() else first
    rest = label[len(first) :]
    if prefix is None:
        return "l'indicateur « {} »".format(label)
    return prefix + lowered + rest


def capitalised(text):
    return text[:1].upper() + text[1:]


def uses_points(indicator):
    """A gap in points for rates (%, ‰, « pour 100 … »), else a relative gap."""
    unit = (indicator.unite or "").strip()
    return indicator.ecart == "points" and unit.startswith(("%", "‰", "pour 100 "))


def _points(gap):
    shown = format_number(abs(gap), 1)
    return "{}{}point{}".format(shown, NBSP, "s" if abs(gap) >= 2 else "")


def _gap_clause(indicator, subject, reference, near):
    """« soit 3,5 points de plus », « soit 27 % de moins », « soit 3,7 fois moins », or None when
    the two are close (below ``near`` = (points, relative %))."""
    near_points, near_relative = near
    if uses_points(indicator):
        gap = subject.value - reference.value
        if abs(gap) < near_points:
            return None
        return "soit {} de {}".format(_points(gap), "plus" if gap > 0 else "moins")
    if reference.value == 0 or (subject.value < 0) != (reference.value < 0):
        gap = subject.value - reference.value
        if gap == 0:
            return None
        return "soit un écart de {}".format(with_unit(gap, indicator.unite))
    ratio = subject.value / reference.value
    if abs(ratio - 1.0) * 100.0 < near_relative:
        return None
    if ratio >= 2:
        return "soit {} fois plus".format(format_number(ratio, 1))
    if ratio <= 0.5:
        return "soit {} fois moins".format(format_number(1.0 / ratio, 1))
    relative = (ratio - 1.0) * 100.0
    return "soit {}{}% de {}".format(format_number(abs(relative), 0), NBSP, "plus" if relative > 0 else "moins")


def _value_phrase(figure, unit):
    text = with_unit(figure.value, unit)
    return text + (" ({})".format(PRUDENCE) if figure.prudent else "")


def comparison_sentence(indicator, when, subject, reference=None, near=(NEAR_POINTS, NEAR_RELATIVE)):
    """The sentence comparing ``subject`` (the territory) with ``reference`` (a Figure or None);
    ``when``: « en 2018 », « entre 2013 et 2018 »."""
    label = subject_of(indicator.libelle)
    where = in_place(subject.name, subject.kind)
    year_text = " " + when if when else ""
    if subject.masked or not subject.known:
        return "{} {}{} : {}.".format(
            indicator.libelle,
            of_place(subject.name, subject.kind),
            year_text,
            "valeur non diffusée (secret statistique)" if subject.masked else "valeur non disponible",
        )
    verb = "atteint" if subject.value > 0 else "s'établit à"
    sentence = "{} {} {}{} {}".format(
        capitalised(label), verb, _value_phrase(subject, indicator.unite), year_text, where
    )
    if reference is None or not reference.known:
        return sentence + "."
    reference_where = in_place(reference.name, reference.kind)
    gap = _gap_clause(indicator, subject, reference, near)
    if gap is None:
        return "{}, un niveau proche de celui observé {} ({}).".format(
            sentence, reference_where, _value_phrase(reference, indicator.unite)
        )
    return "{}, contre {} {}, {}.".format(sentence, _value_phrase(reference, indicator.unite), reference_where, gap)


def evolution_sentence(indicator, years, before, after):
    """« Entre 2013 et 2018, la densité de population passe de 23,1 à 22,4 hab./km² dans … »;
    None when either value is masked or missing (the change would reveal it)."""
    if not (before.known and after.known):
        return None
    first, last = years
    label = subject_of(indicator.libelle)
    before_text = format_number(before.value, value_decimals(before.value)).replace("-", "\u2212")
    after_text = format_number(after.value, value_decimals(after.value)).replace("-", "\u2212")
    if before_text == after_text:  # « passe de 22,4 à 22,4 » said as a person would
        return "Entre {} et {}, {} reste stable à {} {}.".format(
            first, last, label, with_unit(after.value, indicator.unite), in_place(after.name, after.kind)
        )
    return "Entre {} et {}, {} passe de {} à {} {}.".format(
        first,
        last,
        label,
        before_text,
        with_unit(after.value, indicator.unite),
        in_place(after.name, after.kind),
    )


def whole_numbers(indicator):
    """Counts and changes in counts are written without decimals."""
    return indicator.type == "effectif" or (indicator.type == "evolution" and not indicator.facteur)


def shown_value(figure, unit=None, missing="n.d.", whole=False):
    """A table cell: « 16,6 » (with ``unit`` if given), « s » when masked, ``missing`` otherwise;
    « * » marks a figure to interpret with caution; ``whole``: no decimals."""
    if figure.masked:
        return "s"
    if not figure.known:
        return figure.note or missing
    decimals = 0 if whole else value_decimals(figure.value)
    text = with_unit(figure.value, unit) if unit else format_number(figure.value, decimals).replace("-", "\u2212")
    return text + ("*" if figure.prudent else "") + (" ({})".format(figure.year_text) if figure.year_text else "")
