"""The style abs_qgis stores with the GeoPackages it writes (field aliases: « Population en 2018 »),
which Processing does not load with the layer."""

OWN_STYLE = "abs_qgis/own_style"


def with_stored_style(layer):
    """A copy of ``layer`` with the default style stored with its data (a GeoPackage written by
    abs_qgis): Processing loads layers without it. A layer styled for the map it is given to
    (custom property ``abs_qgis/own_style``: the offer of one domain, sized by places) keeps its own."""
    copy = layer.clone()
    if copy.providerType() == "ogr" and not layer.customProperty(OWN_STYLE):
        copy.loadDefaultStyle()
    copy.setName(layer.name())
    return copy


def stored_aliases(layer):
    """Field aliases of ``layer``, or those of its stored default style."""
    aliases = {field.name(): field.alias() for field in layer.fields() if field.alias()}
    if aliases:
        return aliases
    return {field.name(): field.alias() for field in with_stored_style(layer).fields() if field.alias()}


def input_aliases(algorithm, parameters, name, context):
    """Aliases of the layer given to parameter ``name`` (from its stored style when needed)."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    return stored_aliases(layer) if layer is not None else {}
