"""Print layout templates (``.qpt``) of the maps: A4 portrait, A4 landscape, A3 landscape.

The shipped templates (``resources/layouts/*.qpt``) are written by ``scripts/build_layouts.py``
from :func:`build_template`; a collectivité may open one in QGIS's layout designer, move or
restyle its items and give its own ``.qpt`` to « Exporter les cartes » (``LAYOUT``). The maps are
filled by item id, so a template only needs the ids below; the optional ones may be deleted.
"""

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ..compat import (
    KILOMETERS,
    LAYOUT_MILLIMETERS,
    LEGEND_GROUP,
    LEGEND_SUBGROUP,
    LEGEND_SYMBOL_LABEL,
    LEGEND_TITLE,
    PICTURE_ZOOM,
    SCALEBAR_FIT_WIDTH,
    set_label_font,
    set_legend_font,
)
from ..core.errors import AbsError

TEMPLATE_FOLDER = Path(__file__).resolve().parent.parent / "resources" / "layouts"
# name → (width, height) in mm; the names are those of the LAYOUT parameter and of the files.
PAGE_FORMATS = {
    "a4_portrait": (210.0, 297.0),
    "a4_paysage": (297.0, 210.0),
    "a3_paysage": (420.0, 297.0),
    "atlas_a4_portrait": (210.0, 297.0),  # a smaller map, the key-figures table across the page
}
DEFAULT_TEMPLATE = "a4_portrait"
DEFAULT_ATLAS_TEMPLATE = "atlas_a4_portrait"
REQUIRED_ITEMS = ("carte", "legende", "titre")
MARGIN = 10.0
MAX_WIDTH_PROPERTY = "abs_largeur_max_mm"
WRAP = "\n"
FONT_FAMILY = "DejaVu Sans"
MM = LAYOUT_MILLIMETERS


def template_names():
    return sorted(PAGE_FORMATS)


def template_path(name_or_path, atlas=False):
    """The ``.qpt`` file of a shipped template name, or the user's ``.qpt`` path (checked); when
    none is given, the A4 portrait map, or the A4 portrait atlas fiche for an atlas."""
    value = (name_or_path or "").strip() or (DEFAULT_ATLAS_TEMPLATE if atlas else DEFAULT_TEMPLATE)
    if value.lower().endswith(".qpt"):
        if not os.path.isfile(value):
            raise AbsError("Mise en page introuvable : {}".format(value), path=value)
        return value
    key = value.lower().replace("-", "_").replace(" ", "_")
    if key not in PAGE_FORMATS:
        raise AbsError(
            "Mise en page inconnue « {} » : choisissez {} ou donnez le chemin d'un fichier .qpt".format(
                value, ", ".join(template_names())
            )
        )
    return str(TEMPLATE_FOLDER / "{}.qpt".format(key))


