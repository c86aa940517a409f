"""The offer against the needs, commune by commune (plain Python): facilities and places of each
equipment-rate family, distance to the nearest facility of each domain, and the target population
living beyond a distance — columns of the communes from which the catalogue's equipment rates and
access shares are computed like any indicator (Σ places / Σ population at every level).

A family whose categories are absent from the whole offer layer gets no column (its rates are then
« non calculable », listed, never 0); a family present in the layer but not in a commune is a true 0
there. Places of a facility are the sum of its capacity fields; a facility without any known capacity
makes the places of its commune unknown (NaN), never silently fewer."""

import math
from dataclasses import dataclass

import numpy as np

from .codes import departement_of


@dataclass(frozen=True)
class Domain:
    key: str  # personnes_agees…
    label: str  # « Personnes âgées »
    suffix: str  # of its columns: DIST_PA_KM, P22_POP75P_LOIN_PA
    categories: tuple  # categories of the offer layer
    target: str  # catalogue count of the target population (population_75_plus)
    target_stem: str  # INSEE's name of that population, in the column of the people beyond the distance
    need: tuple  # catalogue indicators of the need mapped under the facilities, first computable wins
    distance: str  # catalogue indicator of the distance to the nearest facility (its map by commune)


DOMAINS = (
    Domain(
        "personnes_agees",
        "Personnes âgées",
        "PA",
        ("EHPAD", "Résidence autonomie", "USLD", "SSIAD", "SAAD", "Accueil de jour"),
        "population_75_plus",
        "POP75P",
        ("part_75_plus", "part_60_plus"),
        "distance_offre_personnes_agees_km",
    ),
    Domain(
        "handicap",
        "Personnes handicapées",
        "HANDICAP",
        ("Foyer de vie", "FAM", "MAS", "ESAT", "SAVS/SAMSAH", "IME"),
        "population_20_59",
        "POP2059",
        ("part_20_59", "allocataires_aah_20_64"),
        "distance_offre_handicap_km",
    ),
    Domain(
        "enfance_famille",
        "Enfance et famille",
        "ENFANCE",
        ("EAJE/Crèche", "MECS/Foyer de l'enfance"),
        "population_moins_3",
        "POP0002",
        ("part_moins_3", "part_moins_20", "part_moins_25"),
        "distance_offre_enfance_km",
    ),
    Domain(
        "acces_droits",
        "Accès aux droits",
        "DROITS",
        ("MSD", "CCAS/CIAS", "France Services"),
        "population",
        "POP",
        ("taux_pauvrete", "part_allocataires_rsa", "densite"),
        "distance_acces_droits_km",
    ),
)

# Equipment-rate families: column stem → categories summed (the catalogue's rates divide them).
FAMILIES = (
    ("EHPAD", ("EHPAD",)),
    ("RESIDENCE_AUTONOMIE", ("Résidence autonomie",)),
    ("USLD", ("USLD",)),
    ("SSIAD", ("SSIAD",)),
    ("HEBERGEMENT_ADULTES_HANDICAPES", ("MAS", "FAM", "Foyer de vie")),
    ("ESAT", ("ESAT",)),
    ("SAVS_SAMSAH", ("SAVS/SAMSAH",)),
    ("EAJE", ("EAJE/Crèche",)),
    ("PROTECTION_ENFANCE", ("MECS/Foyer de l'enfance",)),
)


@dataclass
class Facility:
    commune: str  # code of the commune it lies in (None: in none of the layer)
    category: str
    places: float  # NaN when no capacity is known
    xy: tuple = None  # (x, y) in metres (Lambert-93), None without position
    name: str = ""  # for the list of facilities (workbook)
    finess: str = ""


def domain_of(category):
    return next((domain for domain in DOMAINS if category in domain.categories), None)


CAPACITY_FIELDS = ("places_permanentes", "places_temporaires", "places_accueil_jour")  # of the offer layer


