"""abs:computeindicators on real joined data; expected values from the raw INSEE CSV."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_join_algorithm import plain
from tests.realdata import number, read_rows


@pytest.fixture(scope="module")
def joined_63_03(tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("joined")
    result = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "PASSAGE": str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv")),
            "OUTPUT": str(folder / "joined.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )
    return result["OUTPUT"]


def by_code(path):
    layer = QgsVectorLayer(str(path), "l", "ogr")
    assert layer.isValid()
    return {feature["DEPCOM"]: feature for feature in layer.getFeatures()}


def test_commune_indicators_equal_the_source_ratios(run_alg, joined_63_03, tmp_path):
    result = run_alg(
        "abs:computeindicators",
        {"INPUT": joined_63_03, "MILLESIME": 2018, "OUTPUT": str(tmp_path / "indicateurs.gpkg")},
    )
    features = by_code(result["OUTPUT"])
    assert len(features) == 780
    rows = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    for code in ("63113", "63003", "03185", "03001", "63002"):  # 63002: poverty rate secret at source
        row, feature = rows[code], features[code]
        assert feature["densite"] == pytest.approx(float(row["P18_POP"]) / float(row["SUPERF"]))
        assert feature["taux_chomage"] == pytest.approx(100 * float(row["P18_CHOM1564"]) / float(row["P18_ACT1564"]))
        expected_tcam = ((float(row["P18_POP"]) / float(row["P13_POP"])) ** (1 / 5) - 1) * 100
        assert feature["tcam_population"] == pytest.approx(expected_tcam)
        poverty = number(row["TP6019"])
        if poverty is None:
            assert plain(feature["taux_pauvrete"]) is None
            assert "taux_pauvrete: donnée manquante ou secrète" in feature["abs_remarques"]
        else:
            assert feature["taux_pauvrete"] == pytest.approx(poverty)
    assert "indice_vieillissement : non calculable : champ P18_POP65P absent" in result["_log"]
    assert "indice_vieillissement" in result["NOT_COMPUTABLE"]
    layer = QgsVectorLayer(result["OUTPUT"], "l", "ogr")
    # The alias names the year the value is computed at (the comparateur's columns: RP 2018).
    assert layer.fields().field("densite").alias() == "Densité de population (hab./km²), RP 2018"
    # Definition and source as the column's description (GeoPackage schema extension), the alias as its title.
    import sqlite3

    from abs_qgis.core.catalogue import load_catalogue

    density = load_catalogue()["densite"]
    with sqlite3.connect(str(tmp_path / "indicateurs.gpkg")) as connection:
        title, description = connection.execute(
            "SELECT title, description FROM gpkg_data_columns WHERE column_name = 'densite'"
        ).fetchone()
        extension = connection.execute(
            "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_schema'"
        ).fetchone()[0]
    assert title == "Densité de population (hab./km²), RP 2018" and extension == 1
    assert description.startswith(density.definition) and description.endswith(density.source + " (RP 2018)")
    assert QgsVectorLayer(result["OUTPUT"], "again", "ogr").featureCount() == 780  # the file is still sound


def test_requested_indicator_without_its_fields_is_refused(run_alg, joined_63_03):
    with pytest.raises(QgsProcessingException, match="indice_vieillissement.*P18_POP65P absent"):
        run_alg(
            "abs:computeindicators",
            {
                "INPUT": joined_63_03,
                "MILLESIME": 2018,
                "INDICATORS": "densite, indice_vieillissement",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_user_catalogue_adds_an_indicator_without_code_change(run_alg, tmp_path):
    """The 2022 age counts of rp2022_age_com_63_03_derived.csv, with a user catalogue."""
    import processing

    joined = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared("population/rp2022_age_com_63_03_derived.csv")),
            "OUTPUT": str(tmp_path / "ages.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    catalogue = tmp_path / "catalogue_cias.yaml"
    catalogue.write_text(
        "indicateurs:\n"
        "  - id: indice_vieillissement_estime\n"
        '    libelle: "Indice de vieillissement (estimé)"\n'
        '    definition: "65 ans et plus pour 100 moins de 20 ans, comptes estimés."\n'
        "    theme: vieillissement\n"
        "    numerateur: P{aa}_POP65P_EST\n"
        "    denominateur: P{aa}_POP0019_EST\n"
        "    facteur: 100\n",
        encoding="utf-8",
    )
    result = run_alg(
        "abs:computeindicators",
        {
            "INPUT": joined,
            "CATALOGUE": str(catalogue),
            "MILLESIME": 2022,
            "INDICATORS": "indice_vieillissement_estime",
            "OUTPUT": str(tmp_path / "iv.gpkg"),
        },
    )
    features = by_code(result["OUTPUT"])
    rows = {row["CODGEO"]: row for row in read_rows("population/rp2022_age_com_63_03_derived.csv")}
    for code in ("63113", "03185", "63003"):
        expected = 100 * float(rows[code]["P22_POP65P_EST"]) / float(rows[code]["P22_POP0019_EST"])
        assert features[code]["indice_vieillissement_estime"] == pytest.approx(expected)
