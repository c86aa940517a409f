"""abs_qgis — Analyse des besoins sociaux (ABS) pour QGIS.

QGIS imports this package and calls :func:`classFactory`; nothing else happens at import
time so that ``qgis_process`` can load the plugin without a desktop interface.
"""


def classFactory(iface):  # noqa: N802 (name imposed by QGIS)
    """Entry point called by QGIS (desktop with ``iface``, ``qgis_process`` with ``None``)."""
    from .plugin import AbsQgisPlugin

    return AbsQgisPlugin(iface)
