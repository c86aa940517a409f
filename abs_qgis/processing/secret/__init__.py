"""« Appliquer le secret statistique » and « Vérifier le secret statistique » (abs:statisticalsecret,
abs:checksecret) and their shared inputs (count fields, hierarchy, rules file).

May import: ``core``, ``processing.base``, ``processing.layers``, ``processing.indicators``
(catalogue parameters).
"""
