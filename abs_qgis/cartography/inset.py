"""The locator inset (« carton de localisation »): the mapped territory within a wider context
layer (its département, its région…); the main map's extent is outlined by QGIS's own overview,
so on an atlas page the inset shows where the page's territory lies."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
)

CONTEXT_FILL = "#f2f2f2"
CONTEXT_OUTLINE = "#8c8c8c"
OVERVIEW_COLOR = "#d7301f"


def inset_layers(context, territory, charter, crs, store):
    """(layers, extent in ``crs``) of the inset: ``territory`` in the charter's darkest colour
    over the ``context`` polygons, both written in the project's GeoPackage ``store``."""
    context_copy = store.persist(context.materialize(QgsFeatureRequest()), "carton_contexte")
    context_copy.setName(context.name())
    context_copy.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {
                    "color": CONTEXT_FILL,
                    "outline_color": CONTEXT_OUTLINE,
                    "outline_width": "0.2",
                    "outline_width_unit": "MM",
                }
            )
        )
    )
    territory_copy = store.persist(territory.materialize(QgsFeatureRequest()), "carton_territoire")
    territory_copy.setName(territory.name())
    territory_copy.setRenderer(
        QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": charter.ramp[1], "outline_style": "no"}))
    )
    transform = QgsCoordinateTransform(context.crs(), crs, QgsProject.instance().transformContext())
    extent = transform.transformBoundingBox(context.extent())
    extent.combineExtentWith(
        QgsCoordinateTransform(territory.crs(), crs, QgsProject.instance().transformContext()).transformBoundingBox(
            territory.extent()
        )
    )
    return [territory_copy, context_copy], extent


def style_overview(inset_item):
    """The main map's frame drawn on the inset: an outline, no fill."""
    inset_item.overview().setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": OVERVIEW_COLOR, "outline_width": "0.6", "outline_width_unit": "MM"}
        )
    )
