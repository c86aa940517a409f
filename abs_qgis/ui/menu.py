"""Menu entries of the plugin in QGIS desktop: the ABS project dialog, then the provider's algorithms."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ..__about__ import ICON_PATH
from ..compat import qaction_class


def open_project_dialog(parent, tr, ask_file=False):
    """The ABS project dialog, empty or on a project file the user picks; None when cancelled."""
    from ..core.errors import AbsError
    from .project_dialog import ProjectDialog

    dialog = ProjectDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if ask_file:
        path, _filter = QFileDialog.getOpenFileName(
            parent, tr("Open an ABS project"), "", "{} (*.yaml *.yml)".format(tr("ABS project"))
        )
        if not path:
            dialog.deleteLater()
            return None
        try:
            dialog.load_file(path)
        except AbsError as error:
            QMessageBox.warning(parent, tr("ABS project"), str(error))
            dialog.deleteLater()
            return None
    dialog.show()
    return dialog


def _project_actions(iface, parent, tr, menu_name):
    actions = []
    for label, ask_file in ((tr("New ABS…"), False), (tr("Open an ABS…"), True)):
        action = qaction_class()(QIcon(str(ICON_PATH)), label, parent)
        action.triggered.connect(lambda _checked=False, ask=ask_file: open_project_dialog(parent, tr, ask))
        iface.addPluginToMenu(menu_name, action)
        actions.append((menu_name, action))
    iface.addToolBarIcon(actions[0][1])
    return actions


def build_menu_actions(iface, parent, tr):
    """Add the plugin's menu actions under « Extensions > ABS » (and « Nouvelle ABS… » in the
    toolbar); return them."""
    import processing

    menu_name = tr("&Social needs analysis (ABS)")
    actions = _project_actions(iface, parent, tr, menu_name)
    entries = (
        ("abs:runproject", tr("Produce the ABS from a project file…")),
        ("abs:joinindicators", tr("Join an indicator table to the communes…")),
        ("abs:computeindicators", tr("Compute the indicators…")),
        ("abs:aggregateterritories", tr("Aggregate territories…")),
        ("abs:statisticalsecret", tr("Apply the statistical secret…")),
        ("abs:exportmaps", tr("Export maps…")),
        ("abs:equipmentrate", tr("Equipment rate…")),
    )
    for algorithm_id, label in entries:
        action = qaction_class()(QIcon(str(ICON_PATH)), label, parent)
        action.triggered.connect(lambda _checked=False, alg=algorithm_id: processing.execAlgorithmDialog(alg))
        iface.addPluginToMenu(menu_name, action)
        actions.append((menu_name, action))
    return actions


def remove_menu_actions(iface, actions):
    if actions:
        iface.removeToolBarIcon(actions[0][1])
    for menu_name, action in actions:
        iface.removePluginMenu(menu_name, action)
        action.deleteLater()
