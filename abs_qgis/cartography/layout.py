"""One thematic map's print layout: a ``.qpt`` template (templates.py) filled by item id — title,
map, legend, scale bar, north arrow, locator inset, logos, secret mention, sources and date."""

import os
import textwrap
from contextlib import contextmanager
from dataclasses import dataclass

from qgis.core import (
    QgsBasicNumericFormat,
    QgsDataDefinedSizeLegendNode,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
    QgsRectangle,
)
from qgis.PyQt.QtGui import QFont

from ..compat import (
    LAYOUT_MILLIMETERS,
    LEGEND_GROUP,
    LEGEND_HIDDEN,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    PICTURE_ZOOM,
    TEXT_ALWAYS_TEXT,
    label_font,
    legend_font,
    set_label_font,
    set_legend_font,
)
from .inset import style_overview
from .templates import MAX_WIDTH_PROPERTY, WRAP, item_rect, load_template, north_arrow_path, template_path

NOT_IN_LEGEND = "abs_hors_legende"  # layer property: drawn, not listed (the polygons under circles)
DEFAULT_LEGEND_WIDTH = 60.0  # mm, for a template legend without abs_largeur_max_mm


@dataclass
class MapTexts:
    title: str
    subtitle: str
    legend_title: str
    sources: str
    date_line: str
    secret_note: str = ""


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


def _with_family(font, family):
    font = QFont(font)
    font.setFamily(family)
    return font


def _set_families(layout, family):
    """The charter's font on every label and legend style, keeping the template's sizes."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            set_label_font(item, _with_family(label_font(item), family))
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (
                LEGEND_TITLE,
                LEGEND_GROUP,
                LEGEND_SUBGROUP,
                LEGEND_SYMBOL_LABEL,
            ):
                set_legend_font(item, style, _with_family(legend_font(item, style), family))


def remove_item(layout, item_id):
    item = layout.itemById(item_id)
    if item is None:
        return
    if isinstance(item, QgsLayoutFrame) and item.multiFrame() is not None:
        multi_frame = item.multiFrame()
        for frame in list(multi_frame.frames()):
            layout.removeLayoutItem(frame)
        layout.removeMultiFrame(multi_frame)
        return
    layout.removeLayoutItem(item)


def _add_logos(layout, logos, gap=3.0):
    """The charter's logos: into the template's ``logo_1``, ``logo_2``… pictures when it has them,
    else right-aligned in the title band (the title and subtitle are narrowed to make room)."""
    if not logos:
        return
    placeholders = sorted(
        (item for item in layout.items() if isinstance(item, QgsLayoutItemPicture) and item.id().startswith("logo")),
        key=lambda item: item.id(),
    )
    if placeholders:
        for picture, path in zip(placeholders, logos):
            picture.setPicturePath(path)
        for picture in placeholders[len(logos) :]:
            layout.removeLayoutItem(picture)
        return
    title = layout.itemById("titre")
    band = item_rect(title)
    subtitle = layout.itemById("sous_titre")
    if subtitle is not None:
        band = band.united(item_rect(subtitle))
    right = band.right()
    height = band.height()
    for number, path in enumerate(reversed(logos)):
        picture = QgsLayoutItemPicture(layout)
        picture.setId("logo_{}".format(len(logos) - number))
        picture.setPicturePath(path)
        picture.setResizeMode(PICTURE_ZOOM)
        width = height * 1.6
        right -= width
        layout.addLayoutItem(picture)
        picture.attemptMove(QgsLayoutPoint(right, band.top(), LAYOUT_MILLIMETERS))
        picture.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
        right -= gap
    for item in (title, subtitle):
        if item is not None:
            rect = item_rect(item)
            item.attemptResize(QgsLayoutSize(max(20.0, right - rect.left()), rect.height(), LAYOUT_MILLIMETERS))


def _set_text(layout, item_id, text):
    item = layout.itemById(item_id)
    if item is None:
        return
    if text:
        item.setText(text)
    else:
        layout.removeLayoutItem(item)


def _fill_map(map_item, layers, extent, crs):
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    size = map_item.sizeWithUnits()
    map_item.setExtent(_fit_extent(extent, size.width(), size.height()))


def wrap_text(text, width_mm, size_pt):
    """``text`` cut into lines that fit ``width_mm`` at ``size_pt`` (an average glyph is about half
    an em wide)."""
    characters = max(12, int(width_mm / (size_pt * 0.19)))
    return "\n".join(textwrap.wrap(text, characters)) or text


def _only_size_legend(node, layer):
    """Proportional circles: keep only QGIS's nested size legend (not the node naming the field)."""
    nodes = layer.legend().createLayerTreeModelLegendNodes(node) if layer.legend() is not None else []
    sizes = [index for index, legend_node in enumerate(nodes) if isinstance(legend_node, QgsDataDefinedSizeLegendNode)]
    if sizes and len(sizes) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, sizes)
        return True
    return False


