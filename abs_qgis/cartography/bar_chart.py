"""The bar chart of a territory's indicators against a reference (index base 100), drawn with
pyqtgraph: the same drawing for the chart dock and for the SVG images of the atlas pages."""

import pyqtgraph as pg
import pyqtgraph.exporters
from qgis.PyQt.QtGui import QFont

from ..core.frenchformat import format_number
from ..i18n import tr_print

BAR_COLOR = "#fdae6b"
LABEL_FONT = QFont("DejaVu Sans", 8)
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


def draw_bars(plot, bars):
    """Draw ``bars`` (abs_qgis.core.charts.Bar) on ``plot`` (a pyqtgraph PlotWidget): one
    horizontal bar per indicator, its index against the reference, a dashed line at 100; a
    masked or missing value is a grey stub, its label says « s » or « n.d. »."""
    plot.clear()
    values = [bar.index if bar.index is not None else 0.0 for bar in bars]
    brushes = [MASKED_COLOR if bar.masked or bar.index is None else BAR_COLOR for bar in bars]
    rows = [len(bars) - 1 - position for position in range(len(bars))]  # the first indicator on top, as in tables
    item = pg.BarGraphItem(x0=[0.0] * len(bars), y=rows, height=0.6, width=values, brushes=brushes)
    plot.addItem(item)
    plot.addLine(x=100, pen=pg.mkPen("#333333", width=1, style=pg.QtCore.Qt.DashLine))
    plot.getAxis("left").setTicks([[]])
    for row, bar in zip(rows, bars):
        label = pg.TextItem(bar_text(bar), color="#000000", anchor=(0, 1))
        label.setFont(LABEL_FONT)
        label.setPos(0, row - 0.32)
        plot.addItem(label)
    plot.getAxis("bottom").setLabel(tr_print("index (reference = 100)"))
    plot.setYRange(-0.5, len(bars) - 0.5)
    top = max([100.0] + values)
    plot.setXRange(0, top * 1.05)


def export_svg(plot, path):
    pyqtgraph.exporters.SVGExporter(plot.plotItem).export(str(path))
    return path
