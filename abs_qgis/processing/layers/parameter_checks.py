"""Layers given as files that QGIS cannot open, said in French before Processing says « Unable to
execute algorithm — Could not load source layer for COMMUNES »: which box, which file, and why
(absent, not a layer, a folder)."""

import os

from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ...i18n import tr

LAYER_PARAMETERS = (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)


def _path_of(value):
    """The file a layer parameter's text names, or None (a layer id, a database URI…)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.split("|", 1)[0].strip()
    if "=" in text or "://" in text or not (os.path.isabs(text) or os.sep in text or "." in os.path.basename(text)):
        return None
    return QgsProviderRegistry.instance().decodeUri("ogr", value).get("path") or text


def unreadable_layers(algorithm, parameters, context):
    """A French message for the first layer parameter whose file cannot be opened, else None."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, LAYER_PARAMETERS) or definition.name() not in parameters:
            continue
        value = parameters[definition.name()]
        path = _path_of(value)
        if path is None or QgsProcessingUtils.mapLayerFromString(path, context, False) is not None:
            continue
        label = "« {} » ({})".format(definition.description(), definition.name())
        if not os.path.exists(path):
            return tr("{}: the file {} does not exist").format(label, path)
        if os.path.isdir(path) and not path.lower().endswith(".gdb"):
            return tr("{}: {} is a folder, not a layer file").format(label, path)
        source = value.source.staticValue() if isinstance(value, QgsProcessingFeatureSourceDefinition) else value
        if not QgsVectorLayer(str(source), "test", "ogr").isValid():
            return tr(
                "{}: the file {} cannot be read as a layer (a GeoPackage, shapefile, GeoJSON… damaged, or of "
                "another kind)"
            ).format(label, path)
    return None


def _field_names(value):
    if isinstance(value, (list, tuple)):
        return [str(item).strip() for item in value if str(item).strip()]
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def absent_fields(algorithm, parameters, context):
    """A French message for the first field box naming a field its layer does not have (the
    algorithms read fields by name: an absent one gave a Python traceback), else None."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField) or not parameters.get(definition.name()):
            continue
        parent = definition.parentLayerParameterName()
        if not parent or not parameters.get(parent):
            continue
        source = algorithm.parameterAsSource(parameters, parent, context)
        if source is None:  # an unreadable layer is said by the check before, or by QGIS's own
            continue
        names = source.fields().names()
        missing = [name for name in _field_names(parameters[definition.name()]) if name not in names]
        if missing:
            return tr("« {} » ({}): no field {} in the layer of « {} » (its fields: {})").format(
                definition.description(),
                definition.name(),
                ", ".join(missing),
                algorithm.parameterDefinition(parent).description(),
                ", ".join(names[:25]) + (" …" if len(names) > 25 else ""),
            )
    return None
