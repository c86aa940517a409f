"""The maps of a run brought into the user's open project: one group « ABS — <nom> », a sub-group
per delivered map project (indicators, counts, offer, atlas) holding each map's group, only the
first map visible, one map theme per map and every layout in the Layout Manager, its map following
its theme and locked. Re-running the ABS replaces what the previous run brought (remembered in the
project), never the user's own layers, themes or layouts.

The layers are moved (same objects, same ids) out of the delivered ``cartes_abs.qgz`` projects, so
the layouts read back from their XML find their layers, atlas coverage and tables by id."""

import json
import os

from qgis.core import QgsLayerTreeGroup, QgsLayoutItemMap, QgsPrintLayout, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from ..core.offer_domains import DOMAINS
from ..core.output_layout import (
    ATLAS_FOLDER,
    COUNT_MAPS_FOLDER,
    MAPS_FOLDER,
    MAPS_PROJECT_NAME,
    OFFER_MAPS_PREFIX,
    WORK_FOLDER,
)

PROJECT_FILE = MAPS_PROJECT_NAME + ".qgz"
SCOPE, ENTRY = "abs_qgis", "resultats_importes"
SKIPPED_FOLDERS = (WORK_FOLDER,)  # the document's own images: working copies


def delivered_projects(folder):
    """(label, path) of the map projects of a run's ``folder``, indicators first, atlas last."""
    found = []
    for directory, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders if name not in SKIPPED_FOLDERS)
        if PROJECT_FILE in files:
            found.append((_label(os.path.relpath(directory, folder)), os.path.join(directory, PROJECT_FILE)))
    order = {"Cartes des indicateurs": 0, "Atlas": 9}
    return sorted(found, key=lambda pair: (order.get(pair[0], 5), pair[0]))


def _label(relative):
    parts = relative.replace("\\", "/").split("/")
    last = parts[-1]
    if last == MAPS_FOLDER or relative == ".":
        return "Cartes des indicateurs"
    if last == COUNT_MAPS_FOLDER:
        return "Effectifs (cercles proportionnels)"
    if last == ATLAS_FOLDER:
        return "Atlas"
    if last.startswith(OFFER_MAPS_PREFIX):
        labels = {domain.key: domain.label for domain in DOMAINS}
        key = last[len(OFFER_MAPS_PREFIX) :]
        return "Offre — {}".format(labels.get(key, key.replace("_", " ")).lower())
    return last.replace("_", " ")


def _tree_outline(group):
    """[(name, checked, children)] for groups, [(layer id, checked)] for layers, in order."""
    outline = []
    for node in group.children():
        if isinstance(node, QgsLayerTreeGroup):
            outline.append(("group", node.name(), node.itemVisibilityChecked(), _tree_outline(node)))
        else:
            outline.append(("layer", node.layerId(), node.itemVisibilityChecked(), None))
    return outline


def _rebuild(group, outline, project):
    for kind, name, checked, children in outline:
        if kind == "group":
            _rebuild(group.addGroup(name), children, project).setItemVisibilityChecked(checked)
        elif project.mapLayer(name) is not None:
            group.addLayer(project.mapLayer(name)).setItemVisibilityChecked(checked)
    return group


def rescue_user_layers(project, group, ours):
    """Move out of ``group`` (to just above it) every layer that is not one of ``ours`` — a layer
    of the officer's that QGIS put in the results group because a layer there was selected when it
    was added; return their names. They are never removed with the group."""
    root = project.layerTreeRoot()
    rescued = []
    for node in group.findLayers():
        if node.layerId() in ours:
            continue
        parent, name = group.parent() or root, node.name()
        parent.insertChildNode(parent.children().index(group), node.clone())
        node.parent().removeChildNode(node)  # deletes ``node``: its name was read before
        rescued.append(name)
    return rescued


def forget_previous(project, name):
    """Remove what an earlier import of the ABS ``name`` brought into ``project`` — its layers, themes
    and layouts, by id and name — and nothing else: the user's layers found in its group are kept
    (moved out); returns their names."""
    previous = json.loads(project.readEntry(SCOPE, ENTRY, "{}")[0] or "{}").get(name)
    if not previous:
        return []
    for layout_name in previous.get("mises_en_page", []):
        layout = project.layoutManager().layoutByName(layout_name)
        if layout is not None:
            project.layoutManager().removeLayout(layout)
    for theme in previous.get("themes", []):
        project.mapThemeCollection().removeMapTheme(theme)
    ours = set(previous.get("couches", []))
    group = project.layerTreeRoot().findGroup(previous.get("groupe", ""))
    rescued = rescue_user_layers(project, group, ours) if group is not None else []
    project.removeMapLayers([layer_id for layer_id in ours if project.mapLayer(layer_id)])
    if group is not None:
        group.parent().removeChildNode(group)
    return rescued


