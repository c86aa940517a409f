"""abs:createofferlayer: the GeoPackage reopens with its form; each kind of bad edit is refused."""

from datetime import date

import pytest
from qgis.core import QgsFeature, QgsFieldConstraints, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsVectorLayerUtils

from tests.realdata import read_rows


@pytest.fixture
def offer_layer(run_alg, tmp_path):
    result = run_alg("abs:createofferlayer", {"OUTPUT": str(tmp_path / "offre.gpkg")})
    layer = QgsVectorLayer("{}|layername=offre".format(result["OUTPUT"]), "offre", "ogr")
    assert layer.isValid()
    return layer


def check(layer, **values):
    """Validate every attribute of a new feature as the form does; return the French messages."""
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature[name] = value
    messages = []
    for index in range(layer.fields().count()):
        # The form's rules are layer constraints (the GeoPackage's fid is filled on insert).
        ok, errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, index, QgsFieldConstraints.ConstraintStrengthHard, QgsFieldConstraints.ConstraintOriginLayer
        )
        if not ok:
            messages += errors
    return " | ".join(messages)


def test_form_and_constraints(offer_layer):
    layer = offer_layer
    assert layer.editorWidgetSetup(layer.fields().lookupField("categorie")).type() == "ValueMap"
    assert layer.fields().field("places_permanentes").alias() == "Places d'hébergement permanent"
    real = next(
        row for row in read_rows("finess/ehpad_63_03_trouver-mon-ehpad.csv") if row["nofinesset"] == "630002111"
    )
    assert (
        check(
            layer,
            finess=real["nofinesset"],
            categorie="EHPAD",
            places_permanentes=int(real["capacite"]),
            code_commune="63070",
        )
        == ""
    )
    assert "clé de contrôle" in check(layer, finess="630002112", categorie="EHPAD")
    assert "ne peut pas être négative" in check(layer, categorie="EHPAD", places_permanentes=-3)
    assert "catégorie" in check(layer, categorie="Ehpad privé")
    assert check(layer, finess="630002111")  # no category: refused
    assert "code INSEE" in check(layer, categorie="MSD", code_commune="6311")


def test_edit_buffer_and_default_date(offer_layer):
    layer = offer_layer
    layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(
        layer,
        QgsGeometry.fromPointXY(QgsPointXY(706000, 6520000)),
        {layer.fields().lookupField("categorie"): "MSD", layer.fields().lookupField("nom"): "MSD d'Ambert"},
    )
    assert layer.addFeature(feature)
    assert layer.commitChanges()
    saved = next(layer.getFeatures())
    assert saved["nom"] == "MSD d'Ambert" and saved["date_maj"].toPyDate() == date.today()
