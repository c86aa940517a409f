"""abs:joinindicators — join an indicator table (as received) to commune polygons."""

from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...compat import INTEGER, REAL, TEXT
from ...core.errors import AbsError, Cancelled
from ...core.geography import GEOGRAPHY_MISMATCH, read_splits, split_groups, stale_groups, stale_reasons
from ...core.join import (
    join_table,
    other_geography_codes,
    table_codes_of,
)
from ...core.levels import COMMUNE
from ...core.long_table import CODE_COLUMN as LONG_CODE_COLUMN
from ...core.meta import find_meta_file, labels_in_archive, read_labels
from ...core.passage import read_passage
from ...core.tables import parse_renames, read_table, rename_columns
from ...i18n import tr_print
from ..base import WRITE_BATCH, AbsAlgorithm, plain_value, progress_callbacks
from ..layers.flags import ALL_FEATURES
from ..layers.gpkg_copy import GpkgCopy, gpkg_destination, sql_type
from ..layers.layer_checks import crs_warnings, geometry_warnings
from ..layers.ogr_file import ogr_file_of
from .geometry_update import dissolve_stale_groups
from .join_parameters import add_join_parameters
from .long_tables import add_pivot_rows, fill_bpe_zeros, pivot_if_long
from .polygon_codes import code_field_and_level, layer_codes_of
from .table_layer import raw_table_from_layer, table_layer_of

ORIGIN_FIELD = "abs_origine"
MARKERS_FIELD = "abs_marques"


