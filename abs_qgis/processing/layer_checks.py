"""Warnings about a polygon layer that would be silently wrong: no coordinate system, or
coordinates outside its system's area (a Lambert-93 GeoJSON without « crs », read as degrees,
gives a scale bar of « 1 000 000 km » and areas that mean nothing)."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsProject

from ..i18n import tr

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
