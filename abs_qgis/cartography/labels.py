"""Labels written on the map's polygons (IRIS or commune names on a city-scale map)."""

from qgis.core import Qgis, QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import LABEL_OVER_POINT


def label_settings(field_name, font_family, size=7.0):
    """Names centred in each polygon, dark on a white halo, all shown even when they touch."""
    text_format = QgsTextFormat()
    text_format.setFont(QFont(font_family))
    text_format.setSize(size)
    text_format.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text_format.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.setFormat(text_format)
    placement = getattr(Qgis, "LabelPlacement", None)  # QGIS ≥ 3.26; QgsPalLayerSettings before
    settings.placement = placement.OverPoint if placement is not None else LABEL_OVER_POINT
    settings.autoWrapLength = 18  # long IRIS names on two lines
    overlap = getattr(Qgis, "LabelOverlapHandling", None)
    if overlap is not None:  # QGIS ≥ 3.26
        settings.placementSettings().setOverlapHandling(overlap.AllowOverlapIfRequired)
    else:
        settings.displayAll = True
    return settings


def add_labels(layers, field_name, font_family):
    """Label every polygon of ``layers`` (the classes, secret and no-data parts of one map)."""
    for layer in layers:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(label_settings(field_name, font_family)))
        layer.setLabelsEnabled(True)