class JoinIndicatorsAlgorithm(AbsAlgorithm):
    NAME = "joinindicators"
    GROUP = "tables"

    COMMUNES = "COMMUNES"
    COMMUNE_FIELD = "COMMUNE_FIELD"
    TABLE = "TABLE"
    SHEET = "SHEET"
    RENAME = "RENAME"
    DIMENSIONS = "DIMENSIONS"
    HEADER_ROW = "HEADER_ROW"
    TABLE_FIELD = "TABLE_FIELD"
    PASSAGE = "PASSAGE"
    SUM_DUPLICATES = "SUM_DUPLICATES"
    UPDATE_GEOMETRY = "UPDATE_GEOMETRY"
    MOVEMENTS = "MOVEMENTS"
    META = "META"
    LEVEL = "LEVEL"
    SUM_IRIS = "SUM_IRIS"
    SECRET_FLAG = "SECRET_FLAG"  # nosec B105: a field name, not a password
    LEVEL_KEYS = (None, "commune", "iris", "qpv", "epci", "secteur", "departement", "region")
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Join an indicator table to the communes")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Joins a table as received (CSV with ';' and decimal commas, latin-1, XLSX with title "
            "rows, secret markers s/nd/empty) to commune polygons by INSEE code. Codes are "
            "normalised (leading zeros, 2A/2B); municipal arrondissements are summed into their "
            "commune; with a passage table, communes merged since the table's year are summed into "
            "the commune nouvelle (counts only: rates and medians become NULL). Every commune is "
            "kept; every table row is either joined or listed in the unmatched table with its reason."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_join_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.COMMUNES, context)
        if source is None:
            raise QgsProcessingException(self.tr("The commune layer cannot be read"))
        code_field, level = code_field_and_level(self, source, parameters, context)
        layer_name = self.parameterAsString(parameters, self.COMMUNES, context)
        for warning in crs_warnings(source, layer_name) + geometry_warnings(source, layer_name):
            feedback.pushWarning(warning)
        table_field = self.parameterAsString(parameters, self.TABLE_FIELD, context) or None
        raw_table, labels = self._read_table(parameters, context, feedback)
        keep = self.parameterAsString(parameters, self.DIMENSIONS, context)
        raw_table, pivot = pivot_if_long(self, raw_table, level, keep, feedback)
        if pivot is not None:
            table_field = LONG_CODE_COLUMN  # the territory column of the long table, its prefixes taken off
        renames = self.run_core(parse_renames, self.parameterAsString(parameters, self.RENAME, context))
        if renames:
            self.run_core(rename_columns, raw_table, renames)
            labels = {renames.get(name, name): label for name, label in labels.items()}
            listed = ", ".join("{} → {}".format(old, new) for old, new in renames.items())
            feedback.pushInfo(self.tr("Columns renamed: {}").format(listed))
        passage_path = self.parameterAsFile(parameters, self.PASSAGE, context)
        passage = self.run_core(read_passage, passage_path) if passage_path else None
        ogr_file = ogr_file_of(self, parameters, self.COMMUNES, context)
        layer_codes = layer_codes_of(source, code_field, level, ogr_file)
        feedback.pushInfo(
            self.tr("Level of the polygons: {} ({} codes, field {})").format(level.label, len(layer_codes), code_field)
        )
        update_geometry = self.parameterAsBoolean(parameters, self.UPDATE_GEOMETRY, context)
        movements_path = self.parameterAsFile(parameters, self.MOVEMENTS, context)
        splits = self.run_core(read_splits, self.run_core(read_table, movements_path)) if movements_path else {}
        features, stale = None, None
        if level is COMMUNE:
            features, layer_codes, stale = self._prepare_geometry(
                source, code_field, layer_codes, raw_table, table_field, (passage, splits), update_geometry, feedback
            )
        elif update_geometry or splits:
            feedback.pushWarning(self.tr("Geometry update and commune movements apply to commune polygons only"))
        progress, is_canceled = progress_callbacks(feedback, 5, 60)
        try:
            result = self.run_core(
                join_table,
                raw_table,
                layer_codes,
                code_column=table_field,
                passage=passage,
                sum_duplicates=self.parameterAsBoolean(parameters, self.SUM_DUPLICATES, context),
                stale=stale,
                progress=progress,
                is_canceled=is_canceled,
                level=level,
                sum_iris=self.parameterAsBoolean(parameters, self.SUM_IRIS, context),
                flag_column=self.parameterAsString(parameters, self.SECRET_FLAG, context) or None,
            )
        except Cancelled as cancel:
            raise QgsProcessingException(self.tr("Cancelled")) from cancel
        add_pivot_rows(result, pivot)
        fill_bpe_zeros(result, pivot, layer_codes, feedback)
        foreign = other_geography_codes(result, layer_codes)
        if foreign and not passage:
            feedback.pushWarning(
                self.tr(
                    "{} codes of the table are unknown to the layer although their département is in it ({}): the "
                    "table is probably of another geography (merged communes); give a « Commune code history (passage "
                    "table) » (PASSAGE) "
                    "before comparing years"
                ).format(len(foreign), ", ".join(foreign[:10]))
            )
            # Said on every feature too: abs:computeindicators refuses evolutions on such a layer.
            mark = " — " + GEOGRAPHY_MISMATCH
            result.origin = {code: origin + mark for code, origin in result.origin.items()}
        output_fields, names = self._output_fields(source.fields(), result.columns, labels)
        copied = ogr_file if features is None else None  # dissolved communes go through the sink
        destination = gpkg_destination(self, parameters, self.OUTPUT, context) if copied else None
        if destination:
            output_id, without_data = self._write_copy(
                copied, destination, (source, output_fields), (code_field, level), result, feedback
            )
        else:
            output_id, without_data = self._write_with_sink(
                parameters, context, (source, output_fields, features), (code_field, level), result, names, feedback
            )
        unmatched_id = self._write_unmatched(parameters, context, result)
        self._log_summary(feedback, result, len(layer_codes), without_data)
        if result.rows_flagged:
            feedback.pushInfo(
                self.tr(
                    "{} rows suppressed at the source (column {} not 0): their empty cells are secret at the source"
                ).format(result.rows_flagged, result.flag_column)
            )
        self.remember_aliases(output_id, output_fields)
        return {
            self.OUTPUT: output_id,
            self.UNMATCHED: unmatched_id,
            "ROWS_READ": result.rows_read,
            "ROWS_JOINED": result.rows_joined,
            "ROWS_SUMMED": result.rows_summed,
            "ROWS_REJECTED": result.rows_rejected,
            "ROWS_OUTSIDE": result.rows_outside,
            "COMMUNES_WITHOUT_DATA": without_data,
            "LEVEL": level.key,
            "COLUMNS": ",".join(names),
        }

    def _read_table(self, parameters, context, feedback):
        layer = table_layer_of(parameters.get(self.TABLE), context)
        if layer is not None:
            feedback.pushInfo(self.tr("Reading the layer {}").format(layer.name()))
            return raw_table_from_layer(layer), {
                field.name(): field.alias() for field in layer.fields() if field.alias()
            }
        table_path = self.parameterAsFile(parameters, self.TABLE, context)
        sheet = self.parameterAsString(parameters, self.SHEET, context) or None
        header_row = self.parameterAsInt(parameters, self.HEADER_ROW, context) or None
        feedback.pushInfo(self.tr("Reading {}").format(table_path))
        raw_table = self.run_core(read_table, table_path, sheet, header_row)
        for warning in raw_table.warnings:
            feedback.pushWarning("{} ({})".format(warning, raw_table.label))
        separator = repr(raw_table.separator) if raw_table.separator else "-"
        feedback.pushInfo(
            self.tr("Header on line {}, {} data rows, encoding {}, separator {}").format(
                raw_table.header_row, len(raw_table.frame), raw_table.encoding or "-", separator
            )
        )
        meta_path = self.parameterAsFile(parameters, self.META, context)
        if meta_path:
            return raw_table, self.run_core(read_labels, meta_path)
        in_archive = self.run_core(labels_in_archive, table_path)
        if in_archive:
            feedback.pushInfo(self.tr("French field aliases from the dictionary in {}").format(table_path))
            return raw_table, in_archive
        found = find_meta_file(table_path)
        if found is None:
            return raw_table, {}
        try:
            labels = read_labels(found)
        except AbsError as error:
            feedback.pushWarning(self.tr("Variable dictionary ignored: {}").format(error))
            return raw_table, {}
        feedback.pushInfo(self.tr("French field aliases from {}").format(found))
        return raw_table, labels

    def _prepare_geometry(self, source, code_field, layer_codes, raw_table, table_field, history, update, feedback):
        """Stale commune groups (merged since the layer, or split since the table): dissolved
        (``update``) or listed for refusal. Returns ``(features or None, layer codes, stale reasons)``."""
        passage, splits = history
        if update and not passage and not splits:
            raise QgsProcessingException(
                self.tr("Dissolving the polygons needs a « Commune code history (passage table) » (PASSAGE)")
            )
        table_codes = self.run_core(table_codes_of, raw_table, table_field)
        groups = stale_groups(layer_codes, table_codes, passage) if passage else {}
        groups.update(split_groups(layer_codes, table_codes, splits))
        if not groups:
            return None, layer_codes, None
        stale = stale_reasons(groups)
        if not update:
            message = self.tr(
                "The commune layer is older than the table for {} communes nouvelles ({}): their rows are not "
                "joined; tick « Dissolve the polygons of communes the table counts as one commune » (UPDATE_GEOMETRY)"
            )
            feedback.pushWarning(message.format(len(groups), ", ".join(sorted(groups))))
            return None, layer_codes, stale
        features, merged = dissolve_stale_groups(source, code_field, groups, feedback)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled"))
        listed = "; ".join("{} ← {}".format(code, ", ".join(group)) for code, group in sorted(groups.items()))
        feedback.pushInfo(
            self.tr("{} polygons dissolved into {} communes nouvelles: {}").format(merged, len(groups), listed)
        )
        return features, sorted({code for code in layer_codes if code not in stale} | set(groups)), None

    def _output_fields(self, layer_fields, columns, labels):
        fields = QgsFields(layer_fields)
        names = []

        def free(name):
            # A layer joined before has these names already (its origin and markers too): « _t » added.
            while fields.lookupField(name) >= 0:
                name = name + "_t"
            return name

        for column in columns:
            name = free(column.name)
            field = QgsField(name, REAL if column.kind == "number" else TEXT)
            if column.name in labels:
                field.setAlias(labels[column.name])
            fields.append(field)
            names.append(name)
        fields.append(QgsField(free(ORIGIN_FIELD), TEXT))
        fields.append(QgsField(free(MARKERS_FIELD), TEXT))
        return fields, names

    @staticmethod
    def _joined_values(code, result, empty, no_row):
        """The values a feature of code ``code`` receives, and whether the table had a row for it.
        ``no_row``: the origin of a feature without row (French, as every value of the output)."""
        values = result.values.get(code)
        extra = [result.origin.get(code, no_row), result.markers.get(code, "")]
        return (empty + extra, False) if values is None else (values + extra, True)

    @staticmethod
    def _code_of(level, value):
        try:
            return level.normalize(plain_value(value))
        except ValueError:
            return None

    def _write_copy(self, ogr_file, destination, layer, code_field_and_level, result, feedback):
        """GDAL copies the communes; SQLite adds the table's columns (see gpkg_copy)."""
        source, output_fields = layer
        code_field, level = code_field_and_level
        writer = GpkgCopy(ogr_file, destination, QgsWkbTypes.multiType(source.wkbType()), feedback)
        try:
            writer.copy(None, progress=(60.0, 80.0))
            added = [output_fields.at(i) for i in range(source.fields().count(), output_fields.count())]
            empty = [None] * (len(added) - 2)
            no_row = tr_print("no row in the table")
            rows, without_data = [], 0
            for fid, value in writer.values(code_field):
                values, joined = self._joined_values(self._code_of(level, value), result, empty, no_row)
                without_data += not joined
                rows.append((fid, *values))
            writer.add_columns([(field.name(), sql_type(field)) for field in added], rows)
            feedback.setProgress(90.0)
            return writer.finish(), without_data
        except BaseException:
            writer.remove()  # the hidden copy: the output's name keeps the previous file or nothing
            raise

    def _write_with_sink(self, parameters, context, layer, code_field_and_level, result, names, feedback):
        source, output_fields, features = layer
        code_field, level = code_field_and_level
        wkb_type = QgsWkbTypes.multiType(source.wkbType())  # mixed Polygon / MultiPolygon sources are common
        sink, output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, output_fields, wkb_type, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        if features is None:
            # Every commune, valid geometry or not: nothing is lost.
            features = source.getFeatures(QgsFeatureRequest(), ALL_FEATURES)
        index = source.fields().lookupField(code_field)
        total = max(1, source.featureCount())
        empty = [None] * len(names)
        no_row = tr_print("no row in the table")
        without_data = 0
        batch = []
        for number, feature in enumerate(features):
            values, joined = self._joined_values(self._code_of(level, feature.attribute(index)), result, empty, no_row)
            without_data += not joined
            feature.setAttributes(feature.attributes() + values)
            batch.append(feature)
            if len(batch) == WRITE_BATCH:
                self.write_batch(sink, batch, feedback)
                feedback.setProgress(60 + 35 * number / total)
        self.write_batch(sink, batch, feedback)
        return output_id, without_data

    def _write_unmatched(self, parameters, context, result):
        columns = (
            ("ligne", INTEGER),
            ("code_lu", TEXT),
            ("code", TEXT),
            ("motif", TEXT),
            ("statut", TEXT),
        )
        rows = ([row.line, row.raw_code, row.code, row.reason, row.status] for row in result.rejected)
        return self.write_table(parameters, self.UNMATCHED, context, columns, rows)

    def _log_summary(self, feedback, result, commune_count, without_data):
        if result.code_match_rate is not None:
            feedback.pushInfo(
                self.tr("Code column chosen by its values: {} ({} % of its codes or of the layer's found)").format(
                    result.code_column, "{:.0f}".format(100 * result.code_match_rate)
                )
            )
        feedback.pushInfo(
            self.tr("Rows read: {}; joined: {} (of which {} summed into a commune); not joined: {}").format(
                result.rows_read, result.rows_joined, result.rows_summed, result.rows_rejected
            )
        )
        feedback.pushInfo(self.tr("Territories in the layer: {}; without data: {}").format(commune_count, without_data))
        counts = [c.name for c in result.columns if c.kind == "number" and c.summable]
        others = [c.name for c in result.columns if c.kind == "number" and not c.summable]
        texts = [c.name for c in result.columns if c.kind == "text"]
        feedback.pushInfo(self.tr("Counts (summed when communes are merged): {}").format(", ".join(counts) or "-"))
        feedback.pushInfo(self.tr("Rates and other non-summable numbers: {}").format(", ".join(others) or "-"))
        feedback.pushInfo(self.tr("Text columns: {}").format(", ".join(texts) or "-"))
        if result.partial_rows:
            feedback.pushWarning(
                self.tr("{} rows had non-summable values left out (listed in the unmatched table)").format(
                    len(result.partial_rows)
                )
            )
        if result.unreadable_cells:
            line, column, value = result.unreadable_cells[0]
            feedback.pushWarning(
                self.tr("{} unreadable cells set to NULL, first: line {}, column {}: « {} »").format(
                    len(result.unreadable_cells), line, column, value
                )
            )
