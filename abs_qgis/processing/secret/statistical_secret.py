"""abs:statisticalsecret — mask what must not be published, and say why, cell by cell."""

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...compat import FIELD_NUMERIC, INTEGER, INTEGER64, TEXT, parameter_as_fields
from ...core.block_settings import SECRET_THRESHOLD
from ...core.publishable import left_out_summary, publishable_fields
from ...core.secret import apply_secret
from ...core.tables import read_table
from ...i18n import tr_print
from ..base import WRITE_BATCH, AbsAlgorithm
from ..layers.flags import ALL_FEATURES
from ..layers.gpkg_copy import copy_with_columns, gpkg_destination
from ..layers.layer_style import input_aliases
from .secret_inputs import add_secret_parameters, read_secret_inputs

# "field: reason; …" on every feature with a masked cell (styles use it).
SECRET_FIELD = "abs_secret"  # nosec B105: a field name, not a password


def level_label(level):
    return tr_print("territory") if level == "" else (tr_print("whole") if level == "ensemble" else level)


REPORT_COLUMNS = tuple((name, TEXT) for name in ("niveau", "code", "champ", "motif"))


def write_report(algorithm, parameters, context, rows, feedback):
    """The REPORT table of the secret algorithms: level, code, field, reason — never a value."""
    labels = {}
    lines = (
        (labels.get(level) or labels.setdefault(level, level_label(level)), code, name, reason)
        for level, code, name, reason in rows
    )
    return algorithm.write_table(parameters, "REPORT", context, REPORT_COLUMNS, lines, feedback)


