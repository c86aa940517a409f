"""« Nouvelle ABS… / Ouvrir une ABS… »: the ABS project set up in a dialog instead of a YAML editor.

It reads and writes the very project file ``abs:runproject`` runs (``core.project_form``: keys it
does not show are kept), checks it as the run would, and runs it through Processing's own dialog
(progress, cancel, journal), the maps then added to the open project."""

import copy

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import load_catalogue
from ..core.errors import AbsError
from ..core.project import load_project
from ..core.project_form import read_form, write_form, written_by_dialog
from ..i18n import tr
from . import project_layers as layers
from .project_offer_page import DocumentPage, OfferPage
from .project_pages import ReferencesPage, TerritoryPage, add_buttons, file_widget, put
from .project_settings import IndicatorsPage, MapsPage, SecretPage
from .project_sources import SourcesPage

PROJECT_FILTER = "{} (*.yaml *.yml)"


def run_in_processing(path):
    """Processing's dialog of « Produire l'ABS » on ``path``: progress, cancel and journal."""
    import processing

    processing.execAlgorithmDialog("abs:runproject", {"PROJECT": path, "ADD_TO_PROJECT": True})


class GeneralPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("e.g. ABS of the CCAS of …"))
        self.output = file_widget(folder=True)
        self.catalogue = file_widget("{} (*.yaml *.yml)".format(tr("Indicator catalogue")))
        form = QFormLayout(self)
        form.addRow(tr("Name of the ABS"), self.name)
        form.addRow(tr("Output folder"), self.output)
        form.addRow(tr("Catalogue of your own indicators (optional)"), self.catalogue)
        note = QLabel(
            tr(
                "The project file holds every choice: re-run it with the tables of the next census to get the "
                "same documents with the new figures."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)

    def load(self, form):
        self.name.setText(str(form.get("nom") or ""))
        self.output.setFilePath(form.get("sortie") or "")
        self.catalogue.setFilePath(form.get("catalogue") or "")

    def store(self, form):
        put(form, "nom", self.name.text().strip())
        put(form, "sortie", self.output.filePath())
        put(form, "catalogue", self.catalogue.filePath())


class ProjectDialog(QDialog):
    def __init__(self, parent=None, run=run_in_processing):
        super().__init__(parent)
        self.run = run
        self.path, self.form, self.confirmed = None, {}, False
        self.setWindowTitle(tr("ABS project"))
        self.tabs = QTabWidget(self)
        self.general, self.territory = GeneralPage(self), TerritoryPage(self)
        self.sources = SourcesPage(self._layer_codes, self)
        self.references = ReferencesPage(self)
        self.indicators = IndicatorsPage(load_catalogue(), self)
        self.maps, self.secret = MapsPage(self), SecretPage(self)
        self.offer, self.document = OfferPage(self), DocumentPage(self)
        pages = (
            (self.general, tr("General")),
            (self.territory, tr("Territory")),
            (self.sources, tr("Sources")),
            (self.references, tr("References")),
            (self.indicators, tr("Indicators")),
            (self.maps, tr("Maps")),
            (self.secret, tr("Statistical secret")),
            (self.offer, tr("Offer")),
            (self.document, tr("Document")),
        )
        for page, title in pages:
            self.tabs.addTab(page, title)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        actions = (
            (tr("Save"), self.save),
            (tr("Save as…"), self.save_as),
            (tr("Produce the ABS"), self.produce),
            (tr("Close"), self.reject),  # Qt's own « Close » is English where Qt's translations are absent
        )
        add_buttons(self, buttons, actions)
        layout = QVBoxLayout(self)
        for widget in (self.tabs, self.status, buttons):
            layout.addWidget(widget)
        self.resize(1100, 720)
        self._show_status()

    def pages(self):
        return (
            self.general,
            self.territory,
            self.sources,
            self.references,
            self.indicators,
            self.maps,
            self.secret,
            self.offer,
            self.document,
        )

    def _layer_codes(self):
        page = self.territory
        return list(layers.code_names(page.layer, page.code_field.currentText(), None))

    def _show_status(self, message=""):
        where = self.path or tr("not saved yet")
        self.status.setText("{} : {}{}".format(tr("Project file"), where, "\n" + message if message else ""))

    def load_file(self, path):
        """Open the project file ``path`` (hand-written or not) in the dialog."""
        self.form = read_form(path)
        self.path, self.confirmed = str(path), written_by_dialog(path)
        if self.form.get("catalogue"):
            try:
                self.indicators.set_catalogue(load_catalogue(self.form["catalogue"]))
            except AbsError as error:
                self._show_status(str(error))
        for page in self.pages():
            page.load(self.form)
        self._show_status()

    def collected(self):
        """The project mapping as the dialog shows it (every key it does not show kept)."""
        form = copy.deepcopy(self.form)
        for page in self.pages():
            page.store(form)
        return form

    def write(self, path):
        """Write the project to ``path`` and check it as « Produire l'ABS » would; True when valid."""
        form = self.collected()
        write_form(form, path, replace=True)
        self.form, self.path, self.confirmed = form, str(path), True  # now the dialog's own file
        try:
            load_project(self.path)
        except AbsError as error:
            self._show_status(tr("Saved, but not ready to run: {}").format(error))
            return False
        self._show_status(tr("Saved; ready to run."))
        return True

    def save(self):
        if self.path is None:
            return self.save_as()
        if not self.confirmed and not self._confirm_rewrite():
            return False
        self.confirmed = True
        return self.write(self.path)

    def _confirm_rewrite(self):
        answer = QMessageBox.question(
            self,
            tr("ABS project"),
            tr("{} was written by hand: its comments will not be kept. Replace it?").format(self.path),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_as(self):
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the ABS project"), self.path or "projet_abs.yaml", PROJECT_FILTER.format(tr("ABS project"))
        )
        if not path:
            return False
        self.confirmed = True  # the file dialog asked before replacing
        return self.write(path)

    def produce(self):
        if not self.save():
            QMessageBox.warning(self, tr("ABS project"), self.status.text())
            return
        self.run(self.path)
