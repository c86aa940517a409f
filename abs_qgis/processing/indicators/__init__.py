"""« Calculer les indicateurs » and « Agréger les territoires » (abs:computeindicators,
abs:aggregateterritories): their parameters, the catalogue's parameters, the groups' geometry, the
references rows and the portrait's rows read back from their layers.

May import: ``core``, ``processing.base``, ``processing.layers``.
"""
