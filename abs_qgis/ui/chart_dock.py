"""A dock of charts for the selected territory: its indicators against a reference (pyqtgraph)."""

import pyqtgraph as pg
import pyqtgraph.exporters
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..core.frenchformat import format_number
from ..i18n import tr, tr_print

BAR_COLOR = "#fdae6b"
MASKED_COLOR = "#bdbdbd"


def bar_text(bar):
    """« Densité de population : 109,7 » — or « s » (secret) / « n.d. » — in French number format."""
    if bar.masked:
        shown = tr_print("s (statistical secret)")
    elif bar.value is None:
        shown = "n.d."
    else:
        shown = format_number(bar.value, 1)
    return "{} : {}".format(bar.label, shown)


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
        self.plot.clear()
        self.caption.setText(tr("{} — index base 100 = {}").format(title, reference_name))
        shown = [(position, bar) for position, bar in enumerate(bars)]
        values = [bar.index if bar.index is not None else 0.0 for _p, bar in shown]
        brushes = [MASKED_COLOR if bar.masked or bar.index is None else BAR_COLOR for _p, bar in shown]
        item = pg.BarGraphItem(
            x0=[0.0] * len(shown), y=[p for p, _b in shown], height=0.6, width=values, brushes=brushes
        )
        self.plot.addItem(item)
        self.plot.addLine(x=100, pen=pg.mkPen("#333333", width=1, style=pg.QtCore.Qt.DashLine))
        self.plot.getAxis("left").setTicks([[]])
        for position, bar in shown:
            label = pg.TextItem(bar_text(bar), color="#000000", anchor=(0, 1))
            label.setPos(0, position - 0.32)
            self.plot.addItem(label)
        self.plot.getAxis("bottom").setLabel(tr("index (reference = 100)"))
        self.plot.setYRange(-0.5, len(shown) - 0.5)

    def export_svg(self, path):
        pyqtgraph.exporters.SVGExporter(self.plot.plotItem).export(str(path))
        return path


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
