"""Which bars to draw for the selected feature of a layer written by abs_qgis."""

import os

from qgis.core import QgsExpression, QgsFeatureRequest, QgsVectorLayer

from ..core.age_structure import AGE_COLUMN, age_pyramid, age_structure
from ..core.catalogue import load_catalogue
from ..core.charts import territory_bars
from ..core.output_layout import COMMUNE_INDICATORS, PUBLISHABLE_FOLDER, WORK_FOLDER
from ..core.output_layout import TERRITORY_AND_REFERENCES as REFERENCES_NAME
from ..core.published import parse_pairs, short_note
from ..processing.base import plain_value
from ..processing.indicators.compute_indicators import REMARKS_FIELD
from ..processing.indicators.portrait_rows import LABEL_CODES, feature_row, reference_rows


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
    remarks = plain_value(feature[REMARKS_FIELD]) if REMARKS_FIELD in names else ""
    row["notes"] = missing_reasons(row, remarks)
    references_path = references_file(layer.source())
    references = reference_rows(references_path, ids) if references_path else []
    title = row["nom"] or row["code"]
    reference_name = (references[0]["nom"] or references[0]["niveau"]) if references else ""
    return title, reference_name, territory_bars(row, references, ids, catalogue)


def run_file_above(source, relatives):
    """The first of ``relatives`` (paths inside a run's output folder) found beside the layer
    ``source`` or in a folder up to three levels above it (the layers of cartes/, cartes/effectifs/,
    atlas/… of the delivered .qgz), or None."""
    folder = os.path.dirname(os.path.abspath(source.split("|")[0]))
    for _level in range(4):
        for relative in relatives:
            path = os.path.join(folder, relative)
            if os.path.exists(path):
                return path
        folder = os.path.dirname(folder)
    return None


def references_file(source):
    """The run's territoire_et_references.csv for a layer it wrote: beside it, or in
    couches_publiables/ of the output folder; None when there is none."""
    return run_file_above(source, (REFERENCES_NAME, os.path.join(PUBLISHABLE_FOLDER, REFERENCES_NAME)))


def missing_reasons(row, remarks):
    """{indicator: « non calculable », « non publié »…} of the row's empty, unmasked values, from
    the layer's remarks (« taux_pauvrete: non publié à ce niveau; … »)."""
    reasons = parse_pairs(remarks, ": ")
    notes = {}
    for key, value in row["values"].items():
        reason = reasons.get(key, "")
        if value is not None or row["masked"].get(key) or not reason:
            continue
        notes[key] = "non calculable" if reason.startswith("non calculable") else (short_note(reason) or reason)
    return notes


def working_layer(source):
    """The run's communes before the secret (travail_non_diffusable/indicateurs_communes.gpkg) for a
    layer it wrote, or None: the age bands are counts, which the publishable layers do not carry;
    the dock shows them to the officer in QGIS, it never publishes them."""
    path = run_file_above(source, (os.path.join(WORK_FOLDER, COMMUNE_INDICATORS),))
    return QgsVectorLayer(path, "travail", "ogr") if path else None


def _age_feature(layer, feature):
    """(layer, feature) holding the age bands of ``feature``: itself, or its commune in the run's
    working layer when the selected layer is a publishable one."""
    if any(AGE_COLUMN.match(name) for name in layer.fields().names()):
        return layer, feature
    names = layer.fields().names()
    code_field = next((name for name in LABEL_CODES if name in names), None)
    work = working_layer(layer.source()) if code_field else None
    if work is None or not work.isValid() or work.fields().lookupField(code_field) < 0:
        return layer, feature
    code = plain_value(feature[code_field])
    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression(code_field, code)))
    found = next(work.getFeatures(request.setLimit(1)), None)
    return (work, found) if found is not None else (layer, feature)


def _age_values(layer):
    """{INSEE age-band field: number or None} of the first selected feature, or None."""
    if layer is None or not hasattr(layer, "selectedFeatures") or layer.selectedFeatureCount() == 0:
        return None
    layer, feature = _age_feature(layer, layer.selectedFeatures()[0])
    names = [name for name in layer.fields().names() if AGE_COLUMN.match(name)]
    if not names:
        return None
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
