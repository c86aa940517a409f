"""The facilities of each atlas page: the template's « etablissements » table lists the points of
the map's overlay (the offer layer) that lie in the page's territory — name, category, places —
the largest first, with a line above saying how many there are."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsProject,
    QgsSpatialIndex,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt

from ..compat import LAYOUT_MILLIMETERS, TABLE_FIRST_FRAME, TABLE_SHOW_MESSAGE, TABLE_WRAP_TEXT
from ..core.offer_domains import CAPACITY_FIELDS
from ..i18n import tr_print
from .layout import remove_item
from .templates import MAX_WIDTH_PROPERTY

TABLE_ID = "etablissements"
HEADING_ID = "etablissements_titre"
ROW_HEIGHT_MM = 4.2  # one line of 6.5 pt text and its margins
MAX_ROWS = 12


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def places_expression(names):
    """Σ of the capacity fields the layer has; NULL when none is known (shown « n.c. »)."""
    present = [name for name in CAPACITY_FIELDS if name in names]
    if not present:
        return None
    unknown = " AND ".join("{} IS NULL".format(_quoted(name)) for name in present)
    total = " + ".join("coalesce({}, 0)".format(_quoted(name)) for name in present)
    return "if({}, NULL, {})".format(unknown, total)


def _columns(layer):
    """(heading, expression, alignment) of the listed columns, from the fields the layer has."""
    names = layer.fields().names()
    name = _quoted("nom") if "nom" in names else layer.displayExpression() or "$id"
    columns = [(tr_print("Name"), name, Qt.AlignmentFlag.AlignLeft)]
    if "categorie" in names:
        columns.append((tr_print("Category"), _quoted("categorie"), Qt.AlignmentFlag.AlignLeft))
    places = places_expression(names)
    if places is not None:
        shown = "coalesce(format_number({}, 0), '{}')".format(places, tr_print("n.k."))
        columns.append((tr_print("Places"), shown, Qt.AlignmentFlag.AlignRight))
    return columns, places


def row_limit(frame_height):
    """How many facilities the frame holds under its header row."""
    return max(1, min(MAX_ROWS, int(frame_height / ROW_HEIGHT_MM) - 1))


def facility_counts(overlay, coverage, key_field):
    """{territory code: number of ``overlay``'s points inside it} for the territories holding any."""
    transform = QgsCoordinateTransform(overlay.crs(), coverage.crs(), QgsProject.instance().transformContext())
    index, points = QgsSpatialIndex(), {}
    for feature in overlay.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        points[feature.id()] = geometry
        index.addFeature(feature.id(), geometry.boundingBox())
    counts = {}
    for territory in coverage.getFeatures():
        shape = territory.geometry()
        inside = [fid for fid in index.intersects(shape.boundingBox()) if shape.intersects(points[fid])]
        if inside:
            counts[str(territory[key_field])] = len(inside)
    return counts


def count_expression(counts, key_field):
    """The heading's text: how many facilities the page's territory holds (a literal map of the
    counts: QGIS 3.22's aggregate() cannot find a layer of a project other than the current one)."""
    pairs = ", ".join("'{}', {}".format(code.replace("'", "''"), count) for code, count in sorted(counts.items()))
    code = "to_string(attribute(@atlas_feature, '{}'))".format(key_field.replace("'", "''"))
    number = "coalesce(map_get(map({}), {}), 0)".format(pairs, code) if pairs else "0"
    return "[% '{}' || {} %]".format(tr_print("Facilities of the offer in the territory: ").replace("'", "''"), number)


def add_facilities(layout, layer, text_format, coverage):
    """Fill the template's « etablissements » table with ``layer``'s points in the atlas feature;
    ``coverage`` = (the atlas coverage layer, its key field).
    Returns the table, or None when the template has none (a collectivité's own fiche)."""
    frame = layout.itemById(TABLE_ID)
    table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None
    if not isinstance(table, QgsLayoutItemAttributeTable):
        return None
    table.setVectorLayer(layer)
    specs, places = _columns(layer)
    columns = []
    width = float(frame.customProperty(MAX_WIDTH_PROPERTY, 0) or 0) or frame.sizeWithUnits().width()
    height = frame.sizeWithUnits().height()
    for number, (heading, expression, alignment) in enumerate(specs):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setHAlignment(alignment)
        column.setWidth(width * (0.55 if number == 0 else 0.45 / (len(specs) - 1)) - 2.5)
        columns.append(column)
    table.setColumns(columns)
    if places is not None:  # the largest first: those the page keeps when there are many
        sort = QgsLayoutTableColumn(tr_print("Places"))
        sort.setAttribute("coalesce({}, -1)".format(places))
        sort.setSortOrder(Qt.SortOrder.DescendingOrder)
        table.setSortColumns([sort])
    table.setFilterToAtlasFeature(True)
    table.setMaximumNumberOfFeatures(row_limit(height))
    table.setWrapBehavior(TABLE_WRAP_TEXT)
    table.setHeaderMode(TABLE_FIRST_FRAME)
    table.setEmptyTableBehavior(TABLE_SHOW_MESSAGE)
    table.setEmptyTableMessage(tr_print("No facility of the offer in this territory"))
    table.setContentTextFormat(text_format)
    table.setHeaderTextFormat(text_format)
    table.setCellMargin(0.8)
    table.refreshAttributes()
    frame.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
    heading = layout.itemById(HEADING_ID)
    if isinstance(heading, QgsLayoutItemLabel):
        heading.setText(count_expression(facility_counts(layer, *coverage), coverage[1]))
    return table


def page_facilities(layout, overlay, key_figures, coverage):
    """The atlas page's facilities: those of ``overlay`` (None: the page has no list, its items
    are removed), in the key figures' text format (their table, or None); ``coverage`` = (the
    atlas coverage layer, its key field)."""
    if overlay is None:
        for item_id in (TABLE_ID, HEADING_ID):
            remove_item(layout, item_id)
        return None
    text_format = key_figures.contentTextFormat() if key_figures is not None else QgsTextFormat()
    return add_facilities(layout, overlay, text_format, coverage)
