"""The code field and the codes of the polygons a table is joined to: the field as chosen or found
by its name and values, its level (commune, IRIS, QPV…), every code normalised; a code carried by
several polygons or an invalid one refused with a French message naming field and feature."""

from collections import Counter

from qgis.core import QgsFeatureRequest, QgsProcessingException

from ...compat import NO_GEOMETRY_REQUEST, TEXT
from ...core.code_names import CODE_FIELD_CANDIDATES, IRIS_FIELD_CANDIDATES, iris_named_column
from ...core.levels import IRIS, LEVELS, detect_level
from ...i18n import tr
from ..base import plain_value
from ..layers.layer_columns import read_ogr_columns


def code_field_and_level(algorithm, source, parameters, context):
    """The polygons' code field and level: as chosen, else detected from the field names and values."""
    field = algorithm.parameterAsString(parameters, algorithm.COMMUNE_FIELD, context)
    chosen = algorithm.LEVEL_KEYS[algorithm.parameterAsEnum(parameters, algorithm.LEVEL, context)]
    level = LEVELS[chosen] if chosen else None
    names = source.fields().names()
    by_upper = {name.upper(): name for name in names}
    if not field:
        field = find_code_field(source, by_upper, level)
    if not field:
        raise QgsProcessingException(
            tr(
                "No INSEE code field found in the layer (fields: {}); choose it in « INSEE code field of the "
                "communes » (COMMUNE_FIELD)"
            ).format(", ".join(names))
        )
    if field not in names:
        raise QgsProcessingException(
            tr("Fields absent from the input layer: {} (its fields: {})").format(field, ", ".join(names[:20]))
        )
    if level is None:
        level = detect_level(raw_values(source, field, 500))
        if level is None:
            raise QgsProcessingException(
                tr(
                    "The codes of field {} are neither commune (5 characters), IRIS (9) nor QPV codes: choose "
                    "« Geographic level of the polygons » (LEVEL)"
                ).format(field)
            )
    return field, level


def find_code_field(source, by_upper, level):
    """A known code field name; with the level unknown, IRIS names first if they hold IRIS codes
    (an IRIS layer also has its commune code)."""
    if level is None:
        name = iris_named_column(by_upper.values(), lambda field: raw_values(source, field, 500))
        if name is not None:
            return name
    candidates = IRIS_FIELD_CANDIDATES if level is IRIS else CODE_FIELD_CANDIDATES
    return next((by_upper[c] for c in candidates if c in by_upper), None)


def raw_values(source, field, limit=None):
    index = source.fields().lookupField(field)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST).setSubsetOfAttributes([index])
    if limit:
        request.setLimit(limit)
    return [plain_value(feature.attribute(index)) for feature in source.getFeatures(request)]


def layer_codes_of(source, code_field, level, ogr_file=None):
    """The layer's codes; several polygons with one code would each receive the table's row
    (totals inflated, secret and groups built on them): refused, listed."""
    codes = _read_layer_codes(source, code_field, level, ogr_file)
    repeated = [(code, count) for code, count in Counter(codes).items() if count > 1]
    if repeated:
        listed = ", ".join("{} ({})".format(code, count) for code, count in sorted(repeated)[:10])
        raise QgsProcessingException(
            tr(
                "{} codes are carried by several polygons of the layer (field {}): {}; dissolve them "
                "(Vector › Geoprocessing › Dissolve on this field) or correct the codes"
            ).format(len(repeated), code_field, listed)
        )
    return codes


def _read_layer_codes(source, code_field, level, ogr_file=None):
    if ogr_file is not None and source.fields().field(code_field).type() == TEXT:
        values = read_ogr_columns(ogr_file, [], [code_field])[1][code_field]
        try:
            codes = [code for code in (level.normalize(value) for value in values if value) if code]
        except ValueError:
            codes = None  # read again below, to name the feature in the error
        if codes:
            return codes
    codes = []
    index = source.fields().lookupField(code_field)
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST).setSubsetOfAttributes([index])
    for feature in source.getFeatures(request):
        value = feature.attribute(index)
        try:
            code = level.normalize(plain_value(value))
        except ValueError as error:
            raise QgsProcessingException(
                tr("Invalid {} code « {} » in field {} of feature {} of the layer ({} expected)").format(
                    level.label, value, code_field, feature.id(), level.length
                )
            ) from error
        if code:
            codes.append(code)
    if not codes:
        raise QgsProcessingException(tr("Field {} of the layer holds no code").format(code_field))
    return codes
