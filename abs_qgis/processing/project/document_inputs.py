"""The document's inputs read from what abs:runproject wrote: the published groups and communes
with the count each value rests on, the territory as a whole, the source columns each indicator
was computed from (the territory and its references: :func:`.portrait_rows.reference_rows`)."""

import math
import os

from qgis.core import QgsVectorLayer

from ...core.aggregate import compute_grouped, whole
from ...core.indicators import compute, needed_columns, resolve_at
from ..indicators.portrait_rows import layer_rows
from ..layers.layer_columns import read_columns


def layer_places(paths, level_label, code_field, catalogue, ids, millesime):
    """One row per feature of a published layer, with the count each value rests on; ``paths`` =
    (the published layer, the same layer before the secret: the publishable one keeps no raw count,
    the counts are read there — only the reliability mark shows them)."""
    published, before_secret = paths
    rows = layer_rows(published, level_label, code_field, ids)
    layer = QgsVectorLayer(str(before_secret or published), "document", "ogr")
    keys = [key for key in ids if key in catalogue]
    needed, _not_computable = needed_columns(catalogue, keys, layer.fields().names(), millesime)
    columns, texts, count = read_columns(layer, numeric=needed, texts=[code_field])
    computed = compute(columns, count, catalogue, keys, millesime)
    by_code = {}
    for position, code in enumerate(texts[code_field]):
        by_code[str(code or "")] = {
            key: float(values[position]) for key, values in computed.counts.items() if not math.isnan(values[position])
        }
    for row in rows:
        row["counts"] = by_code.get(row["code"], {})
    return rows


def whole_place(path, catalogue, ids, millesime):
    """The territory as a whole (Σ numerators / Σ denominators of all its communes) when the project
    has no group to give it: its row, with counts."""
    layer = QgsVectorLayer(str(path), "document", "ogr")
    keys = [key for key in ids if key in catalogue]
    needed, _not_computable = needed_columns(catalogue, keys, layer.fields().names(), millesime)
    columns, _texts, _count = read_columns(layer, numeric=needed)
    computed = compute_grouped(whole(columns, needed), catalogue, keys, millesime)
    values = {key: float(array[0]) for key, array in computed.values.items() if not math.isnan(array[0])}
    counts = {key: float(array[0]) for key, array in computed.counts.items() if not math.isnan(array[0])}
    return {"niveau": "Territoire étudié", "code": "", "nom": "", "values": values, "masked": {}, "counts": counts}


def source_columns(path, catalogue, ids, millesime):
    """id → the source columns it is computed from in the layer (their names carry the years)."""
    layer = QgsVectorLayer(str(path), "document", "ogr")
    available = set(layer.fields().names())
    columns = {}
    for key in ids:
        resolved = resolve_at(catalogue, key, available, millesime)
        if not isinstance(resolved, str):
            columns[key] = resolved.columns
    return columns


def existing(*paths):
    return next((path for path in paths if path and os.path.exists(path)), None)
