"""Processing flags across QGIS versions (scoped enums from 3.36, class enums before)."""

from ...compat import pick

NO_THREADING = pick("Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading")
# Every feature, valid geometry or not (the algorithms copy geometries, they do not compute on them).
ALL_FEATURES = pick(
    "Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
    "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks",
)
ADVANCED = pick("Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced")


def advanced(parameter):
    """``parameter`` flagged as advanced (shown under « Paramètres avancés »)."""
    parameter.setFlags(parameter.flags() | ADVANCED)
    return parameter
