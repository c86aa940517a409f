"""The social and medico-social offer: « Créer la couche de l'offre », « Importer des établissements
FINESS », « Vérifier la couche de l'offre », « Accès à l'offre », « Offre par commune », « Taux
d'équipement », and the offer maps of a run.

May import: ``core``, ``cartography``, ``processing.base``, ``processing.layers``.
"""
