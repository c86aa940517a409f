"""abs:equipmentrate on the 143 EHPAD of the Puy-de-Dôme and the Allier (FINESS, RP 2023 75+)."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import shared
from tests.realdata import read_rows


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("offer")
    uri = "file://{}?delimiter=;&xField=lon&yField=lat&crs=EPSG:4326&detectTypes=yes".format(
        shared("finess/ehpad_63_03_trouver-mon-ehpad.csv")
    )
    ehpad = QgsVectorLayer(uri, "ehpad", "delimitedtext")
    assert ehpad.isValid() and ehpad.featureCount() == 143
    communes = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv")),
            "OUTPUT": str(folder / "communes_pop75.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    return ehpad, communes


def test_ehpad_places_per_1000_people_aged_75(run_alg, inputs, tmp_path):
    ehpad, communes = inputs
    result = run_alg(
        "abs:equipmentrate",
        {
            "FACILITIES": ehpad,
            "CAPACITY_FIELD": "capacite",
            "TERRITORIES": communes,
            "CODE_FIELD": "DEPCOM",
            "POPULATION_FIELD": "POP75P",
            "GROUP_FIELD": "DEP",
            "OUTPUT": str(tmp_path / "taux.gpkg"),
            "GROUPS": str(tmp_path / "departements.csv"),
            "OUTSIDE": str(tmp_path / "hors.gpkg"),
        },
    )
    assert result["FACILITIES_COUNT"] == 143 and result["FACILITIES_OUTSIDE"] == 0
    departements = {f["code"]: f for f in QgsVectorLayer(str(tmp_path / "departements.csv"), "d", "ogr").getFeatures()}
    population = {"63": 0, "03": 0}
    for row in read_rows("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv"):
        population[row["CODGEO"][:2]] += int(row["POP75P"])
    for code, places in (("63", 7390), ("03", 4815)):  # data README: installed places
        assert float(departements[code]["places"]) == places
        assert float(departements[code]["taux_equipement"]) == pytest.approx(places / population[code] * 1000)
    # Commune level: the places of the EHPAD whose point falls in the commune (the data's own spatial join).
    expected = {}
    for row in read_rows("finess/ehpad_63_03_trouver-mon-ehpad.csv"):
        expected[row["code_insee_jointure_spatiale"]] = expected.get(row["code_insee_jointure_spatiale"], 0) + int(
            row["capacite"]
        )
    features = {f["DEPCOM"]: f for f in QgsVectorLayer(str(tmp_path / "taux.gpkg"), "t", "ogr").getFeatures()}
    assert {code: f["places"] for code, f in features.items() if f["places"]} == expected
    pop75 = {r["CODGEO"]: int(r["POP75P"]) for r in read_rows("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv")}
    assert features["63113"]["taux_equipement"] == pytest.approx(expected["63113"] / pop75["63113"] * 1000)


def test_category_filter_matching_nothing(run_alg, inputs):
    ehpad, communes = inputs
    with pytest.raises(QgsProcessingException, match="SSIAD"):
        run_alg(
            "abs:equipmentrate",
            {
                "FACILITIES": ehpad,
                "CAPACITY_FIELD": "capacite",
                "CATEGORY_FIELD": "statut",
                "CATEGORIES": "SSIAD",
                "TERRITORIES": communes,
                "CODE_FIELD": "DEPCOM",
                "POPULATION_FIELD": "POP75P",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "OUTSIDE": "TEMPORARY_OUTPUT",
            },
        )
