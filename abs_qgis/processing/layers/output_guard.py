"""No output of an algorithm may be one of its inputs: every destination parameter (layers, tables,
files, folders) is compared with every input file before anything is written, so that
``UNMATCHED`` pointed at the table being joined, or an output GeoPackage that is the input's,
never destroys what the run reads."""

import os

from qgis.core import (
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)

from ...i18n import tr


def _file_of(value):
    """The real path of the file a parameter value designates, or None (memory layers, ids…)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        value = value.source()
    if not isinstance(value, str) or not value.strip():
        return None
    path = value.split("|", 1)[0].strip()
    if path.startswith(("memory:", "TEMPORARY_OUTPUT", "postgres", "dbname=")) or not os.path.isabs(path):
        return None
    return os.path.realpath(path)


def _text_of(value):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    return value if isinstance(value, str) else ""


def _input_files(algorithm, parameters, context):
    files = {}
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        value = parameters.get(name)
        values = value if isinstance(value, (list, tuple)) else [value]
        if isinstance(value, str) and context.project() is not None:
            layer = context.project().mapLayer(value)
            values = [layer] if layer is not None else values
        for item in values:
            path = _file_of(item)
            if path and os.path.isfile(path):
                files.setdefault(path, name)
    return files


def check_outputs_are_not_inputs(algorithm, parameters, context):
    """A French error when a destination parameter is one of the input files, or the file of
    another destination (OUTPUT and UNMATCHED the same file: the last one written would be all
    that is left)."""
    inputs = _input_files(algorithm, parameters, context)
    outputs = {}
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        path = _file_of(parameters.get(name))
        if path and path in inputs:
            raise QgsProcessingException(
                tr("The output {} ({}) is also the input {}: choose another file, nothing was written").format(
                    name, path, inputs[path]
                )
            )
        whole_file = "|" not in _text_of(parameters.get(name))  # « x.gpkg|layername=… » shares a file rightly
        if path and whole_file and path in outputs and not os.path.isdir(path):
            raise QgsProcessingException(
                tr("The outputs {} and {} are the same file ({}): choose two files, nothing was written").format(
                    outputs[path], name, path
                )
            )
        if path and whole_file:
            outputs.setdefault(path, name)
