"""The bar chart of a territory's indicators against a reference (index base 100), drawn with
pyqtgraph: the same drawing for the chart dock and for the SVG images of the atlas pages."""

import pyqtgraph as pg
from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtGui import QFont, QPainter
from qgis.PyQt.QtSvg import QSvgGenerator

from ..core.frenchformat import format_number
from ..i18n import tr_print

BAR_COLOR = "#fdae6b"
LABEL_FONT = QFont("DejaVu Sans", 8)
MASKED_COLOR = "#bdbdbd"
LABEL_WIDTH = 42  # characters of an indicator's name on the left axis


def value_text(bar):
    """« 109,7 hab./km² » — or « s (secret statistique) », « non publié », « non calculable »,
    « n.d. » — in French number format."""
    if bar.masked:
        return tr_print("s (statistical secret)")
    if bar.value is None:
        return bar.note or "n.d."
    unit = bar.unit if bar.unit and len(bar.unit) <= 12 else ""  # « places pour 1 000… » said by the label
    return "{} {}".format(format_number(bar.value, 1), unit).strip()


def bar_text(bar):
    """« Densité de population : 109,7 hab./km² »."""
    return "{} : {}".format(bar.label, value_text(bar))


def short_label(text, width=LABEL_WIDTH):
    """An indicator's name on the left axis: cut at ``width`` characters, on a word."""
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"


class BarChart:
    """The bars of a territory on a pyqtgraph PlotWidget: one horizontal bar per indicator, its
    index against the reference, a dashed line at 100, the indicator's name on the left axis and its
    value with its unit beside the bar; a masked or missing value has no bar, its text says « s »,
    « non publié », « non calculable » or « n.d. ».

    The items are made once and updated for each territory: removing items from a pyqtgraph
    scene raises (and reports) a PyQt conversion error on every item with PyQt 5.15."""

    def __init__(self, plot):
        self.plot = plot
        self.bars_item = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brushes=[])
        plot.addItem(self.bars_item)
        plot.addLine(x=100, pen=pg.mkPen("#333333", width=1, style=Qt.PenStyle.DashLine))
        plot.getAxis("left").setTicks([[]])
        plot.getAxis("left").setStyle(tickFont=LABEL_FONT)
        plot.getAxis("bottom").setLabel(tr_print("index (reference = 100)"))
        self.labels = []

    def draw(self, bars):
        """Show ``bars`` (abs_qgis.core.charts.Bar), the first indicator on top as in tables."""
        values = [bar.index if bar.index is not None else 0.0 for bar in bars]
        brushes = [MASKED_COLOR if bar.masked or bar.index is None else BAR_COLOR for bar in bars]
        rows = [len(bars) - 1 - position for position in range(len(bars))]
        self.bars_item.setOpts(x0=[0.0] * len(bars), y=rows, width=values, brushes=brushes)
        while len(self.labels) < len(bars):
            label = pg.TextItem("", color="#000000", anchor=(0, 0.5))
            label.setFont(LABEL_FONT)
            self.plot.addItem(label)
            self.labels.append(label)
        widest = max([100.0] + values)
        # Names on the left axis; each value, with its unit or why it is missing, beside its bar.
        self.plot.getAxis("left").setTicks([[(rows[n], short_label(bar.label)) for n, bar in enumerate(bars)]])
        for position, label in enumerate(self.labels):
            if position < len(bars):
                label.setText(value_text(bars[position]), color="#000000")
                label.setPos(values[position] + widest * 0.01, rows[position])
            label.setVisible(position < len(bars))
        self.plot.setYRange(-0.5, max(1, len(bars)) - 0.5)
        self.plot.setXRange(0, widest * 1.3)


def export_svg(plot, path):
    """The plot as SVG, written by Qt's own SVG generator: five times faster than pyqtgraph's
    exporter (which rebuilds the XML in Python), and the SVG flavour QGIS's pictures read."""
    size = plot.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(0, 0), size))
    generator.setResolution(plot.logicalDpiX())  # else texts are sized for 72 dpi, shapes for the screen's
    painter = QPainter(generator)
    try:
        plot.render(painter)
    finally:
        painter.end()
    return path
