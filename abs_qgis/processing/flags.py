"""Algorithm flags across QGIS versions (scoped enums from 3.36, class enums before)."""

from qgis.core import QgsProcessingAlgorithm

try:  # QGIS >= 3.36 (and Qt6 builds)
    from qgis.core import Qgis

    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
except AttributeError:  # QGIS 3.22 – 3.34
    NO_THREADING = QgsProcessingAlgorithm.FlagNoThreading
