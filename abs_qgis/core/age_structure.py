"""The age structure of a territory, per census year, from INSEE's age-band columns
(``P22_POP0014``, ``P22_POP1529`` … ``P22_POP90P``): plain Python, for the chart dock.

INSEE files hold overlapping bands (``P22_POP0019``, ``P22_POP65P``, ``P22_POP75P``…): the
structure uses the finest chain of bands that starts at 0 and ends with an open band (« 90 ans
et plus »), so that the bands add up to the population once.
"""

import re

AGE_COLUMN = re.compile(r"^P(\d{2})_(POP|H|F)(\d{2})(\d{2}|P)$")  # POP: both sexes, H: men, F: women


def census_year(two_digits):
    number = int(two_digits)
    return 2000 + number if number < 70 else 1900 + number


def age_label(start, end):
    return "{} ans et plus".format(start) if end is None else "{}-{} ans".format(start, end)


def age_columns(names, population="POP"):
    """``{year: [(start, end or None, column)]}``: each year's finest partition of ages, of the
    whole population (``POP``), of men (``H``) or of women (``F``)."""
    by_year = {}
    for name in names:
        match = AGE_COLUMN.match(str(name))
        if match and match.group(2) == population:
            year, _population, start, end = match.groups()
            band = (int(start), None if end == "P" else int(end), name)
            by_year.setdefault(census_year(year), []).append(band)
    chains = {year: _finest_chain(bands) for year, bands in by_year.items()}
    return {year: chain for year, chain in sorted(chains.items()) if chain}


def _finest_chain(bands):
    starts = {}
    for band in bands:
        starts.setdefault(band[0], []).append(band)
    best = []

    def walk(age, chain):
        nonlocal best
        for band in starts.get(age, ()):
            if band[1] is None:
                if len(chain) + 1 > len(best):
                    best = chain + [band]
            elif band[1] >= age:
                walk(band[1] + 1, chain + [band])

    walk(0, [])
    return best


def age_structure(values):
    """``[(year, [(label, count, share %)])]`` from ``values`` {column: number or None}: the years
    whose bands are all known and are the same bands as the latest year's (comparable lines)."""
    structures = []
    for year, chain in age_columns(values).items():
        counts = [values.get(name) for _start, _end, name in chain]
        if any(count is None for count in counts):
            continue
        total = float(sum(counts))
        if total <= 0:
            continue
        bands = [
            (age_label(start, end), float(count), 100.0 * float(count) / total)
            for (start, end, _name), count in zip(chain, counts)
        ]
        structures.append((year, bands))
    if not structures:
        return []
    latest = [label for label, _count, _share in structures[-1][1]]
    return [(year, bands) for year, bands in structures if [label for label, _c, _s in bands] == latest]


def age_pyramid(values):
    """``(year, [(label, men, women)])`` of the latest census year whose men's and women's bands
    (``P22_H0014`` …, ``P22_F0014`` …) are all known and the same, or None."""
    men, women = age_columns(values, "H"), age_columns(values, "F")
    for year in sorted(set(men) & set(women), reverse=True):
        men_bands = [(start, end) for start, end, _name in men[year]]
        if men_bands != [(start, end) for start, end, _name in women[year]]:
            continue
        counts = [(values.get(h), values.get(f)) for (_s, _e, h), (_s2, _e2, f) in zip(men[year], women[year])]
        if any(m is None or w is None for m, w in counts):
            continue
        return year, [(age_label(start, end), float(m), float(w)) for (start, end), (m, w) in zip(men_bands, counts)]
    return None
