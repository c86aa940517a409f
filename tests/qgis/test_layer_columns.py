"""The columns an algorithm reads: GDAL's columnar reader (plain OGR files) gives exactly what
QGIS's feature iterator gives, NULLs included; anything GDAL would not read as QGIS does goes
through QGIS."""

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from abs_qgis.processing.layers.layer_columns import numeric_field_names, read_columns
from abs_qgis.processing.layers.ogr_file import ogr_file_of
from tests.paths import shared


def _both(path, numeric, texts):
    layer = QgsVectorLayer(str(path), "l", "ogr")
    assert layer.isValid()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:computeindicators")
    ogr_file = ogr_file_of(algorithm, {"INPUT": str(path)}, "INPUT", QgsProcessingContext())
    assert ogr_file is not None
    return read_columns(layer, None, numeric, texts), read_columns(layer, None, numeric, texts, ogr_file=ogr_file)


def _assert_same(by_qgis, by_gdal, numeric, texts):
    assert by_qgis[2] == by_gdal[2]
    for name in numeric:
        assert np.array_equal(by_qgis[0][name], by_gdal[0][name], equal_nan=True), name
    for name in texts:
        # GDAL cannot tell an empty text from NULL: both are None.
        assert [value or None for value in by_qgis[1][name]] == by_gdal[1][name], name


def test_real_geojson_read_alike(plugin):
    path = shared("geo/communes-03-allier.geojson")
    by_qgis, by_gdal = _both(path, [], ["code", "nom"])
    _assert_same(by_qgis, by_gdal, [], ["code", "nom"])
    assert by_gdal[2] == 317 and "03190" in by_gdal[1]["code"]


def test_nulls_numbers_as_text_and_integers_read_alike(plugin, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:2154", "t", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("code", QVariant.String),
            QgsField("pop", QVariant.Double),
            QgsField("menages", QVariant.Int),
            QgsField("texte_nombre", QVariant.String),
        ]
    )
    layer.updateFields()
    rows = [["63001", 12.5, 3, "4,5"], [None, None, None, None], ["", 0.0, 0, "s"], ["2A004", -1.25, 7, "8"]]
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = tmp_path / "nuls.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    numeric = ["pop", "menages", "texte_nombre"]
    texts = ["code", "menages"]
    by_qgis, by_gdal = _both(path, numeric, texts)
    _assert_same(by_qgis, by_gdal, numeric, texts)
    assert list(np.nan_to_num(by_gdal[0]["pop"], nan=-99)) == [12.5, -99, 0.0, -1.25]
    assert by_gdal[1]["menages"] == ["3", None, "0", "7"]


def test_a_wide_layer_is_read_whole(plugin, tmp_path):
    """A commune layer with the BPE's 178 types and the census columns (over 300 fields): GDAL 3.6's
    Arrow stream gave no row at all past 126 fields, and the secret then wrote an empty layer."""
    layer = QgsVectorLayer("Point?crs=EPSG:2154", "t", "memory")
    names = ["BPE_D{:03d}".format(number) for number in range(300)]
    layer.dataProvider().addAttributes(
        [QgsField("code", QVariant.String)] + [QgsField(n, QVariant.Double) for n in names]
    )
    layer.updateFields()
    features = []
    for row in range(7):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["6300{}".format(row)] + [float(row * 1000 + column) for column in range(300)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = tmp_path / "large.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    by_qgis, by_gdal = _both(path, names, ["code"])
    assert by_gdal[2] == 7
    _assert_same(by_qgis, by_gdal, names, ["code"])
    assert list(by_gdal[0]["BPE_D299"]) == [row * 1000 + 299.0 for row in range(7)]


def test_partial_sources_go_through_qgis(plugin, tmp_path):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:computeindicators")
    context = QgsProcessingContext()
    path = str(shared("geo/communes-03-allier.geojson"))
    layer = QgsVectorLayer(path, "allier", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1, 2])
        selected = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        assert ogr_file_of(algorithm, {"INPUT": selected}, "INPUT", context) is None
        layer.setSubsetString("\"code\" LIKE '031%'")
        assert ogr_file_of(algorithm, {"INPUT": layer.id()}, "INPUT", context) is None
        memory = layer.materialize(QgsFeatureRequest())
        QgsProject.instance().addMapLayer(memory)
        assert ogr_file_of(algorithm, {"INPUT": memory.id()}, "INPUT", context) is None
        assert numeric_field_names(memory) == []
    finally:
        QgsProject.instance().removeAllMapLayers()


@pytest.mark.parametrize("name", ["communes_63_03_cog2025_l93.gpkg"])
def test_real_geopackage_read_alike(plugin, name):
    path = shared("geo/" + name)
    layer = QgsVectorLayer(str(path), "l", "ogr")
    numeric = numeric_field_names(layer)
    texts = [field.name() for field in layer.fields() if not field.isNumeric()]
    by_qgis, by_gdal = _both(path, numeric, texts)
    _assert_same(by_qgis, by_gdal, numeric, texts)
    assert by_gdal[2] == layer.featureCount() > 700
