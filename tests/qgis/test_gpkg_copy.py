"""Outputs written by GDAL + SQLite (input a plain file, output a new GeoPackage) are the same
layer QGIS's feature sink writes: same features, geometries, fields and values; a spatial index;
the layer named after the file; nothing left behind when cancelled."""

import sqlite3

import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from tests.paths import shared
from tests.qgis.test_compute_indicators import joined_63_03  # noqa: F401 (fixture)


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def test_indicators_by_gdal_equal_the_sink(run_alg, joined_63_03, tmp_path):  # noqa: F811
    fast = tmp_path / "indicateurs.gpkg"
    fast.write_bytes(b"an older output, replaced as QGIS replaces its outputs")
    by_gdal = run_alg("abs:computeindicators", {"INPUT": joined_63_03, "MILLESIME": 2018, "OUTPUT": str(fast)})
    by_sink = run_alg("abs:computeindicators", {"INPUT": joined_63_03, "MILLESIME": 2018, "OUTPUT": "TEMPORARY_OUTPUT"})
    written = QgsVectorLayer(by_gdal["OUTPUT"], "gdal", "ogr")
    reference = by_sink["OUTPUT"]
    assert written.isValid() and written.featureCount() == reference.featureCount() > 700
    assert written.fields().names() == reference.fields().names()
    for field in reference.fields():
        assert written.fields().field(field.name()).isNumeric() == field.isNumeric(), field.name()
    assert written.wkbType() == reference.wkbType()
    ours = [
        (feature.geometry().asWkb(), [_plain(v) for v in feature.attributes()]) for feature in written.getFeatures()
    ]
    theirs = [
        (feature.geometry().asWkb(), [_plain(v) for v in feature.attributes()]) for feature in reference.getFeatures()
    ]
    assert len(ours) == len(theirs)
    for (our_geometry, our_values), (their_geometry, their_values) in zip(ours, theirs):
        assert our_geometry == their_geometry
        assert our_values == pytest.approx(their_values, nan_ok=True)
    with sqlite3.connect(str(fast)) as connection:
        assert connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchall() == [
            ("indicateurs",)
        ]
        extensions = connection.execute("SELECT table_name, extension_name FROM gpkg_extensions").fetchall()
    assert ("indicateurs", "gpkg_rtree_index") in extensions
    # The French aliases reach the file as with the sink (postProcessAlgorithm).
    reopened = QgsVectorLayer(str(fast), "again", "ogr")
    densite = reopened.fields().lookupField("densite")
    assert densite >= 0 and reopened.fields().at(densite).alias().startswith("Densité")


def test_cancelled_copy_leaves_no_file(plugin, joined_63_03, tmp_path):  # noqa: F811
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "annule.gpkg"
    with pytest.raises(QgsProcessingException):
        processing.run(
            "abs:computeindicators",
            {"INPUT": joined_63_03, "MILLESIME": 2018, "OUTPUT": str(target)},
            feedback=feedback,
        )
    assert not target.exists()


def test_join_of_a_geojson_copied_as_the_sink_writes_it(run_alg, tmp_path):
    """A GeoJSON input (FIDs from 0, Polygon and MultiPolygon mixed) joined into a new GeoPackage:
    the same communes, polygons (all multi) and values as through the sink."""
    parameters = {
        "COMMUNES": str(shared("geo/communes-03-allier.geojson")),
        "TABLE": str(shared("population/base_cc_comparateur.CSV")),
        "UNMATCHED": "TEMPORARY_OUTPUT",
    }
    by_gdal = run_alg("abs:joinindicators", dict(parameters, OUTPUT=str(tmp_path / "allier.gpkg")))
    by_sink = run_alg("abs:joinindicators", dict(parameters, OUTPUT="TEMPORARY_OUTPUT"))
    written = QgsVectorLayer(by_gdal["OUTPUT"], "gdal", "ogr")
    reference = by_sink["OUTPUT"]
    assert written.featureCount() == reference.featureCount() == 317
    assert by_gdal["COMMUNES_WITHOUT_DATA"] == by_sink["COMMUNES_WITHOUT_DATA"] == 0
    assert QgsWkbTypes.displayString(written.wkbType()) == "MultiPolygon"
    names = reference.fields().names()
    ours = {f["code"]: (_multi(f), [_plain(f[n]) for n in names]) for f in written.getFeatures()}
    # The memory layer keeps a Polygon as given; a file written by QGIS holds it as MultiPolygon.
    theirs = {f["code"]: (_multi(f), [_plain(f[n]) for n in names]) for f in reference.getFeatures()}
    assert ours.keys() == theirs.keys()
    for code, (geometry, values) in theirs.items():
        assert ours[code][0] == geometry, code
        assert ours[code][1] == pytest.approx(values, nan_ok=True), code
    # Checked against the raw CSV: Moulins' population.
    moulins = next(written.getFeatures("\"code\" = '03190'"))
    assert moulins["P18_POP"] == pytest.approx(read_value("03190", "P18_POP"))


def _multi(feature):
    geometry = QgsGeometry(feature.geometry())
    geometry.convertToMultiType()
    return geometry.asWkb()


