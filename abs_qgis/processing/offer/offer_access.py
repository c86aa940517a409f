"""abs:offeraccess — distance from each territory to its nearest facility, population beyond a distance."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...compat import FIELD_NUMERIC, REAL, SOURCE_POLYGON
from ...core.access import nearest_distances, share_beyond
from ..base import AbsAlgorithm, plain_value
from .facilities import add_facility_parameters, chosen_facilities
from .road_network import add_distance_parameters, road_distances

LAMBERT_93 = QgsCoordinateReferenceSystem("EPSG:2154")


class OfferAccessAlgorithm(AbsAlgorithm):
    NAME = "offeraccess"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Access to the offer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "For each territory, the straight-line distance in kilometres (Lambert-93) from a point inside it to "
            "the nearest facility of the chosen categories — or, with a road layer, the distance along the roads "
            "(QGIS network analysis, roads two-way, points joined to the nearest road) — and the share of the "
            "population living beyond a chosen distance (territories counted whole by their inner point)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_facility_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "TERRITORIES",
                self.tr("Territories (polygons) with the target population"),
                [SOURCE_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "POPULATION_FIELD",
                self.tr("Target population field (e.g. POP75P)"),
                parentLayerParameterName="TERRITORIES",
                type=FIELD_NUMERIC,
                optional=True,
            )
        )
        add_distance_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Territories with their distance")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        facilities = self.parameterAsSource(parameters, "FACILITIES", context)
        territories = self.parameterAsSource(parameters, "TERRITORIES", context)
        if facilities is None or territories is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        points = self._facility_points(parameters, context, facilities, feedback)
        to_l93 = QgsCoordinateTransform(territories.sourceCrs(), LAMBERT_93, context.transformContext())
        population_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        features = list(territories.getFeatures())
        origins = []
        for feature in features:
            inner = feature.geometry().pointOnSurface()
            inner.transform(to_l93)
            origins.append((inner.asPoint().x(), inner.asPoint().y()))
        roads = self.parameterAsSource(parameters, "ROADS", context)
        if roads is None:
            metres, column = nearest_distances(origins, points), "distance_km"
        else:
            metres, column = road_distances(roads, LAMBERT_93, (origins, points), feedback), "distance_route_km"
            unreachable = sum(1 for distance in metres if distance is None)
            if unreachable:
                feedback.pushWarning(
                    self.tr("{} territories reach no facility along the roads (distance NULL)").format(unreachable)
                )
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled"))
        distances = [d / 1000.0 if d is not None else None for d in metres]
        populations = [float(plain_value(f[population_field]) or 0) if population_field else None for f in features]
        limit = self.parameterAsDouble(parameters, "DISTANCE_KM", context)
        fields = QgsFields(territories.fields())
        fields.append(QgsField(column, REAL))
        sink, sink_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, territories.wkbType(), territories.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        batch = []
        for feature, distance in zip(features, distances):
            attributes = feature.attributes() + [distance]
            feature.setFields(fields, False)
            feature.setAttributes(attributes)
            batch.append(feature)
        self.write_batch(sink, batch, feedback)
        beyond, share = share_beyond(distances, populations, limit) if population_field else (None, None)
        if share is not None:
            feedback.pushInfo(
                self.tr("Population beyond {} km: {} ({} %)").format(limit, round(beyond), round(share, 1))
            )
        return {"OUTPUT": sink_id, "POPULATION_BEYOND": beyond, "SHARE_BEYOND": share}

    def _facility_points(self, parameters, context, facilities, feedback):
        to_l93 = QgsCoordinateTransform(facilities.sourceCrs(), LAMBERT_93, context.transformContext())
        points = []
        for feature in chosen_facilities(self, parameters, context, facilities, feedback):
            geometry = feature.geometry()
            if geometry.isNull():
                continue
            geometry.transform(to_l93)
            points.append((geometry.asPoint().x(), geometry.asPoint().y()))
        if not points:
            raise QgsProcessingException(self.tr("No facility with a position among the chosen categories"))
        return points
