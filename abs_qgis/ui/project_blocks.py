"""A table of the project's list blocks (« - table: … » with a few keys) the dialog edits: one row
per block, the file shown by name, the other keys edited in their cells (text or a drop-down);
the keys a block has that the table does not show are kept."""

import os

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .project_pages import add_buttons


class BlockTable(QWidget):
    """``columns`` = [(key, title, choices or None)], the first being the file (key « table »)."""

    def __init__(self, columns, file_filter, add_label, parent=None):
        super().__init__(parent)
        self.columns, self.file_filter, self.blocks = columns, file_filter, []
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([title for _key, title, _choices in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        buttons = QHBoxLayout()
        add_buttons(self, buttons, ((add_label, self._add), (tr("Remove"), self._remove)))
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def load(self, blocks):
        self.table.setRowCount(0)
        self.blocks = []
        for block in blocks or []:
            self.add_block({"table": block} if isinstance(block, str) else block)

    def add_block(self, block):
        self.blocks.append(dict(block))
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, (key, _title, choices) in enumerate(self.columns):
            value = block.get(key)
            if column == 0:
                item = QTableWidgetItem(os.path.basename(str(value or "")))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(str(value or ""))
                self.table.setItem(row, column, item)
            elif choices:
                box = QComboBox(self.table)
                box.addItems(list(choices))
                box.setCurrentIndex(max(box.findText(str(value or "")), 0))
                self.table.setCellWidget(row, column, box)
            else:
                text = ", ".join(str(part) for part in value) if isinstance(value, list) else str(value or "")
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _add(self):
        paths, _filter = QFileDialog.getOpenFileNames(self, self.columns[0][1], "", self.file_filter)
        for path in paths:
            self.add_block({"table": path})

    def _remove(self):
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
            del self.blocks[row]

    def cell(self, row, column):
        if self.columns[column][2]:
            return self.table.cellWidget(row, column).currentText()
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def collected(self, lists=()):
        """The blocks as shown; the keys named in ``lists`` written as lists (« 63, 03 »)."""
        blocks = []
        for row, block in enumerate(self.blocks):
            block = dict(block)
            for column, (key, _title, _choices) in enumerate(self.columns[1:], start=1):
                text = self.cell(row, column)
                if key in lists:
                    text = [part.strip() for part in text.split(",") if part.strip()]
                if text in ("", []):
                    block.pop(key, None)
                else:
                    block[key] = text
            blocks.append(block)
        return blocks
