"""abs:aggregateterritories — communes grouped into EPCI or sectors, ratios recomputed from sums,
with reference territories (département, région, France…) and the gap to one of them."""

import os
from collections import Counter

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...compat import FAST_INSERT, INTEGER, REAL, TEXT, WKB_NO_GEOMETRY
from ...core.aggregate import compute_grouped, gaps, group_sums, parse_equivalents, whole
from ...core.grouping import APPROXIMATION, groups_from_table, provided_columns
from ...core.indicators import needed_columns
from ...core.levels import COMMUNE, IRIS, detect_level
from ...core.published import NOT_WHOLE, apply_published, parse_published, published_level, read_published
from ...core.tables import read_table
from ...i18n import by_count, tr_print
from ..base import AbsAlgorithm
from ..layers.layer_columns import AREA_COLUMN, geography_mismatch, numeric_field_names, origin_fields, read_columns
from ..layers.ogr_file import ogr_file_of
from .aggregate_parameters import add_aggregate_parameters
from .catalogue_parameters import (
    INDICATORS,
    catalogue_parameters,
    indicators_left_out,
    year_plan,
)
from .compute_indicators import REMARKS_FIELD, indicator_field
from .group_geometry import dissolve_groups
from .reference_rows import ReferenceRow, cell_value, reference_counts, reference_remarks, reference_values, row_years

COUNTS_FIELD = "abs_effectifs"  # per reference: the count each value rests on (id=count; …)
YEARS_FIELD = "abs_annees"  # per reference: the year of each value (id=year; …)
SOURCES_FIELD = "abs_sources"  # per reference: the producer's file of each published value (id: source; …)

LABEL_FIELDS = ("code_iris", "CODE_IRIS", "DCOMIRIS", "DEPCOM", "INSEE_COM", "CODGEO", "code", "COM")


OTHERS = "\u0000autres"  # the rest of the reference layer, beside a territory of comparison


def mark_part(computed, position, catalogue, sizes):
    """The producer's values (Filosofi…) of a group that is only part of its EPCI: not published."""
    for key in computed.values:
        if catalogue[key].type == "importe":
            computed.values[key][position] = np.nan
            computed.reasons[key][position] = NOT_WHOLE.format(*sizes)


def territory_place(group_level, grouped, group_sizes):
    """(level, code) of the studied territory when it is one whole EPCI (or département…) of the
    published level, else (None, ""): « non publié à ce niveau ». ``group_sizes``: the number of
    communes of each group in the reference layer (None without one)."""
    if group_level is None or len(grouped.codes) != 1:
        return None, ""
    code = grouped.codes[0]
    if group_sizes is not None and group_sizes.get(code, 0) != int(grouped.members[0]):
        return None, ""  # a part of the EPCI only: its published value is not the territory's
    return group_level, code


