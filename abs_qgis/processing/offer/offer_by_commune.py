"""abs:offerbycommune — the offer layer summed onto the communes: facilities and places of each
equipment-rate family, distance to the nearest facility of each domain, target population beyond a
distance. The columns the catalogue's equipment rates and access shares are computed from."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ...compat import (
    REAL,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
    TEXT,
    WKB_NO_GEOMETRY,
)
from ...core.catalogue import load_catalogue
from ...core.code_names import CODE_FIELD_CANDIDATES
from ...core.offer import CATEGORIES
from ...core.offer_domains import (
    CAPACITY_FIELDS,
    DOMAINS,
    Facility,
    absent_families,
    beyond_column,
    beyond_values,
    distance_column,
    domain_points,
    family_columns,
    nearest_km,
    outside_coverage,
    places_of,
    target_by_year,
)
from ..base import AbsAlgorithm, plain_value
from ..layers.flags import advanced
from ..layers.layer_style import input_aliases
from ..layers.qvariant import number_or_nan
from .offer_access import LAMBERT_93
from .road_network import add_distance_parameters, road_distances


class OfferByCommuneAlgorithm(AbsAlgorithm):
    NAME = "offerbycommune"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Offer by commune")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Adds to each commune the facilities and places of the offer layer lying in it, by family of the "
            "equipment rates (NB_EHPAD, PLACES_EHPAD, PLACES_HEBERGEMENT_ADULTES_HANDICAPES…: places = the sum of "
            "the capacity fields), the distance in km from the commune's inner point to the nearest facility "
            "of each domain (DIST_PA_KM…, straight line, or along the roads when a road layer is given) and "
            "the target population living beyond the chosen distance for each census year of the layer "
            "(P22_POP75P_LOIN_PA…). The catalogue's equipment rates (places per 1 000 of the target "
            "population) and access shares are then computed from these columns by sums at every level. "
            "Families absent from the whole layer get no column: their rates are listed as not computable."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource("COMMUNES", self.tr("Communes"), [SOURCE_POLYGON]))
        self.addParameter(
            QgsProcessingParameterField(
                "CODE_FIELD",
                self.tr("INSEE code field of the communes (detected if empty)"),
                parentLayerParameterName="COMMUNES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("OFFER", self.tr("Offer layer (facilities)"), [SOURCE_POINT])
        )
        add_distance_parameters(self)
        self.addParameter(
            QgsProcessingParameterFile(
                "CATALOGUE",
                self.tr("Catalogue of the collectivité (target populations), optional"),
                fileFilter=self.tr("YAML catalogue (*.yaml *.yml)"),
                optional=True,
            )
        )
        covered = QgsProcessingParameterString(
            "COVERED_DEPARTEMENTS",
            self.tr(
                "Départements the offer layer covers (e.g. 63,03; all if empty): elsewhere the offer is unknown, "
                "never 0"
            ),
            optional=True,
        )
        self.addParameter(advanced(covered))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Communes with the offer")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "FACILITY_LIST",
                self.tr("Facilities counted, with the commune they lie in (table)"),
                SOURCE_VECTOR,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString("COLUMNS", self.tr("Columns added")))
        self.addOutput(QgsProcessingOutputString("ABSENT", self.tr("Families absent from the offer layer")))
        self.addOutput(QgsProcessingOutputNumber("FACILITIES", self.tr("Facilities counted")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        communes = self.parameterAsSource(parameters, "COMMUNES", context)
        offer = self.parameterAsSource(parameters, "OFFER", context)
        if communes is None or offer is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        code_field = self._code_field(parameters, context, communes)
        features = list(communes.getFeatures())
        codes = [str(plain_value(feature[code_field])) for feature in features]
        facilities = self._facilities(offer, communes, (features, codes), context, feedback)
        columns = family_columns(codes, facilities)
        columns.update(self._access(parameters, context, (communes, features), facilities, feedback))
        covered = {
            part.strip().zfill(2)
            for part in self.parameterAsString(parameters, "COVERED_DEPARTEMENTS", context).split(",")
            if part.strip()
        }
        if covered and columns:
            outside = outside_coverage(columns, codes, covered)
            if outside:
                feedback.pushInfo(
                    self.tr("{} communes outside the départements of the offer ({}): their offer is unknown").format(
                        outside, ", ".join(sorted(covered))
                    )
                )
        output_id = self._write(parameters, context, communes, features, columns, feedback)
        list_id = self._write_list(parameters, context, facilities, feedback)
        absent = absent_families(facilities)
        counted = sum(1 for facility in facilities if facility.commune is not None)
        feedback.pushInfo(
            self.tr("{} facilities in the {} communes; columns added: {}").format(
                counted, len(features), ", ".join(columns) or "-"
            )
        )
        if absent:
            feedback.pushInfo(self.tr("Not in the offer layer (rates not computable): {}").format(", ".join(absent)))
        return {
            "OUTPUT": output_id,
            "FACILITY_LIST": list_id,
            "COLUMNS": ",".join(columns),
            "ABSENT": "; ".join(absent),
            "FACILITIES": counted,
        }

    def _code_field(self, parameters, context, communes):
        names = communes.fields().names()
        chosen = self.parameterAsString(parameters, "CODE_FIELD", context) or next(
            (name for name in names if name.upper() in CODE_FIELD_CANDIDATES), None
        )
        if chosen not in names:
            raise QgsProcessingException(
                self.tr("No INSEE code field found in the commune layer ({}): choose it").format(", ".join(names[:12]))
            )
        return chosen

    def _facilities(self, offer, communes, territories, context, feedback):
        """Every facility of a known category, with the commune it lies in, its places, its position."""
        features, codes = territories
        names = offer.fields().names()
        if "categorie" not in names:
            raise QgsProcessingException(
                self.tr("The offer layer has no « categorie » field: create it with « Create the offer layer »")
            )
        capacity = [name for name in CAPACITY_FIELDS if name in names]
        to_communes = QgsCoordinateTransform(offer.sourceCrs(), communes.sourceCrs(), context.transformContext())
        to_l93 = QgsCoordinateTransform(offer.sourceCrs(), LAMBERT_93, context.transformContext())
        geometries = [feature.geometry() for feature in features]
        index = QgsSpatialIndex()
        for position, geometry in enumerate(geometries):
            index.addFeature(position, geometry.boundingBox())
        facilities, unknown = [], 0
        for feature in offer.getFeatures():
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled"))
            category = str(plain_value(feature["categorie"]) or "").strip()
            if category not in CATEGORIES:
                unknown += 1
                continue
            places = places_of([number_or_nan(feature[name]) for name in capacity])
            commune, xy = self._position(feature.geometry(), (to_communes, to_l93), index, (geometries, codes))
            facilities.append(Facility(commune, category, places, xy, *self._identity(feature, names)))
        if unknown:
            feedback.pushWarning(self.tr("{} facilities without a known category are not counted").format(unknown))
        return facilities

    @staticmethod
    def _identity(feature, names):
        """(name, FINESS number) of a facility, empty when the layer has no such field."""
        return tuple(str(plain_value(feature[name]) or "") if name in names else "" for name in ("nom", "finess"))

    @staticmethod
    def _position(geometry, transforms, index, territories):
        """(code of the commune holding the point or None, (x, y) in Lambert-93 or None)."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None, None
        to_communes, to_l93 = transforms
        geometries, codes = territories
        point = QgsGeometry(geometry)
        point.transform(to_communes)
        hits = [p for p in index.intersects(point.boundingBox()) if geometries[p].contains(point)]
        l93 = QgsGeometry(geometry)
        l93.transform(to_l93)
        return (codes[min(hits)] if hits else None), (l93.asPoint().x(), l93.asPoint().y())

    def _access(self, parameters, context, territories, facilities, feedback):
        """DIST_<domain>_KM and P<aa>_<target>_LOIN_<domain> for each domain present in the layer."""
        communes, features = territories
        to_l93 = QgsCoordinateTransform(communes.sourceCrs(), LAMBERT_93, context.transformContext())
        origins = []
        for feature in features:
            inner = feature.geometry().pointOnSurface()
            inner.transform(to_l93)
            origins.append((inner.asPoint().x(), inner.asPoint().y()))
        limit = self.parameterAsDouble(parameters, "DISTANCE_KM", context)
        roads = self.parameterAsSource(parameters, "ROADS", context)
        catalogue = self.run_core(load_catalogue, self.parameterAsFile(parameters, "CATALOGUE", context) or None)
        values = self._numeric_columns(communes, features)
        columns = {}
        for domain in DOMAINS:
            points = domain_points(facilities, domain)
            if not points:
                continue
            if roads is None:
                distances = nearest_km(origins, points)
            else:
                metres = road_distances(roads, LAMBERT_93, (origins, points), feedback)
                distances = [None if d is None else d / 1000.0 for d in metres]
            columns[distance_column(domain)] = np.array([np.nan if d is None else d for d in distances])
            for year, population in target_by_year(catalogue, domain.target, values, len(features)).items():
                columns[beyond_column(domain, year)] = beyond_values(distances, population, limit)
        return columns

    @staticmethod
    def _numeric_columns(communes, features):
        """{field: float array} of the communes' numeric fields (the target populations' columns)."""
        numeric = [field.name() for field in communes.fields() if field.isNumeric()]
        return {name: np.array([number_or_nan(feature[name]) for feature in features], dtype=float) for name in numeric}

    def _write(self, parameters, context, communes, features, columns, feedback):
        aliases = input_aliases(self, parameters, "COMMUNES", context)  # « Population en 2018 » kept
        fields = QgsFields()
        for field in communes.fields():
            copy = QgsField(field)
            copy.setAlias(aliases.get(field.name(), field.alias()))
            fields.append(copy)
        present = set(fields.names())
        added = [name for name in columns if name not in present]
        for name in added:
            fields.append(QgsField(name, REAL))
        sink, sink_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, communes.wkbType(), communes.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        batch = []
        for position, feature in enumerate(features):
            attributes = list(feature.attributes())
            for name in columns:  # a column already there (second run on its own output) is replaced
                value = columns[name][position]
                value = None if np.isnan(value) else float(value)
                if name in present:
                    attributes[fields.lookupField(name)] = value
                else:
                    attributes.append(value)
            feature.setFields(fields, False)
            feature.setAttributes(attributes)
            batch.append(feature)
        self.write_batch(sink, batch, feedback)
        self.remember_aliases(sink_id, fields)
        return sink_id

    def _write_list(self, parameters, context, facilities, feedback):
        """One row per facility counted: its commune (by position; NULL outside the communes), FINESS
        number, name, category and places (NULL when unknown). None when not asked for."""
        if parameters.get("FACILITY_LIST") is None:
            return None
        fields = QgsFields()
        for name, kind in (("code_commune", TEXT), ("finess", TEXT), ("nom", TEXT), ("categorie", TEXT)):
            fields.append(QgsField(name, kind))
        fields.append(QgsField("places", REAL))
        sink, sink_id = self.parameterAsSink(parameters, "FACILITY_LIST", context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "FACILITY_LIST"))
        batch = []
        for facility in facilities:
            feature = QgsFeature(fields)
            places = None if facility.places != facility.places else float(facility.places)
            feature.setAttributes([facility.commune, facility.finess, facility.name, facility.category, places])
            batch.append(feature)
        self.write_batch(sink, batch, feedback)
        return sink_id
