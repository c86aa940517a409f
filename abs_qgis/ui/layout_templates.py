"""The plugin's page templates (A4 portrait and landscape, A3, the atlas fiche) offered by QGIS's
« Nouvelle mise en page depuis un modèle » and the layout designer's template list, while the
plugin is loaded: their folder is added to QGIS's template search paths, and removed on unload."""

from qgis.core import QgsSettings

from ..cartography.templates import TEMPLATE_FOLDER


def _key():
    """(key, section) of the template search paths: QGIS 3.30+'s settings tree
    (``layout/search-paths-for-templates``), else 3.22's ``Layout/searchPathsForTemplates`` (core)."""
    from qgis import core

    if hasattr(core, "QgsSettingsTree"):
        return "layout/search-paths-for-templates", QgsSettings.Section.NoSection
    return "Layout/searchPathsForTemplates", QgsSettings.Section.Core


def _paths():
    key, section = _key()
    value = QgsSettings().value(key, [], section=section)
    if isinstance(value, str):
        value = [value] if value else []
    return [str(path) for path in (value or [])]


def _store(paths):
    key, section = _key()
    QgsSettings().setValue(key, paths, section=section)


def register_templates():
    """Add the plugin's template folder to QGIS's search paths; True when it was added."""
    paths, folder = _paths(), str(TEMPLATE_FOLDER)
    if folder in paths:
        return False
    _store(paths + [folder])
    return True


def unregister_templates():
    """Take the plugin's folder out of the search paths (the user's own paths are kept)."""
    paths, folder = _paths(), str(TEMPLATE_FOLDER)
    if folder in paths:
        _store([path for path in paths if path != folder])
