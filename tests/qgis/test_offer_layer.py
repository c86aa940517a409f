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


def _loaded_as_qgis_does(path):
    """The layers of a GeoPackage added whole (browser, « Ajouter une couche vecteur »): every
    sublayer, named « <file> — <layer> » as QGIS names them."""
    from qgis.core import QgsProviderRegistry

    layers = []
    for sublayer in QgsProviderRegistry.instance().querySublayers(str(path)):
        name = "{} — {}".format(path.stem, sublayer.name())
        layers.append(QgsVectorLayer(sublayer.uri(), name, sublayer.providerKey()))
    assert sorted(layer.name() for layer in layers) == ["offre — communes_offre", "offre — offre"]
    return {layer.name().split(" — ")[1]: layer for layer in layers}


def test_commune_code_filled_from_the_position(run_alg, tmp_path):
    """With the communes (Lambert-93 sample, offer in WGS 84 to exercise the reprojection), loaded as
    the QGIS browser loads a GeoPackage (« offre — communes_offre »), beside a second offer of other
    communes: a point added inside Ambert gets 63003; moved to Arlanc, 63010; placed outside every
    commune, the typed code stays. The points are the polygons' own interior points, so the expected
    codes are known."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsProject,
    )

    from tests.paths import sample

    (tmp_path / "ambert").mkdir()
    (tmp_path / "autre").mkdir()
    result = run_alg(
        "abs:createofferlayer",
        {"COMMUNES": str(sample("communes.gpkg")), "CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "ambert/offre.gpkg")},
    )
    other = run_alg(  # another offer whose communes all get code 99999: never the one used for Ambert's offer
        "abs:createofferlayer",
        {"COMMUNES": _recoded_communes(), "CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "autre/offre.gpkg")},
    )
    loaded = _loaded_as_qgis_does(tmp_path / "autre/offre.gpkg")
    layers = _loaded_as_qgis_does(tmp_path / "ambert/offre.gpkg")
    offer, communes = layers["offre"], layers["communes_offre"]
    assert communes.isValid() and communes.featureCount() == 58 and communes.crs().authid() == "EPSG:4326"
    project = QgsProject.instance()
    project.addMapLayers(list(loaded.values()) + [offer, communes])
    try:
        source = QgsVectorLayer(str(sample("communes.gpkg")), "c", "ogr")
        to_wgs84 = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), project)
        inside = {}
        for feature in source.getFeatures():
            if feature["DEPCOM"] in ("63003", "63010"):
                point = feature.geometry().pointOnSurface()
                point.transform(to_wgs84)
                inside[feature["DEPCOM"]] = point
        index = offer.fields().lookupField("code_commune")

        def default_at(layer, geometry, typed=None):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geometry)
            feature["code_commune"] = typed
            context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            return layer.defaultValue(index, feature, context)

        offer.startEditing()  # a point added as the digitising tool adds it: defaults filled on creation
        added = QgsVectorLayerUtils.createFeature(offer, inside["63003"], {}, offer.createExpressionContext())
        assert added["code_commune"] == "63003"
        assert default_at(offer, inside["63010"], typed="63003") == "63010"  # moved: the code follows
        assert default_at(offer, QgsGeometry.fromPointXY(QgsPointXY(2.35, 48.85)), typed="75056") == "75056"
        assert default_at(loaded["offre"], inside["63003"]) == "99999"  # the other offer: its own communes
        assert offer.defaultValueDefinition(index).applyOnUpdate()
        offer.rollBack()
    finally:
        project.removeMapLayers([layer.id() for layer in list(loaded.values()) + [offer, communes]])
    assert other["OUTPUT"]
    # Without the communes layer in the project, the typed (or imported) code is kept, not wiped.
    alone = QgsVectorLayer("{}|layername=offre".format(result["OUTPUT"]), "offre", "ogr")
    feature = QgsFeature(alone.fields())
    feature.setGeometry(inside["63003"])
    feature["code_commune"] = "63010"
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(alone))
    assert alone.defaultValue(alone.fields().lookupField("code_commune"), feature, context) == "63010"


def _recoded_communes():
    """The sample communes with every code replaced by 99999 (a memory layer of the same polygons)."""
    from tests.paths import sample

    source = QgsVectorLayer(str(sample("communes.gpkg")), "c", "ogr")
    copy = QgsVectorLayer("MultiPolygon?crs={}&field=DEPCOM:string(5)".format(source.crs().authid()), "x", "memory")
    features = []
    for feature in source.getFeatures():
        new = QgsFeature(copy.fields())
        new.setGeometry(feature.geometry())
        new["DEPCOM"] = "99999"
        features.append(new)
    copy.dataProvider().addFeatures(features)
    return copy


def test_import_finess_twice_makes_no_duplicate(run_alg, offer_layer, tmp_path):
    from tests.paths import shared

    lines = shared("finess/ehpad_63_03_trouver-mon-ehpad.csv").read_text(encoding="utf-8").splitlines()
    broken = lines[1].replace('"630002111"', '"630002112"')  # wrong key
    columns = lines[0].split(";")
    cells = lines[2].split(";")
    cells[columns.index('"lat"')] = '""'  # no coordinates
    extract = tmp_path / "extrait.csv"
    extract.write_text("\n".join(lines + [broken, ";".join(cells)]), encoding="utf-8")
    parameters = {
        "TABLE": str(extract),
        "OFFER": offer_layer,
        "DEFAULT_CATEGORY": "EHPAD",
        "SKIPPED": str(tmp_path / "rejets.csv"),
    }
    first = run_alg("abs:importfiness", parameters)
    assert (first["ROWS_READ"], first["CREATED"], first["UPDATED"], first["NOT_IMPORTED"]) == (145, 143, 0, 2)
    reasons = sorted(f["motif"] for f in QgsVectorLayer(str(tmp_path / "rejets.csv"), "r", "ogr").getFeatures())
    assert reasons == ["clé de contrôle du numéro FINESS « 630002112 » fausse", "coordonnées manquantes"]
    second = run_alg("abs:importfiness", dict(parameters, SKIPPED=str(tmp_path / "rejets2.csv")))
    assert (second["CREATED"], second["UPDATED"]) == (0, 143)
    offer_layer.reload()
    assert offer_layer.featureCount() == 143
    ceyrat = next(f for f in offer_layer.getFeatures() if f["finess"] == "630002111")
    assert ceyrat["categorie"] == "EHPAD" and ceyrat["places_permanentes"] == 61 and ceyrat["code_commune"] == "63070"
    assert ceyrat["statut_juridique"] == "public" and ceyrat["source"] == "FINESS"
    places = {"63": 0, "03": 0}
    for feature in offer_layer.getFeatures():
        places[feature["finess"][:2]] += feature["places_permanentes"]
    assert places == {"63": 7390, "03": 4815}  # data README


def test_offer_map_over_a_need_indicator(run_alg, offer_layer, tmp_path):
    """EHPAD (offer layer, style by category) over the share of people aged 75 or more (RP 2023)."""
    import processing

    from tests.paths import shared
    from tests.qgis.test_export_maps import pdf_text

    run_alg(
        "abs:importfiness",
        {
            "TABLE": str(shared("finess/ehpad_63_03_trouver-mon-ehpad.csv")),
            "OFFER": offer_layer,
            "DEFAULT_CATEGORY": "EHPAD",
            "SKIPPED": "TEMPORARY_OUTPUT",
        },
    )
    communes = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared("population/pop75_rp2023_63_03_trouver-mon-ehpad.csv")),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    need = processing.run(
        "abs:computeindicators",
        {"INPUT": communes, "MILLESIME": 2023, "INDICATORS": "part_75_plus", "OUTPUT": str(tmp_path / "besoin.gpkg")},
    )["OUTPUT"]
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": need,
            "INDICATORS": ["part_75_plus"],
            "OVERLAY": offer_layer.source(),
            "CLASSIFICATION": 5,
            "DPI": 100,
            "OUTPUT_FOLDER": str(tmp_path / "cartes"),
        },
    )
    text = pdf_text(tmp_path / "cartes" / "part_75_plus.pdf")
    assert "Part des 75 ans et plus" in text and "EHPAD" in text
