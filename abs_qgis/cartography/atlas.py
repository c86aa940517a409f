"""Atlas of a thematic map: QGIS's own atlas, one page per feature of the coverage layer."""

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsRenderContext,
    QgsRuleBasedRenderer,
)

HIGHLIGHT_COLOR = "#000000"


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


def export_atlas_pdf(atlas, path, dpi):
    """All pages in one PDF; returns QgsLayoutExporter's result."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    result, _error = QgsLayoutExporter.exportToPdf(atlas, path, settings)
    return result
