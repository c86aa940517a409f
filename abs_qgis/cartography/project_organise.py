"""The delivered map project as a QGIS user expects it: each map's layers in a group named after
the map, only the first map visible, one map theme per map, and each layout's map following its
theme (its locator inset locked to its own layers) — unticking « Verrouiller les couches » can no
longer show one map's data under another map's title."""

from qgis.core import QgsLayoutItemMap, QgsMapThemeCollection


def _map_items(layout):
    return [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]


def _group_of(project, title, layers):
    """A group ``title`` holding ``layers`` (moved from where they were; a layer already in an
    earlier map's group stays there)."""
    root = project.layerTreeRoot()
    group = root.addGroup(title)
    for layer in layers:
        node = root.findLayer(layer.id())
        if node is None or node.parent() is not root:
            continue
        group.addChildNode(node.clone())
        root.removeChildNode(node)
    return group


def _theme(project, title, layers):
    record = QgsMapThemeCollection.MapThemeRecord()
    for layer in layers:
        record.addLayerRecord(QgsMapThemeCollection.MapThemeLayerRecord(layer))
    project.mapThemeCollection().insert(title, record)


def organise_map(project, layout, title):
    """Give the map of ``layout`` (item « carte ») its group and its theme ``title``; the group is
    visible only when it is the project's first."""
    main = layout.itemById("carte")
    if not isinstance(main, QgsLayoutItemMap):
        return None
    layers = main.layers()
    name, number = title, 2
    while project.mapThemeCollection().hasMapTheme(name):  # two maps of one title: two themes
        name, number = "{} ({})".format(title, number), number + 1
    group = _group_of(project, name, layers)
    first = len(project.layerTreeRoot().findGroups()) == 1
    group.setItemVisibilityChecked(first)
    _theme(project, name, layers)
    main.setKeepLayerSet(True)  # its layers locked too: unticking the theme keeps this map's layers
    main.setFollowVisibilityPreset(True)
    main.setFollowVisibilityPresetName(name)
    for item in _map_items(layout):
        if item is not main:
            item.setKeepLayerSet(True)  # the locator inset: its context layers, whatever is visible
    return name


def tidy_rest(project, title):
    """The layers no map group took (locator context, key-figure tables, atlas coverage) in one
    group ``title``, unticked: they are drawn by the layouts, not on the canvas."""
    root = project.layerTreeRoot()
    rest = [node for node in root.findLayers() if node.parent() is root]
    if not rest:
        return None
    group = root.addGroup(title)
    for node in rest:
        group.addChildNode(node.clone())
        root.removeChildNode(node)
    group.setItemVisibilityChecked(False)
    return group
