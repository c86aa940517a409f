"""The age structure of a territory, per census year, from INSEE's age-band columns
(``P22_POP0014``, ``P22_POP1529`` … ``P22_POP90P``): plain Python, for the chart dock.

INSEE files hold overlapping bands (``P22_POP0019``, ``P22_POP65P``, ``P22_POP75P``…): the
structure uses the finest chain of bands that starts at 0 and ends with an open band (« 90 ans
et plus »), so that the bands add up to the population once.
"""

import re

AGE_COLUMN = re.compile(r"^P(\d{2})_POP(\d{2})(\d{2}|P)$")


def census_year(two_digits):
    number = int(two_digits)
    return 2000 + number if number < 70 else 1900 + number


def age_label(start, end):
    return "{} ans et plus".format(start) if end is None else "{}-{} ans".format(start, end)


def age_columns(names):
    """``{year: [(start, end or None, column)]}``: each year's finest partition of ages."""
    by_year = {}
    for name in names:
        match = AGE_COLUMN.match(str(name))
        if match:
            year, start, end = match.groups()
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
