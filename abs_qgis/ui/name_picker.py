"""A searchable list of territories with check boxes: the user types part of a name, ticks the
ones wanted; each item holds the code it stands for."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..i18n import tr

CODE_ROLE = Qt.ItemDataRole.UserRole


class NamePicker(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search a name…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.list, self.count):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._count)

    def set_items(self, pairs, checked=(), keep_order=False):
        """``pairs`` = [(code, name)], shown « name (code) » in name order (in the given order when
        ``keep_order``); ``checked`` codes ticked."""
        self.list.blockSignals(True)
        self.list.clear()
        checked = set(checked)
        if not keep_order:
            pairs = sorted(pairs, key=lambda pair: (str(pair[1]).lower(), str(pair[0])))
        for code, name in pairs:
            item = QListWidgetItem("{} ({})".format(name, code) if name != code else str(code))
            item.setData(CODE_ROLE, str(code))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if str(code) in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._count()

    def _items(self):
        return [self.list.item(row) for row in range(self.list.count())]

    def _filter(self, text):
        wanted = text.strip().lower()
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def _count(self, _item=None):
        self.count.setText(tr("{} ticked of {}").format(len(self.checked_codes()), self.list.count()))

    def checked_codes(self):
        return [item.data(CODE_ROLE) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def checked_names(self):
        """{code: name} of the ticked items (the name without its code)."""
        names = {}
        for item in self._items():
            if item.checkState() == Qt.CheckState.Checked:
                code = item.data(CODE_ROLE)
                names[code] = item.text()[: -len(" ({})".format(code))] if item.text().endswith(")") else code
        return names

    def set_checked(self, codes):
        codes = set(codes)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE_ROLE) in codes else Qt.CheckState.Unchecked)
