"""A dock of charts for the selected territory: its indicators against a reference (pyqtgraph)."""

import math

import pyqtgraph as pg
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..cartography.bar_chart import BarChart, export_svg
from ..core.frenchformat import format_number
from ..i18n import tr, tr_print

AGE_COLORS = ("#bdbdbd", "#969696", "#737373")  # earlier census years, lighter
AGE_LATEST = "#e6550d"  # the latest census year
MEN_COLOR = "#6baed6"
WOMEN_COLOR = "#fd8d3c"


def symmetric_ticks(widest):
    """Ticks of a pyramid's count axis: round steps on both sides, labelled without a sign."""
    magnitude = 10 ** math.floor(math.log10(max(widest / 2.0, 1.0)))
    step = next(m * magnitude for m in (1, 2, 5, 10) if widest / (m * magnitude) <= 3)
    count = int(widest // step)
    return [
        (sign * k * step, format_number(k * step, 0))
        for k in range(count + 1)
        for sign in ((1,) if k == 0 else (-1, 1))
    ]


def short_age(label):
    """« 15-29 ans » → « 15-29 », « 90 ans et plus » → « 90+ »: axis ticks that fit a dock."""
    return label.replace(" ans et plus", "+").replace(" ans", "")


class ChartDock(QDockWidget):
    """Horizontal bars: index base 100 of each indicator against the reference territory."""

    def __init__(self, parent=None):
        super().__init__(tr("ABS charts"), parent)
        self.setObjectName("AbsChartDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.caption = QLabel(tr("Select a territory of an ABS layer"), body)
        self.plot = pg.PlotWidget(background="w")
        self.chart = BarChart(self.plot)
        self.ages = pg.PlotWidget(background="w")  # age structure per census year, when the layer has it
        self.ages.hide()
        self.pyramid = pg.PlotWidget(background="w")  # men | women by age band, when the layer has them
        self.men = pg.BarGraphItem(x0=[], y=[], height=0.8, width=[], brush=MEN_COLOR)
        self.women = pg.BarGraphItem(x0=[], y=[], height=0.8, width=[], brush=WOMEN_COLOR)
        self.pyramid.addItem(self.men)
        self.pyramid.addItem(self.women)
        self.pyramid.addLine(x=0, pen=pg.mkPen("#333333", width=1))
        self.pyramid.getAxis("bottom").setLabel(tr_print("men | women (inhabitants)"))
        self.pyramid.hide()
        self.pyramid_year = None
        layout.addWidget(self.caption)
        layout.addWidget(self.plot)
        layout.addWidget(self.ages)
        layout.addWidget(self.pyramid)
        self.setWidget(body)
        self.bars = []
        self.age_lines = []  # (year, [(label, count, share)]) drawn in the age plot

    def clear(self):
        """Back to the invitation to select a territory (another project was opened)."""
        self.bars = []
        self.caption.setText(tr("Select a territory of an ABS layer"))
        self.chart.draw([])
        self.ages.hide()
        self.pyramid.hide()

    def show_bars(self, title, reference_name, bars):
        """Draw ``bars`` (abs_qgis.core.charts.Bar) for the territory ``title``."""
        self.bars = bars
        self.caption.setText(tr("{} — index base 100 = {}").format(title, reference_name))
        self.chart.draw(bars)

    def show_ages(self, structure):
        """One line per census year: the share of each age band in the population (%)."""
        self.age_lines = structure
        self.ages.clear()
        if not structure:
            self.ages.hide()
            return
        self.ages.show()
        self.ages.addLegend(offset=(-10, 10))
        # Short ticks (« 15-29 », « 90+ »): the whole labels overlap on a dock's width.
        labels = [short_age(label) for label, _count, _share in structure[-1][1]]
        for number, (year, bands) in enumerate(structure):
            color = AGE_COLORS[number % len(AGE_COLORS)] if number < len(structure) - 1 else AGE_LATEST
            self.ages.plot(
                list(range(len(bands))),
                [share for _label, _count, share in bands],
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolBrush=color,
                symbolSize=6,
                name=str(year),
            )
        self.ages.getAxis("bottom").setTicks([list(enumerate(labels))])
        # Printed texts (the chart may be exported for a report): always French.
        self.ages.getAxis("left").setLabel(tr_print("share of the population (%)"))
        self.ages.getAxis("bottom").setLabel(tr_print("age (years)"))
        self.ages.setTitle(tr_print("Age structure by census year"), color="#000000", size="9pt")

    def show_pyramid(self, pyramid):
        """The age pyramid ``(year, [(label, men, women)])`` of the latest census year, or hide it."""
        if not pyramid:
            self.pyramid_year = None
            self.pyramid.hide()
            return
        year, bands = pyramid
        self.pyramid_year = year
        rows = list(range(len(bands)))  # the youngest at the bottom, as pyramids are read
        men = [count for _label, count, _women in bands]
        women = [count for _label, _men, count in bands]
        self.men.setOpts(x0=[-count for count in men], y=rows, width=men)
        self.women.setOpts(x0=[0.0] * len(bands), y=rows, width=women)
        ticks = [
            (row, label.replace(" ans et plus", "+").replace(" ans", "")) for row, (label, _m, _w) in enumerate(bands)
        ]
        self.pyramid.getAxis("left").setTicks([ticks])
        widest = max(men + women + [1.0]) * 1.1
        left = self.pyramid.getAxis("left")
        left.setWidth(64)  # room for « 15-29 »: a label wider than the axis is not drawn
        self.pyramid.getAxis("bottom").setTicks([symmetric_ticks(widest)])  # counts, not negative men
        self.pyramid.setXRange(-widest, widest)
        self.pyramid.setYRange(-0.5, len(bands) - 0.5)
        self.pyramid.setTitle(tr_print("Age pyramid {}").format(year), color="#000000", size="9pt")
        self.pyramid.show()

    def export_svg(self, path):
        return export_svg(self.plot, path)


class SelectionCharts:
    """Keeps the dock on the territory selected in the current layer (an abs_qgis output)."""

    def __init__(self, iface, dock):
        self.iface, self.dock, self.layer = iface, dock, None
        iface.currentLayerChanged.connect(self.follow)
        QgsProject.instance().cleared.connect(self.forget)  # another project: not its territory
        self.follow(iface.activeLayer())

    def forget(self):
        self.follow(None)
        self.dock.clear()

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
        from .chart_source import selected_ages, selected_bars, selected_pyramid

        found = selected_bars(self.layer)
        if found is not None:
            self.dock.show_bars(*found)
        self.dock.show_ages(selected_ages(self.layer))
        self.dock.show_pyramid(selected_pyramid(self.layer))

    def close(self):
        self.follow(None)
        for signal, slot in (
            (self.iface.currentLayerChanged, self.follow),
            (QgsProject.instance().cleared, self.forget),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
