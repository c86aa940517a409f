"""The shipped QML styles (abs_qgis/styles/) and the same styles written in a collectivité's colours.

Expected colours are read from the charter YAML files with yaml, not through abs_qgis."""

from pathlib import Path

import yaml
from qgis.core import QgsLinePatternFillSymbolLayer, QgsVectorLayer

from tests.paths import ROOT, shared

STYLES = ROOT / "abs_qgis" / "styles"
STEMS = ("secret_statistique.qml", "donnee_non_disponible.qml", "limites_territoires.qml")
DEFAULT_CHARTER = ROOT / "abs_qgis" / "resources" / "charters" / "defaut.yaml"


def colours(path):
    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))["charte"]["couleurs"]


def styled(qml, geometry="polygon"):
    if geometry == "polygon":
        layer = QgsVectorLayer("{}|layername=iris".format(shared("geo/iris_63_03_l93.gpkg")), "iris", "ogr")
    else:
        layer = QgsVectorLayer("Point?crs=EPSG:2154&field=categorie:string", "offre", "memory")
    assert layer.isValid()
    message, ok = layer.loadNamedStyle(str(qml))
    assert ok, message
    return layer.renderer().clone()  # the layer (owner of its renderer) goes out of scope


def check_styles(folder, expected):
    renderers = [styled(Path(folder) / name) for name in STEMS]  # kept alive: they own the symbols
    secret = renderers[0].symbol()
    hatches = [layer for layer in secret.symbolLayers() if isinstance(layer, QgsLinePatternFillSymbolLayer)]
    assert len(hatches) == 1 and hatches[0].color().name() == expected["secret"]
    no_data = renderers[1].symbol()
    assert no_data.color().name() == expected["pas_de_donnee"]
    assert not [layer for layer in no_data.symbolLayers() if isinstance(layer, QgsLinePatternFillSymbolLayer)]
    boundary = renderers[2].symbol().symbolLayer(0)
    assert boundary.brushStyle() == 0  # Qt.NoBrush: the choropleth below stays visible
    assert boundary.strokeColor().name() == expected["contour"]


def test_shipped_styles_follow_the_default_charter(plugin):
    from abs_qgis.core.offer import CATEGORIES

    check_styles(STYLES, colours(DEFAULT_CHARTER))
    offer = styled(STYLES / "offre_par_categorie.qml", "point")
    assert offer.classAttribute() == "categorie"
    assert [category.value() for category in offer.categories()] == list(CATEGORIES)


def test_styles_in_the_collectivite_colours(plugin, tmp_path):
    from abs_qgis.cartography.styles import write_styles
    from abs_qgis.core.charter import load_charter

    charter = tmp_path / "cias.yaml"
    charter.write_text(
        "charte:\n  organisation: \"CIAS\"\n  couleurs:\n    sequentielle: ['#edf8e9', '#006d2c']\n"
        "    pas_de_donnee: '#f0f0f0'\n    secret: '#08306b'\n    contour: '#252525'\n",
        encoding="utf-8",
    )
    written = write_styles(load_charter(str(charter)), str(tmp_path / "styles"))
    assert len(written) == 4
    check_styles(tmp_path / "styles", colours(charter))
