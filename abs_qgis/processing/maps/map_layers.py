"""The layers of one map of « Exporter les cartes », stored in the maps' GeoPackage: the values
(classes by QGIS's methods, Q6 or fixed breaks, or proportional circles for counts), the cells
masked by the statistical secret (hatched) and the territories without data, each styled with
the charter."""

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...cartography.circles import background_renderer, circle_points, proportional_renderer
from ...cartography.layout import NOT_IN_LEGEND
from ...cartography.renderer import graduated_renderer, renderer_from_bounds
from ...cartography.styles import no_data_renderer, secret_renderer
from ...core.classify import circle_legend_values, fixed_bounds, q6_bounds
from ...core.frenchformat import format_number
from ...i18n import tr, tr_print
from ..base import plain_value
from ..secret.statistical_secret import SECRET_FIELD


def value_renderer(algorithm, data_layer, field_name, method, classes, charter):
    """QGIS's own classification methods, or explicit bounds (Q6, fixed breaks), charter colours."""
    if method[0] == "qgis":
        return graduated_renderer(data_layer, field_name, method[1], classes, charter.ramp, charter.outline)
    values = [plain_value(feature[field_name]) for feature in data_layer.getFeatures()]
    values = [float(value) for value in values if value is not None]
    bounds = (
        algorithm.run_core(q6_bounds, values)
        if method[0] == "q6"
        else algorithm.run_core(fixed_bounds, method[1], values)
    )
    return renderer_from_bounds(field_name, bounds, charter.ramp, charter.outline)


def map_layers(algorithm, layer, field_name, classing, texts, stem, store):
    """The map's layers, stored in the project's GeoPackage: values (classes), secret, no data."""
    method_id, classes, charter, _catalogue = classing
    expression = '"{}" IS NOT NULL'.format(field_name.replace('"', '""'))
    masked = "FALSE"
    if layer.fields().lookupField(SECRET_FIELD) >= 0:
        masked = "strpos(concat('; ', \"{}\"), '; {}:') > 0".format(SECRET_FIELD, field_name.replace("'", "''"))
    parts = (
        ("valeurs", expression, texts.legend_title),
        ("secret", "NOT ({}) AND ({})".format(expression, masked), tr_print("Statistical secret")),
        ("sans_donnee", "NOT ({}) AND NOT ({})".format(expression, masked), tr_print("Data not available")),
    )
    layers = []
    for kind, filter_expression, name in parts:
        memory = layer.materialize(QgsFeatureRequest().setFilterExpression(filter_expression))
        if kind == "valeurs" and memory.featureCount() == 0:
            raise QgsProcessingException(tr("Field « {} » has no value to map").format(field_name))
        if memory.featureCount() == 0:
            continue
        memory.setName(name)
        stored = algorithm.run_core(store.persist, memory, "{}_{}".format(stem, kind))
        if kind == "valeurs" and method_id[0] == "cercles":
            layers.append(circle_layer(algorithm, stored, field_name, texts.legend_title, charter, stem, store))
            stored.setRenderer(background_renderer(charter))
            stored.setCustomProperty(NOT_IN_LEGEND, True)
        elif kind == "valeurs":
            stored.setRenderer(value_renderer(algorithm, stored, field_name, method_id, classes, charter))
        elif kind == "secret":
            stored.setRenderer(secret_renderer(charter))
            texts.secret_note = tr_print(
                "Statistical secret: values resting on too few people are not published (hatched areas)."
            )
        else:
            stored.setRenderer(no_data_renderer(charter))
        layers.append(stored)
    return layers


def circle_layer(algorithm, polygons, field_name, name, charter, stem, store):
    """The proportional circles of ``field_name`` (counts ≥ 0), on top of the polygons."""
    values = [plain_value(feature[field_name]) for feature in polygons.getFeatures()]
    values = [float(value) for value in values if value is not None]
    negative = [value for value in values if value < 0]
    if negative:
        raise QgsProcessingException(
            tr("Field « {} » has negative values ({}): proportional circles show counts; choose classes").format(
                field_name, format_number(min(negative), 2)
            )
        )
    legend_values = algorithm.run_core(circle_legend_values, values)
    points = circle_points(polygons, field_name)
    points.setName(name)
    stored = algorithm.run_core(store.persist, points, "{}_cercles".format(stem))
    stored.setRenderer(proportional_renderer(field_name, max(values), legend_values, charter))
    return stored
