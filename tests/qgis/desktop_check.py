"""Run inside the real QGIS desktop (qgis --code): what the plugin did, then unload it; write JSON."""

import json
import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins, unloadPlugin


def abs_menu_entries():
    for action in iface.pluginMenu().actions():
        if action.menu() is not None and "ABS" in action.text():
            return [entry.text() for entry in action.menu().actions()]
    return []


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
