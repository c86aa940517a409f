"""abs:equipmentrate — places per 1 000 of a target population, per territory and per group."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsSpatialIndex,
)

from ...compat import FIELD_NUMERIC, INTEGER, REAL, SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR, TEXT, WKB_NO_GEOMETRY
from ...core.equipment import equipment_rates, outside
from ...i18n import tr_print
from ..base import AbsAlgorithm, plain_value
from ..layers.qvariant import number_or_nan
from .facilities import add_facility_parameters, chosen_facilities

FIELDS = (
    ("nb_etablissements", INTEGER),
    ("places", REAL),
    ("taux_equipement", REAL),
    ("abs_remarques", TEXT),
)


class EquipmentRateAlgorithm(AbsAlgorithm):
    NAME = "equipmentrate"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Equipment rate")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Sums the places of the facilities (points) falling in each territory and divides them by a target "
            "population field × 1 000 (e.g. EHPAD places per 1 000 people aged 75 or more). With a grouping "
            "field, the groups and the whole layer are computed from the sums (Σ places / Σ population), never "
            "as a mean of rates. Facilities outside every territory are listed with their reason."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_facility_parameters(self)
        self.addParameter(
            QgsProcessingParameterField(
                "CAPACITY_FIELD", self.tr("Capacity field (places)"), parentLayerParameterName="FACILITIES"
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "TERRITORIES",
                self.tr("Territories (polygons) with the target population"),
                [SOURCE_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "CODE_FIELD", self.tr("Territory code field"), parentLayerParameterName="TERRITORIES"
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "POPULATION_FIELD",
                self.tr("Target population field (e.g. POP75P)"),
                parentLayerParameterName="TERRITORIES",
                type=FIELD_NUMERIC,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "GROUP_FIELD",
                self.tr("Grouping field for a second level (EPCI, département…), optional"),
                parentLayerParameterName="TERRITORIES",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Territories with equipment rates")))
        self.addParameter(
            QgsProcessingParameterFeatureSink("GROUPS", self.tr("Groups and whole layer"), SOURCE_VECTOR, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTSIDE", self.tr("Facilities outside the territories"), SOURCE_POINT)
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        facilities = self.parameterAsSource(parameters, "FACILITIES", context)
        territories = self.parameterAsSource(parameters, "TERRITORIES", context)
        if facilities is None or territories is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        code_field = self.parameterAsString(parameters, "CODE_FIELD", context)
        population_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        group_field = self.parameterAsString(parameters, "GROUP_FIELD", context)
        codes, population, groups, geometries = [], [], [], []
        for feature in territories.getFeatures():
            codes.append(str(plain_value(feature[code_field])))
            population.append(number_or_nan(feature[population_field]))
            groups.append(str(plain_value(feature[group_field])) if group_field else None)
            geometries.append(feature.geometry())
        points = self._facilities(parameters, context, facilities, territories, geometries, codes, feedback)
        located = [code for code, _capacity, _feature in points]
        capacities = [capacity for _code, capacity, _feature in points]
        counts, places, rates, remarks = equipment_rates(codes, population, located, capacities)
        output_id = self._write_territories(parameters, context, territories, counts, places, rates, remarks)
        outside_id = self._write_outside(parameters, context, facilities, points, codes)
        groups_id = self._write_groups(parameters, context, group_field, groups, population, counts, places)
        total = len(points)
        lost = len(outside(located, codes))
        feedback.pushInfo(
            self.tr("{} facilities: {} in the territories, {} outside; {} places").format(
                total, total - lost, lost, int(np.nansum(places))
            )
        )
        return {
            "OUTPUT": output_id,
            "OUTSIDE": outside_id,
            "GROUPS": groups_id,
            "FACILITIES_COUNT": total,
            "FACILITIES_OUTSIDE": lost,
            "PLACES": float(np.nansum(places)),
        }

    def _facilities(self, parameters, context, facilities, territories, geometries, codes, feedback):
        """[(territory code or None, capacity, feature)] for the facilities of the chosen categories."""
        capacity_field = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        transform = QgsCoordinateTransform(facilities.sourceCrs(), territories.sourceCrs(), context.transformContext())
        index = QgsSpatialIndex()
        for position, geometry in enumerate(geometries):
            index.addFeature(position, geometry.boundingBox())
        result = []
        for feature in chosen_facilities(self, parameters, context, facilities, feedback):
            point = QgsGeometry(feature.geometry())
            if point.isNull():
                result.append((None, number_or_nan(feature[capacity_field]), feature))
                continue
            point.transform(transform)
            hits = [p for p in index.intersects(point.boundingBox()) if geometries[p].contains(point)]
            result.append((codes[min(hits)] if hits else None, number_or_nan(feature[capacity_field]), feature))
        return result

    def _write_territories(self, parameters, context, territories, counts, places, rates, remarks):
        fields = QgsFields(territories.fields())
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, sink_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, territories.wkbType(), territories.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        batch = []
        for position, feature in enumerate(territories.getFeatures()):
            rate = None if np.isnan(rates[position]) else float(rates[position])
            feature.setFields(fields, False)
            feature.setAttributes(
                feature.attributes() + [int(counts[position]), float(places[position]), rate, remarks[position]]
            )
            batch.append(feature)
        self.write_batch(sink, batch, None)
        return sink_id

    def _write_outside(self, parameters, context, facilities, points, codes):
        fields = QgsFields(facilities.fields())
        fields.append(QgsField("motif", TEXT))
        sink, sink_id = self.parameterAsSink(
            parameters, "OUTSIDE", context, fields, facilities.wkbType(), facilities.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTSIDE"))
        for position in outside([code for code, _c, _f in points], codes):
            feature = QgsFeature(points[position][2])
            reason = tr_print("no position") if feature.geometry().isNull() else tr_print("outside every territory")
            feature.setFields(fields, False)
            feature.setAttributes(points[position][2].attributes() + [reason])
            sink.addFeature(feature)
        return sink_id

    def _write_groups(self, parameters, context, group_field, groups, population, counts, places):
        if not group_field:
            return None
        fields = QgsFields()
        for name, kind in (("niveau", TEXT), ("code", TEXT), ("population", REAL)):
            fields.append(QgsField(name, kind))
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, sink_id = self.parameterAsSink(parameters, "GROUPS", context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            return None
        population = np.asarray(population, dtype=float)
        labels = sorted(set(groups)) + ["*"]
        for label in labels:
            members = np.array([label == "*" or group == label for group in groups])
            group_population = float(np.nansum(population[members]))
            group_places = float(places[members].sum())
            rate = group_places / group_population * 1000 if group_population > 0 else None
            remark = "" if rate is not None else tr_print("zero population")
            unknown = int(np.isnan(population[members]).sum())
            if unknown:
                remark = tr_print("population unknown for {} territories (left out)").format(unknown)
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    group_field if label != "*" else tr_print("whole"),
                    "" if label == "*" else label,
                    group_population,
                    int(counts[members].sum()),
                    group_places,
                    rate,
                    remark,
                ]
            )
            sink.addFeature(feature)
        return sink_id
