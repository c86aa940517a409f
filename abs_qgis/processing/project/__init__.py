"""« Produire l'ABS » (abs:runproject) and its steps: the year plans, the offer step, the references
step, the maps step, the outputs (workbook, CSV) and the document step, the run's feedback.

May import every room of ``processing``, ``core``, ``cartography`` and ``document``; nothing imports
it but the provider.
"""
