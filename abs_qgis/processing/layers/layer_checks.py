"""Warnings about a polygon layer that would be silently wrong: no coordinate system, or
coordinates outside its system's area (a Lambert-93 GeoJSON without « crs », read as degrees,
gives a scale bar of « 1 000 000 km » and areas that mean nothing), features without geometry or
that are not polygons."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
)

from ...compat import POLYGON_GEOMETRY
from ...i18n import by_count, tr

MARGIN = 0.25  # of the system's area: relocated overseas départements stay inside


def crs_warnings(source, name):
    """French warnings (possibly none) about the coordinate system of ``source``."""
    crs = source.sourceCrs()
    if not crs.isValid():
        return [tr("The layer {} has no coordinate system: areas, densities and distances are wrong").format(name)]
    extent = source.sourceExtent()
    if extent.isNull() or extent.isEmpty():
        return []
    try:
        to_layer = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
        area = to_layer.transformBoundingBox(crs.bounds())
    except QgsCsException:
        return []
    if area.isNull() or area.isEmpty():
        return []
    area = area.buffered(MARGIN * max(area.width(), area.height()))
    if area.contains(extent):
        return []
    return [
        tr(
            "The coordinates of the layer {} ({:.0f}, {:.0f} – {:.0f}, {:.0f}) are outside the area of its "
            "coordinate system {}: a wrong system (metres read as degrees)?"
        ).format(name, extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), crs.authid())
    ]


def geometry_warnings(source, name, limit=8):
    """French warnings about the features of a polygon layer without a geometry (NULL or empty:
    on no map, no area) or with another kind of geometry (a point among the communes)."""
    empty, other = [], []
    request = QgsFeatureRequest().setNoAttributes()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            empty.append(feature.id())
        elif geometry.type() != POLYGON_GEOMETRY:
            other.append(feature.id())
    warnings = []
    if empty:
        text = by_count(
            len(empty),
            tr("{} feature of the layer {} has no geometry (on no map, no area: densities not computable): {}"),
            tr("{} features of the layer {} have no geometry (on no map, no area: densities not computable): {}"),
        )
        warnings.append(text.format(len(empty), name, _listed(empty, limit)))
    if other:
        text = by_count(
            len(other),
            tr("{} feature of the layer {} is not a polygon (a point or a line: no area): {}"),
            tr("{} features of the layer {} are not polygons (points or lines: no area): {}"),
        )
        warnings.append(text.format(len(other), name, _listed(other, limit)))
    return warnings


def _listed(ids, limit):
    shown = ", ".join("n° {}".format(fid) for fid in ids[:limit])
    return shown + (" …" if len(ids) > limit else "")
