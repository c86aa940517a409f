"""The catalogue parameters shared by the indicator algorithms (CATALOGUE, INDICATORS, MILLESIME, YEARS).

Without a year, each indicator is computed at the freshest year its columns allow (``P22_*``
rather than ``P18_*``); MILLESIME is preferred when the indicator resolves at it; YEARS (written
by « Produire l'ABS ») fixes the year of each indicator, so that every step uses the same ones.
"""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterNumber, QgsProcessingParameterString

from ..compat import NUMBER_INTEGER
from ..core.catalogue import load_catalogue
from ..core.indicators import parse_plan, plan_years
from .flags import advanced

CATALOGUE = "CATALOGUE"
INDICATORS = "INDICATORS"
MILLESIME = "MILLESIME"
YEARS = "YEARS"


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
    add_year_parameters(algorithm)


def add_year_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            MILLESIME,
            algorithm.tr("Preferred census year (e.g. 2018 for P18_* columns); empty: the freshest for each indicator"),
            NUMBER_INTEGER,
            None,
            optional=True,
            minValue=1968,
            maxValue=2100,
        )
    )
    years = QgsProcessingParameterString(
        YEARS, algorithm.tr("Year of each indicator (id=year, comma-separated), optional"), optional=True
    )
    algorithm.addParameter(advanced(years))


def year_parameter(algorithm, parameters, context):
    """The YEARS plan ({id: year}) when given, else the preferred year (None: the freshest)."""
    text = algorithm.parameterAsString(parameters, YEARS, context)
    if text:
        return algorithm.run_core(parse_plan, text)
    return algorithm.parameterAsInt(parameters, MILLESIME, context) or None


def year_plan(algorithm, millesime, catalogue, ids, available):
    """{id: year} for the indicators of ``ids`` (all when empty) with the ``available`` columns."""
    if isinstance(millesime, dict):
        return millesime
    return algorithm.run_core(plan_years, catalogue, ids or None, available, millesime)


def catalogue_parameters(algorithm, parameters, context):
    """``(catalogue, requested ids or [], millesime)``."""
    catalogue = algorithm.run_core(load_catalogue, algorithm.parameterAsFile(parameters, CATALOGUE, context) or None)
    ids = algorithm.parameter_as_list(parameters, INDICATORS, context)
    return catalogue, ids, year_parameter(algorithm, parameters, context)
