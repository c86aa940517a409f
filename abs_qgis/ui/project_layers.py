"""What the ABS dialog reads from a commune layer: its fields, its communes and its EPCI by name,
and the territory filter it writes into the project (« "DEPCOM" IN ('63003', …) »)."""

import re

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..compat import NO_GEOMETRY_REQUEST

NAME_FIELDS = ("NOM_DEPCOM", "NOM_COM", "NOM_COMMUNE", "LIBGEO", "NOM", "nom", "libelle")
GROUP_FIELDS = (("EPCI", "NOM_EPCI"), ("SIREN_EPCI", "NOM_EPCI"), ("CODE_EPCI", "LIB_EPCI"))
FILTER = re.compile(r'^\s*"([^"]+)"\s+IN\s*\((.*)\)\s*$', re.IGNORECASE | re.DOTALL)


def file_of(layer):
    """The file behind a layer of the project (« …/communes.gpkg|layername=… » → the path)."""
    return layer.source().split("|", 1)[0] if layer is not None and layer.providerType() == "ogr" else ""


def open_layer(path):
    layer = QgsVectorLayer(path, "communes", "ogr") if path else None
    return layer if layer is not None and layer.isValid() else None


def field_names(layer):
    return [field.name() for field in layer.fields()] if layer is not None else []


def first_present(names, candidates):
    return next((name for name in candidates if name in names), None)


def code_names(layer, code_field, name_field):
    """{code: name} over the layer's features (the name is the code when there is no name field)."""
    if layer is None or code_field not in field_names(layer):
        return {}
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST)
    wanted = [code_field] + ([name_field] if name_field else [])
    request.setSubsetOfAttributes(wanted, layer.fields())
    pairs = {}
    for feature in layer.getFeatures(request):
        code = feature[code_field]
        if code is None or str(code) == "NULL":
            continue
        name = feature[name_field] if name_field else code
        pairs[str(code)] = str(name) if name is not None and str(name) != "NULL" else str(code)
    return pairs


def group_fields(layer):
    """(code field, name field) of the EPCI in the layer, or (None, None)."""
    names = field_names(layer)
    for code, name in GROUP_FIELDS:
        if code in names:
            return code, name if name in names else None
    return None, None


def territory_filter(field, codes):
    """The project's ``filtre`` for the ticked ``codes`` of ``field`` (empty: the whole layer)."""
    if not codes:
        return ""
    quoted = ", ".join("'{}'".format(str(code).replace("'", "''")) for code in codes)
    return '"{}" IN ({})'.format(field.replace('"', '""'), quoted)


def parse_filter(expression):
    """(field, codes) of a filter this dialog wrote; (None, []) for any other expression."""
    match = FILTER.match(expression or "")
    if not match:
        return None, []
    codes = re.findall(r"'((?:[^']|'')*)'", match.group(2))
    return match.group(1), [code.replace("''", "'") for code in codes]


def selected_codes(layer, code_field):
    if layer is None or code_field not in field_names(layer):
        return []
    return [str(feature[code_field]) for feature in layer.selectedFeatures()]
