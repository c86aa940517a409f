"""Proportional circles for counts (« cercles proportionnels »): circle areas proportional to the
values, drawn on a point inside each polygon, largest first so that small circles stay visible,
with QGIS's own nested (collapsed) size legend labelled in French number format."""

from qgis.core import (
    QgsDataDefinedSizeLegend,
    QgsFeature,
    QgsFeatureRequest,
    QgsMarkerSymbol,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..compat import SIZE_LEGEND_BOTTOM, SIZE_LEGEND_COLLAPSED, SIZE_SCALE_AREA
from ..core.frenchformat import format_number
from .renderer import fill_symbol

MAX_DIAMETER = 14.0  # mm, the largest value's circle
BACKGROUND_FILL = "#fbfbfb"


def circle_points(polygons, field_name):
    """Memory point layer: one point on the surface of each polygon with a positive value."""
    layer = QgsVectorLayer(
        "Point?crs={}".format(polygons.crs().authid() or polygons.crs().toWkt()), polygons.name(), "memory"
    )
    layer.dataProvider().addAttributes(polygons.fields().toList())
    layer.updateFields()
    request = QgsFeatureRequest().setFilterExpression('"{}" > 0'.format(field_name.replace('"', '""')))
    points = []
    for feature in polygons.getFeatures(request):
        point = QgsFeature(layer.fields())
        point.setAttributes(feature.attributes())
        if feature.hasGeometry():
            point.setGeometry(feature.geometry().pointOnSurface())
        points.append(point)
    layer.dataProvider().addFeatures(points)
    return layer


def proportional_renderer(field_name, max_value, legend_values, charter, max_diameter=MAX_DIAMETER):
    """Circles of the charter's darkest colour; area ∝ value; nested legend of ``legend_values``."""
    color = QColor(charter.ramp[1])
    color.setAlpha(210)
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "outline_color": "#ffffff",
            "outline_width": "0.3",
            "outline_width_unit": "MM",
        }
    )
    symbol.setColor(color)  # the charter's colour, slightly transparent
    size = QgsProperty.fromField(field_name)
    size.setTransformer(QgsSizeScaleTransformer(SIZE_SCALE_AREA, 0.0, max_value, 0.0, max_diameter, 0.0, 0.5))
    symbol.setDataDefinedSize(size)
    renderer = QgsSingleSymbolRenderer(symbol)
    legend = QgsDataDefinedSizeLegend()
    legend.setLegendType(SIZE_LEGEND_COLLAPSED)
    legend.setVerticalAlignment(SIZE_LEGEND_BOTTOM)
    # With a size transformer, a class's "size" is the value it stands for (QGIS maps it to mm).
    legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(value, format_number(value, 0)) for value in legend_values])
    renderer.setDataDefinedSizeLegend(legend)
    order = QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(field_name, False)])
    renderer.setOrderBy(order)
    renderer.setOrderByEnabled(True)
    return renderer


def background_renderer(charter):
    """The polygons under the circles: a pale fill, the charter's outlines."""
    return QgsSingleSymbolRenderer(fill_symbol(BACKGROUND_FILL, charter.outline))
