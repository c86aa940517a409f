"""abs:joinindicators in real QGIS, on the sample territory and on the 780 communes of 63 + 03."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.paths import sample, shared
from tests.qgis.sample_steps import join_comparateur
from tests.realdata import number, read_rows


def plain(value):
    """QGIS NULL (a null QVariant in QGIS 3.22) as None."""
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _layer(path, name="couche"):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    return layer


def test_sample_territory_join(run_alg, tmp_path):
    result = join_comparateur(run_alg, tmp_path, "joined.gpkg", "unmatched.csv")
    assert result["ROWS_READ"] == 58 and result["ROWS_JOINED"] == 58 and result["ROWS_REJECTED"] == 0
    joined = _layer(result["OUTPUT"])
    assert joined.featureCount() == 58
    expected = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    for feature in joined.getFeatures():
        row = expected[feature["DEPCOM"]]
        assert feature["P18_POP"] == pytest.approx(float(row["P18_POP"]))
        assert feature["SUPERF"] == pytest.approx(float(row["SUPERF"]))
        median = number(row["MED19"])
        if median is None:
            assert plain(feature["MED19"]) is None
            assert "MED19: vide" in feature["abs_marques"]
        else:
            assert feature["MED19"] == pytest.approx(median)
    assert "Lignes lues : 58 ; jointes : 58 (dont 0 additionnées dans une commune) ; non jointes : 0" in result["_log"]
    # French aliases from meta_base_cc_comparateur.csv next to the table, stored in the GPKG.
    assert joined.fields().field("P18_POP").alias() == "Population en 2018"
    assert joined.fields().field("SUPERF").alias().startswith("Superficie")


def test_whole_comparateur_onto_63_and_03_nothing_lost(run_alg, tmp_path):
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "PASSAGE": str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv")),
            "OUTPUT": str(tmp_path / "joined.gpkg"),
            "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
        },
    )
    assert result["ROWS_READ"] == 35010
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    joined = _layer(result["OUTPUT"])
    assert joined.featureCount() == 780  # no commune disappears
    assert result["COMMUNES_WITHOUT_DATA"] == 0
    unmatched = _layer(result["UNMATCHED"])
    not_joined = [f for f in unmatched.getFeatures() if f["statut"] == "non jointe"]
    assert len(not_joined) == result["ROWS_REJECTED"]
    assert all(f["motif"] for f in not_joined)
    # Independent total: Σ P18_POP of the raw rows whose current code is in 63 or 03.
    passage = {r["DEPCOM_HIST"]: r["DEPCOM"] for r in read_rows("cog/cogiter_table_passage_com_historique_cog2025.csv")}
    expected = sum(
        float(r["P18_POP"])
        for r in read_rows("population/base_cc_comparateur.CSV")
        if passage[r["CODGEO"]][:2] in ("63", "03")
    )
    assert sum(f["P18_POP"] for f in joined.getFeatures()) == pytest.approx(expected)


def test_missing_table_is_a_french_error(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run_alg(
            "abs:joinindicators",
            {
                "COMMUNES": str(sample("communes.gpkg")),
                "TABLE": str(tmp_path / "absent.csv"),
                "OUTPUT": "TEMPORARY_OUTPUT",
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )
    assert "absent.csv" in str(error.value)


def test_layer_without_code_field(run_alg):
    with pytest.raises(QgsProcessingException, match="COMMUNE_FIELD"):
        run_alg(
            "abs:joinindicators",
            {
                "COMMUNES": str(shared("geo/epci_france_cog2025_l93.gpkg")),
                "TABLE": str(sample("base_cc_comparateur.csv")),
                "OUTPUT": "TEMPORARY_OUTPUT",
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )


def test_cancel_stops_the_join(run_alg):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        run_alg(
            "abs:joinindicators",
            {
                "COMMUNES": str(sample("communes.gpkg")),
                "TABLE": str(sample("base_cc_comparateur.csv")),
                "OUTPUT": "TEMPORARY_OUTPUT",
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
            feedback=feedback,
        )


def _older_layer_run(run_alg, tmp_path, update):
    return run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes-63-puy-de-dome.geojson")),
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "PASSAGE": str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv")),
            "UPDATE_GEOMETRY": update,
            "OUTPUT": str(tmp_path / "joined.gpkg"),
            "UNMATCHED": str(tmp_path / "unmatched.gpkg"),
        },
    )


def _by_code(layer, field="code"):
    return {feature[field]: feature for feature in layer.getFeatures()}


def test_older_layer_without_update_refuses_the_communes_nouvelles(run_alg, tmp_path):
    result = _older_layer_run(run_alg, tmp_path, False)
    joined = _layer(result["OUTPUT"])
    assert joined.featureCount() == 467  # no commune of the layer disappears
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    unmatched = {
        f["code"]: f["motif"] for f in _layer(result["UNMATCHED"]).getFeatures() if f["statut"] == "non jointe"
    }
    for code in ("63335", "63448", "63226"):
        assert "UPDATE_GEOMETRY" in unmatched[code]
    features = _by_code(joined)
    assert plain(features["63335"]["P18_POP"]) is None  # the chef-lieu's polygon does not get the whole commune
    assert "dans la commune 63335 de la table" in features["63127"]["abs_origine"]
    rows = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    assert features["63109"]["P18_POP"] == float(rows["63109"]["P18_POP"])  # merged after 2021: joined as is
    assert features["63330"]["P18_POP"] == float(rows["63330"]["P18_POP"])


def test_older_layer_with_update_dissolves_the_stale_groups(run_alg, tmp_path):
    original = _by_code(_layer(shared("geo/communes-63-puy-de-dome.geojson")))
    result = _older_layer_run(run_alg, tmp_path, True)
    joined = _layer(result["OUTPUT"])
    assert joined.featureCount() == 467 - 3
    features = _by_code(joined)
    assert "63127" not in features and "63078" not in features and "63133" not in features
    rows = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    for current, absorbed in (("63335", "63127"), ("63448", "63078"), ("63226", "63133")):
        assert features[current]["P18_POP"] == float(rows[current]["P18_POP"])
        expected_area = original[current].geometry().area() + original[absorbed].geometry().area()
        assert features[current].geometry().area() == pytest.approx(expected_area, rel=1e-3)
    assert features["63109"]["P18_POP"] == float(rows["63109"]["P18_POP"])
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    rows_63 = [code for code in rows if code.startswith("63")]
    assert not [f for f in _layer(result["UNMATCHED"]).getFeatures() if f["code"] in rows_63]


def test_table_layer_of_the_project(run_alg, tmp_path):
    """A spreadsheet opened in QGIS (codes read as integers by OGR) given by its layer id."""
    import openpyxl
    from qgis.core import QgsProject

    rows = read_rows("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv")
    path = tmp_path / "pop75.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["CODGEO", "POP", "POP75P"])
    for row in rows:
        workbook.active.append([int(row["CODGEO"]), int(row["POP"]), int(row["POP75P"])])
    workbook.save(path)
    table = QgsVectorLayer(str(path), "pop75", "ogr")
    assert table.isValid()
    QgsProject.instance().addMapLayer(table)
    try:
        result = run_alg(
            "abs:joinindicators",
            {
                "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
                "TABLE": table.id(),
                "OUTPUT": str(tmp_path / "joined.gpkg"),
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )
    finally:
        QgsProject.instance().removeMapLayer(table.id())
    assert result["ROWS_READ"] == 780 == result["ROWS_JOINED"]
    joined = _by_code(_layer(result["OUTPUT"]), "DEPCOM")
    assert joined["03001"]["POP75P"] == float(next(r["POP75P"] for r in rows if r["CODGEO"] == "03001"))
    assert sum(f["POP"] for f in joined.values() if f["DEP"] == "03") == 333298  # data README total


def _cantal_run(run_alg, tmp_path, update):
    import processing

    cantal = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": str(shared("geo/communes_france_cog2025_l93.gpkg")),
            "FIELD": "DEP",
            "OPERATOR": 0,
            "VALUE": "15",
            "OUTPUT": str(tmp_path / "cantal.gpkg"),
        },
    )["OUTPUT"]
    return cantal, run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": cantal,
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "PASSAGE": str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv")),
            "MOVEMENTS": str(shared("cog/cogiter_mvtcommunes_cog2025.csv")),
            "UPDATE_GEOMETRY": update,
            "OUTPUT": str(tmp_path / "joined_{}.gpkg".format(update)),
            "UNMATCHED": str(tmp_path / "u_{}.gpkg".format(update)),
        },
    )


def test_communes_restored_since_the_table(run_alg, tmp_path):
    """Celles, Chalinargues, Chavagnac, Sainte-Anastasie were restored on 1/1/2025 out of
    Neussargues en Pinatelle (15141): the 2021 table counts them in 15141."""
    cantal, result = _cantal_run(run_alg, tmp_path, False)
    restored = ("15031", "15035", "15047", "15171")
    features = _by_code(_layer(result["OUTPUT"]), "DEPCOM")
    assert len(features) == _layer(cantal).featureCount()
    for code in restored:
        assert "dans la commune 15141 de la table" in features[code]["abs_origine"]
    assert plain(features["15141"]["P18_POP"]) is None  # its 2021 total does not describe its 2025 polygon
    unmatched = {f["code"]: f["motif"] for f in _layer(result["UNMATCHED"]).getFeatures()}
    assert "UPDATE_GEOMETRY" in unmatched["15141"]

    _cantal, updated = _cantal_run(run_alg, tmp_path, True)
    merged = _by_code(_layer(updated["OUTPUT"]), "DEPCOM")
    assert len(merged) == len(features) - 4 and not any(code in merged for code in restored)
    rows = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    assert merged["15141"]["P18_POP"] == float(rows["15141"]["P18_POP"])
    assert updated["ROWS_READ"] == updated["ROWS_JOINED"] + updated["ROWS_REJECTED"]


def test_departement_table_onto_departement_polygons(run_alg, tmp_path):
    """A table by département, as DREES or CNSA publish (codes written as numbers — « 3 » for 03 —
    and « 2A »), built here from the comparateur's communes (Σ P18_POP by département), onto the
    départements' polygons: the level is detected from the codes, nothing lost."""
    from collections import defaultdict

    totals = defaultdict(float)
    for row in read_rows("population/base_cc_comparateur.CSV"):
        if row["P18_POP"] and not row["CODGEO"].startswith("97"):
            totals[row["CODGEO"][:2]] += float(row["P18_POP"])
    table = tmp_path / "drees.csv"
    lines = ["Département;Population"]
    for code, total in sorted(totals.items()):
        written = str(int(code)) if code.isdigit() else code  # 03 → « 3 », as a spreadsheet writes it
        lines.append("{};{}".format(written, "{:.2f}".format(total).replace(".", ",")))
    table.write_text("\n".join(lines), encoding="cp1252")
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/departements-version-simplifiee.geojson")),
            "TABLE": str(table),
            "OUTPUT": str(tmp_path / "departements.gpkg"),
            "UNMATCHED": str(tmp_path / "non_jointes.csv"),
        },
    )
    assert result["LEVEL"] == "departement"
    assert result["ROWS_READ"] == len(totals) == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    features = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "d", "ogr").getFeatures()}
    for code in ("03", "63", "2A", "75"):
        assert features[code]["Population"] == pytest.approx(totals[code], abs=0.01)


