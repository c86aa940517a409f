"""Processing flags across QGIS versions (scoped enums from 3.36, class enums before)."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingFeatureSource

try:  # QGIS >= 3.36 (and Qt6 builds)
    from qgis.core import Qgis

    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
    # Every feature, valid geometry or not (the algorithms copy geometries, they do not compute on them).
    ALL_FEATURES = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
except AttributeError:  # QGIS 3.22 – 3.34
    NO_THREADING = QgsProcessingAlgorithm.FlagNoThreading
    ALL_FEATURES = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
