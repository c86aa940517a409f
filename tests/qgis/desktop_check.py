"""Run inside the real QGIS desktop (qgis --code): what the plugin did, then unload it; write JSON."""

import json
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins, unloadPlugin


def abs_menu_entries():
    for action in iface.pluginMenu().actions():
        if action.menu() is not None and "ABS" in action.text():
            return [entry.text() for entry in action.menu().actions()]
    return []


def report():
    registry = QgsApplication.processingRegistry()
    result = {
        "loaded": "abs_qgis" in plugins,
        "menu": abs_menu_entries(),
        "provider": registry.providerById("abs").name() if registry.providerById("abs") else None,
    }
    unloadPlugin("abs_qgis")
    result["after_unload"] = {"provider": registry.providerById("abs") is not None, "menu": abs_menu_entries()}
    with open(os.environ["ABS_DESKTOP_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    QgsApplication.exit(0)


QTimer.singleShot(2000, report)
