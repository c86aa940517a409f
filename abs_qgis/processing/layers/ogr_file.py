"""The OGR file behind an input parameter, when GDAL may read or copy it directly.

QGIS's feature iterator converts every attribute of every feature to a Python object; a France-wide
layer (35 000 communes × 40 fields) costs seconds that way. When the input is a plain OGR file
(GeoPackage, GeoJSON, shapefile…) read whole — no selection, no filter, no subset — GDAL's
columnar reader and GDAL's own copy do the same work in C++.
"""

from dataclasses import dataclass

from osgeo import gdal
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

from .qvariant import plain_value


@dataclass(frozen=True)
class OgrFile:
    path: str
    layer: str  # the OGR layer name

    def open(self, update=False):
        """``(dataset, layer)``; the dataset must stay referenced while the layer is used."""
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else gdal.OF_READONLY)
        dataset = gdal.OpenEx(self.path, flags)
        if dataset is None:
            raise OSError(gdal.GetLastErrorMsg() or self.path)
        return dataset, dataset.GetLayerByName(self.layer)


def _whole_source(value):
    """False when the parameter asks for part of the layer only (selection, limit, filter)."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return True
    limit = getattr(value, "featureLimit", -1)
    expression = getattr(value, "filterExpression", "")  # QGIS ≥ 3.32
    return not value.selectedFeaturesOnly and (limit is None or limit < 0) and not expression


def ogr_file_of(algorithm, parameters, name, context):
    """The :class:`OgrFile` an input parameter reads in full, or None (memory or database layer,
    selection, subset string, a layer GDAL cannot open…): the caller then goes through QGIS."""
    if not _whole_source(parameters.get(name)):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = plain_value(parts.get("path"))
    if not path or plain_value(parts.get("subset")):
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            return None
        layer_name = plain_value(parts.get("layerName"))
        layer_id = plain_value(parts.get("layerId"))
        ogr_layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(int(layer_id or 0))
        # Same features on both sides, or GDAL is not reading what QGIS reads.
        if ogr_layer is None or ogr_layer.GetFeatureCount() != layer.featureCount():
            return None
        return OgrFile(path, ogr_layer.GetName())
    finally:
        gdal.PopErrorHandler()
