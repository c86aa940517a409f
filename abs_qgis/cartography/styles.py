"""The charter's layer styles, as renderers and as QML files (``abs_qgis/styles/``): the hatched
« Secret statistique » and the « Donnée non disponible » fills, territory boundaries (EPCI,
sectors) and the offer's facilities by category."""

import os

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core.offer import CATEGORIES
from .renderer import fill_symbol, hatched_symbol

PALETTE = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#666666",
    "#1f78b4",
    "#b2df8a",
    "#fb9a99",
    "#cab2d6",
)


def offer_renderer(field_name="categorie"):
    """Facilities by category: one colour per category of the offer layer."""
    categories = [
        QgsRendererCategory(
            name,
            QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": QColor(PALETTE[i % len(PALETTE)]).name(),
                    "size": "2.6",
                    "outline_color": "#ffffff",
                }
            ),
            name,
        )
        for i, name in enumerate(CATEGORIES)
    ]
    return QgsCategorizedSymbolRenderer(field_name, categories)


def secret_renderer(charter):
    """« Secret statistique »: the charter's hatching, never mistaken for a class or for no data."""
    return QgsSingleSymbolRenderer(hatched_symbol(charter.secret, outline=charter.outline))


def no_data_renderer(charter):
    """« Donnée non disponible »: the charter's plain grey."""
    return QgsSingleSymbolRenderer(fill_symbol(charter.no_data, charter.outline))


def boundary_renderer(charter):
    """EPCI or sector limits drawn over a choropleth: no fill, a thick line in the charter's outline."""
    return QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": charter.outline, "outline_width": "0.6", "outline_width_unit": "MM"}
        )
    )


def charter_styles(charter):
    """{file stem: (geometry type for a memory layer, renderer)} of every shipped style."""
    return {
        "secret_statistique": ("MultiPolygon", secret_renderer(charter)),
        "donnee_non_disponible": ("MultiPolygon", no_data_renderer(charter)),
        "limites_territoires": ("MultiPolygon", boundary_renderer(charter)),
        "offre_par_categorie": ("Point?field=categorie:string", offer_renderer()),
    }


def write_styles(charter, folder):
    """Write the charter's QML files into ``folder``; returns their paths."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for stem, (geometry, renderer) in charter_styles(charter).items():
        layer = QgsVectorLayer(geometry if "?" in geometry else geometry + "?crs=EPSG:2154", stem, "memory")
        layer.setRenderer(renderer)
        path = os.path.join(folder, stem + ".qml")
        message, ok = layer.saveNamedStyle(path)
        if not ok:
            raise OSError("{} : {}".format(path, message))
        written.append(path)
    return written
