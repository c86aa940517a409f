"""The sources page of the ABS dialog: the tables joined to the communes, each shown with what was
detected in it (level, code column, millésime and how it was found, rows), its label, table of
passage and the columns renamed to INSEE's names, chosen from the file's columns."""

import os

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AbsError
from ..core.project_form import describe_source
from ..core.tables import read_table
from ..i18n import tr
from .project_pages import add_buttons

TABLE_FILTER = "Tables (*.csv *.txt *.xlsx *.xls *.ods)"
COLUMNS = ("file", "level", "code", "year", "rows", "label", "passage")


def detected(block, layer_codes):
    """The cells shown for a source block: what its file holds, or why it cannot be read."""
    if block.get("melodi"):  # fetched at the run (abs:downloadinsee), nothing to read yet
        return {"niveau": tr("INSEE, Melodi API (fetched at the run)"), "colonnes": []}
    try:
        table = read_table(block["table"], sheet=block.get("feuille"))
        described = describe_source(table, layer_codes)
    except AbsError as error:
        return {"niveau": tr("unreadable: {}").format(error), "colonnes": []}
    except OSError as error:
        return {"niveau": tr("unreadable: {}").format(error.strerror), "colonnes": []}
    return described


def _year_text(described):
    if described.get("millesime") is None:
        return tr("not found (give it)")
    return "{} ({})".format(described["millesime"], described["millesime_origine"])


class RenameDialog(QDialog):
    """The file's columns renamed to INSEE's names: a drop-down of the file's columns per row."""

    def __init__(self, columns, renames, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Columns renamed to INSEE's names"))
        self.columns = list(columns)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([tr("Column of the file"), tr("INSEE name")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(tr("Add a column"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        for widget in (self.table, add, buttons):
            layout.addWidget(widget)
        add.clicked.connect(lambda: self.add_row("", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for old, new in (renames or {}).items():
            self.add_row(old, new)
        self.resize(560, 420)

    def add_row(self, old, new):
        row = self.table.rowCount()
        self.table.insertRow(row)
        choice = QComboBox(self.table)
        choice.setEditable(True)
        choice.addItems(self.columns)
        choice.setCurrentText(str(old))
        self.table.setCellWidget(row, 0, choice)
        self.table.setCellWidget(row, 1, QLineEdit(str(new), self.table))

    def renames(self):
        pairs = {}
        for row in range(self.table.rowCount()):
            old = self.table.cellWidget(row, 0).currentText().strip()
            new = self.table.cellWidget(row, 1).text().strip()
            if old and new:
                pairs[old] = new
        return pairs


class SourcesPage(QWidget):
    def __init__(self, layer_codes, parent=None):
        super().__init__(parent)
        self.layer_codes = layer_codes  # a callable: the codes of the commune layer chosen
        self.blocks, self.found = [], []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [tr("Table"), tr("Level"), tr("Code column"), tr("Millésime"), tr("Rows"), tr("Label"), tr("Passage")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # « base_cc_…rateur.csv »
        header = self.table.horizontalHeader()
        for column, name in enumerate(COLUMNS):  # the long texts share the width, elided (whole in tooltips)
            fitted = name in ("level", "code", "rows")
            header.setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents if fitted else QHeaderView.ResizeMode.Stretch
            )
        buttons = QHBoxLayout()
        actions = (
            (tr("Add tables…"), self._add),
            (tr("Remove"), self._remove),
            (tr("Table of passage…"), self._passage),
            (tr("Columns to rename…"), self._renames),
        )
        add_buttons(self, buttons, actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_block(self, block):
        self.blocks.append(dict(block))
        self.found.append(detected(block, self.layer_codes()))
        self._show(len(self.blocks) - 1)

    def _show(self, row):
        block, found = self.blocks[row], self.found[row]
        if self.table.rowCount() <= row:
            self.table.insertRow(row)
        name = os.path.basename(block["table"]) if block.get("table") else "Melodi : {}".format(block.get("melodi"))
        cells = (
            name,
            found.get("niveau") or tr("not detected"),
            found.get("colonne_code") or tr("not found"),
            _year_text(found) if block.get("millesime") is None else "{} ({})".format(block["millesime"], tr("given")),
            str(found.get("lignes", "")),
            block.get("libelle", ""),
            os.path.basename(block.get("passage") or ""),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column != COLUMNS.index("label"):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip((block.get("table") or block.get("filtres") or "") if column == 0 else text)
            self.table.setItem(row, column, item)

    def _row(self):
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return rows[0] if rows else None

    def _add(self):
        paths, _filter = QFileDialog.getOpenFileNames(self, tr("Tables to join to the communes"), "", TABLE_FILTER)
        for path in paths:
            self.add_block({"table": path})

    def _remove(self):
        row = self._row()
        if row is not None:
            self.table.removeRow(row)
            del self.blocks[row], self.found[row]

    def _passage(self):
        row = self._row()
        if row is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, tr("Table of passage between geographies"), "", TABLE_FILTER)
        if path:
            self.blocks[row]["passage"] = path
            self._show(row)

    def _renames(self):
        row = self._row()
        if row is None:
            return
        dialog = RenameDialog(self.found[row].get("colonnes", []), self.blocks[row].get("colonnes"), self)
        if dialog.exec():
            self.blocks[row]["colonnes"] = dialog.renames()
            if not self.blocks[row]["colonnes"]:
                del self.blocks[row]["colonnes"]

    def load(self, form):
        self.table.setRowCount(0)
        self.blocks, self.found = [], []
        for block in form.get("sources") or []:
            if isinstance(block, dict) and block.get("table"):
                self.add_block(block)

    def store(self, form):
        for row, block in enumerate(self.blocks):
            label = self.table.item(row, COLUMNS.index("label")).text().strip()
            if label:
                block["libelle"] = label
            else:
                block.pop("libelle", None)
        form["sources"] = [dict(block) for block in self.blocks]