def places_of(values):
    """Σ of the known capacities of a facility (permanent, temporary, day care); NaN if none known."""
    known = [float(value) for value in values if value is not None and value == value]
    return float(sum(known)) if known else float("nan")


def present_categories(facilities):
    return sorted({facility.category for facility in facilities if facility.category})


def family_columns(codes, facilities):
    """{column: array per commune} for every family present in the layer: NB_<stem> (facilities)
    and PLACES_<stem> (places, NaN where a facility of the family has no known capacity)."""
    index = {code: position for position, code in enumerate(codes)}
    present = set(present_categories(facilities))
    columns = {}
    for stem, categories in FAMILIES:
        if not present.intersection(categories):
            continue
        count, places = np.zeros(len(codes)), np.zeros(len(codes))
        for facility in facilities:
            if facility.category in categories and facility.commune in index:
                count[index[facility.commune]] += 1
                places[index[facility.commune]] += facility.places  # NaN propagates
        columns["NB_" + stem], columns["PLACES_" + stem] = count, places
    return columns


def absent_families(facilities):
    """Families with no facility in the whole layer: « EHPAD, Résidence autonomie… » listed."""
    present = set(present_categories(facilities))
    return [" / ".join(categories) for _stem, categories in FAMILIES if not present.intersection(categories)]


def nearest_km(origins, points):
    """Straight-line distance in km from each origin (x, y in metres) to the nearest point; None
    without points. Brute force: an ABS holds hundreds of communes and facilities."""
    if not points:
        return [None] * len(origins)
    return [min(math.hypot(ox - px, oy - py) for px, py in points) / 1000.0 for ox, oy in origins]


def domain_points(facilities, domain):
    return [facility.xy for facility in facilities if facility.category in domain.categories and facility.xy]


def beyond_column(domain, year):
    """« P22_POP75P_LOIN_PA »: the target population of ``year`` living beyond the distance."""
    return "P{:02d}_{}_LOIN_{}".format(int(year) % 100, domain.target_stem, domain.suffix)


def distance_column(domain):
    return "DIST_{}_KM".format(domain.suffix)


def beyond_values(distances, population, limit):
    """The target population of each commune beyond ``limit`` km (whole commune, by its inner
    point): its population when farther, 0 when nearer, NaN when the distance or population is
    unknown."""
    distance = np.array([np.nan if d is None else d for d in distances], dtype=float)
    population = np.asarray(population, dtype=float)
    values = np.where(distance > limit, population, 0.0)
    values[np.isnan(distance) | np.isnan(population)] = np.nan
    return values


def target_by_year(catalogue, key, columns, count):
    """{year: target population per commune} for every year the catalogue count ``key`` resolves
    at with ``columns`` ({name: array}): the people beyond a distance are written for each census
    year, so that the access shares follow the years of the rest of the ABS (and their evolutions)."""
    from .expressions import evaluate
    from .indicators import EARLIEST_YEAR, LATEST_YEAR, resolve
    from .millesimes import year_of_name

    if key not in catalogue:
        return {}
    found = {}
    for year in range(LATEST_YEAR, EARLIEST_YEAR - 1, -1):
        resolved = resolve(catalogue[key], set(columns), year, catalogue)
        if isinstance(resolved, str) or any(year_of_name(name) != year for name in resolved.columns):
            continue  # not computable, or through columns of no or another year (POP75P)
        values = np.asarray(evaluate(resolved.trees["numerateur"], columns), dtype=float)
        found[year] = np.broadcast_to(values, (count,)).copy()
    return found


def outside_coverage(columns, codes, covered):
    """Set to NaN the offer columns of the communes whose département the offer does not cover
    (its extracts were imported for ``covered`` only): their places are unknown, never 0 — a
    comparison département without its offer read « 0,0 places » and « 97 % à plus de 10 km ».
    Returns the number of communes concerned."""
    outside = [position for position, code in enumerate(codes) if departement_of(code) not in covered]
    for name in list(columns):
        array = np.asarray(columns[name], dtype=float).copy()
        array[outside] = np.nan
        columns[name] = array
    return len(outside)
