"""French commune codes (code officiel géographique, INSEE).

A commune code is always a 5-character string: two (or three for the DROM) characters of
département then the commune number; Corsica uses ``2A``/``2B``. Files lose the leading
zero (``3001`` for ``03001``) or write codes as floats (``3001.0``): :func:`normalize_commune_code`
undoes that.
"""

import re
import unicodedata

COMMUNE_CODE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
_INTEGER_LIKE_RE = re.compile(r"^\d{1,5}(?:\.0+)?$")

# Municipal arrondissements (ARM) and the commune they belong to.
PARIS, LYON, MARSEILLE = "75056", "69123", "13055"


def arrondissement_parent(code):
    """Commune code of a municipal arrondissement code, or ``None``."""
    if code is None or len(code) != 5 or not code.isdigit():
        return None
    number = int(code)
    if 75101 <= number <= 75120:
        return PARIS
    if 69381 <= number <= 69389:
        return LYON
    if 13201 <= number <= 13216:
        return MARSEILLE
    return None


def normalize_commune_code(value):
    """Return the 5-character code of ``value``, ``None`` when empty, or raise ``ValueError``.

    Accepts ints and floats (``3001`` → ``03001``), strings with blanks, lower-case Corsica
    codes (``2a004`` → ``2A004``). Anything else (``abc``, ``123456``) is a ``ValueError``.
    """
    if type(value) is str and len(value) == 5 and value.isascii() and value.isdigit():
        return value  # the usual case, first: already a clean code
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if not value.is_integer():
            raise ValueError(value)
        value = int(value)
    if isinstance(value, int):
        if value < 0 or value > 99999:
            raise ValueError(value)
        return "{:05d}".format(value)
    text = str(value).strip().upper()
    if not text:
        return None
    if _INTEGER_LIKE_RE.match(text):
        text = "{:05d}".format(int(float(text)))
    if not COMMUNE_CODE_RE.match(text):
        raise ValueError(value)
    return text


def looks_like_commune_code(value):
    try:
        return normalize_commune_code(value) is not None
    except ValueError:
        return False


def departement_of(code):
    """Département of a commune code (``97x`` for the DROM)."""
    return code[:3] if code.startswith("97") else code[:2]


def visible(value):
    """``value`` as text with its invisible characters shown (« <U+200B>03002 »): a zero-width
    space or a BOM makes a code invalid while the message would look right."""
    text = "" if value is None else str(value)
    return "".join(
        "<U+{:04X}>".format(ord(character))
        if unicodedata.category(character) in ("Cf", "Cc", "Zl", "Zp") or character in "\u00a0\u202f\u2007"
        else character
        for character in text
    )
