"""A table already open in QGIS (any vector layer, with or without geometry) as a RawTable."""

from pathlib import Path

import pandas as pd
from qgis.core import QgsFeatureRequest, QgsProcessingUtils, QgsVectorLayer

from ...compat import NO_GEOMETRY_REQUEST
from ...core.tables import RawTable
from ..base import plain_value


def table_layer_of(value, context):
    """The vector layer meant by a TABLE value (a layer, a project layer id or name, or a
    ``path|layername=…`` source), or ``None`` when the value is a plain file path."""
    if isinstance(value, QgsVectorLayer):
        return value
    text = str(value or "")
    if not text:
        return None
    if "|" not in text and Path(text).exists():
        return None  # a file (or a device, a folder: refused by the table reader, never opened as a layer)
    layer = QgsProcessingUtils.mapLayerFromString(text, context)
    return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None


def raw_table_from_layer(layer):
    """Attributes of every feature, in the layer's order; line numbers count from 1 as in the
    attribute table."""
    names = layer.fields().names()
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST)
    rows = [[plain_value(value) for value in feature.attributes()] for feature in layer.getFeatures(request)]
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    return RawTable(Path(layer.name() or "table"), frame, 0, list(range(1, len(rows) + 1)))
