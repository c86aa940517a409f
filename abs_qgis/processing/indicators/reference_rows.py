"""The rows of the references table of abs:aggregateterritories (one per reference territory:
the studied territory, département, région, France, a territory of comparison): their values, the
counts each rests on, the year and source of each value and the remarks, read from the level's
computed arrays."""

from dataclasses import dataclass, field, replace

import numpy as np


@dataclass
class ReferenceRow:
    """One territory of the references table. A level's rows share one Computed of all its groups
    (``position``: this territory's place in it); ``level`` is the field that makes it (DEP, REG,
    EPCI…), « FRANCE » for the whole layer, None for the studied territory; ``published``: the
    producer's own values found for it ({id: Found})."""

    label: str
    code: str
    name: str
    members: int
    computed: object
    position: int = 0
    level: str = None
    published: dict = field(default_factory=dict)

    @property
    def is_territory(self):
        return self.level is None

    def named(self, name):
        return replace(self, name=name)

    def head(self):
        """(niveau, code, nom, nb_communes): the first columns of the table."""
        return [self.label, self.code, self.name, self.members]


def cell_value(array, position):
    value = array[position]
    return None if value != value else float(value)


def reference_values(row):
    return {key: cell_value(values, row.position) for key, values in row.computed.values.items()}


def reference_counts(row):
    """« id=count; … »: the count each reference value rests on (the document's reliability rule)."""
    return "; ".join(
        "{}={}".format(key, round(float(counts[row.position]), 1))
        for key, counts in row.computed.counts.items()
        if not np.isnan(counts[row.position])
    )


def row_years(row):
    """(« id=year; … », « id: source; … ») of one references row: the year of each value, and the
    source of those the producer published for this territory."""
    years = dict(row.computed.years)
    sources = []
    for key, found in row.published.items():
        if found.year is not None and not np.isnan(found.value):
            years[key] = found.year
            sources.append("{}: {}".format(key, found.source))
    return "; ".join("{}={}".format(key, year) for key, year in years.items() if year), "; ".join(sources)


def reference_remarks(row):
    reasons = row.computed.reasons.items()
    return "; ".join("{}: {}".format(key, r[row.position]) for key, r in reasons if r[row.position])
