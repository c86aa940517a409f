"""The catalogue parameters shared by the indicator algorithms (CATALOGUE, INDICATORS, MILLESIME, YEARS).

Without a year, each indicator is computed at the freshest year its columns allow (``P22_*``
rather than ``P18_*``); MILLESIME is preferred when the indicator resolves at it; YEARS (written
by « Produire l'ABS ») fixes the year of each indicator, so that every step uses the same ones.
"""

from functools import lru_cache

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import NUMBER_INTEGER
from ...core.catalogue import load_catalogue
from ...core.indicator_labels import ordered_indicators, themed_label
from ...core.indicators import parse_plan, plan_years
from ..layers.flags import advanced

CATALOGUE = "CATALOGUE"
INDICATORS = "INDICATORS"
OTHER_INDICATORS = "OTHER_INDICATORS"
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
        QgsProcessingParameterEnum(
            INDICATORS,
            algorithm.tr("Indicators (every computable one if none is ticked)"),
            options=[label for _id, label in shipped_indicators()],
            allowMultiple=True,
            optional=True,
        )
    )
    other = QgsProcessingParameterString(
        OTHER_INDICATORS,
        algorithm.tr("Other indicators: ids of your catalogue, comma-separated"),
        optional=True,
    )
    algorithm.addParameter(advanced(other))
    add_year_parameters(algorithm)


@lru_cache(maxsize=1)
def shipped_indicators():
    """(id, « Thème — Libellé (unité) ») of the shipped catalogue, by theme then label: the
    drop-down of INDICATORS (its indices are positions in this list). Read once: QGIS builds the
    parameters of an algorithm each time it makes one (provider load, every run, every dialog)."""
    return tuple((item.id, themed_label(item)) for item in ordered_indicators(load_catalogue()))


def _indices(value):
    """The drop-down's ticked positions when ``value`` is one (ints, or digits as text), else None."""
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [value]
    texts = [str(item).strip() for item in items if str(item).strip()]
    return [int(text) for text in texts] if all(text.isdigit() for text in texts) else None


def indicators_as_text(parameters):
    """True when INDICATORS holds ids (« densite,taux_chomage », as scripts and « Produire l'ABS »
    give them) rather than the drop-down's positions: checked when the catalogue is read."""
    value = parameters.get(INDICATORS)
    return value not in (None, "", []) and _indices(value) is None


def indicators_left_out(value):
    """Whether INDICATORS holds ids as text or nothing (« every one »): read with the catalogue."""
    return value in ("", []) or indicators_as_text({INDICATORS: value})


def ids_of_parameters(algorithm, parameters, context):
    """The indicator ids asked for: ticked in the drop-down, given as text, and the other ids."""
    value = parameters.get(INDICATORS)
    if indicators_as_text(parameters):
        items = value.split(",") if isinstance(value, str) else [str(item) for item in value]
        ids = [item.strip() for item in items if item.strip()]
    elif value in (None, "", []):  # none ticked: every computable one (QGIS would give the first)
        ids = []
    else:
        shipped = shipped_indicators()
        ids = [shipped[index][0] for index in algorithm.parameterAsEnums(parameters, INDICATORS, context)]
    return ids + [
        item for item in algorithm.parameter_as_list(parameters, OTHER_INDICATORS, context) if item not in ids
    ]


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
    ids = ids_of_parameters(algorithm, parameters, context)
    return catalogue, ids, year_parameter(algorithm, parameters, context)
