"""The atlas pages' key figures of « Exporter les cartes »: each territory's value of each chosen
indicator beside the references (a references table, else the whole mapped layer recomputed from
sums), as a table layer for the page and one SVG bar chart per territory."""

import os

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...cartography.atlas import key_figures_layer
from ...cartography.atlas_charts import write_atlas_charts
from ...compat import NO_GEOMETRY_REQUEST, parameter_as_fields
from ...core.aggregate import compute_grouped, whole
from ...core.charts import key_figure_bars
from ...core.indicators import needed_columns, plan_years
from ...core.keyfigures import key_figure_rows, read_references_and_notes
from ...core.output_layout import ATLAS_CHARTS_FOLDER
from ...dependencies import available
from ...i18n import tr, tr_print
from ..indicators.portrait_rows import feature_row
from ..layers.layer_columns import AREA_COLUMN, numeric_field_names, read_columns


def whole_values(layer, fields, catalogue):
    """{field: value over the whole layer} — Σ numerators / Σ denominators through the catalogue;
    None for a field that is not a re-aggregable catalogue indicator. Each at the freshest year
    of its columns, in one pass over the layer."""
    available = set(numeric_field_names(layer)) | {AREA_COLUMN}
    values = dict.fromkeys(fields)
    ids = [name for name in fields if name in catalogue and catalogue[name].summable]
    plan = plan_years(catalogue, ids, available) if ids else {}
    if not plan:
        return values
    needed, _not_computable = needed_columns(catalogue, list(plan), available, plan)
    columns, _texts, _count = read_columns(layer, None, needed, with_area=AREA_COLUMN in needed)
    computed = compute_grouped(whole(columns, needed), catalogue, list(plan), plan).values
    for field_name in plan:
        value = computed[field_name][0] if field_name in computed else None
        values[field_name] = None if value is None or value != value else float(value)
    return values


def key_figures(algorithm, parameters, context, layer, named_fields, key_field, catalogue, store):
    """The table layer of the atlas pages' key figures: each territory's value of
    each chosen indicator beside the references (a references table, else the whole layer).
    ``named_fields`` = (the mapped fields, the layer's field aliases)."""
    fields, aliases = named_fields
    chosen = parameter_as_fields(algorithm, parameters, algorithm.KEY_FIGURES, context) or list(fields)
    algorithm._check_fields(layer, chosen)
    names = layer.fields().names()
    territories = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST)):
        row = feature_row(feature, names, "", key_field, chosen)
        territories.append((row["code"], row["values"], {key for key, masked in row["masked"].items() if masked}))
    indicators = []
    for field_name in chosen:
        indicator = catalogue.get(field_name)
        if indicator is not None:
            indicators.append((field_name, indicator.libelle, indicator.unite, indicator.type))
        else:
            indicators.append((field_name, aliases.get(field_name) or field_name, "", None))
    references_path = algorithm.parameterAsFile(parameters, algorithm.REFERENCES, context)
    notes = None
    if references_path:
        references, notes = algorithm.run_core(read_references_and_notes, references_path, chosen)
    else:
        references = [(tr_print("Whole mapped territory"), whole_values(layer, chosen, catalogue))]
    rows = key_figure_rows(territories, indicators, references, notes)
    headings = [tr_print("Indicator"), tr_print("Value")] + [name for name, _values in references]
    table = algorithm.run_core(store.persist, key_figures_layer(rows, headings), "chiffres_cles")
    table.setName(tr_print("Key figures"))
    reference_name, reference_values = references[0] if references else ("", {})
    charts = [
        (code, key_figure_bars(values, masked, indicators, reference_values)) for code, values, masked in territories
    ]
    return table, (reference_name, charts)


def atlas_charts(folder, charts, overwrite, feedback):
    """One SVG chart per atlas territory in « graphiques_atlas »; its folder, or None when no
    indicator makes a chart (counts only)."""
    reference_name, bars_by_code = charts
    if not any(bars for _code, bars in bars_by_code):
        return None
    if not available("pyqtgraph"):
        feedback.pushWarning(
            tr(
                "Atlas charts not drawn: the Python library pyqtgraph is missing (see the README, « Windows »); "
                "the atlas is printed without them"
            )
        )
        return None
    chart_folder = os.path.join(folder, ATLAS_CHARTS_FOLDER)
    if os.path.exists(chart_folder) and not overwrite:
        raise QgsProcessingException(
            tr(
                "The folder {} already exists: choose another folder or tick « Replace existing files » (OVERWRITE)"
            ).format(chart_folder)
        )
    written = write_atlas_charts(chart_folder, bars_by_code, reference_name, feedback)
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled"))
    feedback.pushInfo(tr("Atlas charts written: {} in {}").format(len(written), chart_folder))
    return chart_folder
