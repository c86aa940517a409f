"""abs:exportmaps — one printed map per indicator (PDF, PNG or SVG), French legends."""

import os
from dataclasses import dataclass
from datetime import date

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProject,
)

from ...cartography.atlas import (
    add_key_figures,
    atlas_file_name,
    enable_atlas,
    export_atlas_files,
    export_atlas_pdf,
    highlight_layer,
)
from ...cartography.atlas_charts import add_atlas_chart
from ...cartography.atlas_facilities import page_facilities
from ...cartography.inset import inset_layers
from ...cartography.labels import add_labels
from ...cartography.layout import MapTexts, build_map_layout, export_layout
from ...cartography.project_organise import organise_map, tidy_rest
from ...cartography.project_store import LayerStore
from ...cartography.renderer import (
    CLASSIFICATION_METHODS,
)
from ...cartography.templates import template_path
from ...compat import (
    EXPORT_SUCCESS,
    NO_GEOMETRY_REQUEST,
    parameter_as_fields,
)
from ...core.catalogue import load_catalogue
from ...core.charter import load_charter
from ...core.frenchformat import slugify
from ...core.output_layout import MAPS_PROJECT_NAME as PROJECT_NAME
from ...i18n import tr_print
from ..base import AbsAlgorithm, plain_value
from ..indicators.portrait_rows import name_field_of
from ..layers.flags import NO_THREADING, advanced
from ..layers.layer_style import stored_aliases, with_stored_style
from .atlas_key_figures import atlas_charts, key_figures
from .export_maps_parameters import add_export_parameters
from .layout_parameter import layout_as_text, layout_choice
from .map_layers import map_layers

FORMATS = ("pdf", "png", "svg")
Q6_INDEX = len(CLASSIFICATION_METHODS)  # the option after QGIS's own methods
AUTOMATIC, CHOROPLETH, CIRCLES = range(3)  # REPRESENTATION options
# Written by abs:statisticalsecret: "field: reason; …".


def add_overlay(layout, project, overlay):
    """The points on top of the map, listed after the classes; the legend keeps only the symbols
    the map shows (not every category of the offer) — unless the points are sized by a value:
    QGIS's filter by map content would drop their size legend."""
    project.addMapLayer(overlay)
    map_item = layout.itemById("carte")
    map_item.setLayers([overlay] + map_item.layers())
    legend = layout.itemById("legende")
    legend.model().rootGroup().addLayer(overlay)
    renderer = overlay.renderer()
    sized = getattr(renderer, "dataDefinedSizeLegend", lambda: None)() is not None
    legend.setLegendFilterByMapEnabled(not sized)
    if sized:
        legend.setColumnCount(2)  # the sizes beside the classes: the box under the map is low
        legend.setColumnSpace(6)
    legend.adjustBoxSize()


@dataclass
class AtlasSettings:
    """The atlas of an export: its key and label fields, and the territory codes when each page
    goes to its own file (None: one PDF)."""

    key: str
    label: str = None
    codes: list = None


@dataclass
class PrintSettings:
    """What every map of one export shares."""

    project: QgsProject
    store: LayerStore
    template: str
    file_format: str
    dpi: int
    overlay: object = None
    label_field: str = None
    inset: tuple = None  # (layers, extent) of the locator inset
    key_figures: object = None  # the key-figures table layer of an atlas
    chart_folder: str = None  # the atlas pages' charts, one SVG per territory
    feedback: object = None


def catalogue_title(catalogue, field_name):
    """« Libellé (unité) » of a catalogue indicator, else the field name."""
    indicator = catalogue.get(field_name)
    if indicator is None:
        return field_name
    return indicator.titled