class AggregateTerritoriesAlgorithm(AbsAlgorithm):
    NAME = "aggregateterritories"
    GROUP = "indicators"

    INPUT = "INPUT"
    GROUP_FIELD = "GROUP_FIELD"
    NAME_FIELD = "NAME_FIELD"
    GROUP_TABLE = "GROUP_TABLE"
    GROUP_TABLE_FIELD = "GROUP_TABLE_FIELD"
    GROUP_TABLE_NAME = "GROUP_TABLE_NAME"
    PROVIDED = "PROVIDED"
    PUBLISHED = "PUBLISHED"
    TERRITORY_NAME = "TERRITORY_NAME"
    REFERENCE_LAYER = "REFERENCE_LAYER"
    REFERENCE_FIELDS = "REFERENCE_FIELDS"
    REFERENCE_WHOLE = "REFERENCE_WHOLE"
    REFERENCE_WHOLE_NAME = "REFERENCE_WHOLE_NAME"
    REFERENCE_EQUIVALENTS = "REFERENCE_EQUIVALENTS"
    ALLOW_PARTIAL = "ALLOW_PARTIAL"
    OUTPUT = "OUTPUT"
    REFERENCES = "REFERENCES"

    TEXT_CHOICES = ((INDICATORS, indicators_left_out),)  # ids as text: checked with the catalogue

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Aggregate territories")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Groups communes by a field (EPCI, sector…), dissolves their polygons, sums the source counts "
            "and recomputes every ratio from the sums (never a mean of commune ratios). Values that cannot be "
            "summed (medians, Filosofi poverty rates) are NULL at group level, with their reason. Optionally "
            "computes reference territories (département, région, France) from a wider layer with the same "
            "columns, writes them with the studied territory as a whole in the references table, and adds to "
            "each group its gap to the first reference: points for rates, index base 100 for ratios."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_aggregate_parameters(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The input layer cannot be read"))
        catalogue, ids, millesime = catalogue_parameters(self, parameters, context)
        available = set(numeric_field_names(source)) | {AREA_COLUMN}
        millesime = year_plan(self, millesime, catalogue, ids, available)
        needed, not_computable = self.run_core(needed_columns, catalogue, ids or None, available, millesime)
        for key, reason in not_computable.items():
            if ids:
                raise QgsProcessingException(self.tr("Indicator « {} » {}").format(key, reason))
            feedback.pushInfo(self.tr("{}: {}").format(key, reason))
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        label_field = next((n for n in LABEL_FIELDS if source.fields().lookupField(n) >= 0), None)
        levels = self._levels(parameters, context, source)
        texts = ([group_field] if group_field else []) + ([label_field] if label_field else []) + levels
        texts += [name for name in origin_fields(source) if name not in texts]
        columns, text_columns, count = read_columns(
            source,
            context,
            needed,
            texts,
            with_area=AREA_COLUMN in needed,
            feedback=feedback,
            ogr_file=ogr_file_of(self, parameters, self.INPUT, context),
        )
        partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        labels = text_columns.get(label_field) if label_field else None
        level = (detect_level(labels) if labels else None) or COMMUNE
        groups, table_names, approximate = self._groups(parameters, context, group_field, labels, level)
        grouped = self.run_core(
            group_sums, columns, groups if groups is not None else text_columns[group_field], needed, labels, partial
        )
        provided = self._provided(parameters, context, grouped, catalogue, needed)
        mismatch = geography_mismatch(source, text_columns)
        computed = self.run_core(compute_grouped, grouped, catalogue, ids or None, millesime, provided, mismatch)
        for key, reason in computed.not_computable.items():
            if ids and key in ids:
                raise QgsProcessingException(self.tr("Indicator « {} » {}").format(key, reason))
            feedback.pushInfo(self.tr("{}: {}").format(key, reason))
        settings = (catalogue, ids, millesime, needed, partial)
        references, group_sizes = self._references(
            parameters, context, (columns, text_columns, levels), settings, feedback
        )
        groups_found = (group_field, grouped, computed, group_sizes)
        self._published(parameters, context, groups_found, references, catalogue, feedback)
        if approximate:
            feedback.pushWarning(self.tr("IRIS grouped into priority neighbourhoods: the result is an approximation"))
        output_id, group_names = self._write_groups(
            parameters,
            context,
            source,
            (grouped, computed, catalogue, needed, references),
            feedback,
            (table_names, level, approximate),
        )
        if len(group_names) == 1 and not references[0].name:  # the territory is one group
            references[0] = references[0].named(group_names[0])
        references_id = self._write_references(parameters, context, references, computed, catalogue)
        text = by_count(len(grouped.codes), self.tr("{} communes in {} group"), self.tr("{} communes in {} groups"))
        feedback.pushInfo(text.format(count, len(grouped.codes)))
        return {self.OUTPUT: output_id, self.REFERENCES: references_id, "GROUPS": len(grouped.codes)}

    def _groups(self, parameters, context, group_field, labels, level):
        """``(groups from the grouping table or None, {group: name}, approximation)``."""
        table_path = self.parameterAsFile(parameters, self.GROUP_TABLE, context)
        if group_field and table_path:
            raise QgsProcessingException(self.tr("Give either a grouping field or a grouping table, not both"))
        if not group_field and not table_path:
            raise QgsProcessingException(
                self.tr("Choose a « Grouping field » (GROUP_FIELD) or a « Grouping table » (GROUP_TABLE)")
            )
        if not table_path:
            return None, {}, False
        if labels is None:
            raise QgsProcessingException(self.tr("No commune code field in the layer to read the grouping table"))
        codes = [self.run_core(level.normalize, code) for code in labels]
        raw = self.run_core(read_table, table_path)
        column = self.parameterAsString(parameters, self.GROUP_TABLE_FIELD, context) or None
        name = self.parameterAsString(parameters, self.GROUP_TABLE_NAME, context) or None
        return self.run_core(groups_from_table, raw, codes, column, name, level)

    def _provided(self, parameters, context, grouped, catalogue, needed):
        """Columns of non-summable indicators read from the PROVIDED table, per group, or None."""
        path = self.parameterAsFile(parameters, self.PROVIDED, context)
        if not path:
            return None
        raw = self.run_core(read_table, path)
        return self.run_core(provided_columns, raw, grouped.codes, needed)

    def _levels(self, parameters, context, source):
        levels = self.parameter_as_list(parameters, self.REFERENCE_FIELDS, context)
        for level in levels:
            if source.fields().lookupField(level) < 0:
                raise QgsProcessingException(
                    self.tr("Reference level « {} » must be a field of both layers").format(level)
                )
        return levels

    def _references(self, parameters, context, communes, settings, feedback):
        """([ReferenceRow], the number of communes of each group in the reference layer or None),
        the territory first."""
        columns, text_columns, levels = communes
        catalogue, ids, millesime, needed, partial = settings
        territory = whole(columns, needed, partial)
        territory_values = compute_grouped(territory, catalogue, ids or None, millesime)
        name = self.parameterAsString(parameters, self.TERRITORY_NAME, context)
        members = int(territory.members[0]) if len(territory.members) else len(next(iter(text_columns.values()), []))
        rows = [ReferenceRow(tr_print("Studied territory"), "", name, members, territory_values)]
        group_sizes = None
        reference = self.parameterAsSource(parameters, self.REFERENCE_LAYER, context)
        if reference is None:
            return rows, group_sizes
        for level in levels:
            if reference.fields().lookupField(level) < 0:
                raise QgsProcessingException(
                    self.tr("Reference level « {} » must be a field of both layers").format(level)
                )
        missing = [name for name in needed if name != AREA_COLUMN and reference.fields().lookupField(name) < 0]
        if missing:
            raise QgsProcessingException(self.tr("The reference layer lacks the fields {}").format(", ".join(missing)))
        equivalents = self.run_core(
            parse_equivalents, self.parameterAsString(parameters, self.REFERENCE_EQUIVALENTS, context)
        )
        for field_name, _code, name in equivalents:
            if reference.fields().lookupField(field_name) < 0:
                raise QgsProcessingException(
                    self.tr("Territory of comparison « {} »: the reference layer has no field « {} »").format(
                        name, field_name
                    )
                )
        # COG layers name each level in NOM_<level> (NOM_DEP, NOM_REG, NOM_EPCI).
        name_fields = ["NOM_" + level for level in levels if reference.fields().lookupField("NOM_" + level) >= 0]
        group_field = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        in_reference = [group_field] if group_field and reference.fields().lookupField(group_field) >= 0 else []
        texts = list(dict.fromkeys(levels + [field for field, _c, _n in equivalents] + name_fields + in_reference))
        ref_columns, ref_texts, _count = read_columns(
            reference,
            context,
            needed,
            texts,
            with_area=AREA_COLUMN in needed,
            feedback=feedback,
            ogr_file=ogr_file_of(self, parameters, self.REFERENCE_LAYER, context),
        )
        if in_reference:  # how many communes each group has in the wider layer: is the territory whole?
            group_sizes = Counter(ref_texts[group_field])
        for level in levels:
            code = Counter(text_columns[level]).most_common(1)[0][0]
            ref_groups = ["" if group is None else group for group in ref_texts[level]]
            grouped = self.run_core(group_sums, ref_columns, ref_groups, needed, None, partial)
            position = grouped.codes.index(code)
            values = compute_grouped(grouped, catalogue, ids or None, millesime)
            names = ref_texts.get("NOM_" + level) or []
            name = next((names[i] for i, group in enumerate(ref_groups) if group == code and names[i]), "")
            label = {"DEP": tr_print("Department"), "REG": tr_print("Region")}.get(level.upper(), level)
            rows.append(ReferenceRow(label, code, name, int(grouped.members[position]), values, position, level))
        for field_name, code, name in equivalents:
            ref_groups = [code if value == code else OTHERS for value in ref_texts[field_name]]
            if code not in ref_groups:
                raise QgsProcessingException(
                    self.tr("Territory of comparison « {} »: no feature of the reference layer has {} = {}").format(
                        name, field_name, code
                    )
                )
            grouped = self.run_core(group_sums, ref_columns, ref_groups, needed, None, partial)
            position = grouped.codes.index(code)
            values = compute_grouped(grouped, catalogue, ids or None, millesime)
            label = tr_print("Territory of comparison")
            rows.append(ReferenceRow(label, code, name, int(grouped.members[position]), values, position, field_name))
        if self.parameterAsBoolean(parameters, self.REFERENCE_WHOLE, context):
            grouped = whole(ref_columns, needed, partial)
            name = self.parameterAsString(parameters, self.REFERENCE_WHOLE_NAME, context)
            values = compute_grouped(grouped, catalogue, ids or None, millesime)
            rows.append(ReferenceRow(name, "", name, int(grouped.members[0]), values, level="FRANCE"))
        return rows, group_sizes

    def _published(self, parameters, context, groups, references, catalogue, feedback):
        """The producer's own values of the non-summable indicators, for the groups, the territory and
        the references (PUBLISHED); each row's years and sources are kept for the references table."""
        group_field, grouped, computed, group_sizes = groups
        entries = self.run_core(parse_published, self.parameterAsString(parameters, self.PUBLISHED, context))
        tables = [
            self.run_core(read_published, self.run_core(read_table, path), level, label or os.path.basename(path))
            for level, path, label in entries
        ]
        group_level = published_level(group_field)
        # Without any file, the groups keep the values given for their level (PROVIDED); the
        # references say which file would give theirs (« non fourni »).
        for position, code in enumerate(grouped.codes if tables else ()):
            if group_sizes is not None and group_level is not None:
                whole_group = group_sizes.get(code, 0) == int(grouped.members[position])
                if not whole_group:  # 3 communes of an EPCI of 44: its published value is not theirs
                    mark_part(computed, position, catalogue, (int(grouped.members[position]), group_sizes.get(code, 0)))
                    continue
            applied = apply_published(computed, position, (group_level, code), tables, catalogue)
            for key, found in applied.items():
                if found.year is not None and not np.isnan(found.value):
                    computed.years[key] = found.year
        for row in references:
            place = (published_level(row.level), row.code)
            if row.is_territory:  # the studied territory: one whole group of a published level
                place = territory_place(group_level, grouped, group_sizes)
            row.published = apply_published(row.computed, row.position, place, tables, catalogue)
        for table in tables:
            feedback.pushInfo(self.tr("Published values ({}): {}").format(table.level, table.label))

    def _write_groups(self, parameters, context, source, results, feedback, naming):
        grouped, computed, catalogue, needed, references = results
        table_names, level, approximate = naming
        summed = [
            name
            for name in needed
            if any(name in resolved.columns and catalogue[key].summable for key, resolved in computed.resolved.items())
        ]
        gap_reference = references[1] if len(references) > 1 else None  # the first reference
        fields = QgsFields()
        fields.append(QgsField("code", TEXT))
        fields.append(QgsField("nom", TEXT))
        fields.append(QgsField("nb_iris" if level is IRIS else "nb_communes", INTEGER))
        for name in summed:
            fields.append(QgsField(name, REAL))
        for key in computed.values:
            fields.append(indicator_field(catalogue[key], year=computed.years.get(key)))
        gap_values = reference_values(gap_reference) if gap_reference else {}
        for key in computed.values if gap_reference else ():
            gap = QgsField("ecart_" + key, REAL)
            unit = "points" if catalogue[key].ecart == "points" else "indice base 100"
            gap.setAlias(
                "Écart à {} {} ({}) : {}".format(gap_reference.label, gap_reference.code, unit, catalogue[key].libelle)
            )
            fields.append(gap)
        fields.append(QgsField(REMARKS_FIELD, TEXT))
        fields.append(QgsField(YEARS_FIELD, TEXT))
        sink, output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        geometries, names = dissolve_groups(
            source, grouped, self.parameterAsString(parameters, self.NAME_FIELD, context), feedback
        )
        group_names = [table_names.get(code) or names.get(position, "") for position, code in enumerate(grouped.codes)]
        for position, code in enumerate(grouped.codes):
            feature = QgsFeature(fields)
            feature.setGeometry(geometries[position])
            values = [code, group_names[position], int(grouped.members[position])]
            values += [cell_value(grouped.sums[name], position) for name in summed]
            values += [cell_value(array, position) for array in computed.values.values()]
            for key in computed.values if gap_reference else ():
                reference_value = gap_values.get(key)
                value = (
                    np.nan
                    if reference_value is None
                    else gaps(computed.values[key][position : position + 1], reference_value, catalogue[key].ecart)[0]
                )
                values.append(None if value != value else float(value))
            remarks = ["{}: {}".format(k, r[position]) for k, r in computed.reasons.items() if r[position]]
            values.append("; ".join(([APPROXIMATION] if approximate else []) + remarks))
            values.append("; ".join("{}={}".format(key, year) for key, year in computed.years.items() if year))
            feature.setAttributes(values)
            sink.addFeature(feature, FAST_INSERT)
        self.remember_aliases(output_id, fields)
        return output_id, group_names

    def _write_references(self, parameters, context, references, computed, catalogue):
        fields = QgsFields()
        for name, kind in (
            ("niveau", TEXT),
            ("code", TEXT),
            ("nom", TEXT),
            ("nb_communes", INTEGER),
        ):
            fields.append(QgsField(name, kind))
        for key in computed.values:
            fields.append(indicator_field(catalogue[key], year=computed.years.get(key)))
        fields.append(QgsField(REMARKS_FIELD, TEXT))
        fields.append(QgsField(COUNTS_FIELD, TEXT))
        fields.append(QgsField(YEARS_FIELD, TEXT))
        fields.append(QgsField(SOURCES_FIELD, TEXT))
        sink, sink_id = self.parameterAsSink(parameters, self.REFERENCES, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.REFERENCES))
        for row in references:
            values = reference_values(row)
            feature = QgsFeature(fields)
            remarks = reference_remarks(row)
            years, sources = row_years(row)
            feature.setAttributes(
                row.head()
                + [values.get(key) for key in computed.values]
                + [remarks, reference_counts(row), years, sources]
            )
            sink.addFeature(feature, FAST_INSERT)
        return sink_id
