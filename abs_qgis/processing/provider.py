"""The ``abs`` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH, __version__
from ..i18n import tr
from .download.download_insee import DownloadInseeAlgorithm
from .indicators.aggregate_territories import AggregateTerritoriesAlgorithm
from .indicators.compute_indicators import ComputeIndicatorsAlgorithm
from .maps.export_maps import ExportMapsAlgorithm
from .offer.check_offer import CheckOfferAlgorithm
from .offer.create_offer_layer import CreateOfferLayerAlgorithm
from .offer.equipment_rate import EquipmentRateAlgorithm
from .offer.import_finess import ImportFinessAlgorithm
from .offer.offer_access import OfferAccessAlgorithm
from .offer.offer_by_commune import OfferByCommuneAlgorithm
from .project.run_project import RunProjectAlgorithm
from .secret.check_secret import CheckSecretAlgorithm
from .secret.statistical_secret import StatisticalSecretAlgorithm
from .tables.join_indicators import JoinIndicatorsAlgorithm

ALGORITHM_CLASSES = (
    JoinIndicatorsAlgorithm,
    ComputeIndicatorsAlgorithm,
    AggregateTerritoriesAlgorithm,
    StatisticalSecretAlgorithm,
    CheckSecretAlgorithm,
    ExportMapsAlgorithm,
    RunProjectAlgorithm,
    EquipmentRateAlgorithm,
    CheckOfferAlgorithm,
    OfferAccessAlgorithm,
    OfferByCommuneAlgorithm,
    CreateOfferLayerAlgorithm,
    ImportFinessAlgorithm,
    DownloadInseeAlgorithm,
)


class AbsProvider(QgsProcessingProvider):
    def id(self):
        return "abs"

    def name(self):
        return tr("Social needs analysis")

    def longName(self):  # noqa: N802 (QGIS API)
        return tr("Social needs analysis (ABS) {}").format(__version__)

    def icon(self):
        return QIcon(str(ICON_PATH))

    def svgIconPath(self):  # noqa: N802 (QGIS API)
        return str(ICON_PATH)

    def versionInfo(self):  # noqa: N802 (QGIS API)
        return __version__

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm_class in ALGORITHM_CLASSES:
            self.addAlgorithm(algorithm_class())
