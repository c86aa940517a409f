"""Choropleth renderer using QGIS's classification methods, with French legend labels."""

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsRendererRange,
)
from qgis.PyQt.QtGui import QColor

from ..core.frenchformat import decimals_for, range_label

# Processing enum order → QGIS classification method id.
CLASSIFICATION_METHODS = ("Jenks", "Quantile", "EqualInterval", "StdDev", "Pretty")
DEFAULT_RAMP = ("#fff5eb", "#7f2704")  # sequential, light to dark
OUTLINE_COLOR = "#6e6e6e"


def fill_symbol(color, outline=OUTLINE_COLOR, outline_width="0.15"):
    return QgsFillSymbol.createSimple(
        {"color": color, "outline_color": outline, "outline_width": outline_width, "outline_width_unit": "MM"}
    )


def hatched_symbol(color="#4d4d4d", background="#ffffff", outline=OUTLINE_COLOR):
    """« Secret statistique »: diagonal hatching on white, never mistaken for a class or for no data."""
    symbol = fill_symbol(background, outline)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setLineWidth(0.25)
    hatch.setColor(QColor(color))
    symbol.appendSymbolLayer(hatch)
    return symbol


def graduated_renderer(layer, field_name, method_id, classes, ramp_colors=DEFAULT_RAMP, outline=OUTLINE_COLOR):
    """A graduated renderer of ``field_name`` classified by QGIS method ``method_id``."""
    method = QgsApplication.classificationMethodRegistry().method(method_id)
    if method is None:
        raise ValueError(method_id)
    renderer = QgsGraduatedSymbolRenderer(field_name)
    renderer.setClassificationMethod(method)
    renderer.setSourceSymbol(fill_symbol(ramp_colors[0], outline))
    renderer.updateClasses(layer, classes)
    ramp = QgsGradientColorRamp(QColor(ramp_colors[0]), QColor(ramp_colors[1]))
    renderer.updateColorRamp(ramp)
    relabel_french(renderer)
    return renderer


def renderer_from_bounds(field_name, bounds, ramp_colors=DEFAULT_RAMP, outline=OUTLINE_COLOR):
    """A graduated renderer with explicit class bounds (Q6, fixed breaks), coloured along the ramp."""
    ramp = QgsGradientColorRamp(QColor(ramp_colors[0]), QColor(ramp_colors[1]))
    classes = len(bounds) - 1
    ranges = []
    for index in range(classes):
        color = ramp.color(index / max(1, classes - 1)).name()
        ranges.append(QgsRendererRange(bounds[index], bounds[index + 1], fill_symbol(color, outline), ""))
    renderer = QgsGraduatedSymbolRenderer(field_name, ranges)
    renderer.setSourceColorRamp(ramp)
    relabel_french(renderer)
    return renderer


def relabel_french(renderer):
    """Rewrite every class label as ``de 1 234,5 à 2 000`` with a common number of decimals."""
    ranges = renderer.ranges()
    bounds = [r.lowerValue() for r in ranges] + [r.upperValue() for r in ranges]
    decimals = decimals_for(bounds)
    for index, class_range in enumerate(ranges):
        renderer.updateRangeLabel(index, range_label(class_range.lowerValue(), class_range.upperValue(), decimals))


def class_breaks(renderer):
    """Upper bounds of the classes (the breaks), for tests and reports."""
    return [class_range.upperValue() for class_range in renderer.ranges()]
