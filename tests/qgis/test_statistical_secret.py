"""abs:statisticalsecret and abs:checksecret on the 317 communes of the Allier (real counts)."""

import struct
from collections import defaultdict

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_join_algorithm import plain

COUNTS = ["NAISD20", "DECESD20", "P18_CHOM1564"]


@pytest.fixture(scope="module")
def allier(tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("secret")
    communes = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "FIELD": "DEP",
            "OPERATOR": 0,
            "VALUE": "03",
            "OUTPUT": str(folder / "allier.gpkg"),
        },
    )["OUTPUT"]
    joined = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": communes,
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "OUTPUT": str(folder / "joined.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    return processing.run(
        "abs:computeindicators",
        {
            "INPUT": joined,
            "MILLESIME": 2018,
            "INDICATORS": "taux_chomage,taux_natalite,taux_mortalite",
            "OUTPUT": str(folder / "indicateurs.gpkg"),
        },
    )["OUTPUT"]


def features(path):
    layer = QgsVectorLayer(str(path), "l", "ogr")
    assert layer.isValid()
    return list(layer.getFeatures())


def run_secret(run_alg, allier, tmp_path, name):
    return run_alg(
        "abs:statisticalsecret",
        {
            "INPUT": allier,
            "COUNT_FIELDS": COUNTS,
            "HIERARCHY": ["EPCI"],
            "THRESHOLD": 5,
            "OUTPUT": str(tmp_path / "{}.gpkg".format(name)),
            "REPORT": str(tmp_path / "{}_rapport.gpkg".format(name)),
        },
    )


def test_secret_on_the_allier(run_alg, allier, tmp_path):
    raw = {f["DEPCOM"]: f for f in features(allier)}
    assert len(raw) == 317
    small = sum(1 for f in raw.values() for n in COUNTS if 0 < f[n] < 5)
    assert small > 100  # the real data have many small counts: the test is not vacuous
    result = run_secret(run_alg, allier, tmp_path, "a")
    output = {f["DEPCOM"]: f for f in features(result["OUTPUT"])}
    assert len(output) == 317
    report = [(f["niveau"], f["code"], f["champ"], f["motif"]) for f in features(result["REPORT"])]
    masked_totals = {(level, code, name) for level, code, name, _reason in report if level == "EPCI"}
    for code, feature in output.items():
        for name in COUNTS:
            value = plain(feature[name])
            assert value is None or not (0 < value < 5), (code, name, value)  # no small published count
        for ratio, count in (("taux_chomage", "P18_CHOM1564"), ("taux_natalite", "NAISD20")):
            if plain(feature[count]) is None or 0 < raw[code][count] < 5:
                assert plain(feature[ratio]) is None, (code, ratio)
    # No masked commune alone in its EPCI (when the EPCI total is published).
    by_epci = defaultdict(lambda: defaultdict(list))
    for feature in output.values():
        for name in COUNTS:
            by_epci[feature["EPCI"]][name].append(plain(feature[name]) is None)
    for epci, fields in by_epci.items():
        for name, hidden in fields.items():
            if ("EPCI", epci, name) not in masked_totals:
                assert sum(hidden) != 1, (epci, name)
    reasons = {motif for *_rest, motif in report}
    assert {"primaire", "secondaire", "induit"} <= reasons
    # Same input, same mask.
    again = {f["DEPCOM"]: f["abs_secret"] for f in features(run_secret(run_alg, allier, tmp_path, "b")["OUTPUT"])}
    assert again == {code: f["abs_secret"] for code, f in output.items()}

    # The masked raw values (weighted counts, unique in the input) are nowhere in the output file.
    masked_values = [
        raw[code]["P18_CHOM1564"]
        for code, f in output.items()
        if plain(f["P18_CHOM1564"]) is None and raw[code]["P18_CHOM1564"] % 1
    ]
    all_values = [f["P18_CHOM1564"] for f in raw.values()]
    unique = [
        v
        for v in masked_values
        if all_values.count(v) == 1
        and v
        not in [
            plain(f[n])
            for f in output.values()
            for n in output[next(iter(output))].fields().names()
            if isinstance(plain(f[n]), float)
        ]
    ]
    assert len(unique) >= 5
    content = (tmp_path / "a.gpkg").read_bytes()
    for value in unique:
        assert struct.pack(">d", value) not in content and struct.pack("<d", value) not in content
        assert repr(value).encode() not in content


