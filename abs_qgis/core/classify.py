"""Class breaks QGIS 3.22 cannot compute itself: Q6 and fixed breaks (plain Python).

Q6 (six classes on the 5 %, 25 %, 50 %, 75 % and 95 % quantiles) isolates the extreme 5 % on each
side and splits the middle 90 % in quartile-like classes; quantiles are interpolated linearly
between order statistics (the usual "type 7" definition, as numpy and spreadsheets compute them).
QGIS 3.22's bindings do not let Python add a classification method, so abs_qgis gives the
renderer these bounds directly (shown as manual classes in the symbology panel).
"""

import math

from .errors import AbsError

Q6_PROBABILITIES = (0.05, 0.25, 0.50, 0.75, 0.95)


def quantile(sorted_values, probability):
    """Linear interpolation between order statistics (type 7)."""
    position = (len(sorted_values) - 1) * probability
    lower = math.floor(position)
    upper = min(lower + 1, len(sorted_values) - 1)
    return sorted_values[lower] + (sorted_values[upper] - sorted_values[lower]) * (position - lower)


def clean(values):
    return sorted(v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v)))


def q6_bounds(values):
    """[minimum, q5, q25, q50, q75, q95, maximum] of the non-null values."""
    data = clean(values)
    if not data:
        raise AbsError("Aucune valeur à classer")
    return [data[0]] + [quantile(data, p) for p in Q6_PROBABILITIES] + [data[-1]]


def fixed_bounds(text, values):
    """Bounds from user breaks ``"10; 20; 30"`` (decimal comma accepted), framed by the data's
    minimum and maximum so that every value falls in a class; the same breaks on two maps make
    them comparable."""
    data = clean(values)
    if not data:
        raise AbsError("Aucune valeur à classer")
    breaks = []
    for part in text.replace(",", ".").replace(" ", "").split(";"):
        if not part:
            continue
        try:
            breaks.append(float(part))
        except ValueError as error:
            raise AbsError("Seuil de classe « {} » illisible (attendu : 10;20;30)".format(part)) from error
    if not breaks or sorted(set(breaks)) != breaks:
        raise AbsError("Les seuils de classes doivent être croissants et distincts : « {} »".format(text))
    low = min(data[0], breaks[0])
    high = max(data[-1], breaks[-1])
    return [low] + [b for b in breaks if low < b < high] + [high]


def nice_floor(value):
    """The largest 1, 2 or 5 × 10^k not above ``value`` (> 0): legend values a reader can read."""
    if value <= 0:
        raise ValueError(value)
    power = 10 ** math.floor(math.log10(value))
    for step in (5, 2, 1):
        if step * power <= value * (1 + 1e-9):
            return step * power
    return power


def circle_legend_values(values, count=3):
    """Values of a nested proportional-circle legend, largest first: a round value near the
    maximum, then round values about a third and a tenth of it (distinct, positive)."""
    present = [v for v in clean(values) if v > 0]
    if not present:
        raise AbsError("Aucune valeur positive à représenter en cercles proportionnels")
    top = max(present)
    chosen = []
    for fraction in (1.0, 1.0 / 3.0, 1.0 / 10.0, 1.0 / 30.0)[:count]:
        value = nice_floor(top * fraction)
        if value not in chosen:
            chosen.append(value)
    return chosen