def _remember(project, name, imported):
    entries = json.loads(project.readEntry(SCOPE, ENTRY, "{}")[0] or "{}")
    entries[name] = imported
    project.writeEntry(SCOPE, ENTRY, json.dumps(entries, ensure_ascii=False))


def _unique(name, taken):
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = "{} ({})".format(name, number), number + 1
    taken.add(candidate)
    return candidate


def _move_layers(source, target):
    ids = list(source.mapLayers())
    for layer_id in ids:
        layer = source.takeMapLayer(source.mapLayer(layer_id))
        target.addMapLayer(layer, False)
    return ids


def _layout_documents(source):
    """The XML of each layout of ``source``, taken before its layers move: a layout's map forgets
    the layers its project removes."""
    documents = []
    for layout in source.layoutManager().layouts():
        document = QDomDocument()
        document.appendChild(layout.writeXml(document, QgsReadWriteContext()))
        documents.append((layout.name(), document))
    return documents


def _copy_layouts(documents, target, themes, imported):
    taken = {layout.name() for layout in target.layoutManager().layouts()}
    for name, document in documents:
        copy = QgsPrintLayout(target)
        copy.readXml(document.documentElement(), document, QgsReadWriteContext())
        main = copy.itemById("carte")
        theme = main.followVisibilityPresetName() if isinstance(main, QgsLayoutItemMap) else ""
        for item in copy.items():
            if isinstance(item, QgsLayoutItemMap) and item.followVisibilityPresetName() in themes:
                item.setFollowVisibilityPresetName(themes[item.followVisibilityPresetName()])
        copy.setName(_unique(themes.get(theme, name), taken))
        target.layoutManager().addLayout(copy)
        imported["mises_en_page"].append(copy.name())


def _move_with_themes(source, target, imported):
    """Move the layers of ``source`` into ``target`` with its map themes (unique names there);
    return {old theme name: new name}."""
    collection = source.mapThemeCollection()
    records = {theme: collection.mapThemeState(theme) for theme in collection.mapThemes()}
    imported["couches"].extend(_move_layers(source, target))
    renamed, taken = {}, set(target.mapThemeCollection().mapThemes())
    for theme, record in records.items():
        renamed[theme] = _unique(theme, taken)
        target.mapThemeCollection().insert(renamed[theme], record)
        imported["themes"].append(renamed[theme])
    return renamed


def _import_one(path, label, target, group, imported):
    source = QgsProject()
    if not source.read(path):
        raise OSError("{} : projet illisible ({})".format(path, source.error()))
    outline = _tree_outline(source.layerTreeRoot())
    documents = _layout_documents(source)
    themes = _move_with_themes(source, target, imported)
    sub_group = _rebuild(group.addGroup(label), outline, target)
    _copy_layouts(documents, target, themes, imported)
    return sub_group


def add_results(target, folder, name):
    """Bring the maps of the run written in ``folder`` into ``target`` (a QgsProject) under the
    group « ABS — ``name`` »; return (that group, the names of the user's layers moved out of the
    previous run's group). Only the first map of the first project is ticked."""
    group_name = "ABS — {}".format(name)
    rescued = forget_previous(target, name)
    group = target.layerTreeRoot().insertGroup(0, group_name)
    imported = {"groupe": group_name, "couches": [], "themes": [], "mises_en_page": []}
    for number, (label, path) in enumerate(delivered_projects(folder)):
        sub_group = _import_one(path, label, target, group, imported)
        sub_group.setItemVisibilityChecked(number == 0)
        sub_group.setExpanded(number == 0)
    _remember(target, name, imported)
    return group, rescued


def visible_extent(group, crs, project):
    """The extent, in ``crs``, of the ticked layers of ``group`` (the map shown), or None."""
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    extent = QgsRectangle()
    for node in group.findLayers():
        if node.isVisible() and node.layer() is not None:
            transform = QgsCoordinateTransform(node.layer().crs(), crs, project)
            extent.combineExtentWith(transform.transformBoundingBox(node.layer().extent()))
    return None if extent.isEmpty() else extent


def show_on_canvas(canvas, group, project, was_empty):
    """Zoom the map canvas on the map shown when the project held nothing before (a user's view of
    their own layers is left as it was). Done once the events of the layers' arrival are handled:
    an empty project takes the first layer's CRS and QGIS zooms on every layer, hidden ones too
    (the département of the inset), after this call — the territory then showed small in a corner."""
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QTimer

    def zoom():
        if sip.isdeleted(group) or sip.isdeleted(canvas):  # the group replaced meanwhile
            return
        extent = visible_extent(group, canvas.mapSettings().destinationCrs(), project)
        if extent is not None:
            extent.scale(1.05)
            canvas.setExtent(extent)
            canvas.refresh()

    if was_empty:
        zoom()
        QTimer.singleShot(0, zoom)


def desktop_running():
    """True in the QGIS desktop (``qgis.utils.iface`` set), False in ``qgis_process`` and scripts."""
    try:
        from qgis.utils import iface
    except ImportError:
        return False
    return iface is not None
