"""The pages of the ABS dialog for the territory and its references. Each page ``load``s its keys
from the project mapping and ``store``s them back into it, leaving every other key as it was."""

from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import POLYGON_LAYER_FILTER
from ..i18n import tr
from . import project_layers as layers
from .name_picker import NamePicker

LAYER_FILTER = "GeoPackage, Shapefile, GeoJSON (*.gpkg *.shp *.geojson *.json)"


def file_widget(filter_text=LAYER_FILTER, folder=False):
    widget = QgsFileWidget()
    if folder:
        widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
    else:
        widget.setFilter(filter_text)
    return widget


def set_path(widget, value):
    widget.setFilePath(value or "")


def add_buttons(parent, container, actions):
    """A button per (label, slot) of ``actions``, in order, added to ``container``: a box layout,
    or a QDialogButtonBox (as action buttons)."""
    for label, slot in actions:
        button = QPushButton(label, parent)
        button.clicked.connect(slot)
        if isinstance(container, QDialogButtonBox):
            container.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            container.addWidget(button)


def put(mapping, key, value):
    """``mapping[key] = value``, the key removed when the value is empty (the default then applies)."""
    if value in (None, "", [], {}):
        mapping.pop(key, None)
    else:
        mapping[key] = value


class TerritoryPage(QWidget):
    """The commune layer (of the project or a file), its code field, the territory studied (whole
    layer, EPCI or communes ticked by name, or the map's selection) and the grouping field."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project_layer = QgsMapLayerComboBox(self)
        self.project_layer.setFilters(POLYGON_LAYER_FILTER)
        self.project_layer.setAllowEmptyLayer(True)
        self.communes = file_widget()
        self.code_field = QComboBox(self)
        self.code_field.setEditable(True)
        self.whole = QRadioButton(tr("Every commune of the layer"), self)
        self.by_group = QRadioButton(tr("The EPCI ticked below"), self)
        self.by_commune = QRadioButton(tr("The communes ticked below"), self)
        self.whole.setChecked(True)
        self.picker = NamePicker(self)
        self.take_selection = QPushButton(tr("Tick the communes selected on the map"), self)
        self.expression = QLineEdit(self)
        self.expression.setPlaceholderText(tr("or a QGIS expression on the commune layer"))
        form = QFormLayout()
        form.addRow(tr("Commune layer of the project"), self.project_layer)
        form.addRow(tr("or commune layer file"), self.communes)
        form.addRow(tr("Code field"), self.code_field)
        choice = QHBoxLayout()
        for button in (self.whole, self.by_group, self.by_commune):
            choice.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Territory studied"), self))
        layout.addLayout(choice)
        layout.addWidget(self.picker)
        layout.addWidget(self.take_selection)
        layout.addWidget(self.expression)
        self.layer = None
        self.project_layer.layerChanged.connect(self._layer_chosen)
        self.communes.fileChanged.connect(self._file_chosen)
        for button in (self.whole, self.by_group, self.by_commune):
            button.toggled.connect(self._fill_picker)
        self.take_selection.clicked.connect(self._tick_selection)

    def _layer_chosen(self, layer):
        if layer is not None and layers.file_of(layer):
            self.communes.setFilePath(layers.file_of(layer))

    def _file_chosen(self, path):
        self.layer = layers.open_layer(path)
        names = layers.field_names(self.layer)
        current = self.code_field.currentText()
        self.code_field.clear()
        self.code_field.addItems(names)
        self.code_field.setCurrentText(current if current in names else layers.first_present(names, ("DEPCOM",)) or "")
        self._fill_picker()

    def _fill_picker(self, _checked=True, ticked=()):
        field, name = self._picker_fields()
        self.picker.setVisible(not self.whole.isChecked())  # the whole layer: nothing to tick
        self.picker.setEnabled(field is not None)
        self.take_selection.setVisible(self.by_commune.isChecked())
        self.expression.setVisible(self.whole.isChecked())  # or an expression of the user's
        pairs = layers.code_names(self.layer, field, name) if field else {}
        self.picker.set_items(pairs.items(), ticked or self.picker.checked_codes())

    def _picker_fields(self):
        names = layers.field_names(self.layer)
        if self.by_group.isChecked():
            return layers.group_fields(self.layer)
        if self.by_commune.isChecked() and self.code_field.currentText() in names:
            return self.code_field.currentText(), layers.first_present(names, layers.NAME_FIELDS)
        return None, None

    def _tick_selection(self):
        source = self.project_layer.currentLayer()
        codes = layers.selected_codes(source, self.code_field.currentText())
        self.picker.set_checked(set(self.picker.checked_codes()) | set(codes))

    def load(self, form):
        territory = form.get("territoire") or {}
        self.communes.setFilePath(territory.get("communes") or "")
        if territory.get("champ_code"):
            self.code_field.setCurrentText(territory["champ_code"])
        field, codes = layers.parse_filter(territory.get("filtre"))
        group_field, _name = layers.group_fields(self.layer)
        if field is not None and field == group_field:
            self.by_group.setChecked(True)
        elif field is not None and field == self.code_field.currentText():
            self.by_commune.setChecked(True)
        else:
            self.whole.setChecked(True)
            self.expression.setText(territory.get("filtre") or "")
        self._fill_picker(ticked=codes)

    def store(self, form):
        territory = form.setdefault("territoire", {})
        put(territory, "communes", self.communes.filePath())
        put(territory, "champ_code", self.code_field.currentText())
        field, _name = self._picker_fields()
        chosen = layers.territory_filter(field, self.picker.checked_codes()) if field else ""
        put(territory, "filtre", chosen or self.expression.text().strip())


class ReferencesPage(QWidget):
    """The wider communes (the département, the région), the levels compared and the territories
    of comparison ticked by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.communes = file_widget()
        self.departement = QCheckBox(tr("The département (field DEP)"), self)
        self.region = QCheckBox(tr("The région (field REG)"), self)
        self.whole = QLineEdit(self)
        self.whole.setPlaceholderText(tr("e.g. France, when the layer holds every commune of France"))
        self.picker = NamePicker(self)
        self.sources_note = QLabel(self)
        self.sources_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Communes of the references"), self.communes)
        form.addRow(tr("Levels compared"), self.departement)
        form.addRow("", self.region)
        form.addRow(tr("Name of the whole layer as a reference"), self.whole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Territories of comparison (EPCI)"), self))
        layout.addWidget(self.picker)
        layout.addWidget(self.sources_note)
        self.layer = None
        self.communes.fileChanged.connect(self._file_chosen)

    def _file_chosen(self, path, ticked=None):
        self.layer = layers.open_layer(path)
        field, name = layers.group_fields(self.layer)
        pairs = layers.code_names(self.layer, field, name) if field else {}
        self.picker.set_items(pairs.items(), self.picker.checked_codes() if ticked is None else ticked)

    def load(self, form):
        references = form.get("references") or {}
        self.communes.setFilePath(references.get("communes") or "")
        levels = references.get("niveaux") or []
        self.departement.setChecked("DEP" in levels)
        self.region.setChecked("REG" in levels)
        self.whole.setText(references.get("ensemble") or "")
        compared = [str(entry.get("code")) for entry in references.get("comparaison") or [] if isinstance(entry, dict)]
        self._file_chosen(self.communes.filePath(), compared)
        count = len(references.get("sources") or [])
        self.sources_note.setText(
            tr("Tables joined to the references: {} (as in the project file; by default the project's sources)").format(
                count
            )
        )

    def store(self, form):
        references = form.get("references") or {}
        put(references, "communes", self.communes.filePath())
        levels = [level for level in references.get("niveaux") or [] if level not in ("DEP", "REG")]
        levels += [level for level, box in (("DEP", self.departement), ("REG", self.region)) if box.isChecked()]
        put(references, "niveaux", levels)
        put(references, "ensemble", self.whole.text().strip())
        field, _name = layers.group_fields(self.layer)
        names = self.picker.checked_names()
        put(references, "comparaison", [{"champ": field, "code": code, "nom": names[code]} for code in names])
        put(form, "references", references if references.get("communes") else {})
