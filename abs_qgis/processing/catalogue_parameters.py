"""The catalogue parameters shared by the indicator algorithms (CATALOGUE, INDICATORS, MILLESIME)."""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsProcessingParameterString

from ..compat import NUMBER_INTEGER
from ..core.catalogue import load_catalogue

CATALOGUE = "CATALOGUE"
INDICATORS = "INDICATORS"
MILLESIME = "MILLESIME"


def add_catalogue_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFile(
            CATALOGUE,
            algorithm.tr("User catalogue (YAML), merged over the shipped one"),
            optional=True,
            fileFilter=algorithm.tr("YAML catalogue (*.yaml *.yml)"),
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            INDICATORS, algorithm.tr("Indicator ids, comma-separated (all computable ones if empty)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MILLESIME,
            algorithm.tr("Census year of the source (e.g. 2018 for P18_* columns)"),
            NUMBER_INTEGER,
            2018,
            minValue=1968,
            maxValue=2100,
        )
    )


def catalogue_parameters(algorithm, parameters, context):
    """``(catalogue, requested ids or [], millesime)``."""
    catalogue = algorithm.run_core(load_catalogue, algorithm.parameterAsFile(parameters, CATALOGUE, context) or None)
    ids = algorithm.parameter_as_list(parameters, INDICATORS, context)
    return catalogue, ids, algorithm.parameterAsInt(parameters, MILLESIME, context)