def _fill_legend(legend, layers, title):
    width = float(legend.customProperty(MAX_WIDTH_PROPERTY, DEFAULT_LEGEND_WIDTH) or DEFAULT_LEGEND_WIDTH)
    legend.setWrapString(WRAP)
    legend.setTitle(wrap_text(title, width, legend_font(legend, LEGEND_TITLE).pointSizeF()))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for index, layer in enumerate(layer for layer in layers if not layer.customProperty(NOT_IN_LEGEND, False)):
        node = root.addLayer(layer)
        if _only_size_legend(node, layer):
            legend.model().refreshLayerLegend(node)
        # The first layer's classes sit directly under the legend title (no repeated name).
        if index == 0:
            QgsLegendRenderer.setNodeLegendStyle(node, LEGEND_HIDDEN)
    legend.adjustBoxSize()


def build_map_layout(project, layers, extent, crs, texts, name, charter, template=None, inset=None, key_figures=False):
    """The layout of one map in ``charter``: the ``.qpt`` ``template`` (a shipped name or a path;
    A4 portrait by default) filled by item id, registered in ``project``; returned.

    ``inset`` = (layers, extent in ``crs``) of the locator map, or None to drop it; the key-figures
    table is kept only when ``key_figures`` (an atlas fills it: atlas.add_key_figures)."""
    layout = load_template(project, template_path(template))
    layout.setName(name)
    _set_families(layout, charter.font)
    _add_logos(layout, charter.logos)
    _set_text(layout, "titre", texts.title)
    _set_text(layout, "sous_titre", texts.subtitle)
    _set_text(layout, "mention_secret", texts.secret_note)
    _set_text(layout, "sources", texts.sources)
    _set_text(layout, "date", texts.date_line)

    map_item = layout.itemById("carte")
    _fill_map(map_item, layers, extent, crs)
    _fill_legend(layout.itemById("legende"), layers, texts.legend_title)
    scale_bar = layout.itemById("echelle")
    if isinstance(scale_bar, QgsLayoutItemScaleBar):
        scale_bar.setNumericFormat(french_number_format())
        scale_bar.update()
    arrow = layout.itemById("nord")
    if isinstance(arrow, QgsLayoutItemPicture) and not os.path.isfile(arrow.picturePath()):
        arrow_path = north_arrow_path()
        if arrow_path:
            arrow.setPicturePath(arrow_path)
    inset_item = layout.itemById("carton")
    if isinstance(inset_item, QgsLayoutItemMap) and inset is not None:
        _fill_map(inset_item, inset[0], inset[1], crs)
        inset_item.overview().setLinkedMap(map_item)
        style_overview(inset_item)
    else:
        remove_item(layout, "carton")
    if not key_figures:  # a single map: no key figures, no facilities of a page's territory
        for item_id in ("chiffres_cles", "etablissements", "etablissements_titre"):
            remove_item(layout, item_id)
    project.layoutManager().addLayout(layout)
    return layout


def export_settings(file_format, dpi):
    """QgsLayoutExporter's settings for ``pdf``, ``svg`` or an image format: the given resolution,
    texts kept as text (selectable, and read back by the tests' pdftotext)."""
    if file_format == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
    elif file_format == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    if file_format in ("pdf", "svg"):
        settings.textRenderFormat = TEXT_ALWAYS_TEXT
    return settings


@contextmanager
def image_export_quiet():
    """GDAL kept quiet while QGIS exports an image: after writing a PNG, QGIS opens it for update
    to georeference it, which the PNG driver refuses — « ERROR 6: The PNG driver does not support
    update access to existing datasets » printed for every map in the journal of qgis_process and
    in QGIS's log, though the image is complete (the export's result still says if it failed)."""
    try:
        from osgeo import gdal
    except ImportError:  # QGIS without GDAL's Python bindings: the message stays
        gdal = None
    if gdal is not None:
        gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        if gdal is not None:
            gdal.PopErrorHandler()


def export_layout(layout, path, file_format, dpi):
    """Export ``layout`` to ``path`` (``pdf``, ``png`` or ``svg``); return QgsLayoutExporter's result."""
    exporter = QgsLayoutExporter(layout)
    settings = export_settings(file_format, dpi)
    if file_format == "pdf":
        return exporter.exportToPdf(path, settings)
    if file_format == "svg":
        return exporter.exportToSvg(path, settings)
    with image_export_quiet():
        return exporter.exportToImage(path, settings)
