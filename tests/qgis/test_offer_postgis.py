"""The offer layer in PostgreSQL/PostGIS (several editors at once), against a real server started
for these tests (Debian's postgresql + postgis; tests/postgis_server.py) and stopped after them.
Skipped with the reason shown when no server can be started on the machine."""

import pytest
from qgis.core import QgsProviderRegistry, QgsVectorLayer

from tests.paths import sample, shared
from tests.postgis_server import Server, why_not
from tests.qgis.test_offer_layer import check
from tests.realdata import read_rows

EHPAD = "finess/ehpad_63_03_trouver-mon-ehpad.csv"


@pytest.fixture(scope="module")
def postgis():
    reason = why_not()
    if reason:
        pytest.skip("Pas de serveur PostGIS possible ici : {}".format(reason))
    server = Server().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def offer(postgis):
    """Created once: replacing a table that open layers still read waits on PostgreSQL's locks."""
    import processing

    result = processing.run(
        "abs:createofferlayer", {"DATABASE": postgis.connection(), "COMMUNES": str(sample("communes.gpkg"))}
    )
    layer = QgsVectorLayer(result["OUTPUT"], "offre", "postgres")
    assert layer.isValid(), result["OUTPUT"]
    return result, layer


def test_created_in_postgis_with_its_form(run_alg, postgis, offer):
    result, layer = offer
    assert 'table="public"."offre"' in result["OUTPUT"]
    # Form and constraints come back from the database's default style, as for the GeoPackage.
    assert layer.editorWidgetSetup(layer.fields().lookupField("categorie")).type() == "ValueMap"
    assert layer.fields().field("places_permanentes").alias() == "Places d'hébergement permanent"
    assert "clé de contrôle" in check(layer, finess="630002112", categorie="EHPAD")
    assert "ne peut pas être négative" in check(layer, categorie="EHPAD", places_permanentes=-3)
    assert check(layer, finess="630002111", categorie="EHPAD", code_commune="63070") == ""
    communes = QgsVectorLayer(result["OUTPUT"].replace('"offre"', '"communes_offre"'), "c", "postgres")
    assert communes.isValid() and communes.featureCount() == 58
    _default_code_from_the_database(result["OUTPUT"])
    # Not replaced without OVERWRITE.
    with pytest.raises(Exception, match="existe déjà"):
        run_alg("abs:createofferlayer", {"DATABASE": postgis.connection()})


def _default_code_from_the_database(uri):
    """Both layers loaded from the database under the names QGIS gives them: a point added inside
    Ambert (interior point of its polygon in the sample) gets 63003."""
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsProject

    offer = QgsVectorLayer(uri, "public.offre", "postgres")
    communes = QgsVectorLayer(uri.replace('"offre"', '"communes_offre"'), "public.communes_offre", "postgres")
    source = QgsVectorLayer(str(sample("communes.gpkg")), "c", "ogr")
    inside = next(f for f in source.getFeatures() if f["DEPCOM"] == "63003").geometry().pointOnSurface()
    QgsProject.instance().addMapLayers([offer, communes])
    try:
        feature = QgsFeature(offer.fields())
        feature.setGeometry(inside)  # the sample and the database are both in Lambert-93
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(offer))
        assert offer.defaultValue(offer.fields().lookupField("code_commune"), feature, context) == "63003"
    finally:
        QgsProject.instance().removeMapLayers([offer.id(), communes.id()])


def test_import_twice_and_two_editors_at_once(run_alg, postgis, offer, tmp_path):
    result, layer = offer
    parameters = {
        "TABLE": str(shared(EHPAD)),
        "OFFER": layer,
        "DEFAULT_CATEGORY": "EHPAD",  # the extract lists EHPAD only, without a category column
        "SKIPPED": str(tmp_path / "rejets.csv"),
    }
    first = run_alg("abs:importfiness", parameters)
    assert (first["CREATED"], first["NOT_IMPORTED"]) == (143, 0)
    second = run_alg("abs:importfiness", dict(parameters, SKIPPED=str(tmp_path / "rejets2.csv")))
    assert (second["CREATED"], second["UPDATED"]) == (0, 143)
    layer.reload()
    assert layer.featureCount() == 143
    places = {"63": 0, "03": 0}
    for feature in layer.getFeatures():
        places[feature["finess"][:2]] += feature["places_permanentes"]
    assert places == {"63": 7390, "03": 4815}  # data README
    # Two agents, two connections, two facilities edited at the same time: both edits land.
    rows = read_rows(EHPAD)
    one, other = rows[0]["nofinesset"], rows[-1]["nofinesset"]
    first_agent = QgsVectorLayer(result["OUTPUT"], "agent 1", "postgres")
    second_agent = QgsVectorLayer(result["OUTPUT"], "agent 2", "postgres")
    ids = {f["finess"]: f.id() for f in first_agent.getFeatures()}
    comment = first_agent.fields().lookupField("commentaire")
    assert first_agent.startEditing() and second_agent.startEditing()
    assert first_agent.changeAttributeValue(ids[one], comment, "visite du 3 mars (agent 1)")
    assert second_agent.changeAttributeValue(ids[other], comment, "places vérifiées (agent 2)")
    assert first_agent.commitChanges(), first_agent.commitErrors()
    assert second_agent.commitChanges(), second_agent.commitErrors()
    fresh = QgsVectorLayer(result["OUTPUT"], "relu", "postgres")
    comments = {f["finess"]: f["commentaire"] for f in fresh.getFeatures()}
    assert comments[one] == "visite du 3 mars (agent 1)" and comments[other] == "places vérifiées (agent 2)"
    # The other offer algorithms read the PostGIS layer as they read the GeoPackage.
    checked = run_alg(
        "abs:checkoffer",
        {
            "FACILITIES": fresh,
            "FINESS_FIELD": "finess",
            "CAPACITY_FIELD": "places_permanentes",
            "COMMUNE_FIELD": "code_commune",
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "COMMUNES_CODE_FIELD": "DEPCOM",
            "OUTPUT": str(tmp_path / "problemes.csv"),
        },
    )
    assert checked["PROBLEMS"] == 0  # the real list is clean (as from the GeoPackage)


def test_unknown_connection_name_is_a_french_error(run_alg, postgis):
    assert QgsProviderRegistry.instance().providerMetadata("postgres") is not None
    with pytest.raises(Exception, match="Connexion PostgreSQL « atlas_msd » inconnue"):
        run_alg("abs:createofferlayer", {"DATABASE": "atlas_msd"})