def load_template(project, path):
    """A print layout of ``project`` read from the ``.qpt`` at ``path``; its map items are checked."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AbsError("Mise en page illisible : {}".format(error), path=path) from error
    document = QDomDocument()
    if not document.setContent(text)[0]:
        raise AbsError("Mise en page : ce n'est pas un modèle QGIS (.qpt) valide", path=path)
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise AbsError("Mise en page : QGIS ne peut pas lire ce modèle", path=path)
    missing = [item_id for item_id in REQUIRED_ITEMS if layout.itemById(item_id) is None]
    if missing:
        raise AbsError(
            "Mise en page : élément(s) {} absent(s) du modèle (identifiants attendus : carte, légende "
            "« legende », titre « titre »)".format(", ".join("« {} »".format(item) for item in missing)),
            path=path,
        )
    if not isinstance(layout.itemById("carte"), QgsLayoutItemMap):
        raise AbsError("Mise en page : l'élément « carte » n'est pas une carte", path=path)
    return layout


def page_size(layout):
    size = layout.pageCollection().page(0).pageSize()
    return size.width(), size.height()


def _place(item, rect):
    x, y, width, height = rect
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(width, height, MM))


def _font(size, bold=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, item_id, rect, size, bold=False, align=None):
    """A label item; ``align`` defaults to left (evaluated here, not at import)."""
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(item_id)
    set_label_font(label, _font(size, bold))
    label.setHAlign(Qt.AlignmentFlag.AlignLeft if align is None else align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(label)
    _place(label, rect)
    return label


def zones(width, height, atlas=False):
    """Where each item goes on a ``width`` × ``height`` mm page (x, y, w, h), and the font scale.

    Portrait: title band, the map across the page, then legend | key figures | inset under it.
    Landscape: title band, the map on the left two thirds, legend, key figures and inset in a
    column on the right. Atlas fiche (portrait): the map and a column (legend, inset) side by side,
    the key-figures table across the page under them, the facilities of the offer
    (« etablissements ») and the page's chart (« graphique ») at the bottom. Scale bar and north arrow sit inside the
    map's corners."""
    scale = ((width * height) / (210.0 * 297.0)) ** 0.5
    inner = width - 2 * MARGIN
    band = 20.0 * scale
    result = {
        "titre": (MARGIN, 7, inner, 12 * scale),
        "sous_titre": (MARGIN, 7 + 12 * scale, inner, 7 * scale),
    }
    map_top = 8 + band + 2
    footer = 30.0 * scale
    if atlas:
        map_width, map_height = inner * 0.64, height * 0.37
        result["carte"] = (MARGIN, map_top, map_width, map_height)
        column_x = MARGIN + map_width + 5
        column_width = width - MARGIN - column_x
        inset_height = column_width * 0.85
        result["legende"] = (column_x, map_top, column_width, 10)
        result["carton"] = (column_x, map_top + map_height - inset_height, column_width, inset_height)
        table_top = map_top + map_height + 6
        below = height - table_top - footer - 2
        result["chiffres_cles"] = (MARGIN, table_top, inner, below * 0.5)
        # The facilities of the offer in the page's territory (its heading line, then the table).
        result["etablissements_titre"] = (MARGIN, table_top + below * 0.51, inner, 5 * scale)
        result["etablissements"] = (MARGIN, table_top + below * 0.51 + 5 * scale, inner, below * 0.17)
        # The page's chart (its indicators against the reference, an SVG per territory) under them.
        result["graphique"] = (MARGIN, table_top + below * 0.71, inner, below * 0.29)
    elif height >= width:
        map_height = height - map_top - footer - 66 * scale
        result["carte"] = (MARGIN, map_top, inner, map_height)
        below = map_top + map_height + 4
        inset_width = inner * 0.25
        result["legende"] = (MARGIN, below, inner * 0.31, 10)
        result["chiffres_cles"] = (MARGIN + inner * 0.32, below, inner * 0.41, 58 * scale)
        result["carton"] = (width - MARGIN - inset_width, below, inset_width, 50 * scale)
    else:
        map_width = inner * 0.68
        map_height = height - map_top - footer
        result["carte"] = (MARGIN, map_top, map_width, map_height)
        column_x = MARGIN + map_width + 6
        column_width = width - MARGIN - column_x
        inset_height = min(column_width * 0.8, map_height * 0.36)
        result["legende"] = (column_x, map_top, column_width, 10)
        result["carton"] = (column_x, map_top + map_height - inset_height, column_width, inset_height)
        result["chiffres_cles"] = (column_x, map_top + map_height * 0.36, column_width, map_height * 0.26)
    x, y, map_width, map_height = result["carte"]
    result["echelle"] = (x + 3, y + map_height - 14 * scale, 50 * scale, 11 * scale)
    result["nord"] = (x + map_width - 14 * scale, y + 3, 11 * scale, 15 * scale)
    result["mention_secret"] = (MARGIN, height - 8 - 23 * scale, inner, 7 * scale)
    result["sources"] = (MARGIN, height - 8 - 15 * scale, inner, 8 * scale)
    result["date"] = (MARGIN, height - 8 - 7 * scale, inner, 6 * scale)
    return result, scale


def north_arrow_path():
    """QGIS's own north arrow SVG (saved in templates by its name, found again on any install)."""
    for folder in QgsApplication.svgPaths():
        candidate = os.path.join(folder, "arrows", "NorthArrow_02.svg")
        if os.path.exists(candidate):
            return candidate
    return None


