"""The territory of « Produire l'ABS »: its communes layer checked (one layer of a GeoPackage, a
filter QGIS can read, at least one commune) before any table is joined, each error naming the key
of the project file."""

from qgis.core import QgsExpression, QgsProcessingUtils, QgsVectorLayer

from ...core.errors import AbsError

LAYER_SEPARATOR = "!!::!!"  # QgsDataProvider.SUBLAYER_SEPARATOR


def layer_names(path):
    """The layers of a vector file (several in a GeoPackage such as ADMIN EXPRESS)."""
    layer = QgsVectorLayer(path, "couches", "ogr")
    names = []
    for sub_layer in layer.dataProvider().subLayers() if layer.isValid() else []:
        parts = sub_layer.split(LAYER_SEPARATOR)
        if len(parts) > 1 and parts[1] not in names and parts[1] != "layer_styles":
            names.append(parts[1])
    return names


USUAL_NAMES = ("commune", "communes", "iris", "commune_carto")  # ADMIN EXPRESS, Contours…IRIS


def territory_layer(project):
    """The communes layer of the project, one layer of its file: the file itself when it holds one;
    the layer named as the producers name it (« commune » of ADMIN EXPRESS, « iris ») when it holds
    several; else a French error listing them. Returns (source, a line for the journal or None)."""
    communes = project.communes
    if "|" in communes:
        return communes, None
    names = layer_names(communes)
    if len(names) <= 1:
        return communes, None
    usual = [name for name in names if name.lower() in USUAL_NAMES]
    if len(usual) == 1:
        line = "territoire.communes : couche « {} » lue (le fichier en contient {} : {})".format(
            usual[0], len(names), ", ".join(names[:8])
        )
        return "{}|layername={}".format(communes, usual[0]), line
    raise AbsError(
        "territoire.communes : le fichier contient {} couches ({}) ; nommez la couche des communes : "
        "« {}|layername={} »".format(len(names), ", ".join(names[:8]), communes, names[0]),
        path=project.path,
    )


def check_filter(project):
    """A filter that parses (French error with the project's key and line)."""
    if project.filter:
        expression = QgsExpression(project.filter)
        if expression.hasParserError():
            raise AbsError(
                "territoire.filtre : expression illisible ({}) : « {} »".format(
                    expression.parserErrorString(), project.filter
                ),
                path=project.path,
                row=project.filter_line,
            )


def check_some_communes(project, communes, context):
    """The territory holds at least one commune (a filter that keeps none, an empty layer);
    ``communes``: a layer, a file or the id of the filter's temporary layer in ``context``."""
    layer = (
        communes if isinstance(communes, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(communes, context)
    )
    if layer is None or layer.featureCount() > 0:  # unreadable: the join says it in its words
        return
    if project.filter:
        raise AbsError(
            "territoire.filtre : aucune commune de « {} » ne répond au filtre « {} »".format(
                project.communes, project.filter
            ),
            path=project.path,
            row=project.filter_line,
        )
    raise AbsError(
        "territoire.communes : la couche « {} » n'a aucune commune".format(project.communes), path=project.path
    )
