"""« Joindre une table d'indicateurs » (abs:joinindicators): its parameters, the polygons' codes,
INSEE's long tables, a table open as a QGIS layer, the geometry update.

May import: ``core``, ``processing.base``, ``processing.layers``.
"""
