"""Atlas of a thematic map: QGIS's own atlas, one page per feature of the coverage layer."""

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsRenderContext,
    QgsRuleBasedRenderer,
)

from .layout import PAGE_WIDTH, add_label

HIGHLIGHT_COLOR = "#000000"
PAGE_HEIGHT_ATLAS_BOX_TOP = 230.0  # under the scale bar, beside the legend (mm)


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
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.25)
    layout.itemById("titre").setText("{} — [% {} %]".format(title.replace("[%", "[ %"), label))
    return atlas


def add_key_figures(layout, field_name, label_field, texts, reference, family):
    """A « chiffres clés » box for each page: the territory's value, and the whole map's value.

    ``texts`` = (title of the block, indicator label, unit, wording for missing values);
    ``reference`` = (its label, its value already formatted) or None."""
    block, indicator, unit, missing = texts
    quoted = field_name.replace('"', '""')
    value = "[% coalesce(replace(to_string(round(\"{}\", {})), '.', ','), '{}') %]".format(
        quoted, 2, missing.replace("'", "''")
    )
    lines = [
        '{} — [% "{}" %]'.format(block, (label_field or field_name).replace('"', '""')),
        "{} : {} {}".format(indicator, value, unit).strip(),
    ]
    if reference is not None:
        lines.append("{} : {} {}".format(reference[0], reference[1], unit).strip())
    box_top = PAGE_HEIGHT_ATLAS_BOX_TOP
    return add_label(
        layout,
        "\n".join(lines),
        PAGE_WIDTH / 2 + 5,
        box_top,
        PAGE_WIDTH / 2 - 15,
        18,
        9,
        item_id="chiffres_cles",
        family=family,
    )


def export_atlas_pdf(atlas, path, dpi):
    """All pages in one PDF; returns QgsLayoutExporter's result."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    result, _error = QgsLayoutExporter.exportToPdf(atlas, path, settings)
    return result
