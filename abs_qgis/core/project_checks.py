"""Checks of the values of a project file's blocks, with the key and line in every French error."""

import re

from .errors import AbsError

MAX_THRESHOLD = 1000


def check_keys(mapping, allowed, where, path):
    """A block of the project file holds only ``allowed`` keys: else a French error naming the
    first unknown key's line."""
    if not isinstance(mapping, dict):
        raise AbsError("{} : un bloc de clés est attendu".format(where), path=path)
    unknown = sorted((key for key in mapping if not str(key).startswith("__") and key not in allowed), key=str)
    if unknown:
        raise AbsError(
            "Clé(s) inconnue(s) dans {} : {} (clés permises : {})".format(
                where, ", ".join(map(str, unknown)), ", ".join(sorted(allowed))
            ),
            path=path,
            row=mapping.get("__keys__", {}).get(unknown[0], mapping.get("__line__")),
        )


def threshold_of(value, where, path=None, line=None):
    """A threshold of the secret: a whole number from 1 to 1 000 (« 4.9 » or « cinq » refused,
    never rounded: 4.9 would publish the counts of 4)."""
    number = value
    if isinstance(value, float) and value.is_integer():
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_THRESHOLD:
        raise AbsError(
            "{} : un nombre entier de 1 à {} est attendu (reçu : « {} »)".format(where, MAX_THRESHOLD, value),
            path=path,
            row=line,
        )
    return number


def missing_fields(names, available, key, path, line):
    """A French error naming the project key when fields it lists are not in the joined layer."""
    missing = [name for name in names if name not in available]
    if missing:
        close = sorted(name for name in available if any(name.upper().startswith(m.upper()[:4]) for m in missing))
        raise AbsError(
            "{} : champ(s) absent(s) des communes jointes : {}{}".format(
                key, ", ".join(missing), " (champs voisins : {})".format(", ".join(close[:8])) if close else ""
            ),
            path=path,
            row=line,
        )


# Processing parameters of the steps of a project run → the project key that sets them.
PROJECT_KEYS = {
    "COMMUNE_FIELD": "territoire.champ_code",
    "CODE_FIELD": "territoire.champ_code",
    "LEVEL": "territoire.niveau",
    "TABLE_FIELD": "sources (colonne de code)",
    "SHEET": "sources.feuille",
    "PASSAGE": "sources.passage",
    "MOVEMENTS": "sources.mouvements",
    "SUM_IRIS": "sources.additionner_iris",
    "RENAME": "sources.colonnes",
    "DIMENSIONS": "sources.dimensions",
    "COUNT_FIELDS": "secret.effectifs",
    "HIERARCHY": "secret.hierarchie",
    "THRESHOLD": "secret.seuil",
    "GROUP_FIELD": "regroupement.champ",
    "GROUP_TABLE": "regroupement.table",
    "PUBLISHED": "valeurs_publiees",
}
PARAMETER = re.compile(r"\b({})\b".format("|".join(sorted(PROJECT_KEYS, key=len, reverse=True))))


def in_project_terms(message, project_path):
    """A step's message with its Processing parameter names replaced by the project keys the officer
    writes (« choisissez-le dans COMMUNE_FIELD » → « … dans « territoire.champ_code » du projet »)."""
    text = PARAMETER.sub(lambda match: "« {} »".format(PROJECT_KEYS[match.group(1)]), str(message))
    if text != str(message) and str(project_path) not in text:
        text += " (projet « {} »)".format(project_path)
    return text
