"""A vector layer's attributes as the engine's input: float numpy columns (and text columns)."""

import numpy as np
import pandas as pd
from qgis.core import QgsDistanceArea, QgsFeatureRequest, QgsProject

from .base import plain_value

AREA_COLUMN = "ABS_SURFACE_KM2"  # ellipsoidal area of the polygon, in km² (catalogue fallback)


def numeric_field_names(source):
    return [field.name() for field in source.fields() if field.isNumeric()]


def _distance_area(source, context):
    distance = QgsDistanceArea()
    project = context.project() if context is not None and context.project() is not None else QgsProject.instance()
    distance.setSourceCrs(source.sourceCrs(), project.transformContext())
    distance.setEllipsoid(project.ellipsoid() if project.ellipsoid() not in ("", "NONE") else "EPSG:7019")
    return distance


def _as_float(values):
    """Attribute values (floats, ints, QGIS NULLs) as a float array, NaN for NULL."""
    series = pd.Series(values, dtype=object)
    numbers = pd.to_numeric(series, errors="coerce")
    return numbers.to_numpy(dtype=float)


def read_columns(source, context=None, numeric=None, texts=(), with_area=False, feedback=None):
    """One pass over ``source``: ``(columns, text_columns, count)``.

    ``numeric``: names of the numeric fields to read (default: all); ``texts``: fields read as
    strings (None for NULL); ``with_area``: add ``ABS_SURFACE_KM2``, the polygon's area on the
    ellipsoid (GRS 1980 unless the project sets one)."""
    fields = source.fields()
    numeric = numeric_field_names(source) if numeric is None else [n for n in numeric if fields.lookupField(n) >= 0]
    wanted = list(dict.fromkeys(list(numeric) + list(texts)))
    indexes = [fields.lookupField(name) for name in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    if not with_area:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    distance = _distance_area(source, context) if with_area else None
    rows, areas = [], []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        # One attribute at a time: attributes() would convert every field of the layer (NULLs
        # included) to Python, twice as slow on a 40-field layer.
        rows.append([feature.attribute(index) for index in indexes])
        if with_area:
            geometry = feature.geometry()
            areas.append(distance.measureArea(geometry) / 1e6 if not geometry.isNull() else np.nan)
    table = list(zip(*rows)) if rows else [()] * len(wanted)
    by_name = dict(zip(wanted, table))
    columns = {name: _as_float(by_name[name]) for name in numeric}
    text_columns = {}
    for name in texts:
        values = [plain_value(value) for value in by_name[name]]
        text_columns[name] = [None if value is None else str(value) for value in values]
    if with_area:
        columns.setdefault(AREA_COLUMN, np.asarray(areas, dtype=float))
    return columns, text_columns, len(rows)
