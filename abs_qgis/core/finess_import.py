"""FINESS-like extracts → records of the offer layer (plain Python): columns recognised by name,
FINESS categories mapped to the offer's categories, every row kept or skipped with its reason."""

import re
import unicodedata
from dataclasses import dataclass, field

from .codes import normalize_commune_code
from .finess import finess_problem, normalize_finess

# FINESS « catégorie d'établissement » codes whose meaning is attested here (data README).
FINESS_CATEGORIES = {"500": "EHPAD", "202": "Résidence autonomie", "354": "SSIAD", "255": "MAS", "246": "ESAT"}
# Words of a category's label (FINESS « libcategetab », a partner's own wording) → category of the
# offer layer; accents and case ignored, first match wins (« non médicalisé » before « médicalisé »).
CATEGORY_WORDS = (
    (r"accueil non medicalise|\beanm\b|foyer de vie|foyer occupationnel", "Foyer de vie"),
    (r"accueil medicalise|\bfam\b|\beam\b", "FAM"),
    (r"hebergement pour personnes agees dependantes|\behpad\b", "EHPAD"),
    (r"residences? autonomie|logements?[ -]foyers?", "Résidence autonomie"),
    (r"longue duree|\busld\b", "USLD"),
    (r"soins infirmiers a domicile|\bssiad\b", "SSIAD"),
    (r"aide et d.accompagnement a domicile|aide a domicile|\bsaad\b", "SAAD"),
    (r"accueil de jour|centre de jour", "Accueil de jour"),
    (r"maison d.accueil specialisee|\bmas\b", "MAS"),
    (r"aide par le travail|\besat\b", "ESAT"),
    (r"vie sociale|medico-social pour adultes handicapes|\bsavs\b|\bsamsah\b", "SAVS/SAMSAH"),
    (r"medico-educatif|\bime\b", "IME"),
    (r"enfants a caractere social|foyer de l.enfance|\bmecs\b", "MECS/Foyer de l'enfance"),
    (r"jeune enfant|creche|\beaje\b", "EAJE/Crèche"),
)


def _plain(text):
    """Lower case, no accents, one kind of apostrophe: how labels are compared."""
    decomposed = unicodedata.normalize("NFKD", str(text)).replace("’", "'")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def category_of_label(label):
    """The offer category a FINESS category label (or a partner's wording) names, or None."""
    text = _plain(label or "")
    return next((category for pattern, category in CATEGORY_WORDS if re.search(pattern, text)), None)


COLUMNS = {
    "finess": ("nofinesset", "finess", "numero_finess", "nofiness"),
    "nom": ("rs", "raison_sociale", "rslongue", "nom"),
    "categorie": ("categorie", "categetab", "code_categorie"),
    "libelle_categorie": ("libcategetab", "libelle_categorie", "lib_categorie", "categorie_libelle"),
    "places": ("capacite", "places", "capacite_installee"),
    "commune": ("code_insee", "code_commune", "depcom", "code_insee_jointure_spatiale"),
    "gestionnaire": ("gestionnaire", "raison_sociale_ej", "rsej"),
    "lon": ("lon", "longitude", "x"),
    "lat": ("lat", "latitude", "y"),
}
STATUSES = {"0": "public", "1": "privé non lucratif", "2": "privé commercial"}
FRANCE_BOX = (-63.0, -22.0, 56.0, 51.5)  # lon/lat box holding metropolitan France and the DROM


@dataclass
class Imported:
    records: list = field(default_factory=list)  # dicts ready for the offer layer
    skipped: list = field(default_factory=list)  # (line, FINESS or "", reason)


def column_map(names):
    lower = {str(name).lower(): name for name in names}
    return {key: next((lower[c] for c in candidates if c in lower), None) for key, candidates in COLUMNS.items()}


def _number(text):
    try:
        return float(str(text).replace(",", "."))
    except (TypeError, ValueError):
        return None


def read_records(raw_table, default_category=None, departements=()):
    """Records from a RawTable; ``departements`` keeps only those codes (e.g. ("63", "03"))."""
    columns = column_map(list(raw_table.frame.columns))
    result = Imported()
    for line, (_i, row) in zip(raw_table.line_numbers, raw_table.frame.iterrows()):
        number = normalize_finess(row[columns["finess"]]) if columns["finess"] else None
        problem = finess_problem(number)
        if problem:
            result.skipped.append((line, number or "", problem))
            continue
        if departements and number[:2] not in departements:
            result.skipped.append((line, number, "hors des départements demandés"))
            continue
        code = str(row[columns["categorie"]]).strip() if columns["categorie"] else ""
        label = str(row[columns["libelle_categorie"]]).strip() if columns["libelle_categorie"] else ""
        category = (
            FINESS_CATEGORIES.get(code)
            or (code if code in FINESS_CATEGORIES.values() else None)
            or category_of_label(label)
            or category_of_label(code)  # a « categorie » column holding words, not a code
            or default_category
        )
        if category is None:
            result.skipped.append(
                (line, number, "catégorie FINESS « {} » non reconnue".format(" ".join(filter(None, (code, label)))))
            )
            continue
        lon = _number(row[columns["lon"]]) if columns["lon"] else None
        lat = _number(row[columns["lat"]]) if columns["lat"] else None
        if lon is None or lat is None:
            result.skipped.append((line, number, "coordonnées manquantes"))
            continue
        if not (FRANCE_BOX[0] <= lon <= FRANCE_BOX[2] and FRANCE_BOX[1] <= lat <= FRANCE_BOX[3]):
            result.skipped.append((line, number, "coordonnées hors de France ({}, {})".format(lon, lat)))
            continue
        try:
            commune = normalize_commune_code(row[columns["commune"]]) if columns["commune"] else None
        except ValueError:
            commune = None
        places = _number(row[columns["places"]]) if columns["places"] else None
        result.records.append(
            {
                "finess": number,
                "nom": str(row[columns["nom"]]) if columns["nom"] else None,
                "categorie": category,
                "places_permanentes": int(places) if places is not None else None,
                "code_commune": commune,
                "gestionnaire": str(row[columns["gestionnaire"]]) if columns["gestionnaire"] else None,
                "statut_juridique": STATUSES.get(str(row.get("statut", "")).strip()),
                "lon": lon,
                "lat": lat,
            }
        )
    return result
