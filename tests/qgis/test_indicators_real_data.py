"""Every catalogue indicator the real files of ../shared/data can feed, checked on every commune
and every EPCI of the Puy-de-Dôme and the Allier against the raw files.

The expected values are written here from INSEE's definitions (the formulas below), not read from
the catalogue: a catalogue edit that changes what an indicator means makes this test fail. Raw rows
of the COG 2021 comparateur are brought to the 2025 communes with the COG passage table and summed,
as a statistician would do by hand (csv module only).
"""

import math
from pathlib import Path

from qgis.core import QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_compute_indicators import joined_63_03  # noqa: F401 (fixture)
from tests.qgis.test_join_algorithm import plain
from tests.realdata import passage_2025, read_rows


def ratio(numerator, denominator, factor):
    return lambda s: None if not s[denominator] else factor * s[numerator] / s[denominator]


def tcam(start, end, years):
    return lambda s: None if not s[start] else ((s[end] / s[start]) ** (1 / years) - 1) * 100


# INSEE's definitions, on the sums ``s`` of the raw columns (census 2018, civil status 2013-2020).
COMPARATEUR = {
    "densite": ratio("P18_POP", "SUPERF", 1),
    "taux_chomage": ratio("P18_CHOM1564", "P18_ACT1564", 100),
    "taux_activite": ratio("P18_ACT1564", "P18_POP1564", 100),
    "part_emplois_salaries": ratio("P18_EMPLT_SAL", "P18_EMPLT", 100),
    "part_logements_vacants": ratio("P18_LOGVAC", "P18_LOG", 100),
    "part_residences_secondaires": ratio("P18_RSECOCC", "P18_LOG", 100),
    "part_proprietaires": ratio("P18_RP_PROP", "P18_RP", 100),
    "taille_menages": ratio("P18_POP", "P18_MEN", 1),  # the comparateur has no P18_PMEN
    "taux_natalite": ratio("NAISD20", "P18_POP", 1000),
    "taux_mortalite": ratio("DECESD20", "P18_POP", 1000),
    "solde_naturel_annuel": lambda s: (
        None if not s["P18_POP"] else 1000 * (s["NAIS1318"] - s["DECE1318"]) / 5 / s["P18_POP"]
    ),
    "tcam_population": tcam("P13_POP", "P18_POP", 5),
    "tcam_emploi": tcam("P13_EMPLT", "P18_EMPLT", 5),
    "variation_population": lambda s: s["P18_POP"] - s["P13_POP"],
}
COLUMNS = sorted(
    {
        "P18_POP",
        "P13_POP",
        "SUPERF",
        "P18_CHOM1564",
        "P18_ACT1564",
        "P18_POP1564",
        "P18_EMPLT_SAL",
        "P18_EMPLT",
        "P13_EMPLT",
        "P18_LOGVAC",
        "P18_LOG",
        "P18_RSECOCC",
        "P18_RP_PROP",
        "P18_RP",
        "P18_MEN",
        "NAISD20",
        "DECESD20",
        "NAIS1318",
        "DECE1318",
    }
)


def sums_by(key_of):
    """Σ of the raw comparateur columns by ``key_of(2025 commune row)`` for the communes of 63 and 03."""
    passage = passage_2025()
    communes = {row["DEPCOM"]: row for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")}
    totals = {}
    for row in read_rows("population/base_cc_comparateur.CSV"):
        current = communes.get(passage.get(row["CODGEO"], ""))
        if current is None or current["DEP"] not in ("63", "03"):
            continue
        cell = totals.setdefault(key_of(current), dict.fromkeys(COLUMNS, 0.0))
        for name in COLUMNS:
            cell[name] += float(row[name])  # every column of 63 and 03 is filled
    return totals


def assert_close(actual, expected, where):
    if expected is None:
        assert plain(actual) is None, where
    else:
        assert plain(actual) is not None and math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9), (
            where,
            actual,
            expected,
        )


def indicators_of(run_alg, tmp_path, table, indicators, join=(), key="DEPCOM"):
    """Join ``table`` to the communes of 63 and 03 (or ``join``'s COMMUNES, RENAME…), compute
    ``indicators`` (MILLESIME, INDICATORS); {code in field ``key``: feature}."""
    name = Path(table).stem
    joined = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared(table)),
            "OUTPUT": str(tmp_path / (name + "_joint.gpkg")),
            "UNMATCHED": "TEMPORARY_OUTPUT",
            **dict(join),
        },
    )["OUTPUT"]
    output = str(tmp_path / (name + "_indicateurs.gpkg"))
    computed = run_alg("abs:computeindicators", dict(indicators, INPUT=joined, OUTPUT=output))["OUTPUT"]
    return {feature[key]: feature for feature in QgsVectorLayer(computed, "i", "ogr").getFeatures()}


