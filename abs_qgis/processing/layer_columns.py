"""A vector layer's numeric attributes as float numpy columns (the engine's input)."""

import numpy as np
from qgis.core import QgsDistanceArea, QgsFeatureRequest, QgsProject

from .base import plain_value

AREA_COLUMN = "ABS_SURFACE_KM2"  # ellipsoidal area of the polygon, in km² (catalogue fallback)


def numeric_columns(source, context=None, with_area=True, feedback=None):
    """``(columns, features_count)``: every numeric field as a float array (NaN for NULL),
    plus ``ABS_SURFACE_KM2`` computed on the ellipsoid (GRS 1980 unless the project sets one)."""
    fields = source.fields()
    numeric = [index for index in range(fields.count()) if fields.at(index).isNumeric()]
    values = {fields.at(index).name(): [] for index in numeric}
    area = []
    distance = QgsDistanceArea()
    project = context.project() if context is not None and context.project() is not None else QgsProject.instance()
    distance.setSourceCrs(source.sourceCrs(), project.transformContext())
    distance.setEllipsoid(project.ellipsoid() if project.ellipsoid() not in ("", "NONE") else "EPSG:7019")
    request = QgsFeatureRequest()
    if not with_area:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        attributes = feature.attributes()
        for index in numeric:
            value = plain_value(attributes[index])
            values[fields.at(index).name()].append(np.nan if value is None else float(value))
        if with_area:
            geometry = feature.geometry()
            area.append(distance.measureArea(geometry) / 1e6 if not geometry.isNull() else np.nan)
    columns = {name: np.asarray(items, dtype=float) for name, items in values.items()}
    if with_area:
        columns.setdefault(AREA_COLUMN, np.asarray(area, dtype=float))
    count = len(area) if with_area else (len(next(iter(values.values()))) if values else source.featureCount())
    return columns, count
