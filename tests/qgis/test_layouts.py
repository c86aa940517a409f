"""Print layout templates (.qpt), the locator inset and proportional circles, in real QGIS.

Page sizes are the ISO ones (A4 = 210 × 297 mm, A3 = 297 × 420 mm); circle legend values are found
here by enumerating round numbers; colours are counted in the rendered PNG."""

import math
import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayoutItemMap,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsReadWriteContext,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtXml import QDomDocument

from tests.paths import ROOT, shared
from tests.qgis.test_export_maps import density_layer, pdf_text, undo_ligatures  # noqa: F401 (fixture)
from tests.realdata import read_rows

LAYOUTS = ROOT / "abs_qgis" / "resources" / "layouts"
ISO_MM = {
    "a4_portrait": (210, 297),
    "a4_paysage": (297, 210),
    "a3_paysage": (420, 297),
    "atlas_a4_portrait": (210, 297),
}
ITEM_IDS = ("carte", "legende", "titre", "sous_titre", "echelle", "nord", "carton", "chiffres_cles", "sources", "date")
DEPARTEMENT = "geo/departement-63-puy-de-dome.geojson"


def read_template(path, project):
    """The template as QGIS reads it (not through abs_qgis)."""
    document = QDomDocument()
    assert document.setContent(Path(path).read_text(encoding="utf-8"))[0]
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    return layout


def pdf_page_size_mm(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return round(float(width) * 25.4 / 72), round(float(height) * 25.4 / 72)


@pytest.mark.parametrize("name", sorted(ISO_MM))
def test_shipped_templates_have_every_item_on_the_page(plugin, name):
    project = QgsProject()
    layout = read_template(LAYOUTS / "{}.qpt".format(name), project)
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == ISO_MM[name]
    for item_id in ITEM_IDS:
        item = layout.itemById(item_id)
        assert item is not None, item_id
        position, size = item.positionWithUnits(), item.sizeWithUnits()
        if item_id == "echelle":  # its width follows the map's scale (none in a template)
            assert 0 <= position.x() < page.width() / 2 and 0 <= position.y() < page.height()
            continue
        assert 0 <= position.x() and position.x() + size.width() <= page.width() + 0.01, item_id
        assert 0 <= position.y() and position.y() + size.height() <= page.height() + 0.01, item_id
    assert isinstance(layout.itemById("carte"), QgsLayoutItemMap)
    assert layout.itemById("carton").overview().linkedMap() is layout.itemById("carte")


def test_shipped_templates_are_up_to_date(plugin):
    """The .qpt files are those scripts/build_layouts.py writes from the current code."""
    from abs_qgis.cartography.templates import build_template

    project = QgsProject()
    for name in ISO_MM:
        shipped = read_template(LAYOUTS / "{}.qpt".format(name), project)
        built = build_template(project, name)
        for item_id in ITEM_IDS:
            a, b = shipped.itemById(item_id), built.itemById(item_id)
            assert (a.positionWithUnits().x(), a.positionWithUnits().y()) == pytest.approx(
                (b.positionWithUnits().x(), b.positionWithUnits().y()), abs=1e-3
            ), "{} {}: run scripts/build_layouts.py".format(name, item_id)


@pytest.mark.parametrize(
    "name, given",
    [
        ("a4_paysage", "a4_paysage"),  # as scripts and « Produire l'ABS » give it
        ("a3_paysage", "a3_paysage"),
        ("a4_paysage", 2),  # as the dialog's drop-down gives it: « A4 paysage »
        ("a3_paysage", 3),
    ],
)
def test_landscape_and_a3_pages(plugin, run_alg, density_layer, tmp_path, name, given):  # noqa: F811
    result = run_alg(
        "abs:exportmaps",
        {"INPUT": density_layer, "INDICATORS": ["densite"], "LAYOUT": given, "DPI": 72, "OUTPUT_FOLDER": str(tmp_path)},
    )
    path = Path(result["OUTPUT_FILES"])
    assert pdf_page_size_mm(path) == ISO_MM[name]
    text = pdf_text(path)
    assert "Densité de population" in text and "de " in text and "km" in text


def test_own_template_from_the_file_box(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    """« Ou votre modèle de mise en page » replaces the drop-down's choice."""
    parameters = {"INPUT": density_layer, "INDICATORS": ["densite"], "DPI": 72, "OUTPUT_FOLDER": str(tmp_path)}
    parameters.update(LAYOUT=1, LAYOUT_FILE=str(LAYOUTS / "a3_paysage.qpt"))  # A4 portrait chosen, A3 file given
    result = run_alg("abs:exportmaps", parameters)
    assert pdf_page_size_mm(Path(result["OUTPUT_FILES"])) == ISO_MM["a3_paysage"]


def test_a_collectivite_template(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    """A template retouched in QGIS (an item deleted, one added, the title moved) drives the map."""
    project = QgsProject()
    layout = read_template(LAYOUTS / "a4_portrait.qpt", project)
    layout.removeLayoutItem(layout.itemById("nord"))
    from qgis.core import QgsLayoutItemLabel

    label = QgsLayoutItemLabel(layout)
    label.setId("mention_maison")
    label.setText("Direction des solidarités — Observatoire social")
    layout.addLayoutItem(label)
    label.attemptMove(layout.itemById("sources").positionWithUnits())
    label.attemptResize(layout.itemById("sources").sizeWithUnits())
    layout.itemById("sources").attemptMove(layout.itemById("date").positionWithUnits())
    own = tmp_path / "ma_mise_en_page.qpt"
    assert layout.saveAsTemplate(str(own), QgsReadWriteContext())
    result = run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "LAYOUT": str(own),
            "SOURCES": "Source : INSEE, RP 2018",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "cartes"),
        },
    )
    text = pdf_text(result["OUTPUT_FILES"])
    assert "Direction des solidarités — Observatoire social" in text and "Source : INSEE, RP 2018" in text

    layout.removeLayoutItem(layout.itemById("carte"))
    broken = tmp_path / "sans_carte.qpt"
    assert layout.saveAsTemplate(str(broken), QgsReadWriteContext())
    with pytest.raises(QgsProcessingException, match="« carte ».*sans_carte.qpt"):
        run_alg(
            "abs:exportmaps",
            {"INPUT": density_layer, "INDICATORS": ["densite"], "LAYOUT": str(broken), "OUTPUT_FOLDER": str(tmp_path)},
        )


