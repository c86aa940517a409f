"""The offer summed onto communes (core.offer_domains): families, places, distances, people beyond."""

import math

import numpy as np
import pytest

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.offer_domains import (
    DOMAINS,
    Facility,
    absent_families,
    beyond_column,
    beyond_values,
    family_columns,
    nearest_km,
    places_of,
    target_by_year,
)


def test_families_sum_places_and_count_facilities():
    facilities = [
        Facility("63003", "EHPAD", 80.0),
        Facility("63003", "EHPAD", 20.0),
        Facility("63010", "MAS", 40.0),
        Facility("63010", "FAM", 12.0),
        Facility(None, "EHPAD", 999.0),  # in no commune of the layer: counted nowhere
    ]
    columns = family_columns(["63003", "63010", "63014"], facilities)
    assert columns["PLACES_EHPAD"].tolist() == [100.0, 0.0, 0.0]  # 0 is a true zero: EHPAD are in the layer
    assert columns["NB_EHPAD"].tolist() == [2, 0, 0]
    assert columns["PLACES_HEBERGEMENT_ADULTES_HANDICAPES"].tolist() == [0.0, 52.0, 0.0]
    assert "PLACES_SSIAD" not in columns  # no SSIAD in the layer: no column, the rate is not computable
    assert "SSIAD" in absent_families(facilities) and "EHPAD" not in absent_families(facilities)


def test_a_facility_without_capacity_makes_its_commune_unknown():
    assert math.isnan(places_of([None, float("nan")]))
    assert places_of([10, None, 2]) == 12.0
    columns = family_columns(["A", "B"], [Facility("A", "EHPAD", float("nan")), Facility("B", "EHPAD", 5.0)])
    assert math.isnan(columns["PLACES_EHPAD"][0]) and columns["PLACES_EHPAD"][1] == 5.0
    assert columns["NB_EHPAD"].tolist() == [1, 1]


def test_distances_and_people_beyond():
    distances = nearest_km([(0, 0), (30000, 40000), (5, 5)], [(0, 0), (30000, 0)])
    assert distances == pytest.approx([0.0, 40.0, math.hypot(5, 5) / 1000])
    beyond = beyond_values(distances + [None], [100, 50, 7, 9], 15)
    assert beyond[:3].tolist() == [0.0, 50.0, 0.0] and math.isnan(beyond[3])
    assert nearest_km([(0, 0)], []) == [None]


def test_target_population_of_each_census_year():
    catalogue = load_catalogue()
    columns = {
        "P22_POP7589": np.array([10.0, 20.0]),
        "P22_POP90P": np.array([1.0, 2.0]),
        "P16_POP75P": np.array([9.0, 18.0]),
        "POP75P": np.array([99.0, 99.0]),  # no year: never taken for a census year
    }
    found = target_by_year(catalogue, "population_75_plus", columns, 2)
    assert sorted(found) == [2016, 2022]
    assert found[2022].tolist() == [11.0, 22.0] and found[2016].tolist() == [9.0, 18.0]
    assert beyond_column(DOMAINS[0], 2022) == "P22_POP75P_LOIN_PA"


def test_every_domain_maps_catalogue_indicators_and_its_distance_is_per_commune():
    from abs_qgis.core.published import NOT_AGGREGABLE, value_for

    catalogue = load_catalogue()
    for domain in DOMAINS:
        assert all(key in catalogue for key in domain.need)
        distance = catalogue[domain.distance]
        assert distance.type == "importe" and distance.par_commune
        # A distance is never « non fourni » for a group or a reference: nobody publishes it.
        for place in (("EPCI", "200070761"), ("DEP", "63"), (None, "secteur")):
            found = value_for(distance, [], place, catalogue)
            assert math.isnan(found.value) and found.reason == NOT_AGGREGABLE
