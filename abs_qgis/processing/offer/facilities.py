"""The facilities inputs shared by the offer algorithms: the point layer and a category filter."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ...compat import SOURCE_POINT
from ..base import plain_value


def add_facility_parameters(algorithm):
    """FACILITIES (points), CATEGORY_FIELD and CATEGORIES (comma-separated, all if empty)."""
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource("FACILITIES", algorithm.tr("Facilities (points)"), [SOURCE_POINT])
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            "CATEGORY_FIELD",
            algorithm.tr("Category field, optional"),
            parentLayerParameterName="FACILITIES",
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            "CATEGORIES", algorithm.tr("Categories to keep, comma-separated (all if empty)"), optional=True
        )
    )


def chosen_facilities(algorithm, parameters, context, source, feedback):
    """The features of the chosen categories; a filter that matches nothing is an error."""
    category_field = algorithm.parameterAsString(parameters, "CATEGORY_FIELD", context)
    wanted = set(algorithm.parameter_as_list(parameters, "CATEGORIES", context))
    chosen = []
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(algorithm.tr("Cancelled"))
        if not wanted or str(plain_value(feature[category_field])) in wanted:
            chosen.append(feature)
    if wanted and not chosen:
        raise QgsProcessingException(
            algorithm.tr("No facility of the categories {} in the layer").format(", ".join(sorted(wanted)))
        )
    return chosen
