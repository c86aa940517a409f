"""The parameters of « Exporter les cartes » (abs:exportmaps), in the order its dialog shows them."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...compat import FIELD_NUMERIC, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON
from .layout_parameter import add_layout_parameters

INDICATOR_PICKER = __name__.rsplit(".", 3)[0] + ".ui.indicator_fields_widget.IndicatorFieldsWrapper"


def _what(algorithm):
    """The layer, the indicator fields, the texts and the charter."""
    algorithm.addParameter(
        QgsProcessingParameterVectorLayer(algorithm.INPUT, algorithm.tr("Territories to map"), [SOURCE_POLYGON])
    )
    indicators = QgsProcessingParameterField(
        algorithm.INDICATORS,
        algorithm.tr("Indicators (one map each)"),
        parentLayerParameterName=algorithm.INPUT,
        type=FIELD_NUMERIC,
        allowMultiple=True,
    )
    # In Processing's dialog, the catalogue's French labels first (ui/indicator_fields_widget.py);
    # named by path so that qgis_process never imports the desktop's widgets.
    indicators.setMetadata({"widget_wrapper": {"class": INDICATOR_PICKER}})
    algorithm.addParameter(indicators)
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.TITLE, algorithm.tr("Title (default: the field's alias or name)"), optional=True
        )
    )
    algorithm.addParameter(QgsProcessingParameterString(algorithm.SUBTITLE, algorithm.tr("Subtitle"), optional=True))
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.SOURCES,
            algorithm.tr(
                "Sources line (default: the charter's pattern with the indicator's source from the catalogue)"
            ),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.CHARTER,
            algorithm.tr("Graphic charter (YAML: colours, font, logos, texts); the shipped one if empty"),
            optional=True,
            fileFilter=algorithm.tr("Graphic charter (*.yaml *.yml)"),
        )
    )


def _classing(algorithm):
    """How values become classes or circles."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            algorithm.CLASSIFICATION,
            algorithm.tr("Classification method"),
            options=[
                algorithm.tr("Natural breaks (Jenks)"),
                algorithm.tr("Quantiles"),
                algorithm.tr("Equal intervals"),
                algorithm.tr("Standard deviation"),
                algorithm.tr("Pretty breaks"),
                algorithm.tr("Q6 (quantiles 5, 25, 50, 75, 95 %)"),
            ],
            defaultValue=0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            algorithm.REPRESENTATION,
            algorithm.tr("Representation"),
            options=[
                algorithm.tr("Automatic: counts of the catalogue in proportional circles, the rest in classes"),
                algorithm.tr("Classes (choropleth: rates, ratios, densities)"),
                algorithm.tr("Proportional circles (counts)"),
            ],
            defaultValue=0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(
            algorithm.FIXED_BREAKS,
            algorithm.tr("Fixed class breaks, e.g. 10;20;30 (same classes on every map: comparable maps)"),
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            algorithm.CLASSES,
            algorithm.tr("Number of classes"),
            NUMBER_INTEGER,
            5,
            minValue=2,
            maxValue=9,
        )
    )


def _page(algorithm):
    """The file format, resolution, page layout, inset and overwriting."""
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            algorithm.FORMAT, algorithm.tr("Format"), options=["PDF", "PNG", "SVG"], defaultValue=0
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            algorithm.DPI,
            algorithm.tr("Resolution (dpi)"),
            NUMBER_INTEGER,
            300,
            minValue=50,
            maxValue=1200,
        )
    )
    add_layout_parameters(algorithm)
    algorithm.addParameter(
        QgsProcessingParameterVectorLayer(
            algorithm.INSET,
            algorithm.tr("Locator inset: polygons around the territory (e.g. its département), optional"),
            [SOURCE_POLYGON],
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(algorithm.OVERWRITE, algorithm.tr("Replace existing files"), False)
    )


def _atlas(algorithm):
    """The atlas: one page per value of a field."""
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.ATLAS_FIELD,
            algorithm.tr("Atlas: one page per value of this field (unique codes), in one PDF; optional"),
            parentLayerParameterName=algorithm.INPUT,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.ATLAS_LABEL_FIELD,
            algorithm.tr("Atlas: field naming each page (e.g. the commune name); optional"),
            parentLayerParameterName=algorithm.INPUT,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            algorithm.ATLAS_SPLIT,
            algorithm.tr("Atlas: one file per territory, named after its code (PDF, PNG or SVG)"),
            False,
        )
    )


def _extras(algorithm):
    """The key figures and references of the atlas, labels, an overlay, the output folder."""
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.KEY_FIGURES,
            algorithm.tr("Atlas: indicators of the key-figures table (default: the mapped ones)"),
            parentLayerParameterName=algorithm.INPUT,
            type=FIELD_NUMERIC,
            allowMultiple=True,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            algorithm.REFERENCES,
            algorithm.tr(
                "Atlas: references table (one territory per row, named by a « nom » or « niveau » column, "
                "e.g. territoire_et_references.csv); default: the whole mapped territory"
            ),
            optional=True,
            fileFilter=algorithm.tr("Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods);;All files (*)"),
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            algorithm.LABEL_FIELD,
            algorithm.tr("Labels: field written on each polygon (e.g. IRIS names on a city map); optional"),
            parentLayerParameterName=algorithm.INPUT,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterVectorLayer(
            algorithm.OVERLAY,
            algorithm.tr("Points drawn over the map with their own style (e.g. the offer layer), optional"),
            [SOURCE_POINT],
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFolderDestination(algorithm.OUTPUT_FOLDER, algorithm.tr("Output folder"))
    )


def add_export_parameters(algorithm):
    for add in (_what, _classing, _page, _atlas, _extras):
        add(algorithm)
