"""« Télécharger les données INSEE » (abs:downloadinsee): INSEE's Melodi API through QGIS's network
stack, its answers cached by dataset, query and vintage and written as long tables.

May import: ``core``, ``processing.base``, ``processing.layers``.
"""
