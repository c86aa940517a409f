"""One place for what differs between QGIS 3.22 (Qt5) and QGIS 3.40, 3.44 and 4.x (Qt6).

Every enum is taken fully scoped: the ``Qgis.*`` enum where the running QGIS has it (3.30 and
later moved many there, and deprecate the old names), else the scoped name of the class that
held it in 3.22 (``QgsFeatureRequest.Flag.NoGeometry``), which PyQt5 accepts too. Field types are
``QMetaType`` where QgsField takes them (3.38 and later; Qt6 has no ``QVariant.Type``), else
``QVariant``. A test (``tests/unit/test_qt6_idioms.py``) fails on the Qt5-only idioms elsewhere.
"""

import qgis.analysis as _analysis
import qgis.core as _core
from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION = Qgis.QGIS_VERSION_INT


def pick(*paths):
    """The first of ``paths`` (« Qgis.WkbType.NoGeometry », …) the running QGIS has."""
    for path in paths:
        for module in (_core, _analysis):
            value = module
            try:
                for part in path.split("."):
                    value = getattr(value, part)
            except AttributeError:
                continue
            return value
    raise AttributeError("aucun de {} dans cette version de QGIS".format(", ".join(paths)))


# Field types of QgsField.
if QGIS_VERSION >= 33800:
    TEXT, REAL, INTEGER = QMetaType.Type.QString, QMetaType.Type.Double, QMetaType.Type.Int
    INTEGER64, BOOLEAN, DATE = QMetaType.Type.LongLong, QMetaType.Type.Bool, QMetaType.Type.QDate
else:  # 3.22 – 3.36: QgsField(name, QVariant.Type)
    TEXT, REAL, INTEGER = QVariant.Type.String, QVariant.Type.Double, QVariant.Type.Int
    INTEGER64, BOOLEAN, DATE = QVariant.Type.LongLong, QVariant.Type.Bool, QVariant.Type.Date