def test_unknown_layout_names_the_choices(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="inconnue « a5 ».*a3_paysage, a4_paysage, a4_portrait"):
        run_alg(
            "abs:exportmaps",
            {"INPUT": density_layer, "INDICATORS": ["densite"], "LAYOUT": "a5", "OUTPUT_FOLDER": str(tmp_path)},
        )


def count_near(image, rect_px, colour, tolerance=12):
    target = QColor(colour)
    x0, y0, x1, y1 = (int(v) for v in rect_px)
    found = 0
    for x in range(max(0, x0), min(image.width(), x1)):
        for y in range(max(0, y0), min(image.height(), y1)):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - target.red()) <= tolerance
                and abs(pixel.green() - target.green()) <= tolerance
                and abs(pixel.blue() - target.blue()) <= tolerance
            ):
                found += 1
    return found


def test_locator_inset_shows_the_departement_and_the_map_frame(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    """The département (WGS84 GeoJSON, reprojected) in the inset zone of the page, the main map's
    frame outlined on it; without INSET the zone stays blank."""
    dpi = 60
    project = QgsProject()
    layout = read_template(LAYOUTS / "a4_portrait.qpt", project)  # kept alive: it owns its items
    inset = layout.itemById("carton")
    position, size = inset.positionWithUnits(), inset.sizeWithUnits()
    rect = [
        v * dpi / 25.4 for v in (position.x(), position.y(), position.x() + size.width(), position.y() + size.height())
    ]
    images = {}
    for with_inset in (True, False):
        folder = tmp_path / ("avec" if with_inset else "sans")
        parameters = {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "FORMAT": 1,
            "DPI": dpi,
            "OUTPUT_FOLDER": str(folder),
        }
        if with_inset:
            parameters["INSET"] = str(shared(DEPARTEMENT))
        images[with_inset] = QImage(run_alg("abs:exportmaps", parameters)["OUTPUT_FILES"])
    context_fill = count_near(images[True], rect, "#f2f2f2", 3)
    frame = count_near(images[True], rect, "#d7301f", 20)
    area = (rect[2] - rect[0]) * (rect[3] - rect[1])
    assert context_fill > 0.2 * area  # the département fills a good part of the inset
    assert frame > 20  # the outline of the main map's extent
    assert count_near(images[False], rect, "#f2f2f2", 3) == 0 and count_near(images[False], rect, "#d7301f", 20) == 0


def round_values_below(maximum):
    """1, 2, 5 × 10^k up to ``maximum``, enumerated."""
    values = []
    for power in range(0, 9):
        for step in (1, 2, 5):
            if step * 10**power <= maximum:
                values.append(step * 10**power)
    return values


def test_counts_in_proportional_circles_with_a_nested_legend(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    result = run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["P18_POP"],
            "REPRESENTATION": 2,
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    codes = {f["DEPCOM"] for f in QgsVectorLayer(density_layer, "d", "ogr").getFeatures()}
    populations = [float(r["P18_POP"]) for r in read_rows("population/base_cc_comparateur.CSV") if r["CODGEO"] in codes]
    top = max(populations)
    below = round_values_below(top)
    expected = [max(below), max(v for v in below if v <= top / 3), max(v for v in below if v <= top / 10)]
    text = undo_ligatures(pdf_text(result["OUTPUT_FILES"]))
    for value in expected:  # thousands separated by a (narrow no-break) space
        assert re.search(r"\b{}\b".format("{:,}".format(value).replace(",", "[\\s\u202f\u00a0]")), text), (value, text)

    project = QgsProject()
    assert project.read(result["PROJECT"])
    circles = [
        layer for layer in project.mapLayers().values() if layer.name() == "P18_POP" and layer.geometryType() == 0
    ]
    assert len(circles) == 1 and circles[0].featureCount() == len([p for p in populations if p > 0]) == 58
    renderer = circles[0].renderer()
    assert isinstance(renderer, QgsSingleSymbolRenderer)
    size = renderer.symbol().dataDefinedSize()
    small, large = sorted(populations)[0], top
    # Areas proportional to the values: (d_small / d_large)² = small / large.
    ratio = (size.transformer().size(small) / size.transformer().size(large)) ** 2
    assert math.isclose(ratio, small / large, rel_tol=1e-6)


def test_automatic_representation_follows_the_catalogue(plugin, run_alg, density_layer, tmp_path):  # noqa: F811
    """« population » is a count (type effectif) of the catalogue: circles; « densite » a ratio: classes."""
    import processing

    with_count = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": density_layer,
            "FIELD_NAME": "population",
            "FIELD_TYPE": 0,
            "FIELD_LENGTH": 12,
            "FIELD_PRECISION": 2,
            "FORMULA": '"P18_POP"',
            "OUTPUT": str(tmp_path / "population.gpkg"),
        },
    )["OUTPUT"]
    result = run_alg(
        "abs:exportmaps",
        {"INPUT": with_count, "INDICATORS": ["population", "densite"], "DPI": 72, "OUTPUT_FOLDER": str(tmp_path / "c")},
    )
    gpkg = QgsVectorLayer(str(Path(result["PROJECT"]).with_suffix(".gpkg")), "g", "ogr")
    names = [name.split("!!::!!")[1] for name in gpkg.dataProvider().subLayers()]
    assert "population_cercles" in names and not any(name.startswith("densite_cercles") for name in names)


def test_negative_counts_cannot_be_circles(plugin, run_alg, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=code:string&field=solde:double", "solde", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    features = []
    for number, value in enumerate((-12.0, 30.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["6300{}".format(number), value])
        feature.setGeometry(
            QgsGeometry.fromWkt(
                "POLYGON(({0} 0, {1} 0, {1} 1000, {0} 1000, {0} 0))".format(number * 1000, number * 1000 + 1000)
            )
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        with pytest.raises(QgsProcessingException, match="« solde » a des valeurs négatives \\(-12"):
            run_alg(
                "abs:exportmaps",
                {"INPUT": layer, "INDICATORS": ["solde"], "REPRESENTATION": 2, "OUTPUT_FOLDER": str(tmp_path)},
            )
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
