"""FINESS numbers (établissements sanitaires et sociaux): nine characters, the last one a Luhn
check digit (verified on the 143 EHPAD of the Puy-de-Dôme and the Allier)."""

import re

FINESS_RE = re.compile(r"^(?:\d{9}|2[AB]\d{7})$")


def normalize_finess(value):
    """Nine characters (``30001002`` read as a number → ``030001002``), or None when empty."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip().upper()
    if not text:
        return None
    if text.isdigit() and len(text) < 9:
        text = text.zfill(9)
    return text


def finess_problem(value):
    """French description of what is wrong with a FINESS number, or None when it is valid."""
    number = normalize_finess(value)
    if number is None:
        return "numéro FINESS manquant"
    if not FINESS_RE.match(number):
        return "numéro FINESS « {} » mal formé (9 caractères attendus)".format(value)
    if not number.isdigit():
        return None  # Corsica (2A/2B): the key cannot be checked with Luhn
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit * 2 > 9 else digit * 2
        total += digit
    return None if total % 10 == 0 else "clé de contrôle du numéro FINESS « {} » fausse".format(number)
