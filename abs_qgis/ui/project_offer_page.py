"""The pages of the ABS dialog for the offer kept by hand in QGIS (its GeoPackage, the FINESS
extracts imported into it, the access distance) and for the ABS document (the collectivité's Word
template, title, reliability threshold, PDF) with the values published by INSEE for comparison."""

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.block_settings import DocumentSettings, block_default
from ..core.project_offer import Offer
from ..i18n import tr
from .project_blocks import BlockTable
from .project_pages import file_widget, put
from .project_sources import TABLE_FILTER

DEFAULT_DISTANCE_KM, DEFAULT_MONTHS = Offer.distance_km, Offer.max_months  # the run's defaults
DEFAULT_THRESHOLD = block_default(DocumentSettings, "seuil_fiabilite")
LEVELS = ("EPCI", "DEP", "REG", "FRANCE")


def _number(value):
    """10.0 written 10."""
    return int(value) if float(value).is_integer() else float(value)


def _spin(kind, low, high, parent):
    box = kind(parent)
    box.setRange(low, high)
    return box


class OfferPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.kept = QGroupBox(tr("Keep the atlas of the social and medico-social offer in QGIS"), self)
        self.kept.setCheckable(True)
        self.layer = file_widget("GeoPackage (*.gpkg)")
        self.layer.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.database = QLabel(self)
        self.distance = _spin(QDoubleSpinBox, 0.5, 500.0, self)
        self.distance.setSuffix(" km")
        self.roads = file_widget()
        self.months = _spin(QSpinBox, 1, 240, self)
        self.imports = BlockTable(
            [
                ("table", tr("FINESS extract"), None),
                ("categorie", tr("Category"), None),
                ("departements", tr("Départements"), None),
                ("source", tr("Source"), None),
            ],
            TABLE_FILTER,
            tr("Add FINESS extracts…"),
            self,
        )
        form = QFormLayout(self.kept)
        form.addRow(tr("Offer layer (GeoPackage, created at the first run)"), self.layer)
        form.addRow(self.database)
        form.addRow(tr("Access: population farther than"), self.distance)
        form.addRow(tr("Road network for distances (optional; as the crow flies if empty)"), self.roads)
        form.addRow(tr("Records not updated for more than (months) are listed"), self.months)
        explained = QLabel(
            tr(
                "Extracts imported at each run (no duplicate, by FINESS number). Category: for an extract "
                "without a category column (a list of EHPAD); départements: those kept, all if empty (« 63, 03 »)."
            ),
            self,
        )
        explained.setWordWrap(True)
        form.addRow(explained)
        form.addRow(self.imports)
        QVBoxLayout(self).addWidget(self.kept)
        self.load({})  # a new project: the defaults of the run

    def load(self, form):
        offer = form.get("offre") or {}
        self.kept.setChecked(bool(offer))
        self.layer.setFilePath(offer.get("couche") or "")
        base = offer.get("base")
        self.database.setText(tr("PostgreSQL database « {} » (kept as written)").format(base) if base else "")
        self.database.setVisible(bool(base))
        self.distance.setValue(float(offer.get("distance_km") or DEFAULT_DISTANCE_KM))
        self.roads.setFilePath(offer.get("routes") or "")
        self.months.setValue(int(offer.get("mois_mise_a_jour") or DEFAULT_MONTHS))
        self.imports.load(offer.get("imports"))

    def store(self, form):
        if not self.kept.isChecked():
            form.pop("offre", None)
            return
        offer = dict(form.get("offre") or {})
        put(offer, "couche", self.layer.filePath())
        offer["distance_km"] = _number(self.distance.value())
        put(offer, "routes", self.roads.filePath())
        put(offer, "mois_mise_a_jour", self.months.value() if self.months.value() != DEFAULT_MONTHS else None)
        put(offer, "imports", self.imports.collected(lists=("departements",)))
        form["offre"] = offer


class DocumentPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.written = QGroupBox(tr("Write the ABS document (Word, and PDF with LibreOffice)"), self)
        self.written.setCheckable(True)
        self.template = file_widget("{} (*.docx)".format(tr("Word template")))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(tr("the name of the ABS"))
        self.territory = QLineEdit(self)
        self.territory.setPlaceholderText(tr("the name of the territory"))
        self.file_name = QLineEdit(self)
        self.file_name.setPlaceholderText("ABS_<territoire>.docx")
        self.threshold = _spin(QSpinBox, 0, 1000000, self)
        self.pdf = QCheckBox(tr("Also a PDF (when LibreOffice is installed)"), self)
        form = QFormLayout(self.written)
        form.addRow(tr("Your template (a copy of the shipped one; the shipped one if empty)"), self.template)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Territory named in the text"), self.territory)
        form.addRow(tr("File name"), self.file_name)
        form.addRow(tr("« To be read with caution » under (people)"), self.threshold)
        form.addRow(self.pdf)
        published = QGroupBox(tr("Values published by INSEE for a level (compared with the computed ones)"), self)
        self.published = BlockTable(
            [("table", tr("Table"), None), ("niveau", tr("Level"), LEVELS), ("libelle", tr("Label"), None)],
            TABLE_FILTER,
            tr("Add tables…"),
            self,
        )
        QVBoxLayout(published).addWidget(self.published)
        layout = QVBoxLayout(self)
        layout.addWidget(self.written)
        layout.addWidget(published)
        self.load({})  # a new project: the defaults of the run

    def load(self, form):
        document = form.get("document") or {}
        self.written.setChecked(document.get("ecrire") is not False)
        self.template.setFilePath(document.get("modele") or "")
        self.title.setText(str(document.get("titre") or ""))
        self.territory.setText(str(document.get("territoire") or ""))
        self.file_name.setText(str(document.get("fichier") or ""))
        threshold = document.get("seuil_fiabilite")
        self.threshold.setValue(threshold if isinstance(threshold, int) else DEFAULT_THRESHOLD)
        self.pdf.setChecked(document.get("pdf") is not False)  # the run's default: a PDF
        self.published.load(form.get("valeurs_publiees"))

    def store(self, form):
        document = dict(form.get("document") or {})
        put(document, "ecrire", None if self.written.isChecked() else False)
        put(document, "modele", self.template.filePath())
        put(document, "titre", self.title.text().strip())
        put(document, "territoire", self.territory.text().strip())
        put(document, "fichier", self.file_name.text().strip())
        threshold = self.threshold.value()
        put(document, "seuil_fiabilite", threshold if threshold != DEFAULT_THRESHOLD else None)
        put(document, "pdf", None if self.pdf.isChecked() else False)
        put(form, "document", document)
        put(form, "valeurs_publiees", self.published.collected())