def _attributes(path):
    layer = _layer(path)
    names = [name for name in layer.fields().names() if name not in ("fid", "abs_origine")]
    return {f["DEPCOM"]: [plain(f[name]) for name in names] for f in layer.getFeatures()}, names


def test_gz_and_zip_files_as_insee_ships_them_give_the_same_join(run_alg, tmp_path):
    """Issue 32: a .csv.gz and INSEE's .zip (the data CSV beside its meta_ dictionary, whose labels
    become the aliases) join as the plain file does — no « séparateur non reconnu »."""
    import gzip
    import zipfile

    table = sample("base_cc_comparateur.csv")
    packed = tmp_path / "base_cc_comparateur.csv.gz"
    packed.write_bytes(gzip.compress(table.read_bytes()))
    archive = tmp_path / "base-cc-comparateur_CSV.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as output:
        output.write(table, "base_cc_comparateur.CSV")
        output.write(shared("population/meta_base_cc_comparateur.CSV"), "meta_base_cc_comparateur.CSV")
    results = {}
    for name, path in (("plain", table), ("gz", packed), ("zip", archive)):
        results[name] = run_alg(
            "abs:joinindicators",
            {
                "COMMUNES": str(sample("communes.gpkg")),
                "TABLE": str(path),
                "PASSAGE": str(sample("passage_communes_cog2025.csv")),
                "OUTPUT": str(tmp_path / "{}.gpkg".format(name)),
                "UNMATCHED": str(tmp_path / "{}.csv".format(name)),
            },
        )
        assert results[name]["ROWS_READ"] == 58 and results[name]["ROWS_JOINED"] == 58
    plain_values, names = _attributes(results["plain"]["OUTPUT"])
    for name in ("gz", "zip"):
        values, other_names = _attributes(results[name]["OUTPUT"])
        assert other_names == names and values == plain_values, name
    zipped = _layer(results["zip"]["OUTPUT"])
    assert zipped.fields().field("P18_POP").alias() == "Population en 2018"  # from the meta_ file in the zip


def test_a_zip_of_several_tables_names_them(run_alg, tmp_path):
    import zipfile

    archive = tmp_path / "filosofi.zip"
    with zipfile.ZipFile(archive, "w") as output:
        output.write(sample("base_cc_comparateur.csv"), "base_cc_comparateur.csv")
        output.write(sample("cc_filosofi_2019_COM.csv"), "cc_filosofi_2019_COM.csv")
    parameters = {
        "COMMUNES": str(sample("communes.gpkg")),
        "TABLE": str(archive),
        "OUTPUT": str(tmp_path / "sortie.gpkg"),
        "UNMATCHED": str(tmp_path / "rejets.csv"),
    }
    with pytest.raises(QgsProcessingException) as error:
        run_alg("abs:joinindicators", parameters)
    assert "2 tables (base_cc_comparateur.csv, cc_filosofi_2019_COM.csv)" in str(error.value)
    result = run_alg("abs:joinindicators", dict(parameters, SHEET="cc_filosofi_2019_COM.csv"))
    assert result["ROWS_JOINED"] > 0 and "MED19" in _layer(result["OUTPUT"]).fields().names()
