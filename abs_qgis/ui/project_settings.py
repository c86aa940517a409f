"""The pages of the ABS dialog for what is computed and printed: the catalogue's indicators by
theme (computed, mapped, in the key figures) with their definitions, the maps' settings and the
statistical secret."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.block_settings import (
    CLASSES_RANGE,
    CLASSIFICATIONS,
    SECRET_THRESHOLD,
    MapSettings,
    SecretSettings,
    block_default,
)
from ..core.catalogue import THEMES
from ..core.indicator_labels import theme_title
from ..core.project_checks import MAX_THRESHOLD
from ..core.project_form import TEMPLATE_NAMES
from ..i18n import tr
from .charter_dialog import edit_charter
from .project_pages import file_widget, put

ID_ROLE = Qt.ItemDataRole.UserRole
CHECK_COLUMNS = {1: "indicateurs", 2: "cartes", 3: "chiffres_cles"}  # tree column → project list


def _words(text):
    return [part.strip() for part in str(text or "").replace(";", ",").split(",") if part.strip()]


class IndicatorsPage(QWidget):
    """A tree: themes, then each indicator by its French label, with three boxes — computed,
    mapped, key figure; its definition shown below when chosen."""

    def __init__(self, catalogue, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.all_computable = QCheckBox(tr("Compute every indicator the tables allow"), self)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Indicator"), tr("Computed"), tr("Map"), tr("Key figure")])
        self.tree.setColumnWidth(0, 460)
        self.definition = QLabel(self)
        self.definition.setWordWrap(True)
        self.definition.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        for widget in (self.all_computable, self.tree, self.definition):
            layout.addWidget(widget)
        self.items = {}
        self._fill()
        self.tree.currentItemChanged.connect(self._explain)
        self.all_computable.toggled.connect(self._computed_enabled)

    def _fill(self):
        by_theme = {}
        for indicator in self.catalogue.values():
            by_theme.setdefault(indicator.theme, []).append(indicator)
        for theme in THEMES:
            if theme not in by_theme:
                continue
            parent = QTreeWidgetItem(self.tree, [theme_title(theme)])
            for indicator in sorted(by_theme[theme], key=lambda item: item.libelle.lower()):
                item = QTreeWidgetItem(parent, [indicator.titled])
                item.setData(0, ID_ROLE, indicator.id)
                item.setToolTip(0, indicator.definition)
                for column in CHECK_COLUMNS:
                    item.setCheckState(column, Qt.CheckState.Unchecked)
                self.items[indicator.id] = item
            parent.setExpanded(True)

    def _explain(self, item, _previous=None):
        indicator = self.catalogue.get(item.data(0, ID_ROLE)) if item is not None else None
        self.definition.setText(
            "<b>{}</b> — {}".format(indicator.titled, indicator.definition) if indicator is not None else ""
        )

    def _computed_enabled(self, every):
        self.tree.setColumnHidden(1, every)  # every computable one: no box to tick

    def set_catalogue(self, catalogue):
        """Show ``catalogue`` (the shipped one with the collectivité's merged over it)."""
        self.catalogue, self.items = catalogue, {}
        self.tree.clear()
        self._fill()

    def _ticked(self, column, before=()):
        """The ticked indicators, those of the project file first in its order (the maps' order);
        an id the tree does not show (a catalogue not found) is kept as the file gave it."""
        ticked = [key for key, item in self.items.items() if item.checkState(column) == Qt.CheckState.Checked]
        kept = [key for key in before if key in ticked or key not in self.items]
        return kept + [key for key in ticked if key not in kept]

    def load(self, form):
        maps = form.get("cartes") or {}
        lists = {"indicateurs": form.get("indicateurs") or [], "cartes": maps.get("indicateurs") or []}
        lists["chiffres_cles"] = maps.get("chiffres_cles") or []
        for column, key in CHECK_COLUMNS.items():
            for indicator_id, item in self.items.items():
                ticked = indicator_id in lists[key]
                item.setCheckState(column, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.all_computable.setChecked(not lists["indicateurs"])

    def store(self, form):
        computed = [] if self.all_computable.isChecked() else self._ticked(1, form.get("indicateurs") or [])
        put(form, "indicateurs", computed)
        maps = form.setdefault("cartes", {})
        put(maps, "indicateurs", self._ticked(2, maps.get("indicateurs") or []))
        put(maps, "chiffres_cles", self._ticked(3, maps.get("chiffres_cles") or []))


class MapsPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.classification = QComboBox(self)
        labels = (
            tr("Natural breaks (Jenks)"),
            tr("Quantiles"),
            tr("Equal intervals"),
            tr("Standard deviation"),
            tr("Pretty breaks"),
            tr("Q6 (quantiles 5, 25, 50, 75, 95 %)"),
        )
        for key, label in zip(CLASSIFICATIONS, labels):
            self.classification.addItem(label, key)
        self.classes = QSpinBox(self)
        self.classes.setRange(*CLASSES_RANGE)
        self.page_layout = QComboBox(self)
        self.page_layout.addItem(tr("Automatic (A4 portrait; the A4 portrait fiche for an atlas)"), "")
        for key, label in zip(TEMPLATE_NAMES, (tr("A4 portrait"), tr("A4 landscape"), tr("A3 landscape"))):
            self.page_layout.addItem(label, key)
        self.own_template = file_widget("{} (*.qpt)".format(tr("QGIS page template")))
        self.atlas_field = QLineEdit(self)
        self.circles = QLineEdit(self)
        self.charter = file_widget("{} (*.yaml *.yml)".format(tr("Graphic charter")))
        self.inset = file_widget()
        form = QFormLayout(self)
        form.addRow(tr("Classification method"), self.classification)
        form.addRow(tr("Number of classes"), self.classes)
        form.addRow(tr("Page layout"), self.page_layout)
        form.addRow(tr("or your page template"), self.own_template)
        form.addRow(tr("Atlas: one page per value of the field"), self.atlas_field)
        form.addRow(tr("Counts in proportional circles"), self.circles)
        self.edit_charter = edit_charter  # the charter dialog (a test gives its own)
        self.charter_button = QPushButton(tr("Edit or create the charter…"), self)
        self.charter_button.clicked.connect(self._edit_charter)
        charter_row = QHBoxLayout()
        charter_row.addWidget(self.charter, 1)
        charter_row.addWidget(self.charter_button)
        form.addRow(tr("Graphic charter (colours, fonts, logos)"), charter_row)
        form.addRow(tr("Locator inset layer"), self.inset)
        self.own_template.fileChanged.connect(lambda path: self.page_layout.setEnabled(not path))
        self.load({})  # a new project: the defaults of the run

    def _edit_charter(self):
        saved = self.edit_charter(self, self.charter.filePath())
        if saved:
            self.charter.setFilePath(saved)

    def load(self, form):
        maps = form.get("cartes") or {}
        default_method = block_default(MapSettings, "classification")
        index = self.classification.findData(str(maps.get("classification") or default_method).lower())
        self.classification.setCurrentIndex(max(index, 0))
        classes = maps.get("classes")
        self.classes.setValue(classes if isinstance(classes, int) else block_default(MapSettings, "classes"))
        chosen = str(maps.get("mise_en_page") or "")  # empty: the run's automatic layout
        own = chosen.lower().endswith(".qpt")
        self.own_template.setFilePath(chosen if own else "")
        self.page_layout.setCurrentIndex(max(self.page_layout.findData("" if own else chosen), 0))
        self.atlas_field.setText(str(maps.get("atlas") or ""))
        self.circles.setText(", ".join(str(name) for name in maps.get("cercles") or []))
        self.charter.setFilePath(maps.get("charte") or "")
        self.inset.setFilePath(maps.get("carton") or "")

    def store(self, form):
        maps = form.setdefault("cartes", {})
        maps["classification"] = self.classification.currentData()
        maps["classes"] = self.classes.value()
        put(maps, "mise_en_page", self.own_template.filePath() or self.page_layout.currentData())
        put(maps, "atlas", self.atlas_field.text().strip())
        put(maps, "cercles", _words(self.circles.text()))
        put(maps, "charte", self.charter.filePath())
        put(maps, "carton", self.inset.filePath())


class SecretPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, MAX_THRESHOLD)
        self.counts = QLineEdit(self)
        self.counts.setPlaceholderText(tr("fields of counts, separated by commas (e.g. NAISD20, P18_CHOM1564)"))
        self.hierarchy = QLineEdit(self)
        self.hierarchy.setPlaceholderText(tr("e.g. EPCI"))
        self.public = QLineEdit(self)
        self.public.setPlaceholderText(tr("counts published as they are, e.g. P18_POP (populations)"))
        self.zeros = QCheckBox(tr("Mask zeros too"), self)
        self.below_rule = QCheckBox(
            tr("I confirm a threshold below {}: counts under {} will be published").format(
                SECRET_THRESHOLD, SECRET_THRESHOLD
            ),
            self,
        )
        self.threshold.valueChanged.connect(self._show_confirmation)
        note = QLabel(tr("No count under the threshold is published, nor recoverable by difference."), self)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(tr("Threshold (people)"), self.threshold)
        form.addRow(tr("Counts protected"), self.counts)
        form.addRow(tr("Published totals (hierarchy)"), self.hierarchy)
        form.addRow(tr("Counts declared public"), self.public)
        form.addRow("", self.zeros)
        form.addRow("", self.below_rule)
        form.addRow(note)
        self.load({})  # a new project: the defaults of the run

    def load(self, form):
        secret = form.get("secret") or {}
        threshold = secret.get("seuil")
        self.threshold.setValue(threshold if isinstance(threshold, int) else block_default(SecretSettings, "seuil"))
        self.counts.setText(", ".join(str(name) for name in secret.get("effectifs") or []))
        self.hierarchy.setText(", ".join(str(name) for name in secret.get("hierarchie") or []))
        self.public.setText(", ".join(str(name) for name in secret.get("publics") or []))
        self.zeros.setChecked(secret.get("masquer_zeros") is True)
        self.below_rule.setChecked(secret.get("seuil_inferieur_a_5_assume") is True)
        self._show_confirmation(self.threshold.value())

    def store(self, form):
        secret = form.setdefault("secret", {})
        secret["seuil"] = self.threshold.value()
        put(secret, "effectifs", _words(self.counts.text()))
        put(secret, "hierarchie", _words(self.hierarchy.text()))
        put(secret, "publics", _words(self.public.text()))
        put(secret, "masquer_zeros", True if self.zeros.isChecked() else None)
        below = self.threshold.value() < SECRET_THRESHOLD and self.below_rule.isChecked()
        put(secret, "seuil_inferieur_a_5_assume", True if below else None)

    def _show_confirmation(self, threshold):
        """The confirmation of a threshold below the rule, shown only when one is chosen."""
        self.below_rule.setVisible(threshold < SECRET_THRESHOLD)
