"""abs:computeindicators — the catalogue's indicators on every feature of a layer."""

from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...compat import REAL, SOURCE_VECTOR, TEXT
from ...core.indicators import compute, needed_columns, output_rows
from ..base import WRITE_BATCH, AbsAlgorithm
from ..layers.flags import ALL_FEATURES
from ..layers.gpkg_copy import copy_with_columns, gpkg_destination
from ..layers.layer_columns import AREA_COLUMN, geography_mismatch, numeric_field_names, origin_fields, read_columns
from ..layers.ogr_file import ogr_file_of
from .catalogue_parameters import (
    INDICATORS,
    add_catalogue_parameters,
    catalogue_parameters,
    indicators_left_out,
    year_plan,
)

REMARKS_FIELD = "abs_remarques"  # per feature: why an indicator is NULL, or partial


def indicator_field(indicator, name=None, year=None):
    """Output field of an indicator: snake_case id, French alias with its year (« Densité de
    population (hab./km²), RP 2022 »), definition, source and year as comment."""
    field = QgsField(name or indicator.id, REAL)
    dated = indicator.year_text(year)
    field.setAlias(indicator.titled + (", " + dated if dated else ""))
    dated = " ({})".format(dated) if dated else ""
    field.setComment("{} Source : {}{}".format(indicator.definition, indicator.source, dated))
    return field


class ComputeIndicatorsAlgorithm(AbsAlgorithm):
    NAME = "computeindicators"
    GROUP = "indicators"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    TEXT_CHOICES = ((INDICATORS, indicators_left_out),)  # ids as text: checked with the catalogue

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Compute the indicators")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Computes the indicators of the ABS catalogue (density, ageing index, shares of age groups, "
            "unemployment, housing, benefit rates, growth rates…) on every feature, from the source columns "
            "present (for example after « Join an indicator table »). Each output field is named by the "
            "indicator's id and carries its French label as alias. Indicators whose fields are absent are "
            "listed in the log with the missing field; a division by zero gives NULL with its reason, never "
            "an error. A user catalogue (same YAML format) adds or replaces indicators. Evolutions (TCAM, "
            "variations) are refused on a layer that received a table of another geography without passage table."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Territories with source columns"), [SOURCE_VECTOR])
        )
        add_catalogue_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Territories with indicators")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        catalogue, ids, millesime = catalogue_parameters(self, parameters, context)
        available = set(numeric_field_names(source)) | {AREA_COLUMN}
        millesime = year_plan(self, millesime, catalogue, ids, available)
        needed, _not_computable = self.run_core(needed_columns, catalogue, ids or None, available, millesime)
        ogr_file = ogr_file_of(self, parameters, self.INPUT, context)
        columns, texts, count = read_columns(
            source,
            context,
            needed,
            origin_fields(source),
            with_area=AREA_COLUMN in needed,
            feedback=feedback,
            ogr_file=ogr_file,
        )
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled"))
        mismatch = geography_mismatch(source, texts)
        computed = self.run_core(
            compute, columns, count, catalogue, ids or None, millesime, strict=True, mismatch=mismatch
        )
        if not computed.values:
            raise QgsProcessingException(
                self.tr("No indicator of the catalogue can be computed with the fields of this layer")
            )
        fields, names = QgsFields(source.fields()), []
        for key in computed.values:
            name = key if source.fields().lookupField(key) < 0 else key + "_calc"
            fields.append(indicator_field(catalogue[key], name, computed.years.get(key)))
            names.append(name)
        fields.append(QgsField(REMARKS_FIELD, TEXT))
        rows, remarks = output_rows(computed, count)
        destination = gpkg_destination(self, parameters, self.OUTPUT, context) if ogr_file else None
        if destination:
            added = [fields.at(index) for index in range(source.fields().count(), fields.count())]
            output_id = copy_with_columns(
                ogr_file,
                destination,
                source.wkbType(),
                added,
                [row + [remark] for row, remark in zip(rows, remarks)],
                feedback,
            )
        else:
            output_id = self._write_with_sink(parameters, context, source, fields, (rows, remarks), feedback)
        self._log(feedback, computed)
        self.remember_aliases(output_id, fields)
        return {
            self.OUTPUT: output_id,
            "COMPUTED": ",".join(computed.values),
            "NOT_COMPUTABLE": ",".join(computed.not_computable),
        }

    def _write_with_sink(self, parameters, context, source, fields, values, feedback):
        rows, remarks = values
        sink, output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        count = len(rows)
        batch = []
        # Every feature, valid geometry or not: the rows are in the order read_columns read them.
        features = source.getFeatures(QgsFeatureRequest(), ALL_FEATURES)
        for position, feature in enumerate(features):
            feature.setAttributes(feature.attributes() + rows[position] + [remarks[position]])
            batch.append(feature)
            if len(batch) == WRITE_BATCH:
                self.write_batch(sink, batch, feedback)
                feedback.setProgress(100.0 * position / max(1, count))
        self.write_batch(sink, batch, feedback)
        return output_id

    def _log(self, feedback, computed):
        for key, resolved in computed.resolved.items():
            expression = resolved.text("numerateur") or "{} → {}".format(resolved.text("debut"), resolved.text("fin"))
            if resolved.text("denominateur"):
                expression += " / " + resolved.text("denominateur")
            feedback.pushInfo(
                self.tr("{}: {} ({})").format(key, expression, resolved.indicator.year_text(computed.years.get(key)))
            )
        for key, reason in computed.not_computable.items():
            feedback.pushInfo(self.tr("{}: {}").format(key, reason))
