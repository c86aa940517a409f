"""A vector layer's attributes as the engine's input: float numpy columns (and text columns)."""

import numpy as np
import pandas as pd
from qgis.core import QgsDistanceArea, QgsFeatureRequest, QgsProcessingFeatureSource, QgsProject

from ...compat import NO_GEOMETRY_REQUEST
from ...core.geography import GEOGRAPHY_MISMATCH
from ..base import plain_value
from .flags import ALL_FEATURES

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


def _numbers(array):
    """A column of GDAL's columnar reader as floats, NaN for NULL (text columns parsed)."""
    if array.dtype.kind in "SUO":
        return _as_float(_texts(array))
    if array.dtype.kind not in "biuf":
        return np.full(len(array), np.nan)
    return np.ma.filled(np.ma.asarray(array).astype(float), np.nan)


def _text(value):
    if value is None or value is np.ma.masked:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return value if value != "" else None


def _texts(array):
    """Text values, None for NULL. GDAL gives text as fixed-width bytes, NULL and empty alike:
    both are None here (an empty code and a missing one mean the same)."""
    if array.dtype.kind == "S":
        return [value or None for value in np.char.decode(np.ma.getdata(array), "utf-8", "replace").tolist()]
    if array.dtype.kind in "UO":
        return [_text(value) for value in np.ma.getdata(array).tolist()]
    mask = np.ma.getmaskarray(array).tolist()
    values = np.ma.getdata(array).tolist()
    if array.dtype.kind == "f":
        return [None if masked or value != value else str(float(value)) for masked, value in zip(mask, values)]
    return [None if masked else str(value) for masked, value in zip(mask, values)]


ARROW_FIELDS = 100  # GDAL 3.6's GeoPackage Arrow stream yields no row at all past 126 fields


def read_ogr_columns(ogr_file, numeric, texts):
    """``(columns, text_columns, count)`` read by GDAL's columnar (Arrow) reader, at most
    ``ARROW_FIELDS`` fields at a time; None when this GDAL has none (before 3.6) or when a pass
    does not give every feature (the caller then reads through QGIS)."""
    dataset, layer = ogr_file.open()
    if not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    wanted = list(dict.fromkeys(list(numeric) + list(texts)))
    definition = layer.GetLayerDefn()
    all_fields = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    expected = layer.GetFeatureCount()
    merged = {}
    for start in range(0, max(1, len(wanted)), ARROW_FIELDS):
        group = set(wanted[start : start + ARROW_FIELDS])
        layer.SetIgnoredFields(["OGR_GEOMETRY"] + [name for name in all_fields if name not in group])
        layer.ResetReading()
        chunks, count = {name: [] for name in group}, 0
        for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"]):
            for name in group:
                chunks[name].append(batch[name])
            count += len(next(iter(batch.values()))) if batch else 0
        if count != expected:
            return None
        for name, parts in chunks.items():
            merged[name] = np.ma.concatenate(parts) if parts else np.array([], dtype=float)
    del layer, dataset
    columns = {name: _numbers(merged[name]) for name in numeric}
    text_columns = {name: _texts(merged[name]) for name in texts}
    return columns, text_columns, expected


def read_columns(source, context=None, numeric=None, texts=(), with_area=False, feedback=None, ogr_file=None):
    """One pass over ``source``: ``(columns, text_columns, count)``.

    ``numeric``: names of the numeric fields to read (default: all); ``texts``: fields read as
    strings (None for NULL); ``with_area``: add ``ABS_SURFACE_KM2``, the polygon's area on the
    ellipsoid (GRS 1980 unless the project sets one). ``ogr_file``: the OGR file ``source`` reads
    in full (:func:`.ogr_file.ogr_file_of`): read by GDAL's columnar reader, in the same order."""
    fields = source.fields()
    numeric = numeric_field_names(source) if numeric is None else [n for n in numeric if fields.lookupField(n) >= 0]
    wanted = list(dict.fromkeys(list(numeric) + list(texts)))
    if ogr_file is not None and not with_area:
        read = read_ogr_columns(ogr_file, numeric, texts)
        if read is not None:
            return read
    indexes = [fields.lookupField(name) for name in wanted]
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    if not with_area:
        request.setFlags(NO_GEOMETRY_REQUEST)
    distance = _distance_area(source, context) if with_area else None
    rows, areas = [], []
    # Every feature, whatever its geometry's validity: the columns are aligned with later passes.
    features = (
        source.getFeatures(request, ALL_FEATURES)
        if isinstance(source, QgsProcessingFeatureSource)
        else source.getFeatures(request)
    )
    for feature in features:
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


ORIGIN_PREFIX = "abs_origine"  # the join's origin field (abs_origine_t… after further joins)


def geography_mismatch(source, text_columns):
    """Why the layer's columns are not all on one geography (a join without passage table said so
    in its origin field), or None. ``text_columns`` must hold :func:`origin_fields`."""
    for name in origin_fields(source):
        if any(value and GEOGRAPHY_MISMATCH in value for value in text_columns.get(name, ())):
            return "{} : champ {}".format(GEOGRAPHY_MISMATCH, name)
    return None


def origin_fields(source):
    return [field.name() for field in source.fields() if field.name().startswith(ORIGIN_PREFIX)]
