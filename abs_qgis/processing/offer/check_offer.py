"""abs:checkoffer — problems of a facilities layer: FINESS numbers, duplicates, capacities, positions."""

from collections import Counter

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...compat import INTEGER, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON, SOURCE_VECTOR, TEXT
from ...core.codes import normalize_commune_code
from ...core.finess import finess_problem, normalize_finess
from ...core.offer import category_problem, update_problem
from ...i18n import tr_print
from ..base import AbsAlgorithm, plain_value


def _python_date(value):
    """A QDate or QDateTime of the layer (GeoPackage date field) as a Python date; else as is."""
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().date()
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


class CheckOfferAlgorithm(AbsAlgorithm):
    NAME = "checkoffer"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Check the offer layer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Lists the problems of a facilities layer, one line each: missing, malformed or wrong FINESS numbers "
            "(check digit), duplicate FINESS numbers, missing or negative capacities, and — with the commune "
            "polygons — facilities lying outside the commune they declare."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource("FACILITIES", self.tr("Facilities (points)"), [SOURCE_POINT])
        )
        self.addParameter(
            QgsProcessingParameterField(
                "FINESS_FIELD", self.tr("FINESS number field"), parentLayerParameterName="FACILITIES"
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "CAPACITY_FIELD",
                self.tr("Capacity field (places)"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "COMMUNE_FIELD",
                self.tr("Declared commune code field, optional"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "COMMUNES",
                self.tr("Commune polygons, to check the positions, optional"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "COMMUNES_CODE_FIELD",
                self.tr("INSEE code field of the communes"),
                parentLayerParameterName="COMMUNES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "CATEGORY_FIELD",
                self.tr("Category field (checked against the offer's categories), optional"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "UPDATE_FIELD",
                self.tr("Last update date field, optional"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_MONTHS",
                self.tr("Records older than this many months are listed"),
                NUMBER_INTEGER,
                12,
                minValue=1,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Problems"), SOURCE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        facilities = self.parameterAsSource(parameters, "FACILITIES", context)
        if facilities is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        finess_field = self.parameterAsString(parameters, "FINESS_FIELD", context)
        capacity_field = self.parameterAsString(parameters, "CAPACITY_FIELD", context)
        commune_field = self.parameterAsString(parameters, "COMMUNE_FIELD", context)
        features = list(facilities.getFeatures())
        counts = Counter(normalize_finess(plain_value(f[finess_field])) for f in features)
        polygons = self._communes(parameters, context, facilities) if commune_field else {}
        record_checks = self._record_checks(parameters, context)
        problems = []
        for feature in features:
            number = normalize_finess(plain_value(feature[finess_field]))
            for problem in self._problems(feature, number, counts, capacity_field, commune_field, polygons):
                problems.append((number or "", feature.id(), problem))
            for field_name, check in record_checks:
                problem = check(_python_date(plain_value(feature[field_name])))
                if problem:
                    problems.append((number or "", feature.id(), problem))
        columns = (("finess", TEXT), ("entite", INTEGER), ("probleme", TEXT))
        sink_id = self.write_table(parameters, "OUTPUT", context, columns, problems, feedback)
        feedback.pushInfo(self.tr("{} facilities checked, {} problems").format(len(features), len(problems)))
        return {"OUTPUT": sink_id, "PROBLEMS": len(problems)}

    def _record_checks(self, parameters, context):
        """(field, check) for the optional category and update-date checks."""
        checks = []
        category_field = self.parameterAsString(parameters, "CATEGORY_FIELD", context)
        if category_field:
            checks.append((category_field, category_problem))
        update_field = self.parameterAsString(parameters, "UPDATE_FIELD", context)
        if update_field:
            months = self.parameterAsInt(parameters, "MAX_MONTHS", context)
            checks.append((update_field, lambda value: update_problem(value, months)))
        return checks

    def _problems(self, feature, number, counts, capacity_field, commune_field, polygons):
        problem = finess_problem(number)
        if problem:
            yield problem
        if number and counts[number] > 1:
            yield tr_print("duplicate FINESS number ({} records)").format(counts[number])
        if capacity_field:
            capacity = plain_value(feature[capacity_field])
            if capacity in (None, ""):
                yield tr_print("missing capacity")
            elif float(capacity) < 0:
                yield tr_print("negative capacity")
        if commune_field and polygons:
            yield from self._position(feature, commune_field, polygons)

    def _position(self, feature, commune_field, polygons):
        try:
            declared = normalize_commune_code(plain_value(feature[commune_field]))
        except ValueError:
            declared = None
        point = feature.geometry()
        if point.isNull():
            yield tr_print("no position")
            return
        point = QgsGeometry(point)
        point.transform(polygons["__transform__"])
        if declared in polygons and polygons[declared].contains(point):
            return
        found = next(
            (code for code, polygon in polygons.items() if code != "__transform__" and polygon.contains(point)), None
        )
        yield tr_print("outside its declared commune ({}): lies in {}").format(
            declared or "?", found or tr_print("no commune of the layer")
        )

    def _communes(self, parameters, context, facilities):
        source = self.parameterAsSource(parameters, "COMMUNES", context)
        if source is None:
            return {}
        code_field = self.parameterAsString(parameters, "COMMUNES_CODE_FIELD", context) or "DEPCOM"
        polygons = {
            "__transform__": QgsCoordinateTransform(
                facilities.sourceCrs(), source.sourceCrs(), context.transformContext()
            )
        }
        for feature in source.getFeatures(QgsFeatureRequest()):
            polygons[normalize_commune_code(plain_value(feature[code_field]))] = feature.geometry()
        return polygons