def test_every_comparateur_indicator_on_every_commune(run_alg, joined_63_03, tmp_path):  # noqa: F811
    result = run_alg(
        "abs:computeindicators", {"INPUT": joined_63_03, "MILLESIME": 2018, "OUTPUT": str(tmp_path / "c.gpkg")}
    )
    assert set(COMPARATEUR) <= set(result["COMPUTED"].split(","))
    expected = sums_by(lambda commune: commune["DEPCOM"])
    features = {f["DEPCOM"]: f for f in QgsVectorLayer(result["OUTPUT"], "c", "ogr").getFeatures()}
    assert set(features) == set(expected) and len(features) == 780
    for code, sums in expected.items():
        for key, formula in COMPARATEUR.items():
            assert_close(features[code][key], formula(sums), (code, key))
    # Filosofi's values, imported as published: a commune's own row; none for a commune nouvelle
    # made of several rows (a rate or a median of merged communes cannot be summed), none if blank.
    passage = passage_2025()
    rows_of = {}
    for row in read_rows("population/base_cc_comparateur.CSV"):
        rows_of.setdefault(passage.get(row["CODGEO"]), []).append(row)
    imported = {"taux_pauvrete": "TP6019", "mediane_niveau_vie": "MED19", "part_menages_imposes": "PIMP19"}
    published = 0
    for code in expected:
        rows = rows_of[code]
        for key, column in imported.items():
            value = float(rows[0][column]) if len(rows) == 1 and rows[0][column].strip() else None
            assert_close(features[code][key], value, (code, key))
            published += value is not None
    assert published > 500


def test_every_comparateur_indicator_on_every_epci(run_alg, joined_63_03, tmp_path):  # noqa: F811
    """Σ numerators / Σ denominators over each EPCI's communes (an EPCI crossing into another
    département counts its 63/03 communes only: the layer has no others)."""
    result = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": joined_63_03,
            "GROUP_FIELD": "EPCI",
            "MILLESIME": 2018,
            "INDICATORS": ",".join(COMPARATEUR),
            "OUTPUT": str(tmp_path / "epci.gpkg"),
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )
    expected = sums_by(lambda commune: commune["EPCI"])
    groups = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "e", "ogr").getFeatures()}
    assert set(groups) == set(expected)
    for code, sums in expected.items():
        for key, formula in COMPARATEUR.items():
            assert_close(groups[code][key], formula(sums), (code, key))


def test_age_indicators_from_the_census_2022_age_file(run_alg, tmp_path):
    """rp2022_age_com_63_03_derived.csv: ages 0-19, 60+, 65+, 75+ (estimated columns « _EST »,
    renamed to the INSEE names the catalogue knows)."""
    renames = (
        "P22_POP0019_EST=P22_POP0019;P22_POP60P_EST=P22_POP60P;P22_POP65P_EST=P22_POP65P;P22_POP75P_EST=P22_POP75P"
    )
    features = indicators_of(
        run_alg,
        tmp_path,
        "population/rp2022_age_com_63_03_derived.csv",
        {
            "MILLESIME": 2022,
            "INDICATORS": "part_moins_20,part_60_plus,part_65_plus,part_75_plus,indice_vieillissement",
        },
        join={"RENAME": renames},
    )
    rows = read_rows("population/rp2022_age_com_63_03_derived.csv")
    assert len(rows) == len(features) == 780
    for row in rows:
        feature = features[row["CODGEO"]]
        population, under_20 = float(row["P22_POP"]), float(row["P22_POP0019_EST"])
        over_65 = float(row["P22_POP65P_EST"])
        where = row["CODGEO"]
        assert_close(feature["part_moins_20"], 100 * under_20 / population, where)
        assert_close(feature["part_60_plus"], 100 * float(row["P22_POP60P_EST"]) / population, where)
        assert_close(feature["part_65_plus"], 100 * over_65 / population, where)
        assert_close(feature["part_75_plus"], 100 * float(row["P22_POP75P_EST"]) / population, where)
        assert_close(feature["indice_vieillissement"], 100 * over_65 / under_20 if under_20 else None, where)


def test_75_and_85_plus_from_the_census_2023_file(run_alg, tmp_path):
    """pop75_rp2023_63_03_trouver-mon-ehpad.csv: POP, POP75P, POP85P (no millésime in the names)."""
    features = indicators_of(
        run_alg,
        tmp_path,
        "population/pop75_rp2023_63_03_trouver-mon-ehpad.csv",
        {"MILLESIME": 2023, "INDICATORS": "part_75_plus,part_85_plus"},
    )
    rows = read_rows("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv")
    assert len(rows) > 700
    for row in rows:
        if row["CODGEO"] not in features:
            continue
        population = float(row["POP"])
        where = row["CODGEO"]
        assert_close(features[where]["part_75_plus"], 100 * float(row["POP75P"]) / population, where)
        assert_close(features[where]["part_85_plus"], 100 * float(row["POP85P"]) / population, where)
    assert sum(1 for row in rows if row["CODGEO"] in features) == len(features)


def test_caf_shares_on_every_iris(run_alg, tmp_path):
    """data_CAF_2020_IRIS.csv on the IRIS of 63 and 03: shares of RSA, AAH and single-parent
    allocataires among all allocataires (A), where the CAF published the cells."""
    shares = {"part_allocataires_rsa": "ARSAS", "part_allocataires_aah": "AAAH", "part_allocataires_monoparents": "AM"}
    features = indicators_of(
        run_alg,
        tmp_path,
        "caf/data_CAF_2020_IRIS.csv",
        {"MILLESIME": 2020, "INDICATORS": ",".join(shares)},
        join={"COMMUNES": "{}|layername=iris".format(shared("geo/iris_63_03_l93.gpkg"))},
        key="code_iris",
    )
    checked = 0
    for row in read_rows("caf/data_CAF_2020_IRIS.csv"):
        feature = features.get(row["CODGEO"])
        if feature is None:
            continue
        for key, column in shares.items():
            published = row[column].strip() and row["A"].strip() and float(row["A"]) > 0
            expected = 100 * float(row[column]) / float(row["A"]) if published else None
            assert_close(feature[key], expected, (row["CODGEO"], key))
            checked += expected is not None
    assert checked > 300  # 3 shares × the published IRIS of the layer (Allier, Clermont agglomeration)
