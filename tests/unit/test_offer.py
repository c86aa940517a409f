from datetime import date

from abs_qgis.core.offer import category_problem, update_problem


def test_categories():
    assert category_problem("EHPAD") is None
    assert category_problem("Ehpad privé") == "catégorie inconnue « Ehpad privé »"
    assert category_problem("") == "catégorie manquante"


def test_update_age():
    today = date(2026, 11, 24)
    assert update_problem("2026-06-01", 12, today) is None
    assert update_problem("2024-11-25", 12, today) == "mise à jour il y a 23 mois (plus de 12)"
    assert update_problem("", 12, today) == "date de mise à jour manquante"
    assert update_problem("hier", 12, today) == "date de mise à jour illisible « hier »"
