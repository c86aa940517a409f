"""Geographic levels as data: commune, IRIS, QPV, EPCI, sector.

Each level says how its codes are written and normalised, so that every algorithm that takes a
territory code works the same way at every level:

* commune: 5 characters (``03185``, ``2A004``) — :mod:`.codes`;
* IRIS: 9 characters, the commune code then 4 digits (``031850101``); ``CCCCC0000`` is the single
  IRIS of a commune that is not divided (commune non irisée) and equals the commune;
* QPV: quartier prioritaire, ``QP0xxxxx`` (2015 generation) or ``QN0xxxxM`` (2024);
* EPCI: 9-digit SIREN (``200070761``);
* secteur: the collectivité's own codes (MSD, TSD…), any text;
* département: 2 characters (``03``, ``2A``) or 3 for the DROM (``971``) — DREES, CNSA and many
  partner tables are by département; région: 2 digits (``84``), chosen, never detected (a région
  code is also a département code).
"""

import re
from dataclasses import dataclass

from .codes import COMMUNE_CODE_RE, normalize_commune_code

IRIS_CODE_RE = re.compile(r"^(?:\d{5}|2[AB]\d{3})\d{4}$")
QPV_CODE_RE = re.compile(r"^Q[PN][0-9A-Z]{6}$")
EPCI_CODE_RE = re.compile(r"^\d{9}$")
DEPARTEMENT_CODE_RE = re.compile(r"^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-6])$")
REGION_CODE_RE = re.compile(r"^\d{2}$")
WHOLE_COMMUNE = "0000"  # IRIS suffix of a commune non irisée
_INTEGER_LIKE_RE = re.compile(r"^\d{1,9}(?:\.0+)?$")


