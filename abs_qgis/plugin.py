"""The QGIS plugin object: translator, Processing provider, desktop menu entries."""

from qgis.core import QgsApplication, QgsMessageLog

from . import dependencies
from .compat import MESSAGE_CRITICAL, MESSAGE_WARNING
from .i18n import install_translator, remove_translator, tr

LOG_TAG = "ABS"
dependencies.use_vendored_libraries()  # the zip's private copies of pyqtgraph, odfpy, docxtpl…


class AbsQgisPlugin:
    """Loaded by QGIS desktop (``iface`` set) and by ``qgis_process`` (``iface`` is None).

    The constructor does no GUI work; ``initProcessing`` registers the provider,
    ``initGui`` adds the menu, ``unload`` reverses both.
    """

    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.actions = []
        self.missing_message = None
        self.chart_dock = None
        self.chart_follower = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        if self.translator is None:
            self.translator = install_translator()
        if self.provider is not None:
            return
        missing = dependencies.missing_modules()
        if missing:
            self.missing_message = dependencies.missing_message(missing)
            QgsMessageLog.logMessage(self.missing_message, LOG_TAG, MESSAGE_CRITICAL)
            return
        from .processing.provider import AbsProvider  # imports pandas: only once it is known to be there

        self.provider = AbsProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return
        if self.missing_message:
            self.iface.messageBar().pushCritical(LOG_TAG, self.missing_message)
            return
        from .ui.menu import build_menu_actions

        self.actions = build_menu_actions(self.iface, self.iface.mainWindow(), tr)
        self._add_chart_dock()
        from .ui.layout_templates import register_templates

        register_templates()  # « Nouvelle mise en page depuis un modèle » offers the plugin's pages

    def _add_chart_dock(self):
        """The charts dock (hidden until asked for) following the selected territory; without
        pyqtgraph, no dock and a message in QGIS's log."""
        if not dependencies.available("pyqtgraph"):
            QgsMessageLog.logMessage(
                tr("ABS charts panel unavailable: the Python library pyqtgraph is missing (see the README)"),
                LOG_TAG,
                MESSAGE_WARNING,
            )
            return
        from qgis.PyQt.QtCore import Qt

        from .compat import qaction_class
        from .ui.chart_dock import ChartDock, SelectionCharts

        self.chart_dock = ChartDock(self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.chart_dock)
        self.chart_dock.hide()
        self.chart_follower = SelectionCharts(self.iface, self.chart_dock)
        action = qaction_class()(tr("ABS charts of the selected territory"), self.iface.mainWindow())
        action.triggered.connect(self.chart_dock.show)
        menu_name = tr("&Social needs analysis (ABS)")
        self.iface.addPluginToMenu(menu_name, action)
        self.actions.append((menu_name, action))

    def unload(self):
        if self.iface is not None:
            from .ui.menu import remove_menu_actions

            remove_menu_actions(self.iface, self.actions)
            from .ui.layout_templates import unregister_templates

            unregister_templates()
            if getattr(self, "chart_follower", None) is not None:
                self.chart_follower.close()
                self.iface.removeDockWidget(self.chart_dock)
                self.chart_dock.deleteLater()
                self.chart_follower = self.chart_dock = None
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
