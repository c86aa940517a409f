"""Processing provider ``abs``: the toolbox, one room per toolbox group.

At the top: ``provider.py`` (the provider and its algorithm list) and ``base.py`` (the algorithms'
shared base: translation, groups, help, feedback, parameter checks). The rooms:

- ``layers/`` — QGIS/GDAL input-output and framework (GeoPackage copy, OGR files, columns, atomic
  outputs, output guard, parameter checks, aliases, styles, signals);
- ``tables/`` — « Joindre une table d'indicateurs » and what it needs (long tables, geometry update);
- ``indicators/`` — « Calculer les indicateurs », « Agréger les territoires », the references rows;
- ``secret/`` — « Appliquer le secret statistique », « Vérifier le secret statistique »;
- ``maps/`` — « Exporter les cartes » (layers, layout parameter, atlas key figures);
- ``offer/`` — the offer algorithms (layer, FINESS import, checks, access, equipment rate);
- ``project/`` — « Produire l'ABS » and its steps;
- ``download/`` — « Télécharger les données INSEE » (Melodi API) and its network client.

Imports run one way: ``core`` ← ``document`` / ``cartography`` ← ``processing`` ← ``ui``; inside,
``project/`` may use every room, the algorithm rooms use ``layers/`` and ``base``, never ``project/``.
"""
