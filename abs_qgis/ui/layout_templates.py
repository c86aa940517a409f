"""The plugin's page templates (A4 portrait and landscape, A3, the atlas fiche) offered by QGIS's
« Nouvelle mise en page depuis un modèle » and the layout designer's template list, while the
plugin is loaded: their folder is added to QGIS's template search paths, and removed on unload."""

from qgis.core import QgsSettings

from ..cartography.templates import TEMPLATE_FOLDER

SEARCH_PATHS = "Layout/searchPathsForTemplates"  # QgsApplication.layoutTemplatePaths() reads it


def _paths(settings):
    value = settings.value(SEARCH_PATHS, [], section=QgsSettings.Section.Core)
    if isinstance(value, str):
        value = [value] if value else []
    return [str(path) for path in (value or [])]


def register_templates():
    """Add the plugin's template folder to QGIS's search paths; True when it was added."""
    settings = QgsSettings()
    paths = _paths(settings)
    folder = str(TEMPLATE_FOLDER)
    if folder in paths:
        return False
    settings.setValue(SEARCH_PATHS, paths + [folder], section=QgsSettings.Section.Core)
    return True


def unregister_templates():
    """Take the plugin's folder out of the search paths (the user's own paths are kept)."""
    settings = QgsSettings()
    paths = _paths(settings)
    folder = str(TEMPLATE_FOLDER)
    if folder in paths:
        settings.setValue(SEARCH_PATHS, [path for path in paths if path != folder], section=QgsSettings.Section.Core)
