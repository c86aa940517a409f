"""French field aliases on an algorithm's output layer.

QGIS 3.22's file writer does not store aliases; they are set on the output layer once it is
written and, for a GeoPackage, saved as the layer's default style (QGIS desktop reloads it).
"""

from qgis.core import QgsProcessingUtils


def apply_aliases(output_id, aliases, context, feedback):
    layer = QgsProcessingUtils.mapLayerFromString(output_id, context)
    if layer is None:
        return
    for name, alias in aliases.items():
        index = layer.fields().lookupField(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    if layer.providerType() == "ogr" and layer.source().split("|")[0].lower().endswith(".gpkg"):
        error = layer.saveStyleToDatabase("abs_qgis", "Alias français des champs (abs_qgis)", True, "")
        if error:
            feedback.pushWarning(error)
