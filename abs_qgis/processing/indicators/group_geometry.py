"""The groups' polygons of abs:aggregateterritories: the members' polygons (flattened to 2D
linear geometry) united per group, invalid ones repaired and said, and each group's first name."""

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException, QgsWkbTypes

from ...compat import POLYGON_GEOMETRY
from ...core.dissolve import dissolve_wkb
from ...i18n import tr
from ..base import plain_value
from ..layers.flags import ALL_FEATURES


def flat_polygon(geometry):
    """A feature's polygon as 2D linear geometry for the union, or None (no geometry, not a polygon)."""
    kind = geometry.wkbType()
    if geometry.isNull() or QgsWkbTypes.geometryType(kind) != POLYGON_GEOMETRY:
        return None
    if not (QgsWkbTypes.isCurvedType(kind) or QgsWkbTypes.hasZ(kind) or QgsWkbTypes.hasM(kind)):
        return geometry  # already what the union takes: no copy
    flat = geometry.constGet().segmentize() if QgsWkbTypes.isCurvedType(kind) else geometry.constGet().clone()
    flat.dropZValue()
    flat.dropMValue()
    return QgsGeometry(flat)


def dissolve_groups(source, grouped, name_field, feedback):
    parts = [[] for _ in grouped.codes]
    areas = [0.0 for _ in grouped.codes]
    name_index = source.fields().lookupField(name_field) if name_field else -1
    names = {}
    # Geometry and the name only: the other attributes were read by read_columns already.
    request = QgsFeatureRequest().setSubsetOfAttributes([name_index] if name_index >= 0 else [])
    # Every feature, valid or not, in the order read_columns read them (the groups' positions).
    features = source.getFeatures(request, ALL_FEATURES)
    for position, feature in enumerate(features):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled"))
        group = grouped.index[position]
        geometry = flat_polygon(feature.geometry())
        if geometry is not None:
            parts[group].append(bytes(geometry.asWkb()))
            areas[group] += geometry.area()
        if name_index >= 0 and group not in names:
            names[group] = str(plain_value(feature.attribute(name_index)) or "")
    geometries = []
    for number, members in enumerate(parts):
        geometry, repaired = QgsGeometry(), []
        geometry.fromWkb(dissolve_wkb(members, areas[number], repaired).wkb)
        if repaired:
            feedback.pushWarning(
                tr("Group {}: {} invalid polygons (self-intersecting) repaired before the union").format(
                    grouped.codes[number], repaired[0]
                )
            )
        geometries.append(geometry)
        feedback.setProgress(100.0 * (number + 1) / max(1, len(parts)))
    return geometries, names
