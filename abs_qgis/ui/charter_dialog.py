"""« Charte graphique… »: the collectivité's charter (name, font, colours, logos, the sources and
date lines) set in a dialog instead of a YAML file, written where the user chooses and checked as
the maps will read it (``core.charter_form``). The shipped charter is the starting point, never
overwritten."""

import os

from qgis.gui import QgsColorButton
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.charter import DEFAULT_CHARTER
from ..core.charter_form import read_charter_form, write_charter
from ..core.errors import AbsError
from ..i18n import tr
from .project_pages import add_buttons

COLOURS = ("pas_de_donnee", "secret", "contour")  # keys of « couleurs »; the ramp's ends are « sequentielle »
IMAGE_FILTER = "Images (*.png *.svg *.jpg *.jpeg)"


def _colour_button(parent):
    button = QgsColorButton(parent)
    button.setAllowOpacity(False)
    button.setShowNoColor(False)
    button.setMinimumWidth(120)
    return button


def choose_charter_path(parent, start):
    """Where to save the charter (Qt's dialog asks before replacing a file)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the graphic charter"), start, "{} (*.yaml *.yml)".format(tr("Graphic charter"))
    )
    return path


class LogoList(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        buttons = QVBoxLayout()
        add_buttons(self, buttons, ((tr("Add logos…"), self._add), (tr("Remove"), self._remove)))
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_paths(self, paths):
        self.list.clear()
        self.list.addItems(list(paths))

    def paths(self):
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _add(self):
        paths, _filter = QFileDialog.getOpenFileNames(self, tr("Logos"), "", IMAGE_FILTER)
        self.list.addItems(paths)

    def _remove(self):
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))


class CharterDialog(QDialog):
    """``path`` = the charter to start from (the shipped one if None); ``choose_path`` = how the
    save path is asked (a file dialog; tests give their own)."""

    def __init__(self, path=None, parent=None, choose_path=choose_charter_path):
        super().__init__(parent)
        self.choose_path, self.path, self.saved = choose_path, path, None
        self.setWindowTitle(tr("Graphic charter"))
        self.organisation = QLineEdit(self)
        self.font = QFontComboBox(self)
        self.light, self.dark = _colour_button(self), _colour_button(self)
        self.colours = {key: _colour_button(self) for key in COLOURS}
        self.logos = LogoList(self)
        self.sources = QLineEdit(self)
        self.date = QLineEdit(self)
        self.data = read_charter_form(path)
        form = QFormLayout()
        ramp = QHBoxLayout()
        for label, button in ((tr("lowest class"), self.light), (tr("highest class"), self.dark)):
            ramp.addWidget(QLabel(label, self))
            ramp.addWidget(button)
        form.addRow(tr("Organisation (printed on every map)"), self.organisation)
        form.addRow(tr("Font"), self.font)
        form.addRow(tr("Colours of the classes"), ramp)
        labels = (tr("No data"), tr("Statistical secret (hatching)"), tr("Outlines"))
        for key, label in zip(COLOURS, labels):
            form.addRow(label, self.colours[key])
        form.addRow(tr("Logos (bottom of the maps)"), self.logos)
        form.addRow(tr("Sources line ({source}, {organisation})"), self.sources)
        form.addRow(tr("Date line ({date}, {organisation})"), self.date)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        add_buttons(self, buttons, ((tr("Save the charter as…"), self.save_as), (tr("Cancel"), self.reject)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._show(self.data)
        self.resize(760, self.sizeHint().height())
        self.font_chosen = False  # the charter's font kept as written unless another is picked
        self.font.currentFontChanged.connect(self._font_picked)

    def _font_picked(self, _font):
        self.font_chosen = True

    def _show(self, data):
        self.organisation.setText(str(data["organisation"]))
        self.font.setCurrentFont(QFont(str(data["police"])))
        light, dark = data["couleurs"]["sequentielle"]
        self.light.setColor(QColor(light))
        self.dark.setColor(QColor(dark))
        for key, button in self.colours.items():
            button.setColor(QColor(data["couleurs"][key]))
        self.logos.set_paths(data["logos"])
        self.sources.setText(str(data["textes"]["sources"]))
        self.date.setText(str(data["textes"]["date"]))

    def collected(self):
        """The charter as shown (keys it does not show, e.g. the date format, kept)."""
        data = dict(self.data, couleurs=dict(self.data["couleurs"]), textes=dict(self.data["textes"]))
        data["organisation"] = self.organisation.text().strip()
        if self.font_chosen:
            data["police"] = self.font.currentFont().family()
        data["couleurs"]["sequentielle"] = [self.light.color().name(), self.dark.color().name()]
        for key, button in self.colours.items():
            data["couleurs"][key] = button.color().name()
        data["logos"] = self.logos.paths()
        data["textes"]["sources"] = self.sources.text().strip()
        data["textes"]["date"] = self.date.text().strip()
        return data

    def _start_path(self):
        if self.path and os.path.abspath(self.path) != str(DEFAULT_CHARTER):
            return self.path
        return "charte_graphique.yaml"

    def save_as(self):
        path = self.choose_path(self, self._start_path())
        if not path:
            return None
        try:
            self.saved = str(write_charter(self.collected(), path, replace=True))
        except AbsError as error:
            self.status.setText(str(error))
            return None
        self.accept()
        return self.saved


def edit_charter(parent, path):
    """Open the charter dialog on ``path``; the saved charter's path, or None."""
    try:
        dialog = CharterDialog(path or None, parent)
    except AbsError as error:
        QMessageBox.warning(parent, tr("Graphic charter"), str(error))
        return None
    return dialog.saved if dialog.exec() else None
