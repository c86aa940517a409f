"""The chart of each atlas page: one SVG per territory (pyqtgraph), placed by QGIS in the fiche's
« graphique » picture, whose source follows the atlas feature."""

import os

from qgis.core import QgsLayoutItemPicture, QgsProperty
from qgis.PyQt.QtCore import QCoreApplication, Qt

from ..compat import PICTURE_SOURCE
from ..i18n import tr_print
from .atlas import UNSAFE_EXPRESSION, safe_code

CHART_SIZE = (1140, 260)  # pixels: the proportions of the fiche's chart zone (about 4.4 : 1)


def chart_file_name(code):
    """File name of a territory's chart: its code, characters unsafe in a file name as « _ »."""
    return safe_code(code) + ".svg"


def write_atlas_charts(folder, charts, reference_name, feedback=None):
    """Write ``folder/<code>.svg`` for each ``(code, bars)`` of ``charts``; returns the paths.
    Needs pyqtgraph (imported here: the rest of the atlas is printed without it)."""
    import pyqtgraph as pg

    from .bar_chart import BarChart, export_svg

    os.makedirs(folder, exist_ok=True)
    plot = pg.PlotWidget(background="w")
    # Laid out at the chart's size without appearing: a widget never shown keeps pyqtgraph's
    # default 640 × 480 scene, whatever resize() says.
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.resize(*CHART_SIZE)
    plot.hideButtons()  # the « A » (auto-range) button is not for paper
    plot.setTitle(tr_print("Index base 100 = {}").format(reference_name), color="#000000", size="11pt")
    chart = BarChart(plot)
    plot.getAxis("bottom").showLabel(False)  # the title says what the axis is
    plot.show()
    QCoreApplication.processEvents()  # the title takes its room before anything is drawn
    paths = []
    try:
        for code, bars in charts:
            if feedback is not None and feedback.isCanceled():
                break
            chart.draw(bars)
            QCoreApplication.processEvents()  # pyqtgraph applies the new ranges before the export
            path = os.path.join(folder, chart_file_name(code))
            export_svg(plot, path)
            paths.append(path)
    finally:
        # hide + deleteLater, not close(): pyqtgraph's close() clears the scene, and each item
        # removed reports a PyQt 5.15 conversion error (harmless, but a screenful of tracebacks).
        plot.hide()
        plot.deleteLater()
    return paths


def add_atlas_chart(layout, folder, key_field):
    """Point the template's « graphique » picture at the atlas feature's chart.
    Returns the picture, or None when the template has none (a collectivité's own fiche)."""
    picture = layout.itemById("graphique")
    if not isinstance(picture, QgsLayoutItemPicture):
        return None
    folder_text = folder.replace("\\", "/").replace("'", "''")
    code = "attribute(@atlas_feature, '{}')".format(key_field.replace("'", "''"))
    # No picture before the atlas runs (the layout is also drawn without a feature).
    expression = "if(@atlas_feature IS NULL, '', '{}/' || {} || '.svg')".format(
        folder_text, UNSAFE_EXPRESSION.format(code)
    )
    picture.dataDefinedProperties().setProperty(PICTURE_SOURCE, QgsProperty.fromExpression(expression))
    picture.refresh()
    return picture