NO_GEOMETRY_REQUEST = pick("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
WKB_NO_GEOMETRY = pick("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
POLYGON_GEOMETRY = pick("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
SOURCE_VECTOR = pick("Qgis.ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVector")
SOURCE_POLYGON = pick("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_POINT = pick("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
SOURCE_LINE = pick("Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine")
NUMBER_INTEGER = pick("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")
NUMBER_DOUBLE = pick("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
LAYOUT_MILLIMETERS = pick("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
KILOMETERS = pick("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
FAST_INSERT = pick("QgsFeatureSink.Flag.FastInsert")
PICTURE_SOURCE = pick("QgsLayoutObject.DataDefinedProperty.PictureSource")
EXPORT_SUCCESS = pick("QgsLayoutExporter.ExportResult.Success")
WRITER_NO_ERROR = pick("QgsVectorFileWriter.WriterError.NoError")
OVERWRITE_LAYER = pick("QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer")
OVERWRITE_FILE = pick("QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile")
LEGEND_SYMBOL_LABEL = pick("Qgis.LegendComponent.SymbolLabel", "QgsLegendStyle.Style.SymbolLabel")
CONSTRAINT_HARD = pick("QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard")
CONSTRAINT_NOT_NULL = pick("QgsFieldConstraints.Constraint.ConstraintNotNull")
CONSTRAINT_EXPRESSION = pick("QgsFieldConstraints.Constraint.ConstraintExpression")
LABEL_OVER_POINT = pick("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.Placement.OverPoint")
SCALEBAR_FIT_WIDTH = pick(
    "Qgis.ScaleBarSegmentSizeMode.FitWidth", "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth"
)
TEXT_ALWAYS_TEXT = pick("Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText")
TABLE_WRAP_TEXT = pick("QgsLayoutTable.WrapBehavior.WrapText")
TABLE_NO_HEADERS = pick("QgsLayoutTable.HeaderMode.NoHeaders")
TABLE_FIRST_ROW = pick("QgsLayoutTable.CellStyleGroup.FirstRow")
TABLE_HIDE = pick("QgsLayoutTable.EmptyTableMode.HideTable")
TABLE_SHOW_MESSAGE = pick("QgsLayoutTable.EmptyTableMode.ShowMessage")
TABLE_FIRST_FRAME = pick("QgsLayoutTable.HeaderMode.FirstFrame")
SIZE_LEGEND_COLLAPSED = pick("QgsDataDefinedSizeLegend.LegendType.LegendCollapsed")
SIZE_LEGEND_SEPARATED = pick("QgsDataDefinedSizeLegend.LegendType.LegendSeparated")
SIZE_LEGEND_BOTTOM = pick("QgsDataDefinedSizeLegend.VerticalAlignment.AlignBottom")
SIZE_SCALE_AREA = pick("QgsSizeScaleTransformer.ScaleType.Area")
LEGEND_TITLE = pick("Qgis.LegendComponent.Title", "QgsLegendStyle.Style.Title")
LEGEND_GROUP = pick("Qgis.LegendComponent.Group", "QgsLegendStyle.Style.Group")
LEGEND_SUBGROUP = pick("Qgis.LegendComponent.Subgroup", "QgsLegendStyle.Style.Subgroup")
LEGEND_HIDDEN = pick("Qgis.LegendComponent.Hidden", "QgsLegendStyle.Style.Hidden")
PICTURE_ZOOM = pick("QgsLayoutItemPicture.ResizeMode.Zoom")
MAP_SCALING_AUTO = pick("QgsLayoutItemMap.AtlasScalingMode.Auto")
WKB_UNKNOWN = pick("Qgis.WkbType.Unknown", "QgsWkbTypes.Type.Unknown")
FIELD_NUMERIC = pick("Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric")
EXPORT_LAYER_SUCCESS = pick("Qgis.VectorExportResult.Success")
DIRECTION_BOTH = pick(
    "Qgis.VectorLayerDirectorDirection.DirectionBoth", "QgsVectorLayerDirector.Direction.DirectionBoth"
)
MESSAGE_INFO = pick("Qgis.MessageLevel.Info")
MESSAGE_WARNING = pick("Qgis.MessageLevel.Warning")
MESSAGE_CRITICAL = pick("Qgis.MessageLevel.Critical")


def qaction_class():
    """QAction: QtGui on Qt6, QtWidgets on Qt5."""
    try:
        from qgis.PyQt.QtGui import QAction
    except ImportError:
        from qgis.PyQt.QtWidgets import QAction
    return QAction


def parameter_as_fields(algorithm, parameters, name, context):
    """Field names of a field parameter (parameterAsFields is deprecated from 3.32)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def _text_format(font):
    from qgis.core import QgsTextFormat

    return QgsTextFormat.fromQFont(font)


def set_label_font(label, font):
    """A layout label's font (QgsLayoutItemLabel.setFont is deprecated from 3.24: text format)."""
    if QGIS_VERSION >= 32400:
        label.setTextFormat(_text_format(font))
    else:
        label.setFont(font)


def label_font(label):
    return label.textFormat().toQFont() if QGIS_VERSION >= 32400 else label.font()


def set_legend_font(legend, style, font):
    """The font of one component of a layout legend (setStyleFont is deprecated from 3.30)."""
    if QGIS_VERSION >= 33000:
        legend.rstyle(style).setTextFormat(_text_format(font))
    else:
        legend.setStyleFont(style, font)


def legend_font(legend, style):
    component = legend.style(style)
    return component.textFormat().toQFont() if QGIS_VERSION >= 33000 else component.font()


def save_style_to_database(layer, name, description):
    """Store ``layer``'s style as its default in its database; the error message, or "".
    (saveStyleToDatabase is deprecated in 3.44 in favour of saveStyleToDatabaseV2.)"""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        _results, message = layer.saveStyleToDatabaseV2(name, description, True, "")
        return message
    return layer.saveStyleToDatabase(name, description, True, "")


POLYGON_LAYER_FILTER = pick("Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer")
NETWORK_NO_ERROR = pick("QgsBlockingNetworkRequest.ErrorCode.NoError")
NETWORK_TIMEOUT = pick("QgsBlockingNetworkRequest.ErrorCode.TimeoutError")
