"""Issue 20: the maps of a run brought into the user's open project — one group « ABS — <nom> », a
sub-group per printed map folder, one visible map, one theme and one layout per printed PDF, each
layout's map following its theme and locked; a new run replaces them and nothing of the user's."""

import glob
import os

from qgis.core import (
    QgsLayoutItemMap,
    QgsMapThemeCollection,
    QgsPrintLayout,
    QgsProject,
    QgsVectorLayer,
)

from abs_qgis.cartography.results_import import add_results
from tests.paths import sample

NAME = "ABS de test"


def _printed_folders(folder):
    """{folder: number of PDFs printed there} for each folder holding a delivered map project."""
    printed = {}
    for project_file in glob.glob(os.path.join(str(folder), "**", "cartes_abs.qgz"), recursive=True):
        directory = os.path.dirname(project_file)
        if "travail_non_diffusable" not in directory:
            printed[directory] = len(glob.glob(os.path.join(directory, "*.pdf")))
    return printed


def _users_project():
    """A project holding the user's own layer, theme and layout."""
    project = QgsProject()
    layer = QgsVectorLayer(str(sample("communes.gpkg")), "Mes communes", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    record = QgsMapThemeCollection.MapThemeRecord()
    record.addLayerRecord(QgsMapThemeCollection.MapThemeLayerRecord(layer))
    project.mapThemeCollection().insert("Mon thème", record)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Ma mise en page")
    project.layoutManager().addLayout(layout)
    return project, layer


def _visible_layers(group, parents_checked=True):
    visible = []
    for node in group.findLayers():
        checked, parent = node.itemVisibilityChecked(), node.parent()
        while checked and parent is not None:
            checked, parent = parent.itemVisibilityChecked(), parent.parent()
        if checked:
            visible.append(node)
    return visible


def _check_layouts(project, expected_layouts):
    layouts = [layout for layout in project.layoutManager().layouts() if layout.name() != "Ma mise en page"]
    assert len(layouts) == expected_layouts
    themes = project.mapThemeCollection()
    for layout in layouts:
        main = layout.itemById("carte")
        assert isinstance(main, QgsLayoutItemMap), layout.name()
        assert main.keepLayerSet() and main.followVisibilityPreset(), layout.name()
        theme = main.followVisibilityPresetName()
        assert themes.hasMapTheme(theme), (layout.name(), theme)
        assert main.layers() and all(project.mapLayer(layer.id()) is layer for layer in main.layers())
        assert {layer.id() for layer in themes.mapThemeVisibleLayers(theme)} == {layer.id() for layer in main.layers()}
        if layout.atlas().enabled():
            assert project.mapLayer(layout.atlas().coverageLayer().id()) is not None


def test_maps_themes_and_layouts_in_the_open_project(sample_run, tmp_path):
    folder, _result = sample_run
    printed = _printed_folders(folder)
    assert len(printed) >= 3 and all(printed.values())  # indicators, counts, atlas (offer: by the sample)
    project, own_layer = _users_project()
    group, _rescued = add_results(project, str(folder), NAME)
    assert group.name() == "ABS — {}".format(NAME)
    assert project.layerTreeRoot().children()[0] is group  # on top of the user's layers
    assert len(group.children()) == len(printed)  # one sub-group per map folder
    visible = _visible_layers(group)
    assert visible and len({node.parent().name() for node in visible}) == 1  # one map shown
    _check_layouts(project, sum(printed.values()))  # one layout per printed PDF
    offer = str(folder.parent / "offre.gpkg")  # the offer layer kept by hand: the live one, not a copy
    outside = [  # the layers are the delivered files, none a memory layer lost when QGIS closes
        (layer.name(), layer.source())
        for layer in project.mapLayers().values()
        if layer is not own_layer
        and not (layer.providerType() == "ogr" and layer.source().startswith((str(folder), offer)))
    ]
    assert outside == []
    layer_count, theme_count = len(project.mapLayers()), len(project.mapThemeCollection().mapThemes())

    # Issue 35: the officer's layer put by QGIS inside the results group (a layer there was selected
    # when it was added) survives the next run, moved above the group, and the run says so.
    from qgis.core import QgsVectorLayer

    own_offer = QgsVectorLayer(str(sample("communes.gpkg")), "mon_offre", "ogr")
    project.addMapLayer(own_offer, False)
    group.children()[0].addLayer(own_offer)
    layer_count += 1
    _group, rescued = add_results(project, str(folder), NAME)  # a new run replaces, never duplicates
    assert rescued == ["mon_offre"] and project.mapLayer(own_offer.id()) is own_offer
    found = project.layerTreeRoot().findLayer(own_offer.id())
    assert found is not None and not found.parent().name().startswith("ABS — ")
    assert len(project.mapLayers()) == layer_count
    assert len(project.mapThemeCollection().mapThemes()) == theme_count
    assert [child.name() for child in project.layerTreeRoot().children()].count("ABS — {}".format(NAME)) == 1
    assert project.mapLayer(own_layer.id()) is own_layer  # the user's layer, theme and layout kept
    assert project.mapThemeCollection().hasMapTheme("Mon thème")
    assert project.layoutManager().layoutByName("Ma mise en page") is not None

    saved = tmp_path / "mon_projet.qgz"
    assert project.write(str(saved))
    reopened = QgsProject()
    assert reopened.read(str(saved))
    _check_layouts(reopened, sum(printed.values()))
