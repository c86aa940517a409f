"""Which bars to draw for the selected feature of a layer written by abs_qgis."""

import os

from ..core.age_structure import AGE_COLUMN, age_pyramid, age_structure
from ..core.catalogue import load_catalogue
from ..core.charts import territory_bars
from ..processing.base import plain_value
from ..processing.portrait_rows import LABEL_CODES, feature_row, reference_rows


def selected_bars(layer):
    """``(title, reference name, bars)`` for the first selected feature, or None."""
    if layer is None or not hasattr(layer, "selectedFeatures") or layer.selectedFeatureCount() == 0:
        return None
    catalogue = load_catalogue()
    names = layer.fields().names()
    ids = [name for name in names if name in catalogue and catalogue[name].type != "effectif"]
    if not ids:
        return None
    feature = layer.selectedFeatures()[0]
    code_field = next((name for name in LABEL_CODES if name in names), names[0])
    row = feature_row(feature, names, "", code_field, ids)
    folder = os.path.dirname(layer.source().split("|")[0])
    references_path = os.path.join(folder, "territoire_et_references.csv")
    references = reference_rows(references_path, ids) if os.path.exists(references_path) else []
    title = row["nom"] or row["code"]
    reference_name = (references[0]["nom"] or references[0]["niveau"]) if references else ""
    return title, reference_name, territory_bars(row, references, ids, catalogue)


def _age_values(layer):
    """{INSEE age-band field: number or None} of the first selected feature, or None."""
    if layer is None or not hasattr(layer, "selectedFeatures") or layer.selectedFeatureCount() == 0:
        return None
    names = [name for name in layer.fields().names() if AGE_COLUMN.match(name)]
    if not names:
        return None
    feature = layer.selectedFeatures()[0]
    values = {}
    for name in names:
        value = plain_value(feature[name])
        values[name] = float(value) if isinstance(value, (int, float)) else None
    return values


def selected_ages(layer):
    """The age structure per census year of the first selected feature (INSEE age-band fields), or []."""
    values = _age_values(layer)
    return age_structure(values) if values else []


def selected_pyramid(layer):
    """The age pyramid of the first selected feature (INSEE sex-by-age fields P22_H0014…), or None."""
    values = _age_values(layer)
    return age_pyramid(values) if values else None
