"""Equipment rates: places (or facilities) per 1 000 of a target population, Σ places / Σ population
at every level — never a mean of commune rates (plain Python)."""

import numpy as np


def equipment_rates(territory_codes, population, facility_codes, capacities, factor=1000.0):
    """Per territory: (facilities, places, rate, remark).

    ``facility_codes``: the territory each facility falls in (None when it falls in none);
    ``capacities``: its places (NaN when unknown: counted as a facility, not as places)."""
    index = {code: position for position, code in enumerate(territory_codes)}
    size = len(territory_codes)
    facilities = np.zeros(size, dtype=int)
    places = np.zeros(size)
    unknown = np.zeros(size, dtype=int)
    for code, capacity in zip(facility_codes, capacities):
        if code not in index:
            continue
        position = index[code]
        facilities[position] += 1
        if capacity is None or np.isnan(capacity):
            unknown[position] += 1
        else:
            places[position] += capacity
    population = np.asarray(population, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rates = places / population * factor
    remarks = np.full(size, "", dtype=object)
    remarks[np.isnan(population)] = "population inconnue"
    zero = ~np.isnan(population) & (population == 0)
    remarks[zero] = "population nulle"
    rates[np.isnan(population) | zero] = np.nan
    remarks[unknown > 0] = [
        "{} établissement(s) sans capacité connue{}".format(unknown[p], "" if not remarks[p] else " ; " + remarks[p])
        for p in np.flatnonzero(unknown > 0)
    ]
    return facilities, places, rates, remarks


def outside(facility_codes, territory_codes):
    """Positions of the facilities that fall in no territory of the layer (listed, never dropped)."""
    known = set(territory_codes)
    return [position for position, code in enumerate(facility_codes) if code not in known]
