"""The rows of the references table of abs:aggregateterritories (one per reference territory:
département, région, France, a territory of comparison): their values, the counts each rests on,
the year and source of each value and the remarks, read from the level's computed arrays."""

import numpy as np


def cell_value(array, position):
    value = array[position]
    return None if value != value else float(value)


def row_computed(row):
    """(Computed, position) of a references row: a level's rows share one Computed of all its groups."""
    return row[4] if isinstance(row[4], tuple) else (row[4], 0)


def reference_values(row):
    computed, position = row_computed(row)
    return {key: cell_value(values, position) for key, values in computed.values.items()}


def reference_counts(row):
    """« id=count; … »: the count each reference value rests on (the document's reliability rule)."""
    computed, position = row_computed(row)
    return "; ".join(
        "{}={}".format(key, round(float(counts[position]), 1))
        for key, counts in computed.counts.items()
        if not np.isnan(counts[position])
    )


def row_years(row, published):
    """(« id=year; … », « id: source; … ») of one references row: the year of each value, and the
    source of those the producer published for this territory."""
    computed, _position = row_computed(row)
    years = dict(computed.years)
    sources = []
    for key, found in (published or {}).items():
        if found.year is not None and not np.isnan(found.value):
            years[key] = found.year
            sources.append("{}: {}".format(key, found.source))
    return "; ".join("{}={}".format(key, year) for key, year in years.items() if year), "; ".join(sources)


def reference_remarks(row):
    computed, position = row_computed(row)
    return "; ".join("{}: {}".format(key, r[position]) for key, r in computed.reasons.items() if r[position])