def test_check_secret(run_alg, allier, tmp_path):
    before = run_alg(
        "abs:checksecret",
        {"INPUT": allier, "COUNT_FIELDS": COUNTS, "HIERARCHY": ["EPCI"], "REPORT": str(tmp_path / "avant.gpkg")},
    )
    assert before["VIOLATIONS"] > 100
    protected = run_secret(run_alg, allier, tmp_path, "c")
    masked_totals = {(f["code"], f["champ"]) for f in features(protected["REPORT"]) if f["niveau"] == "EPCI"}
    after = run_alg(
        "abs:checksecret",
        {
            "INPUT": protected["OUTPUT"],
            "COUNT_FIELDS": COUNTS,
            "HIERARCHY": ["EPCI"],
            "REPORT": str(tmp_path / "apres.gpkg"),
        },
    )
    for f in features(after["REPORT"]):
        # Only totals the secret said not to publish can still be "recoverable".
        assert f["motif"].startswith("récupérable par différence avec le total EPCI "), f["motif"]
        assert (f["motif"].rsplit(" ", 1)[1], f["champ"]) in masked_totals


def test_bad_threshold_and_missing_parent(run_alg, allier, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_alg(
            "abs:statisticalsecret",
            {
                "INPUT": allier,
                "COUNT_FIELDS": COUNTS,
                "THRESHOLD": 0,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "REPORT": "TEMPORARY_OUTPUT",
            },
        )
    rules = tmp_path / "regles.yaml"
    rules.write_text("seuils:\n  CHAMP_INCONNU: 11\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="CHAMP_INCONNU"):
        run_alg(
            "abs:statisticalsecret",
            {
                "INPUT": allier,
                "COUNT_FIELDS": COUNTS,
                "RULES": str(rules),
                "OUTPUT": "TEMPORARY_OUTPUT",
                "REPORT": "TEMPORARY_OUTPUT",
            },
        )


def test_masked_cells_are_a_hatched_class_on_maps(run_alg, allier, tmp_path):
    from tests.qgis.test_export_maps import pdf_text

    protected = run_secret(run_alg, allier, tmp_path, "carte")["OUTPUT"]
    masked = [f for f in features(protected) if "taux_natalite:" in (f["abs_secret"] or "")]
    assert masked
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": protected,
            "INDICATORS": ["taux_natalite"],
            "TITLE": "Natalité",
            "DPI": 100,
            "OUTPUT_FOLDER": str(tmp_path / "avec"),
        },
    )
    text = pdf_text(tmp_path / "avec" / "natalite.pdf")
    assert "Secret statistique" in text
    assert "valeurs reposant sur trop peu de personnes" in text
    # Without any masked cell, no secret class and no mention.
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": allier,
            "INDICATORS": ["taux_natalite"],
            "TITLE": "Natalité",
            "DPI": 100,
            "OUTPUT_FOLDER": str(tmp_path / "sans"),
        },
    )
    assert "Secret statistique" not in pdf_text(tmp_path / "sans" / "natalite.pdf")


def test_cells_masked_at_another_level_are_carried_over(run_alg, allier, tmp_path):
    """EPCI layer of the Allier: a report of the commune-level run says EPCI 200071082's births
    total must not be published; the EPCI run keeps it masked and protects it."""
    groups = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": allier,
            "GROUP_FIELD": "EPCI",
            "MILLESIME": 2018,
            "INDICATORS": "taux_natalite",
            "OUTPUT": str(tmp_path / "epci.gpkg"),
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    report = tmp_path / "rapport_communes.csv"
    report.write_text(
        "niveau,code,champ,motif\nEPCI,200071082,NAISD20,secondaire\nterritoire,03001,NAISD20,primaire\n",
        encoding="utf-8",
    )
    result = run_alg(
        "abs:statisticalsecret",
        {
            "INPUT": groups,
            "CODE_FIELD": "code",
            "COUNT_FIELDS": ["NAISD20"],
            "PREMASKED": str(report),
            "PREMASKED_LEVEL": "EPCI",
            "OUTPUT": str(tmp_path / "epci_publiables.gpkg"),
            "REPORT": "TEMPORARY_OUTPUT",
        },
    )
    output = {f["code"]: f for f in features(result["OUTPUT"])}
    assert plain(output["200071082"]["NAISD20"]) is None
    assert "NAISD20: secondaire (autre niveau)" in output["200071082"]["abs_secret"]
    others = [code for code, f in output.items() if code != "200071082" and plain(f["NAISD20"]) is None]
    assert others  # the whole is published: another EPCI is masked so that 200071082 cannot be recovered