def _text(value):
    """``value`` as stripped upper-case text; ``None`` when empty; ints and integral floats as digits."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if not value.is_integer():
            raise ValueError(value)
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueError(value)
        return str(value)
    text = str(value).strip().upper()
    return text or None


def normalize_iris_code(value):
    """The 9-character IRIS code of ``value``, ``None`` when empty, or ``ValueError``.

    Integers lost their leading zero (``31850101`` → ``031850101``); Corsica keeps ``2A``/``2B``.
    """
    text = _text(value)
    if text is None:
        return None
    if _INTEGER_LIKE_RE.match(text):
        digits = str(int(float(text)))
        if len(digits) not in (8, 9):  # an IRIS code that lost its leading zero has 8 digits
            raise ValueError(value)
        text = digits.zfill(9)
    if not IRIS_CODE_RE.match(text) or text[:2] in ("00", "20"):
        raise ValueError(value)
    return text


def normalize_qpv_code(value):
    text = _text(value)
    if text is None:
        return None
    if not QPV_CODE_RE.match(text):
        raise ValueError(value)
    return text


def normalize_epci_code(value):
    text = _text(value)
    if text is None:
        return None
    if _INTEGER_LIKE_RE.match(text):
        text = str(int(float(text)))
    if not EPCI_CODE_RE.match(text):
        raise ValueError(value)
    return text


def normalize_sector_code(value):
    return _text(value)


def normalize_departement_code(value):
    """``03`` for 3 or « 3 », ``2A``, ``971``; a commune or any longer code is a ``ValueError``."""
    text = _text(value)
    if text is None:
        return None
    if _INTEGER_LIKE_RE.match(text):
        number = int(float(text))
        text = "{:02d}".format(number) if number < 100 else str(number)
    if not DEPARTEMENT_CODE_RE.match(text):
        raise ValueError(value)
    return text


def normalize_region_code(value):
    text = _text(value)
    if text is None:
        return None
    if _INTEGER_LIKE_RE.match(text):
        text = "{:02d}".format(int(float(text)))
    if not REGION_CODE_RE.match(text):
        raise ValueError(value)
    return text


@dataclass(frozen=True)
class Level:
    key: str
    label: str  # French, singular
    plural: str  # French
    length: str  # how a code is written, for messages
    normalize: object
    pattern: object = None

    def is_code(self, value):
        try:
            return self.normalize(value) is not None
        except ValueError:
            return False


COMMUNE = Level("commune", "commune", "communes", "5 caractères", normalize_commune_code, COMMUNE_CODE_RE)
IRIS = Level("iris", "IRIS", "IRIS", "9 caractères : code commune + 4 chiffres", normalize_iris_code, IRIS_CODE_RE)
QPV = Level("qpv", "quartier prioritaire", "quartiers prioritaires", "QP ou QN + 6 caractères", normalize_qpv_code)
EPCI = Level("epci", "EPCI", "EPCI", "SIREN à 9 chiffres", normalize_epci_code, EPCI_CODE_RE)
SECTOR = Level("secteur", "secteur", "secteurs", "texte libre", normalize_sector_code)
DEPARTEMENT = Level(
    "departement",
    "département",
    "départements",
    "2 caractères (3 pour l'outre-mer)",
    normalize_departement_code,
    DEPARTEMENT_CODE_RE,
)
REGION = Level("region", "région", "régions", "2 chiffres", normalize_region_code, REGION_CODE_RE)
LEVELS = {level.key: level for level in (COMMUNE, IRIS, QPV, EPCI, SECTOR, DEPARTEMENT, REGION)}
# Told apart by their codes (EPCI, sectors and régions are chosen). Départements first, on codes as
# written: « 01 » is also read as commune « 00001 », and no commune code has fewer than 4 digits.
DETECTED = (COMMUNE, IRIS, QPV)


def level_named(key):
    try:
        return LEVELS[str(key).strip().lower()]
    except KeyError:
        raise ValueError("Niveau géographique « {} » inconnu (niveaux : {})".format(key, ", ".join(LEVELS))) from None


def share_of(level, values, strict=False):
    """Share of the non-empty ``values`` that are codes of ``level`` (0 when none is filled).

    ``strict``: written in full (``03001``, not ``3001``), to pick a code column among others."""
    filled = [value for value in values if _filled(value)]
    if not filled:
        return 0.0
    if strict and level.pattern is not None:
        return sum(bool(level.pattern.match(str(value).strip())) for value in filled) / len(filled)
    return sum(level.is_code(value) for value in filled) / len(filled)


def _filled(value):
    if value is None:
        return False
    if isinstance(value, float) and value != value:
        return False
    return str(value).strip() != ""


def detect_level(values, sample=500):
    """The level whose codes make at least 90 % of ``values`` (a sample), or ``None``.

    A 9-digit code may be an IRIS or an EPCI SIREN: EPCI are never detected, only chosen; IRIS codes
    never start with ``20`` (Corsica is ``2A``/``2B``), as the SIREN of recent EPCI (``200…``) do."""
    values = [value for value in list(values)[:sample] if _filled(value)]
    if not values:
        return None
    short = [value for value in values if len(_text(value) or "") <= 3]
    if len(short) >= 0.9 * len(values) and share_of(DEPARTEMENT, short) >= 0.9:
        return DEPARTEMENT
    for level in DETECTED:
        if share_of(level, values) >= 0.9:
            return level
    return None


def commune_of_iris(code):
    """Commune code of an IRIS code."""
    return code[:5]


def is_whole_commune(code):
    return code.endswith(WHOLE_COMMUNE)


def level_mismatch_message(table_level, layer_level, examples):
    """French explanation of a table of one level joined to polygons of another."""
    listed = ", ".join("« {} »".format(example) for example in examples[:5])
    if table_level is COMMUNE and layer_level is IRIS:
        return (
            "La table est au niveau commune (codes à 5 caractères : {}) et la couche au niveau IRIS : une valeur "
            "communale ne se répartit pas entre les IRIS. Joignez-la à la couche des communes, ou donnez une table "
            "par IRIS (codes à 9 caractères)".format(listed)
        )
    if table_level is IRIS and layer_level is COMMUNE:
        return (
            "La table est au niveau IRIS (codes à 9 caractères : {}) et la couche au niveau commune. Joignez-la à "
            "la couche des IRIS puis regroupez les IRIS par commune (abs:aggregateterritories, champ du code "
            "commune), ou choisissez « additionner les IRIS dans leur commune »".format(listed)
        )
    return "La table est au niveau {} ({}) et la couche au niveau {} : niveaux incompatibles".format(
        table_level.label, listed, layer_level.label
    )
