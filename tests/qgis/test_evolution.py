"""Evolution between two millésimes on one harmonised geography: legal populations 2015 (COG 2017
codes) and census 2022 (COG 2025) joined onto the 2025 communes, TCAM from a user catalogue.
Expected values from the raw files and the COG passage table (csv module only)."""

import pytest
from qgis.core import QgsVectorLayer

from tests.paths import shared
from tests.realdata import passage_2025, read_rows

CATALOGUE = """indicateurs:
  - id: tcam_2015_2022
    type: tcam
    libelle: "Taux de croissance annuel moyen 2015-2022"
    definition: "Variation annuelle moyenne entre la population légale 2015 et la population 2022."
    theme: démographie
    debut: pop2015
    fin: population_2022
    annees: 7
"""


def join(run_alg, communes, table, output, passage=True):
    parameters = {"COMMUNES": communes, "TABLE": str(shared(table)), "OUTPUT": output, "UNMATCHED": "TEMPORARY_OUTPUT"}
    if passage:
        parameters["PASSAGE"] = str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv"))
    return run_alg("abs:joinindicators", parameters)


def two_years(run_alg, tmp_path, catalogue_text, passage):
    """The 2015 legal populations (with or without passage table), then the census 2022, joined
    onto the 2025 communes; the user catalogue written beside. (join result, catalogue path)"""
    first = join(
        run_alg,
        str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
        "population/cogiter_pop2015_legale.csv",
        str(tmp_path / "pop2015.gpkg"),
        passage=passage,
    )
    both = join(
        run_alg,
        first["OUTPUT"],
        "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv",
        str(tmp_path / "both.gpkg"),
    )
    catalogue = tmp_path / "evolution.yaml"
    catalogue.write_text(catalogue_text, encoding="utf-8")
    return both, catalogue


def test_tcam_2015_2022_on_2025_communes(run_alg, tmp_path):
    both, catalogue = two_years(run_alg, tmp_path, CATALOGUE, passage=True)
    result = run_alg(
        "abs:computeindicators",
        {
            "INPUT": both["OUTPUT"],
            "CATALOGUE": str(catalogue),
            "MILLESIME": 2022,
            "INDICATORS": "tcam_2015_2022",
            "OUTPUT": str(tmp_path / "tcam.gpkg"),
        },
    )
    features = {f["DEPCOM"]: f for f in QgsVectorLayer(result["OUTPUT"], "t", "ogr").getFeatures()}
    passage = passage_2025()
    pop2015 = {}
    for row in read_rows("population/cogiter_pop2015_legale.csv"):
        current = passage.get(row["DEPCOM"])
        if current and current[:2] in ("63", "03"):
            pop2015[current] = pop2015.get(current, 0) + int(row["pop2015"])
    pop2022 = {
        row["codgeo"]: int(row["population_2022"])
        for row in read_rows("population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv")
    }
    for code in ("63335", "63448", "63226", "63109", "63113", "03185"):  # 4 communes nouvelles + 2 unchanged
        expected = ((pop2022[code] / pop2015[code]) ** (1 / 7) - 1) * 100
        assert features[code]["tcam_2015_2022"] == pytest.approx(expected)
    # The 2015 population of a commune nouvelle sums its former communes (COG 2017 rows).
    rows_2015 = {row["DEPCOM"]: int(row["pop2015"]) for row in read_rows("population/cogiter_pop2015_legale.csv")}
    assert features["63335"]["pop2015"] == rows_2015["63335"] + rows_2015["63127"]


def test_other_geography_without_passage_is_flagged(run_alg, tmp_path):
    result = join(
        run_alg,
        str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
        "population/cogiter_pop2015_legale.csv",
        str(tmp_path / "sans_passage.gpkg"),
        passage=False,
    )
    assert "la table est sans doute d'une autre géographie" in result["_log"]
    assert "63078" in result["_log"] and "63127" in result["_log"]


RATIO_2022_2015 = """  - id: rapport_2022_2015
    type: ratio
    libelle: "Population 2022 pour 100 habitants en 2015"
    definition: "Population 2022 rapportée à la population légale 2015."
    theme: démographie
    numerateur: population_2022
    denominateur: pop2015
    facteur: 100
"""


def test_evolution_refused_when_a_year_is_of_another_geography(run_alg, tmp_path):
    """The 2015 table (COG 2017) joined without passage table: the communes nouvelles would get the
    population of one former commune only; their TCAM would be false, so it is refused."""
    from qgis.core import QgsProcessingException

    both, catalogue = two_years(run_alg, tmp_path, CATALOGUE + RATIO_2022_2015, passage=False)
    parameters = {
        "INPUT": both["OUTPUT"],
        "CATALOGUE": str(catalogue),
        "MILLESIME": 2022,
        "INDICATORS": "tcam_2015_2022",
        "OUTPUT": str(tmp_path / "tcam.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match="pas sur la même géographie"):
        run_alg("abs:computeindicators", parameters)
    # Asked for everything computable: the evolution is listed as not computable, the rest computed.
    everything = run_alg("abs:computeindicators", dict(parameters, INDICATORS="", OUTPUT=str(tmp_path / "all.gpkg")))
    assert "tcam_2015_2022" in everything["NOT_COMPUTABLE"].split(",")
    assert "rapport_2022_2015" in everything["COMPUTED"].split(",")
    # The same at the EPCI level.
    with pytest.raises(QgsProcessingException, match="table de passage"):
        run_alg(
            "abs:aggregateterritories",
            {
                "INPUT": both["OUTPUT"],
                "GROUP_FIELD": "EPCI",
                "CATALOGUE": str(catalogue),
                "MILLESIME": 2022,
                "INDICATORS": "tcam_2015_2022",
                "OUTPUT": str(tmp_path / "epci.gpkg"),
                "REFERENCES": "TEMPORARY_OUTPUT",
            },
        )
