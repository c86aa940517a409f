"""The social and medico-social offer: categories of facilities, freshness of the records."""

from datetime import date

# Categories of the offer layer (the value list of its form); FINESS categories map onto them.
CATEGORIES = (
    "EHPAD",
    "Résidence autonomie",
    "USLD",
    "SSIAD",
    "SAAD",
    "Accueil de jour",
    "Foyer de vie",
    "FAM",
    "MAS",
    "ESAT",
    "SAVS/SAMSAH",
    "IME",
    "MECS/Foyer de l'enfance",
    "MSD",
    "CCAS/CIAS",
    "France Services",
    "EAJE/Crèche",
)


def category_problem(value):
    if value is None or str(value).strip() == "":
        return "catégorie manquante"
    if str(value).strip() not in CATEGORIES:
        return "catégorie inconnue « {} »".format(value)
    return None


def months_between(earlier, later):
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def update_problem(value, max_months, today=None):
    """A record not updated for more than ``max_months`` (``value``: date or ISO text)."""
    today = today or date.today()
    if value is None or str(value).strip() == "":
        return "date de mise à jour manquante"
    try:
        updated = value if isinstance(value, date) else date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return "date de mise à jour illisible « {} »".format(value)
    age = months_between(updated, today)
    return "mise à jour il y a {} mois (plus de {})".format(age, max_months) if age > max_months else None
