"""« Exporter les cartes » (abs:exportmaps): its parameters, the layout drop-down, one map's layers,
the atlas key figures.

May import: ``core``, ``cartography``, ``processing.base``, ``processing.layers``,
``processing.indicators``, ``processing.secret``.
"""
