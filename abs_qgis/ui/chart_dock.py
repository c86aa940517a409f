"""A dock of charts for the selected territory: its indicators against a reference (pyqtgraph)."""

import pyqtgraph as pg
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..cartography.bar_chart import BarChart, export_svg
from ..i18n import tr, tr_print

AGE_COLORS = ("#bdbdbd", "#969696", "#737373")  # earlier census years, lighter
AGE_LATEST = "#e6550d"  # the latest census year


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
        layout.addWidget(self.caption)
        layout.addWidget(self.plot)
        layout.addWidget(self.ages)
        self.setWidget(body)
        self.bars = []
        self.age_lines = []  # (year, [(label, count, share)]) drawn in the age plot

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
        labels = [label.replace(" ans et plus", "+").replace(" ans", "") for label, _c, _s in structure[-1][1]]
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
        from .chart_source import selected_ages, selected_bars

        found = selected_bars(self.layer)
        if found is not None:
            self.dock.show_bars(*found)
        self.dock.show_ages(selected_ages(self.layer))

    def close(self):
        self.follow(None)
        try:
            self.iface.currentLayerChanged.disconnect(self.follow)
        except (TypeError, RuntimeError):
            pass
