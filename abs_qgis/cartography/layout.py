"""A4 print layout of one thematic map: title, map, legend, scale bar, north arrow, sources, date."""

import os
from dataclasses import dataclass

from qgis.core import (
    QgsApplication,
    QgsBasicNumericFormat,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0  # A4 portrait, mm
MARGIN = 10.0
FONT_FAMILY = "DejaVu Sans"


@dataclass
class MapTexts:
    title: str
    subtitle: str
    legend_title: str
    sources: str
    date_line: str
    secret_note: str = ""


def add_label(layout, text, x, y, width, height, size, bold=False, align=Qt.AlignLeft, item_id="", family=FONT_FAMILY):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(family, size)
    font.setBold(bold)
    label.setFont(font)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignVCenter)
    label.setId(item_id)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)
    return label


def _fit_extent(extent, width, height, margin_ratio=0.04):
    """Grow ``extent`` to the map item's aspect ratio, with a small margin."""
    rect = QgsRectangle(extent)
    rect.scale(1 + margin_ratio)
    item_ratio = width / height
    if rect.width() / rect.height() > item_ratio:
        new_height = rect.width() / item_ratio
        grow = (new_height - rect.height()) / 2
        rect.setYMinimum(rect.yMinimum() - grow)
        rect.setYMaximum(rect.yMaximum() + grow)
    else:
        new_width = rect.height() * item_ratio
        grow = (new_width - rect.width()) / 2
        rect.setXMinimum(rect.xMinimum() - grow)
        rect.setXMaximum(rect.xMaximum() + grow)
    return rect


def french_number_format():
    """QGIS numeric format with a decimal comma and a narrow no-break space for thousands."""
    number_format = QgsBasicNumericFormat()
    number_format.setDecimalSeparator(",")
    number_format.setThousandsSeparator("\u202f")
    number_format.setShowTrailingZeros(False)
    return number_format


def _add_logos(layout, logos, height=16.0, gap=3.0):
    """The charter's logos, right-aligned in the title band; returns the width they take (mm)."""
    right = PAGE_WIDTH - MARGIN
    for number, path in enumerate(reversed(logos)):
        picture = QgsLayoutItemPicture(layout)
        picture.setId("logo_{}".format(len(logos) - number))
        picture.setPicturePath(path)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        width = height * 1.6
        right -= width
        picture.attemptMove(QgsLayoutPoint(right, 7, QgsUnitTypes.LayoutMillimeters))
        picture.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(picture)
        right -= gap
    return PAGE_WIDTH - MARGIN - right if logos else 0.0


def north_arrow_path():
    for folder in QgsApplication.svgPaths():
        candidate = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(candidate):
            return candidate
    return None


def build_map_layout(project, layers, extent, crs, texts, name, charter):
    """Build and register in ``project`` the layout of one map in the ``charter``; return it."""

    family = charter.font
    """Build and register in ``project`` the layout of one map; return it."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.setName(name)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, QgsUnitTypes.LayoutMillimeters))
    inner = PAGE_WIDTH - 2 * MARGIN

    logos_width = _add_logos(layout, charter.logos)
    add_label(layout, texts.title, MARGIN, 8, inner - logos_width, 12, 18, bold=True, item_id="titre", family=family)
    add_label(layout, texts.subtitle, MARGIN, 20, inner - logos_width, 8, 11, item_id="sous_titre", family=family)

    map_top, map_height = 30.0, 182.0
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("carte")
    map_item.attemptMove(QgsLayoutPoint(MARGIN, map_top, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(inner, map_height, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setExtent(_fit_extent(extent, inner, map_height))
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setTitle(texts.legend_title)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for index, layer in enumerate(layers):
        node = root.addLayer(layer)
        # The first layer's classes sit directly under the legend title (no repeated name).
        if index == 0:
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.setStyleFont(QgsLegendStyle.Title, QFont(family, 11, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont(family, 9))
    legend.attemptMove(QgsLayoutPoint(MARGIN, map_top + map_height + 4, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    legend_bottom = map_top + map_height + 4 + legend.sizeWithUnits().height()

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setId("echelle")
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setNumberOfSegments(2)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    # Segments fit a width range, so the bar stays on the page at any scale (atlas pages zoom in).
    scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scale_bar.setMinimumBarWidth(20)
    scale_bar.setMaximumBarWidth(50)
    scale_bar.setNumericFormat(french_number_format())
    scale_bar.attemptMove(
        QgsLayoutPoint(PAGE_WIDTH - MARGIN - 60, map_top + map_height + 6, QgsUnitTypes.LayoutMillimeters)
    )
    layout.addLayoutItem(scale_bar)

    arrow_path = north_arrow_path()
    if arrow_path:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setId("nord")
        arrow.setPicturePath(arrow_path)
        arrow.attemptMove(QgsLayoutPoint(PAGE_WIDTH - MARGIN - 14, map_top + 3, QgsUnitTypes.LayoutMillimeters))
        arrow.attemptResize(QgsLayoutSize(11, 15, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(arrow)

    if texts.secret_note:
        note_top = max(legend_bottom + 2, PAGE_HEIGHT - 31)
        add_label(layout, texts.secret_note, MARGIN, note_top, inner, 7, 8, item_id="mention_secret", family=family)
    add_label(layout, texts.sources, MARGIN, PAGE_HEIGHT - 22, inner, 10, 8, item_id="sources", family=family)
    add_label(
        layout,
        texts.date_line,
        MARGIN,
        PAGE_HEIGHT - 13,
        inner,
        6,
        8,
        align=Qt.AlignRight,
        item_id="date",
        family=family,
    )
    project.layoutManager().addLayout(layout)
    return layout


def export_layout(layout, path, file_format, dpi):
    """Export ``layout`` to ``path`` (``pdf``, ``png`` or ``svg``); return QgsLayoutExporter's result."""
    exporter = QgsLayoutExporter(layout)
    if file_format == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        settings.rasterizeWholeImage = False
        return exporter.exportToPdf(path, settings)
    if file_format == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        return exporter.exportToSvg(path, settings)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    return exporter.exportToImage(path, settings)
