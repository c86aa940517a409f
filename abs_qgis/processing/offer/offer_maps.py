"""The offer maps of the ABS: for each domain (personnes âgées, handicap, enfance-famille, accès aux
droits), its facilities as symbols by category sized by their places, over the choropleth of the
matching need (share of 75+, of 20–59, of under 3…) and over the distance to the nearest facility of
the domain, commune by commune, through abs:exportmaps' overlay."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDataDefinedSizeLegend,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSizeScaleTransformer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ...cartography.styles import PALETTE
from ...compat import SIZE_LEGEND_SEPARATED, SIZE_SCALE_AREA
from ...core.offer_domains import CAPACITY_FIELDS, DOMAINS, places_of
from ...core.output_layout import offer_maps_folder
from ...i18n import tr
from ..layers.layer_style import OWN_STYLE
from ..layers.qvariant import number_or_nan

PLACES = " + ".join('coalesce("{}", 0)'.format(name) for name in CAPACITY_FIELDS)  # 0 when none known: the smallest
MIN_SIZE, MAX_SIZE = 1.6, 7.0  # millimetres: a facility without places stays visible


def _largest(layer):
    """The most places of one facility of ``layer`` (0 when none has a known capacity)."""
    names = [name for name in CAPACITY_FIELDS if name in layer.fields().names()]
    places = [places_of([number_or_nan(feature[name]) for name in names]) for feature in layer.getFeatures()]
    return max([value for value in places if value == value] or [0.0])


def domain_layer(uri, provider, domain):
    """The facilities of ``domain`` as a layer styled by category, sized by places (its legend lists
    the categories and their sizes); None when the layer holds none of them."""
    return facilities_layer(uri, provider, domain.categories, "{} — {}".format(tr("Offer"), domain.label))


def offer_overlay(state):
    """Every facility of a domain, one size (the atlas pages show and list them: their legend keeps
    the categories of the page); None when there is none."""
    categories = [category for domain in DOMAINS for category in domain.categories]
    return facilities_layer(state.uri, state.provider, categories, tr("Offer"), sized=False)


def facilities_layer(uri, provider, categories, name, sized=True):
    """The facilities of ``categories`` styled by category, sized by places unless not ``sized``;
    None when none."""
    layer = QgsVectorLayer(uri, name, provider)
    quoted = ", ".join("'{}'".format(category.replace("'", "''")) for category in categories)
    layer.setSubsetString('"categorie" IN ({})'.format(quoted))
    if not layer.isValid() or layer.featureCount() == 0:
        return None
    present = sorted({str(feature["categorie"]) for feature in layer.getFeatures()})
    largest = _largest(layer) if sized else 0
    size = QgsProperty.fromExpression(PLACES)
    if largest > 0:
        size.setTransformer(QgsSizeScaleTransformer(SIZE_SCALE_AREA, 0, largest, MIN_SIZE, MAX_SIZE, MIN_SIZE, 0.5))
    categories = []
    for number, category in enumerate(present):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": QColor(PALETTE[number % len(PALETTE)]).name(), "outline_color": "#ffffff"}
        )
        if largest > 0:
            symbol.setDataDefinedSize(size)
        categories.append(QgsRendererCategory(category, symbol, category))
    renderer = QgsCategorizedSymbolRenderer("categorie", categories)
    if largest > 0:
        # QGIS draws the size legend from the source symbol (grey: the sizes, not a category).
        source = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#bdbdbd", "outline_color": "#ffffff"})
        source.setDataDefinedSize(size)
        renderer.setSourceSymbol(source)
        legend = QgsDataDefinedSizeLegend()
        legend.setTitle(tr("Places"))
        legend.setLegendType(SIZE_LEGEND_SEPARATED)
        renderer.setDataDefinedSizeLegend(legend)
    layer.setRenderer(renderer)
    layer.setCustomProperty(OWN_STYLE, True)  # not replaced by the offer's stored style
    return layer


def need_of(domain, computed):
    """The first need indicator of ``domain`` that the run computed, or None."""
    return next((key for key in domain.need if key in computed), None)


def offer_maps(state, computed, common, folder, run):
    """Two maps per domain present in the offer layer (its need, the distance to its nearest
    facility), its facilities over both; the number of maps written."""
    count = 0
    for domain in DOMAINS:
        layer = domain_layer(state.uri, state.provider, domain)
        need = need_of(domain, computed)
        if layer is None or need is None:
            continue
        parameters = dict(
            common,
            # The need under the facilities, then the distance to the nearest one, commune by commune.
            INDICATORS=[need] + ([domain.distance] if domain.distance in computed else []),
            OVERLAY=layer,
            SUBTITLE="{} : {}".format(tr("Offer"), domain.label.lower()),
            OUTPUT_FOLDER=offer_maps_folder(folder, domain.key),
        )
        parameters.pop("ATLAS_FIELD", None)
        count += run("abs:exportmaps", parameters)["MAP_COUNT"]
    return count