def build_template(project, name):
    """The layout of template ``name`` (a key of PAGE_FORMATS) with every item in place, texts
    being their ids: what ``scripts/build_layouts.py`` saves as ``resources/layouts/<name>.qpt``."""
    width, height = PAGE_FORMATS[name]
    atlas = name.startswith("atlas")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height, MM))
    places, scale = zones(width, height, atlas)

    _label(layout, "titre", places["titre"], 18 * scale, bold=True)
    _label(layout, "sous_titre", places["sous_titre"], 11 * scale)

    map_item = QgsLayoutItemMap(layout)
    map_item.setId("carte")
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))  # replaced by the layer's CRS
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)
    _place(map_item, places["carte"])

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legende")
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(True)
    set_legend_font(legend, LEGEND_TITLE, _font(11 * scale, bold=True))
    set_legend_font(legend, LEGEND_GROUP, _font(9 * scale, bold=True))
    set_legend_font(legend, LEGEND_SUBGROUP, _font(9 * scale))
    set_legend_font(legend, LEGEND_SYMBOL_LABEL, _font(9 * scale))
    legend.setWrapString(WRAP)
    # The width the legend may take before its texts wrap (it resizes to its contents).
    legend.setCustomProperty(MAX_WIDTH_PROPERTY, places["legende"][2])
    layout.addLayoutItem(legend)
    _place(legend, places["legende"])

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setId("echelle")
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.setUnits(KILOMETERS)
    scale_bar.setUnitLabel("km")
    scale_bar.setNumberOfSegments(2)
    scale_bar.setNumberOfSegmentsLeft(0)
    # Segments fit a width range, so the bar stays inside the map at any scale (atlas pages zoom in).
    scale_bar.setSegmentSizeMode(SCALEBAR_FIT_WIDTH)
    scale_bar.setMinimumBarWidth(20 * scale)
    scale_bar.setMaximumBarWidth(40 * scale)
    scale_bar.setBackgroundEnabled(True)
    layout.addLayoutItem(scale_bar)
    scale_bar.attemptMove(QgsLayoutPoint(places["echelle"][0], places["echelle"][1], MM))

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("nord")
    arrow.setPicturePath(north_arrow_path() or "")
    layout.addLayoutItem(arrow)
    _place(arrow, places["nord"])

    inset = QgsLayoutItemMap(layout)
    inset.setId("carton")
    inset.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    inset.setFrameEnabled(True)
    inset.setBackgroundEnabled(True)
    layout.addLayoutItem(inset)
    _place(inset, places["carton"])
    overview = inset.overview()
    overview.setLinkedMap(map_item)
    overview.setEnabled(True)

    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("chiffres_cles")
    # QGIS shrinks an empty table's frame: the width to give it back when it is filled.
    frame.setCustomProperty(MAX_WIDTH_PROPERTY, places["chiffres_cles"][2])
    _place(frame, places["chiffres_cles"])
    table.addFrame(frame)

    if "etablissements" in places:
        _label(layout, "etablissements_titre", places["etablissements_titre"], 8 * scale, bold=True)
        facilities = QgsLayoutItemAttributeTable.create(layout)
        layout.addMultiFrame(facilities)
        facilities_frame = QgsLayoutFrame(layout, facilities)
        facilities_frame.setId("etablissements")
        facilities_frame.setCustomProperty(MAX_WIDTH_PROPERTY, places["etablissements"][2])
        _place(facilities_frame, places["etablissements"])
        facilities.addFrame(facilities_frame)

    if "graphique" in places:
        chart = QgsLayoutItemPicture(layout)
        chart.setId("graphique")
        chart.setResizeMode(PICTURE_ZOOM)  # the whole chart, its proportions kept
        layout.addLayoutItem(chart)
        _place(chart, places["graphique"])

    _label(layout, "mention_secret", places["mention_secret"], 8 * scale)
    _label(layout, "sources", places["sources"], 8 * scale)
    _label(layout, "date", places["date"], 8 * scale, align=Qt.AlignmentFlag.AlignRight)
    return layout


def save_template(layout, path):
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise AbsError("Impossible d'écrire le modèle de mise en page", path=str(path))
    return str(path)


def item_rect(item):
    """(x, y, width, height) of a layout item in mm."""
    position, size = item.positionWithUnits(), item.sizeWithUnits()
    return QRectF(position.x(), position.y(), size.width(), size.height())