def read_value(code, column):
    from tests.realdata import number, read_rows

    row = next(r for r in read_rows("population/base_cc_comparateur.CSV") if r["CODGEO"] == code)
    return number(row[column])


def test_output_on_the_input_file_is_refused_and_the_input_kept(run_alg, joined_63_03, tmp_path):  # noqa: F811
    import shutil

    own = tmp_path / "mes_communes.gpkg"
    shutil.copy(joined_63_03, own)
    before = own.read_bytes()
    with pytest.raises(QgsProcessingException, match="La sortie OUTPUT .* est aussi l'entrée INPUT"):
        run_alg("abs:computeindicators", {"INPUT": str(own), "MILLESIME": 2018, "OUTPUT": str(own)})
    assert own.read_bytes() == before


def test_one_layer_of_a_geopackage_with_several(run_alg, tmp_path):
    """« file.gpkg|layername=allier »: GDAL reads and copies that layer only, as QGIS would."""
    from osgeo import gdal

    several = str(tmp_path / "deux_departements.gpkg")
    source = str(shared("geo/communes_63_03_cog2025_l93.gpkg"))
    gdal.VectorTranslate(several, source, layerName="puy_de_dome", where="DEP = '63'")
    gdal.VectorTranslate(several, source, layerName="allier", where="DEP = '03'", accessMode="update")
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": several + "|layername=allier",
            "TABLE": str(shared("population/base_cc_comparateur.CSV")),
            "OUTPUT": str(tmp_path / "allier_joint.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )
    joined = QgsVectorLayer(result["OUTPUT"], "j", "ogr")
    departements = {feature["DEP"] for feature in joined.getFeatures()}
    assert joined.featureCount() == 317 and departements == {"03"}
    moulins = next(joined.getFeatures("\"DEPCOM\" = '03190'"))
    assert moulins["P18_POP"] == pytest.approx(read_value("03190", "P18_POP"))


def test_invalid_geometry_is_kept_and_rows_stay_aligned(plugin, tmp_path):
    """A self-intersecting polygon (a « bow tie ») between two squares, Processing set to skip
    invalid geometries: all three territories come out, each with its own density, by both paths."""
    import processing
    from qgis.core import (
        QgsFeature,
        QgsFeatureRequest,
        QgsField,
        QgsProcessingContext,
        QgsProject,
        QgsVectorFileWriter,
    )
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Polygon?crs=EPSG:2154", "t", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("DEPCOM", QVariant.String), QgsField("P18_POP", QVariant.Double), QgsField("SUPERF", QVariant.Double)]
    )
    layer.updateFields()
    shapes = [
        ("63001", "POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))", 100.0, 1.0),
        ("63002", "POLYGON((1000 0, 2000 1000, 2000 0, 1000 1000, 1000 0))", 300.0, 2.0),  # bow tie
        ("63003", "POLYGON((2000 0, 3000 0, 3000 1000, 2000 1000, 2000 0))", 500.0, 4.0),
    ]
    features = []
    for code, wkt, population, area in shapes:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, population, area])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert not features[1].geometry().isGeosValid()
    path = str(tmp_path / "noeud_papillon.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsProject.instance().transformContext(), options)
    expected = {code: population / area for code, _wkt, population, area in shapes}
    for output in (str(tmp_path / "densites.gpkg"), "TEMPORARY_OUTPUT"):
        context = QgsProcessingContext()
        context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
        result = processing.run(
            "abs:computeindicators",
            {"INPUT": path, "MILLESIME": 2018, "INDICATORS": "densite", "OUTPUT": output},
            context=context,
        )["OUTPUT"]
        written = result if isinstance(result, QgsVectorLayer) else QgsVectorLayer(result, "d", "ogr")
        densities = {f["DEPCOM"]: f["densite"] for f in written.getFeatures()}
        assert densities == pytest.approx(expected), output


def test_an_interrupted_join_leaves_the_previous_output_whole(run_alg, tmp_path):
    """Issue 21: a join cancelled while its GeoPackage is being written leaves, under the output's
    name, the previous complete file (never one with every joined value NULL), and no hidden copy."""
    from qgis.core import QgsProcessingFeedback

    from tests.paths import shared

    output = tmp_path / "communes_jointes.gpkg"
    parameters = {
        "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
        "TABLE": str(shared("population/base_cc_comparateur.CSV")),
        "OUTPUT": str(output),
        "UNMATCHED": str(tmp_path / "rejets.csv"),
    }
    run_alg("abs:joinindicators", parameters)
    before = output.read_bytes()

    class CancelWhileWriting(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802 (QGIS API)
            super().setProgress(progress)
            if progress > 61:  # the copy of the communes has begun (60–80 %)
                self.cancel()

    with pytest.raises(QgsProcessingException):
        run_alg("abs:joinindicators", parameters, feedback=CancelWhileWriting())
    assert output.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
    layer = QgsVectorLayer(str(output), "communes", "ogr")
    assert layer.featureCount() == 780
    assert all(feature["P18_POP"] is not None for feature in layer.getFeatures())
