"""A dock of charts for the selected territory: its indicators against a reference (pyqtgraph)."""

import pyqtgraph as pg
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..cartography.bar_chart import draw_bars, export_svg
from ..i18n import tr


class ChartDock(QDockWidget):
    """Horizontal bars: index base 100 of each indicator against the reference territory."""

    def __init__(self, parent=None):
        super().__init__(tr("ABS charts"), parent)
        self.setObjectName("AbsChartDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.caption = QLabel(tr("Select a territory of an ABS layer"), body)
        self.plot = pg.PlotWidget(background="w")
        layout.addWidget(self.caption)
        layout.addWidget(self.plot)
        self.setWidget(body)
        self.bars = []

    def show_bars(self, title, reference_name, bars):
        """Draw ``bars`` (abs_qgis.core.charts.Bar) for the territory ``title``."""
        self.bars = bars
        self.caption.setText(tr("{} — index base 100 = {}").format(title, reference_name))
        draw_bars(self.plot, bars)

    def export_svg(self, path):
        return export_svg(self.plot, path)


class SelectionCharts:
    """Keeps the dock on the territory selected in the current layer (an abs_qgis output)."""

    def __init__(self, iface, dock):
        self.iface, self.dock, self.layer = iface, dock, None
        iface.currentLayerChanged.connect(self.follow)
        self.follow(iface.activeLayer())

    def follow(self, layer):
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.refresh)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer if layer is not None and hasattr(layer, "selectionChanged") else None
        if self.layer is not None:
            self.layer.selectionChanged.connect(self.refresh)
            self.refresh()

    def refresh(self, *_args):
        from .chart_source import selected_bars

        found = selected_bars(self.layer)
        if found is not None:
            self.dock.show_bars(*found)

    def close(self):
        self.follow(None)
        try:
            self.iface.currentLayerChanged.disconnect(self.follow)
        except (TypeError, RuntimeError):
            pass
