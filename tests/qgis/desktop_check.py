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
    """Open « Nouvelle ABS… » from the menu, load the project file in it, screenshot every page,
    save it; the dialog is left open for « Produire l'ABS »."""
    from qgis.PyQt.QtWidgets import QApplication

    path, shots = os.environ.get("ABS_DESKTOP_PROJECT"), os.environ.get("ABS_DESKTOP_SHOTS")
    if not path:
        return None, None
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
    return found, dialog


def _algorithm_dialog():
    from qgis.PyQt.QtWidgets import QApplication

    shown = [widget for widget in QApplication.topLevelWidgets() if type(widget).__name__ == "AlgorithmDialog"]
    return next((widget for widget in shown if widget.isVisible()), None)


def _drive_processing_dialog(seen, tries=0):
    """In Processing's dialog opened by « Produire l'ABS »: note what it shows, press « Exécuter »,
    wait for the end, keep its journal, close it (the dialog's exec() then returns)."""
    from qgis.gui import QgsProcessingAlgorithmDialogBase

    dialog = _algorithm_dialog()
    if dialog is None:
        if tries < 100:
            QTimer.singleShot(200, lambda: _drive_processing_dialog(seen, tries + 1))
        return
    if "algorithm" not in seen:
        seen["algorithm"] = dialog.algorithm().id()
        seen["project"] = dialog.mainWidget().wrappers["PROJECT"].parameterValue()
        seen["add_to_project"] = dialog.mainWidget().wrappers["ADD_TO_PROJECT"].parameterValue()
        dialog.runAlgorithm()
    if not dialog.wasExecuted() and tries < 1500:
        QTimer.singleShot(200, lambda: _drive_processing_dialog(seen, tries + 1))
        return
    journal = os.path.join(os.environ["ABS_DESKTOP_SHOTS"], "journal.txt")
    dialog.saveLogToFile(journal, QgsProcessingAlgorithmDialogBase.LogFormat.FormatPlainText)
    with open(journal, encoding="utf-8") as handle:
        seen["journal"] = handle.read()
    seen["outputs"] = sorted(dialog.results() or {})
    dialog.close()


def results_in_project(dialog):
    """Press « Produire l'ABS » in the project dialog, run Processing's dialog it opens, then read
    what was added to the open project."""
    from qgis.PyQt.QtWidgets import QPushButton

    if dialog is None:
        return None
    seen = {}
    QTimer.singleShot(500, lambda: _drive_processing_dialog(seen))
    button = next(button for button in dialog.findChildren(QPushButton) if button.text() == "Produire l'ABS")
    button.click()  # saves, then Processing's dialog (modal) until _drive_processing_dialog closes it
    dialog.close()
    QgsApplication.processEvents()
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    groups = [node.name() for node in root.children()]
    found = {"groups": groups, "layouts": [layout.name() for layout in project.layoutManager().layouts()]}
    found["processing_dialog"] = seen
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
    shown = next(node.layer() for node in root.findLayers() if node.isVisible())
    found["canvas_on_territory"] = canvas.extent().contains(shown.extent())
    # How much of the canvas the territory spans in its fuller direction (the window's shape
    # differs between QGIS versions under Xvfb: the area share would measure the window).
    found["territory_fills_canvas"] = max(
        shown.extent().width() / max(canvas.extent().width(), 1),
        shown.extent().height() / max(canvas.extent().height(), 1),
    )
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
    }
    result["dialog"], dialog = project_dialog()
    result["results"] = results_in_project(dialog)
    result["charts"] = charts()
    result["templates"] = templates()
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
