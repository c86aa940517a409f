"""Run inside the real QGIS desktop (qgis --code): what the plugin did, then unload it; write JSON."""

import json
import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins, unloadPlugin


def abs_menu_actions():
    for action in iface.pluginMenu().actions():
        if action.menu() is not None and "ABS" in action.text():
            return action.menu().actions()
    return []


def abs_menu_entries():
    return [entry.text() for entry in abs_menu_actions()]


def charts():
    """Load an ABS layer, select a commune, read the charts dock."""
    path = os.environ.get("ABS_DESKTOP_LAYER")
    if not path:
        return None
    layer = QgsVectorLayer(path, "communes", "ogr")
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    layer.selectByExpression("\"DEPCOM\" = '{}'".format(os.environ["ABS_DESKTOP_CODE"]))
    QgsApplication.processEvents()
    dock = plugins["abs_qgis"].chart_dock
    found = {"caption": dock.caption.text(), "bars": [bar.key for bar in dock.bars]}
    maps = os.environ.get("ABS_DESKTOP_MAPS")
    if maps:  # another project opened (the delivered maps): the dock forgets Ambert, then follows it
        QgsProject.instance().read(maps)
        QgsApplication.processEvents()
        found["after_opening"] = {"caption": dock.caption.text(), "bars": [bar.key for bar in dock.bars]}
        layer = next(
            (lay for lay in QgsProject.instance().mapLayers().values() if "densite" in lay.fields().names()), None
        )
        if layer is not None:
            iface.setActiveLayer(layer)
            layer.selectByExpression("\"DEPCOM\" = '{}'".format(os.environ["ABS_DESKTOP_CODE"]))
            QgsApplication.processEvents()
            found["delivered"] = {"caption": dock.caption.text(), "bars": [bar.key for bar in dock.bars]}
    return found


def project_dialog():
    """Open « Nouvelle ABS… » from the menu, load the project file in it, screenshot every page."""
    from qgis.PyQt.QtWidgets import QApplication

    path, shots = os.environ.get("ABS_DESKTOP_PROJECT"), os.environ.get("ABS_DESKTOP_SHOTS")
    if not path:
        return None
    entry = next(action for action in abs_menu_actions() if action.text() == "Nouvelle ABS…")
    entry.trigger()
    QgsApplication.processEvents()
    dialogs = [widget for widget in QApplication.topLevelWidgets() if type(widget).__name__ == "ProjectDialog"]
    dialog = dialogs[0]
    dialog.load_file(path)
    found = {"title": dialog.windowTitle(), "tabs": [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QgsApplication.processEvents()
        dialog.grab().save(os.path.join(shots, "fenetre_{}.png".format(index)))
    found["saved"] = dialog.write(os.path.join(shots, "projet_fenetre.yaml"))
    dialog.close()
    return found


def results_in_project():
    """Run the project as the dialog's « Produire l'ABS » does (Processing), then read what was
    added to the open project."""
    import processing

    path = os.environ.get("ABS_DESKTOP_PROJECT")
    if not path:
        return None
    processing.run("abs:runproject", {"PROJECT": path, "ADD_TO_PROJECT": True})
    QgsApplication.processEvents()
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    groups = [node.name() for node in root.children()]
    found = {"groups": groups, "layouts": [layout.name() for layout in project.layoutManager().layouts()]}
    found["themes"] = project.mapThemeCollection().mapThemes()
    found["locked"] = [
        layout.name()
        for layout in project.layoutManager().layouts()
        if layout.itemById("carte") is not None and layout.itemById("carte").followVisibilityPreset()
    ]
    found["visible_maps"] = sorted({node.parent().name() for node in root.findLayers() if node.isVisible()})
    canvas = iface.mapCanvas()
    for _round in range(20):  # the refresh is scheduled: let it start, then wait for it
        QgsApplication.processEvents()
        canvas.waitWhileRendering()
    shown = root.findLayers()[0].layer()
    found["canvas_on_territory"] = canvas.extent().contains(shown.extent())
    iface.mainWindow().grab().save(os.path.join(os.environ["ABS_DESKTOP_SHOTS"], "qgis_apres_production.png"))
    return found


def templates():
    """The .qpt files QGIS's « new layout from template » finds in its search paths."""
    import glob

    return sorted(
        os.path.basename(path)
        for folder in QgsApplication.layoutTemplatePaths()
        for path in glob.glob(os.path.join(folder, "*.qpt"))
    )


def report():
    registry = QgsApplication.processingRegistry()
    result = {
        "loaded": "abs_qgis" in plugins,
        "menu": abs_menu_entries(),
        "provider": registry.providerById("abs").name() if registry.providerById("abs") else None,
        "dialog": project_dialog(),
        "results": results_in_project(),
        "charts": charts(),
        "templates": templates(),
    }
    unloadPlugin("abs_qgis")
    result["after_unload"] = {
        "provider": registry.providerById("abs") is not None,
        "menu": abs_menu_entries(),
        "templates": templates(),
    }
    with open(os.environ["ABS_DESKTOP_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    QgsApplication.exit(0)


QTimer.singleShot(2000, report)
