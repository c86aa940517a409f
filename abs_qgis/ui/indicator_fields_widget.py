"""The indicator box of « Exporter les cartes » in Processing's dialog: the layer's numeric
fields listed by the catalogue's French labels (« Emploi — Taux de chômage (%) (taux_chomage) »),
the catalogue's indicators first by theme, then the other fields; searchable, with check boxes.

It replaces QGIS's field picker (raw names in layer order) through the parameter's
``widget_wrapper`` metadata; its value is the same list of field names, so scripts, models and
``qgis_process`` see an ordinary field parameter. The batch dialog and the modeler keep QGIS's
own widget.
"""

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer
from qgis.gui import QgsAbstractProcessingParameterWidgetWrapper, QgsGui, QgsProcessingGui
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.catalogue import load_catalogue
from ..core.indicator_labels import field_choices
from ..i18n import tr
from ..processing.layers.layer_columns import numeric_field_names
from .name_picker import NamePicker

STANDARD = QgsProcessingGui.WidgetType.Standard


def _qgis_wrapper(param, dialog):
    """The widget QGIS itself gives ``param`` in a batch or modeler dialog."""
    registry = QgsGui.processingGuiRegistry()
    if dialog.__class__.__name__ == "ModelerParametersDialog":
        return registry.createModelerParameterWidget(dialog.model, dialog.childId, param, dialog.context)
    wrapper = registry.createParameterWidgetWrapper(param, QgsProcessingGui.WidgetType.Batch)
    wrapper.setDialog(dialog)
    return wrapper


def layer_of(value):
    """The vector layer a layer box's value stands for (a layer, its id, a path, a source)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsVectorLayer):
        return value
    if isinstance(value, str) and value:
        layer = QgsProject.instance().mapLayer(value)
        if layer is None:
            layer = QgsVectorLayer(value, "", "ogr")
        return layer if isinstance(layer, QgsVectorLayer) and layer.isValid() else None
    return None


class IndicatorFieldsWrapper(QgsAbstractProcessingParameterWidgetWrapper):
    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        if dialog.__class__.__name__ != "AlgorithmDialog":
            return _qgis_wrapper(param, dialog)
        return super().__new__(cls)

    def __init__(self, param, dialog, row=0, col=0, **kwargs):
        super().__init__(param, STANDARD)
        self.setDialog(dialog)
        self.picker = None
        self._wanted = []

    def createWidget(self):  # noqa: N802 (QGIS API)
        # A plain container handed to QGIS: sip forgets the Python side of the widget a Python
        # createWidget returns (its signals to Python slots stop), not that of its children.
        container = QWidget()
        self.picker = NamePicker(container)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        self.picker.search.setPlaceholderText(tr("Search an indicator…"))
        self.picker.list.setMinimumHeight(180)
        self.picker.list.itemChanged.connect(lambda _item: self.widgetValueHasChanged.emit(self))
        return container

    def createLabel(self):  # noqa: N802 (QGIS API)
        return QLabel(self.parameterDefinition().description())

    def postInitialize(self, wrappers):  # noqa: N802 (QGIS API)
        parent = self.parameterDefinition().parentLayerParameterName()
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == parent:
                self.set_layer(layer_of(wrapper.parameterValue()))
                wrapper.widgetValueHasChanged.connect(
                    lambda changed: self.set_layer(layer_of(changed.parameterValue()))
                )

    def set_layer(self, layer):
        """Lists ``layer``'s numeric fields, ticking again those ticked before that it has."""
        if self.picker is None:
            return
        wanted = self.widgetValue() or self._wanted
        if layer is None:
            self.picker.set_items([])
            return
        aliases = {field.name(): field.alias() for field in layer.fields() if field.alias()}
        choices = field_choices(load_catalogue(), numeric_field_names(layer), aliases, tr("Other fields"))
        self.picker.set_items(choices, checked=wanted, keep_order=True)

    def setWidgetValue(self, value, context):  # noqa: N802 (QGIS API)
        if isinstance(value, str):
            value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
        self._wanted = list(value or [])
        if self.picker is not None:
            self.picker.set_checked(self._wanted)

    def widgetValue(self):  # noqa: N802 (QGIS API)
        return self.picker.checked_codes() if self.picker is not None else []
