"""The chart of a chapter as a PNG picture, drawn with Qt's QPainter (always there with QGIS, on
every platform): for each indicator of the theme, one bar per place — the territory and each
reference — on the indicator's own scale from a zero axis (a negative value to its left), its value
and unit written beside the bar.

A masked value has no bar and reads « s (secret statistique) »; a missing one its reason when it
is known (« non publié », « non fourni ») and « n.d. » otherwise.
"""

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from ..core.sentences import with_unit

WIDTH = 1600
LABEL_HEIGHT = 58
BAR_HEIGHT = 42
BAR_GAP = 10
BLOCK_GAP = 26
NAME_WIDTH = 520
TEXT_WIDTH = 380
GREYS = ("#8c8c8c", "#b3b3b3", "#cccccc", "#e0e0e0")


def _height(figures_per_indicator):
    rows = sum(
        LABEL_HEIGHT + len(figures) * (BAR_HEIGHT + BAR_GAP) + BLOCK_GAP for _i, figures in figures_per_indicator
    )
    return max(rows + 20, 100)


def _bar_text(figure, unit):
    if figure.masked:
        return "s (secret statistique)"
    if not figure.known:
        return figure.note or "n.d."  # « non publié », « non fourni » when the reason is known
    return with_unit(figure.value, unit) + (" *" if figure.prudent else "")


def _fitting(font, text, width, smallest=18):
    """``font`` made smaller until ``text`` fits in ``width`` pixels."""
    fitted = QFont(font)
    while QFontMetrics(fitted).horizontalAdvance(text) > width and fitted.pixelSize() > smallest:
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


def _axis(figures, bar_room):
    """(x of the zero axis, pixels per unit): the room shared between the negative and the positive
    values in proportion to the largest of each, so that every bar starts at zero."""
    values = [figure.value for figure in figures if figure.known]
    negative = max([-value for value in values if value < 0] or [0.0])
    positive = max([value for value in values if value > 0] or [0.0])
    total = negative + positive or 1.0
    return NAME_WIDTH + bar_room * negative / total, bar_room / total


def draw_chart(path, indicators, colours, font_family="DejaVu Sans"):
    """``indicators``: [(indicator, [Figure…])] (territory first); ``colours``: (territory colour,
    reference colours or None). Writes a PNG at ``path``."""
    image = QImage(WIDTH, _height(indicators), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    label_font, text_font = QFont(font_family), QFont(font_family)
    label_font.setPixelSize(30)  # pixels: 1 600 px over 16 cm, about 9 pt once in the document
    text_font.setPixelSize(27)
    label_font.setBold(True)
    territory_colour, reference_colours = colours[0], colours[1] or GREYS
    top = 10.0
    bar_room = WIDTH - NAME_WIDTH - TEXT_WIDTH - 30
    for indicator, figures in indicators:
        painter.setFont(_fitting(label_font, indicator.titled, WIDTH - 20))  # a long title never cut
        painter.setPen(QColor("#000000"))
        label = indicator.titled
        painter.drawText(QRectF(10, top, WIDTH - 20, LABEL_HEIGHT), Qt.AlignmentFlag.AlignVCenter, label)
        top += LABEL_HEIGHT
        texts = [_bar_text(figure, indicator.unite) for figure in figures]
        room = min(bar_room, WIDTH - NAME_WIDTH - 40 - max(QFontMetrics(text_font).horizontalAdvance(x) for x in texts))
        axis, scale = _axis(figures, max(room, 200))  # the values' texts fit beside their bars
        painter.setFont(text_font)
        block_top = top
        for position, figure in enumerate(figures):
            colour = territory_colour if position == 0 else reference_colours[(position - 1) % len(reference_colours)]
            painter.setPen(QColor("#000000"))
            painter.drawText(
                QRectF(10, top, NAME_WIDTH - 20, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                figure.name,
            )
            length = scale * abs(figure.value) if figure.known else 0.0
            start = axis - length if figure.known and figure.value < 0 else axis  # negative: to the left
            if length > 0:
                painter.fillRect(QRectF(start, top + 3, length, BAR_HEIGHT - 6), QColor(colour))
            text_left = axis + (length if start == axis else 0.0) + 10
            painter.drawText(
                QRectF(text_left, top, WIDTH - text_left - 10, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                _bar_text(figure, indicator.unite),
            )
            top += BAR_HEIGHT + BAR_GAP
        painter.setPen(QColor("#000000"))  # the zero axis, bars start there in both directions
        painter.drawLine(int(axis), int(block_top), int(axis), int(top - BAR_GAP))
        top += BLOCK_GAP
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError("cannot write {}".format(path))
    return path
