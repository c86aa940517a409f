"""abs:importfiness — bring a FINESS-like extract into the offer layer, matching on the FINESS number."""

from datetime import date

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from ...compat import INTEGER, SOURCE_POINT, SOURCE_VECTOR, TEXT
from ...core.finess import normalize_finess
from ...core.finess_import import read_records
from ...core.tables import read_table
from ..base import AbsAlgorithm, plain_value

ATTRIBUTES = ("nom", "categorie", "places_permanentes", "code_commune", "gestionnaire", "statut_juridique")


class ImportFinessAlgorithm(AbsAlgorithm):
    NAME = "importfiness"
    GROUP = "offer"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import FINESS facilities into the offer layer")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Reads a FINESS-like extract (CSV, XLSX…: FINESS number, name, category, capacity, commune, "
            "longitude/latitude) and brings it into the offer layer: a facility already there (same FINESS "
            "number) is updated, a new one is created, and every other row is listed with its reason (wrong "
            "FINESS key, unknown category, missing or foreign coordinates, other département). Read rows = "
            "created + updated + skipped."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile("TABLE", self.tr("FINESS extract")))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "OFFER", self.tr("Offer layer (created by « Create the offer layer »)"), [SOURCE_POINT]
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "DEFAULT_CATEGORY", self.tr("Category when the extract has none (e.g. EHPAD)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "DEPARTEMENTS", self.tr("Départements to keep, comma-separated (all if empty)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("SOURCE", self.tr("Source label"), defaultValue="FINESS"))
        self.addParameter(
            QgsProcessingParameterBoolean(
                "KEEP_EXISTING",
                self.tr("Keep the facilities already in the layer as they are (only add the new FINESS numbers)"),
                False,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("SKIPPED", self.tr("Rows not imported"), SOURCE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layer = self.parameterAsVectorLayer(parameters, "OFFER", context)
        if layer is None or layer.fields().lookupField("finess") < 0:
            raise QgsProcessingException(self.tr("The offer layer must have the fields of « Create the offer layer »"))
        raw = self.run_core(read_table, self.parameterAsFile(parameters, "TABLE", context))
        departements = self.parameter_as_list(parameters, "DEPARTEMENTS", context)
        imported = self.run_core(
            read_records,
            raw,
            self.parameterAsString(parameters, "DEFAULT_CATEGORY", context) or None,
            tuple(departements),
        )
        existing = {normalize_finess(plain_value(f["finess"])): f.id() for f in layer.getFeatures()}
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"), layer.crs(), context.transformContext()
        )
        source = self.parameterAsString(parameters, "SOURCE", context)
        if self.parameterAsBoolean(parameters, "KEEP_EXISTING", context):
            kept = [record for record in imported.records if record["finess"] in existing]
            imported.records = [record for record in imported.records if record["finess"] not in existing]
            if kept:
                feedback.pushInfo(self.tr("{} facilities already in the layer kept as edited").format(len(kept)))
        created, updated = self._write(layer, imported.records, existing, transform, source, feedback)
        skipped_id = self._write_skipped(parameters, context, imported.skipped)
        feedback.pushInfo(
            self.tr("Rows read: {}; created: {}; updated: {}; not imported: {}").format(
                len(raw.frame), created, updated, len(imported.skipped)
            )
        )
        return {
            "SKIPPED": skipped_id,
            "ROWS_READ": len(raw.frame),
            "CREATED": created,
            "UPDATED": updated,
            "NOT_IMPORTED": len(imported.skipped),
        }

    def _write(self, layer, records, existing, transform, source, feedback):
        fields = layer.fields()
        today = QDate(date.today().year, date.today().month, date.today().day)
        if not layer.isEditable() and not layer.startEditing():
            raise QgsProcessingException(self.tr("The offer layer cannot be edited"))
        created = updated = 0
        for record in records:
            if feedback.isCanceled():
                layer.rollBack()
                raise QgsProcessingException(self.tr("Cancelled"))
            geometry = QgsGeometry.fromPointXY(QgsPointXY(record["lon"], record["lat"]))
            geometry.transform(transform)
            values = {fields.lookupField(name): record[name] for name in ATTRIBUTES}
            values[fields.lookupField("date_maj")] = today
            values[fields.lookupField("source")] = source
            if record["finess"] in existing:
                feature_id = existing[record["finess"]]
                layer.changeAttributeValues(feature_id, values)
                layer.changeGeometry(feature_id, geometry)
                updated += 1
            else:
                feature = QgsFeature(fields)
                feature.setGeometry(geometry)
                feature["finess"] = record["finess"]
                for index, value in values.items():
                    feature.setAttribute(index, value)
                layer.addFeature(feature)
                existing[record["finess"]] = None  # a later duplicate row of the extract updates, not adds
                created += 1
        if not layer.commitChanges():
            errors = "; ".join(layer.commitErrors())
            layer.rollBack()
            raise QgsProcessingException(self.tr("The offer layer refused the changes: {}").format(errors))
        return created, updated

    def _write_skipped(self, parameters, context, skipped):
        columns = (("ligne", INTEGER), ("finess", TEXT), ("motif", TEXT))
        return self.write_table(parameters, "SKIPPED", context, columns, skipped)
