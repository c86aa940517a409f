"""Atlas of a thematic map: QGIS's own atlas, one page per feature of the coverage layer."""

import os
import re

from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import (
    LAYOUT_MILLIMETERS,
    MAP_SCALING_AUTO,
    TABLE_FIRST_ROW,
    TABLE_HIDE,
    TABLE_NO_HEADERS,
    TABLE_WRAP_TEXT,
)
from .layout import export_settings, image_export_quiet
from .templates import MAX_WIDTH_PROPERTY

HIGHLIGHT_COLOR = "#000000"
HEADING_BACKGROUND = "#e8e8e8"


def highlight_layer(coverage, key_field):
    """A copy of the coverage drawing only the atlas feature's outline, thick, on top of the map."""
    layer = coverage.clone()
    layer.setName("atlas")
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": HIGHLIGHT_COLOR, "outline_width": "0.8", "outline_width_unit": "MM"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    quoted = key_field.replace('"', '""')
    rule = QgsRuleBasedRenderer.Rule(
        symbol, filterExp="\"{}\" = attribute(@atlas_feature, '{}')".format(quoted, key_field.replace("'", "''"))
    )
    root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def enable_atlas(layout, coverage, key_field, label_field, title, highlight):
    """Drive ``layout`` by an atlas over ``coverage``; the title names each page's territory."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(False)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"{}"'.format(key_field.replace('"', '""')))
    label = '"{}"'.format((label_field or key_field).replace('"', '""'))
    atlas.setPageNameExpression(label)
    map_item = layout.itemById("carte")
    map_item.setLayers([highlight] + map_item.layers())
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(MAP_SCALING_AUTO)
    map_item.setAtlasMargin(0.25)
    # The page's territory is the title; the indicator goes first in the subtitle.
    layout.itemById("titre").setText("[% {} %]".format(label))
    subtitle = layout.itemById("sous_titre")
    if subtitle is not None:
        subtitle.setText(" — ".join(text.replace("[%", "[ %") for text in (title, subtitle.text()) if text))
    return atlas


def key_figures_layer(rows, headings):
    """A table (no geometry) of the key figures: for each territory code, a heading row (the
    column names, shown as the table's first row: QGIS 3.22 does not wrap header cells) then one
    row per indicator."""
    names = ["indicateur", "valeur"] + ["ref_{}".format(number) for number in range(1, len(headings) - 1)]
    fields = ["code:string", "ordre:integer"] + ["{}:string".format(name) for name in names]
    layer = QgsVectorLayer("None?" + "&".join("field=" + field for field in fields), "chiffres_cles", "memory")
    features, previous = [], None
    for row in rows:
        if row["code"] != previous:
            previous = row["code"]
            features.append(_feature(layer, dict(zip(names, headings), code=row["code"], ordre=0)))
        features.append(_feature(layer, row))
    layer.dataProvider().addFeatures(features)
    return layer


def _feature(layer, values):
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature.setAttribute(name, value)
    return feature


def _text_format(family, size):
    text_format = QgsTextFormat()
    text_format.setFont(QFont(family))
    text_format.setSize(size)
    return text_format


def key_figure_widths(total, count, margin, grid=0.5):
    """Content widths (mm) of the key-figures columns so that the table fills ``total`` mm: the
    indicator's name takes the larger share, the values share the rest."""
    available = total - count * 2 * margin - (count + 1) * grid - 0.5
    first = available * (0.46 if count <= 3 else 0.38)
    others = (available - first) / max(1, count - 1)
    return [first] + [others] * (count - 1)


def _page_labels(table_layer):
    """The rows of one page (the first territory's): its heading, then its indicators' names."""
    rows, first = [], None
    for feature in table_layer.getFeatures():
        first = feature["code"] if first is None else first
        if feature["code"] == first:
            rows.append(str(feature["indicateur"] or ""))
    return rows


def fitting_size(labels, first_width, height, largest, margin=0.8):
    """The largest font size (pt, from ``largest`` down to 6) at which rows naming ``labels`` in a
    ``first_width`` mm column fit ``height`` mm (an average glyph is about half an em wide)."""
    size = largest
    while size > 6.0:
        characters = max(8, int(first_width / (size * 0.19)))
        lines = sum(max(1, -(-len(label) // characters)) for label in labels)
        if lines * size * 0.3528 * 1.3 + len(labels) * (2 * margin + 0.5) <= height:
            break
        size -= 0.5
    return max(6.0, size)


def add_key_figures(layout, table_layer, key_field, family):
    """Fill the template's « chiffres_cles » table: the rows of ``table_layer`` whose code is the
    atlas feature's ``key_field``, its heading row first.
    Returns the table, or None when the template has no such item."""
    frame = layout.itemById("chiffres_cles")
    table = frame.multiFrame() if isinstance(frame, QgsLayoutFrame) else None
    if not isinstance(table, QgsLayoutItemAttributeTable):
        return None
    table.setVectorLayer(table_layer)
    names = [name for name in table_layer.fields().names() if name not in ("fid", "code", "ordre")]
    width = float(frame.customProperty(MAX_WIDTH_PROPERTY, 0) or 0) or frame.sizeWithUnits().width()
    margin = 0.8
    widths = key_figure_widths(width, len(names), margin)
    labels = _page_labels(table_layer)
    size = fitting_size(labels, widths[0], frame.sizeWithUnits().height(), max(6.0, min(9.0, 6.5 * width / 62.0)))
    columns = []
    for name, column_width in zip(names, widths):
        column = QgsLayoutTableColumn(name)
        column.setAttribute(name)
        column.setHAlignment(Qt.AlignmentFlag.AlignLeft if name == "indicateur" else Qt.AlignmentFlag.AlignRight)
        column.setWidth(column_width)
        columns.append(column)
    table.setColumns(columns)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"code\" = to_string(attribute(@atlas_feature, '{}'))".format(key_field.replace("'", "''")))
    table.setMaximumNumberOfFeatures(40)
    table.setWrapBehavior(TABLE_WRAP_TEXT)
    table.setEmptyTableBehavior(TABLE_HIDE)
    table.setHeaderMode(TABLE_NO_HEADERS)
    heading_style = QgsLayoutTableStyle()
    heading_style.enabled = True
    heading_style.cellBackgroundColor = QColor(HEADING_BACKGROUND)
    table.setCellStyle(TABLE_FIRST_ROW, heading_style)
    table.setContentTextFormat(_text_format(family, size))
    table.setCellMargin(margin)
    table.refreshAttributes()
    frame.attemptResize(QgsLayoutSize(width, frame.sizeWithUnits().height(), LAYOUT_MILLIMETERS))
    return table


UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
UNSAFE_EXPRESSION = "regexp_replace(to_string({}), '[^A-Za-z0-9_-]', '_')"  # the same rule in QGIS


def safe_code(code):
    """A territory code as part of a file name: characters unsafe in a file name become « _ »."""
    return UNSAFE.sub("_", str(code))


def atlas_file_name(stem, code, extension):
    """« atlas_densite_63001.pdf »: the file of one territory's page."""
    return "{}_{}.{}".format(stem, safe_code(code), extension)


def export_atlas_files(atlas, folder, naming, file_format, dpi):
    """One file per atlas page (PDF, PNG or SVG) named by :func:`atlas_file_name`, ``naming`` =
    (stem, key field); returns QgsLayoutExporter's result."""
    stem, key_field = naming
    field_expression = '"{}"'.format(key_field.replace('"', '""'))
    prefix = stem.replace("'", "''")
    atlas.setFilenameExpression("'{}_' || {}".format(prefix, UNSAFE_EXPRESSION.format(field_expression)))
    base = os.path.join(folder, "{}.{}".format(stem, file_format))
    settings = export_settings(file_format, dpi)
    if file_format == "pdf":
        result, _error = QgsLayoutExporter.exportToPdfs(atlas, base, settings)
    elif file_format == "svg":
        result, _error = QgsLayoutExporter.exportToSvg(atlas, base, settings)
    else:
        with image_export_quiet():
            result, _error = QgsLayoutExporter.exportToImage(atlas, base, file_format, settings)
    return result


def export_atlas_pdf(atlas, path, dpi):
    """All pages in one PDF; returns QgsLayoutExporter's result."""
    result, _error = QgsLayoutExporter.exportToPdf(atlas, path, export_settings("pdf", dpi))
    return result