class ExportMapsAlgorithm(AbsAlgorithm):
    NAME = "exportmaps"
    GROUP = "maps"

    INPUT = "INPUT"
    INDICATORS = "INDICATORS"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCES = "SOURCES"
    CHARTER = "CHARTER"
    CLASSIFICATION = "CLASSIFICATION"
    FIXED_BREAKS = "FIXED_BREAKS"
    CLASSES = "CLASSES"
    FORMAT = "FORMAT"
    DPI = "DPI"
    OVERWRITE = "OVERWRITE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    ATLAS_FIELD = "ATLAS_FIELD"
    PROJECT = "PROJECT"
    ATLAS_LABEL_FIELD = "ATLAS_LABEL_FIELD"
    ATLAS_SPLIT = "ATLAS_SPLIT"
    LABEL_FIELD = "LABEL_FIELD"
    OVERLAY = "OVERLAY"
    ADVANCED = (
        "SOURCES",
        "REPRESENTATION",
        "FIXED_BREAKS",
        "DPI",
        "ATLAS_LABEL_FIELD",
        "ATLAS_SPLIT",
        "KEY_FIGURES",
        "REFERENCES",
        "LABEL_FIELD",
        "OVERLAY",
    )
    LAYOUT = "LAYOUT"
    REPRESENTATION = "REPRESENTATION"
    INSET = "INSET"
    KEY_FIGURES = "KEY_FIGURES"
    REFERENCES = "REFERENCES"
    OUTPUT_FILES = "OUTPUT_FILES"
    MAP_COUNT = "MAP_COUNT"

    def flags(self):
        return super().flags() | NO_THREADING

    TEXT_CHOICES = ((LAYOUT, layout_as_text),)  # a layout's name or .qpt path: checked when read

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Export maps")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Prints one map per indicator field: choropleth classified by a QGIS method for rates, "
            "proportional circles with a nested legend for counts, legend in French number format, a hatched "
            "class for the statistical secret and one for communes without data, scale bar, north "
            "arrow, sources line and date, on a print layout template (A4 portrait, A4 landscape, A3 "
            "landscape, or your own .qpt with the same item ids). An optional context layer (the "
            "département) gives a locator inset. The atlas prints one page per territory with a key-figures "
            "table compared with the references and a chart of its indicators, in one PDF or one file per "
            "territory (atlas_densite_63003.pdf). File names are derived from the title when one is given, "
            "else from the field name (densite.pdf); existing files are only replaced when "
            "« Replace existing files » is ticked."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_export_parameters(self)
        for name in self.ADVANCED:  # the common choices first; these under « Paramètres avancés »
            advanced(self.parameterDefinition(name))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_FILES, self.tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber(self.MAP_COUNT, self.tr("Number of maps")))
        self.addOutput(QgsProcessingOutputFile(self.PROJECT, self.tr("QGIS project of the maps (.qgz)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("The layer to map cannot be read"))
        fields = parameter_as_fields(self, parameters, self.INDICATORS, context)
        self._check_fields(layer, fields)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        self._prepare_folder(folder)
        file_format = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        method = self.parameterAsEnum(parameters, self.CLASSIFICATION, context)
        fixed = self.parameterAsString(parameters, self.FIXED_BREAKS, context).strip()
        method_id = (
            ("fixed", fixed) if fixed else (("q6",) if method == Q6_INDEX else ("qgis", CLASSIFICATION_METHODS[method]))
        )
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        representation = self.parameterAsEnum(parameters, self.REPRESENTATION, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        title = self.parameterAsString(parameters, self.TITLE, context)
        subtitle = self.parameterAsString(parameters, self.SUBTITLE, context) or layer.name()
        sources = self.parameterAsString(parameters, self.SOURCES, context)
        charter = self.run_core(load_charter, self.parameterAsFile(parameters, self.CHARTER, context) or None)
        catalogue = self.run_core(load_catalogue)

        atlas = self._atlas(parameters, context, layer, file_format)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or None
        overlay = self.parameterAsVectorLayer(parameters, self.OVERLAY, context)
        aliases = stored_aliases(layer)
        project_path = os.path.join(folder, PROJECT_NAME + ".qgz")
        for existing in (project_path, os.path.join(folder, PROJECT_NAME + ".gpkg")):
            if os.path.exists(existing) and not overwrite:
                raise QgsProcessingException(
                    self.tr(
                        "The file {} already exists: choose another folder or tick "
                        "« Replace existing files » (OVERWRITE)"
                    ).format(existing)
                )
        template = self.run_core(template_path, layout_choice(self, parameters, context), atlas is not None)
        project = QgsProject()
        project.setCrs(layer.crs())
        store = LayerStore(os.path.join(folder, PROJECT_NAME + ".gpkg"))
        settings = PrintSettings(project, store, template, file_format, dpi, overlay, label_field, feedback=feedback)
        inset_layer = self.parameterAsVectorLayer(parameters, self.INSET, context)
        if inset_layer is not None:
            settings.inset = self.run_core(inset_layers, inset_layer, layer, charter, layer.crs(), store)
            project.addMapLayers(settings.inset[0])
        if atlas is not None:
            settings.key_figures, charts = key_figures(
                self, parameters, context, layer, (fields, aliases), atlas.key, catalogue, store
            )
            project.addMapLayer(settings.key_figures)
            settings.chart_folder = atlas_charts(folder, charts, overwrite, feedback)
        written = []
        for number, field_name in enumerate(fields):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled"))
            own_title = bool(title) and len(fields) == 1
            map_title = title if own_title else (aliases.get(field_name) or catalogue_title(catalogue, field_name))
            # File named after the given title, else after the field (stable when labels change).
            stem = slugify(map_title if own_title else field_name)
            if atlas is not None:
                stem = "atlas_{}".format(stem)
            path = os.path.join(folder, "{}.{}".format(stem, file_format))
            paths = [path]
            if atlas is not None and atlas.codes is not None:  # one file per territory
                paths = [os.path.join(folder, atlas_file_name(stem, code, file_format)) for code in atlas.codes]
            existing = next((name for name in paths if os.path.exists(name)), None)
            if existing and not overwrite:
                raise QgsProcessingException(
                    self.tr(
                        "The file {} already exists: choose another folder or tick "
                        "« Replace existing files » (OVERWRITE)"
                    ).format(existing)
                )
            texts = MapTexts(
                map_title,
                subtitle,
                map_title,
                sources or self._sources(charter, catalogue, field_name, feedback),
                charter.date_line(date.today()),
            )
            circles = representation == CIRCLES or (
                representation == AUTOMATIC and field_name in catalogue and catalogue[field_name].type == "effectif"
            )
            classing = (method_id if not circles else ("cercles",), classes, charter, catalogue)
            self._print_map(layer, field_name, classing, texts, settings, path, atlas)
            written.extend(paths)
            feedback.pushInfo(self.tr("Map written: {}").format(path if len(paths) == 1 else folder))
            feedback.setProgress(100.0 * (number + 1) / len(fields))
        tidy_rest(project, tr_print("Locator and tables"))
        if not project.write(project_path):
            raise QgsProcessingException(self.tr("The project {} cannot be written").format(project_path))
        feedback.pushInfo(self.tr("Project to retouch the maps in QGIS: {}").format(project_path))
        return {
            self.OUTPUT_FOLDER: folder,
            self.OUTPUT_FILES: ";".join(written),
            self.MAP_COUNT: len(written),
            self.PROJECT: project_path,
        }

    def _check_fields(self, layer, fields):
        if not fields:
            raise QgsProcessingException(self.tr("Choose at least one indicator field"))
        for name in fields:
            index = layer.fields().lookupField(name)
            if index < 0:
                raise QgsProcessingException(self.tr("Field « {} » is not in layer {}").format(name, layer.name()))
            if not layer.fields().at(index).isNumeric():
                raise QgsProcessingException(
                    self.tr("Field « {} » is not numeric: it cannot be mapped in classes").format(name)
                )

    def _prepare_folder(self, folder):
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as error:
            raise QgsProcessingException(
                self.tr("Cannot create the output folder {}: {}").format(folder, error.strerror)
            ) from error
        if not os.access(folder, os.W_OK):
            raise QgsProcessingException(self.tr("The output folder {} is not writable").format(folder))

    def _atlas(self, parameters, context, layer, file_format):
        """``(key field, label field)`` of the atlas, or None; the key must be unique."""
        key = self.parameterAsString(parameters, self.ATLAS_FIELD, context)
        if not key:
            return None
        split = self.parameterAsBoolean(parameters, self.ATLAS_SPLIT, context)
        if file_format != "pdf" and not split:
            raise QgsProcessingException(
                self.tr("The atlas in one file is a PDF: choose the PDF format, or one file per territory")
            )
        index = layer.fields().lookupField(key)
        seen, duplicates = set(), set()
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST)):
            value = plain_value(feature.attribute(index))
            (duplicates if value in seen else seen).add(value)
        if duplicates:
            listed = ", ".join(sorted(str(value) for value in duplicates)[:10])
            raise QgsProcessingException(
                self.tr(
                    "The atlas field « {} » has duplicate values ({}): one page per territory needs unique codes"
                ).format(key, listed)
            )
        empty = sum(1 for value in seen if value in (None, ""))
        if split and empty:
            raise QgsProcessingException(
                self.tr(
                    "The atlas field « {} » is empty on some features: one file per territory needs a code on each"
                ).format(key)
            )
        label = self.parameterAsString(parameters, self.ATLAS_LABEL_FIELD, context) or None
        if label is None:  # the pages titled with the territory's name (« Ambert »), not its code
            found = name_field_of(layer.fields().names(), key)
            label = found if found != key else None
        return AtlasSettings(key, label, sorted(str(value) for value in seen) if split else None)

    def _sources(self, charter, catalogue, field_name, feedback):
        """The charter's sources line, with the indicator's source when the catalogue knows it."""
        if field_name in catalogue and catalogue[field_name].source:
            return charter.sources(catalogue[field_name].source)
        feedback.pushWarning(
            self.tr("No source known for « {} »: fill in « Sources line » (SOURCES)").format(field_name)
        )
        return charter.sources(tr_print("not specified"))

    def _print_map(self, layer, field_name, classing, texts, settings, path, atlas=None):
        """Build the map's layers and layout in the settings' project and export it to ``path``."""
        project, store = settings.project, settings.store
        charter = classing[2]
        stem = os.path.splitext(os.path.basename(path))[0]
        layers = map_layers(self, layer, field_name, classing, texts, stem, store)
        if settings.label_field:
            add_labels(layers, settings.label_field, charter.font)
        project.addMapLayers(layers)
        layout = self.run_core(
            build_map_layout,
            project,
            layers,
            layer.extent(),
            layer.crs(),
            texts,
            stem,
            charter,
            settings.template,
            settings.inset,
            atlas is not None,
        )
        overlay = None
        if settings.overlay is not None:
            overlay = with_stored_style(settings.overlay)
            add_overlay(layout, project, overlay)
        if atlas is not None:
            key_field, label_field = atlas.key, atlas.label
            table = add_key_figures(layout, settings.key_figures, key_field, charter.font)
            if table is None:
                settings.feedback.pushWarning(
                    self.tr("The layout has no « chiffres_cles » table: atlas pages without key figures")
                )
            if settings.chart_folder and add_atlas_chart(layout, settings.chart_folder, key_field) is None:
                settings.feedback.pushInfo(
                    self.tr("The layout has no « graphique » picture: atlas pages without chart")
                )
            coverage = self.run_core(
                store.persist, layer.materialize(QgsFeatureRequest()), "{}_couverture".format(stem)
            )
            page_facilities(layout, overlay, table, (coverage, key_field))
            highlight = highlight_layer(coverage, key_field)
            project.addMapLayers([coverage, highlight])
            driven = enable_atlas(layout, coverage, key_field, label_field, texts.title, highlight)
            if atlas.codes is None:
                result = export_atlas_pdf(driven, path, settings.dpi)
            else:
                naming = (os.path.splitext(os.path.basename(path))[0], key_field)
                result = export_atlas_files(driven, os.path.dirname(path), naming, settings.file_format, settings.dpi)
        else:
            result = export_layout(layout, path, settings.file_format, settings.dpi)
        if result != EXPORT_SUCCESS:
            raise QgsProcessingException(self.tr("Export of {} failed (QGIS error code {})").format(path, int(result)))
        organise_map(project, layout, texts.title if atlas is None else "{} (atlas)".format(texts.title))