class StatisticalSecretAlgorithm(AbsAlgorithm):
    NAME = "statisticalsecret"
    GROUP = "secret"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Apply the statistical secret")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Masks every count below the threshold (primary secret), keeps cells blank at source masked, "
            "masks further cells so that no masked value can be recovered from a published total (each parent "
            "of the hierarchy fields and the whole layer) by difference (secondary secret), and masks the ratios "
            "resting on a masked or small count (induced). Masked cells are NULL in the output and listed in "
            "the abs_secret field; the report lists every masked cell with its reason, never its value. "
            "Parent totals that must not be published are listed in the report too."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_secret_parameters(self)
        self.addParameter(
            QgsProcessingParameterFile(
                "PREMASKED",
                self.tr("Report of another run (CSV) whose masked cells apply here, optional"),
                optional=True,
                fileFilter=self.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "PREMASKED_LEVEL",
                self.tr("Level of that report that designates this layer's territories (e.g. EPCI)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "PUBLISHABLE_ONLY",
                self.tr(
                    "Publishable fields only: codes, names, indicators, protected counts and counts declared public "
                    "(the other numbers stay out of the output)"
                ),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "PUBLIC_FIELDS",
                self.tr("Counts declared public, published as they are (e.g. populations légales), optional"),
                parentLayerParameterName="INPUT",
                type=FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Territories, secret applied")))
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", self.tr("Masked cells")))

    def _premasked(self, parameters, context):
        """{(field, code)} masked by another run at the level this layer publishes."""
        path = self.parameterAsFile(parameters, "PREMASKED", context)
        if not path:
            return None
        level = self.parameterAsString(parameters, "PREMASKED_LEVEL", context)
        frame = self.run_core(read_table, path).frame
        missing = [name for name in ("niveau", "code", "champ") if name not in frame.columns]
        if missing:
            raise QgsProcessingException(self.tr("The report {} lacks the columns {}").format(path, ", ".join(missing)))
        return {(str(row["champ"]), str(row["code"])) for _i, row in frame.iterrows() if str(row["niveau"]) == level}

    def _write_with_sink(self, parameters, context, layer, masks, feedback):
        source, fields = layer
        inputs, by_row, flags = masks
        sink, output_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        indexes = {name: source.fields().lookupField(name) for name in set(inputs.counts) | set(inputs.ratios)}
        written = [source.fields().lookupField(field.name()) for field in fields if field.name() != SECRET_FIELD]
        batch = []
        # Every feature, valid geometry or not: the masks are by position in the order read.
        features = source.getFeatures(QgsFeatureRequest(), ALL_FEATURES)
        for row, feature in enumerate(features):
            attributes = feature.attributes()
            for name in by_row.get(row, {}):
                attributes[indexes[name]] = None  # the raw value never reaches the output
            feature.setFields(fields, False)
            feature.setAttributes([attributes[index] for index in written] + [flags[row]])
            batch.append(feature)
            if len(batch) == WRITE_BATCH:
                self.write_batch(sink, batch, feedback)
        self.write_batch(sink, batch, feedback)
        return output_id

    @staticmethod
    def _write_copy(ogr_file, destination, layer, masks, feedback):
        """GDAL copies the fields with nothing masked; the fields with a masked cell are written
        afresh, masked cells NULL, after them: the raw values are never written to the file."""
        source, fields = layer
        inputs, by_row, flags = masks
        masked_fields = {name for masked in by_row.values() for name in masked}
        values = {**inputs.counts, **inputs.ratio_values}
        published = set(fields.names())
        kept = [name for name in source.fields().names() if name not in masked_fields and name in published]
        rewritten = [fields.field(name) for name in source.fields().names() if name in masked_fields]
        columns = []
        for field in rewritten:
            column = np.asarray(values[field.name()], dtype=float).copy()
            column[[row for row, masked in by_row.items() if field.name() in masked]] = np.nan
            cells = column.astype(object)
            cells[np.isnan(column)] = None  # masked, or NULL in the input
            if field.type() in (INTEGER, INTEGER64):
                cells = [None if cell is None else int(cell) for cell in cells]
            columns.append(list(cells))
        rows = list(zip(*columns, flags))
        added = rewritten + [fields.field(SECRET_FIELD)]
        return copy_with_columns(ogr_file, destination, source.wkbType(), added, rows, feedback, keep_fields=kept)

    def _published_fields(self, parameters, context, source, inputs, feedback):
        """The input fields the output keeps: all, or with PUBLISHABLE_ONLY the publishable ones
        (the numbers left out said in the journal)."""
        names = source.fields().names()
        if not self.parameterAsBoolean(parameters, "PUBLISHABLE_ONLY", context):
            return set(names)
        public = parameter_as_fields(self, parameters, "PUBLIC_FIELDS", context)
        numeric = set(inputs.numeric)
        choice = publishable_fields(
            [(name, name in numeric) for name in names],
            inputs.catalogue,
            set(inputs.counts) | set(inputs.ratios),
            public,
        )
        if choice.left_out:
            feedback.pushInfo(
                self.tr("Not published (neither protected by the secret nor declared public): {}").format(
                    left_out_summary(choice.left_out)
                )
            )
        return set(choice.kept)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source, ogr_file, inputs = read_secret_inputs(self, parameters, context, feedback)
        if inputs.threshold < SECRET_THRESHOLD:
            feedback.pushWarning(
                self.tr(
                    "Threshold of the secret: {} (below the usual rule of {}: counts of {} to {} are published)"
                ).format(inputs.threshold, SECRET_THRESHOLD, inputs.threshold, SECRET_THRESHOLD - 1)
            )
        result = self.run_core(apply_secret, *inputs.rules(), self._premasked(parameters, context))
        aliases = input_aliases(self, parameters, "INPUT", context)  # titles of the published maps
        kept = self._published_fields(parameters, context, source, inputs, feedback)
        fields = QgsFields()
        for field in (field for field in source.fields() if field.name() in kept):
            copy = QgsField(field)
            copy.setAlias(aliases.get(field.name(), field.alias()))
            fields.append(copy)
        fields.append(QgsField(SECRET_FIELD, TEXT))
        by_row = {}
        for (name, unit), reason in result.masked.items():
            if unit < len(inputs.codes):
                by_row.setdefault(unit, {})[name] = reason
        flags = [
            "; ".join("{}: {}".format(n, by_row[row][n]) for n in sorted(by_row[row])) if row in by_row else ""
            for row in range(len(inputs.codes))
        ]
        destination = gpkg_destination(self, parameters, "OUTPUT", context) if ogr_file else None
        if destination:
            output_id = self._write_copy(ogr_file, destination, (source, fields), (inputs, by_row, flags), feedback)
        else:
            output_id = self._write_with_sink(parameters, context, (source, fields), (inputs, by_row, flags), feedback)
        report_id = write_report(self, parameters, context, result.report(), feedback)
        self.remember_aliases(output_id, fields)
        primary = sum(1 for r in result.masked.values() if r == "primaire")
        secondary = sum(1 for r in result.masked.values() if r == "secondaire")
        feedback.pushInfo(
            self.tr("{} cells masked: {} primary, {} secondary, {} induced, {} secret at source").format(
                len(result.masked),
                primary,
                secondary,
                sum(1 for r in result.masked.values() if r == "induit"),
                sum(1 for r in result.masked.values() if r == "secret à la source"),
            )
        )
        return {"OUTPUT": output_id, "REPORT": report_id, "MASKED": len(result.masked)}
