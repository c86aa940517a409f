"""Menu entries of the plugin in QGIS desktop: open the provider's algorithms."""

from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH
from ..compat import qaction_class


def build_menu_actions(iface, parent, tr):
    """Add one menu action per main algorithm under « Extensions > ABS »; return them."""
    import processing

    menu_name = tr("&Social needs analysis (ABS)")
    entries = (
        ("abs:runproject", tr("Produce the ABS from a project file…")),
        ("abs:joinindicators", tr("Join an indicator table to the communes…")),
        ("abs:computeindicators", tr("Compute the indicators…")),
        ("abs:aggregateterritories", tr("Aggregate territories…")),
        ("abs:statisticalsecret", tr("Apply the statistical secret…")),
        ("abs:exportmaps", tr("Export maps…")),
        ("abs:equipmentrate", tr("Equipment rate…")),
    )
    actions = []
    for algorithm_id, label in entries:
        action = qaction_class()(QIcon(str(ICON_PATH)), label, parent)
        action.triggered.connect(lambda _checked=False, alg=algorithm_id: processing.execAlgorithmDialog(alg))
        iface.addPluginToMenu(menu_name, action)
        actions.append((menu_name, action))
    return actions


def remove_menu_actions(iface, actions):
    for menu_name, action in actions:
        iface.removePluginMenu(menu_name, action)
        action.deleteLater()
