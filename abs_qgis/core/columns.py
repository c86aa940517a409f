"""Which numeric columns are counts (stocks, summable) and which are not (rates, medians…).

The indicator catalogue declares it when it knows a column; otherwise the name decides, and
conservatively: only names that are clearly counts in INSEE / CAF conventions are summed.
"""

import re

# INSEE census counts (P18_POP, C18_MEN…), births/deaths, Filosofi household counts,
# establishments, areas, and explicit population columns.
COUNT_PATTERNS = [
    r"^[PC]\d{2}_",  # census counts, principal or complementary exploitation
    r"^(NAIS|DECE)",  # births, deaths (état civil)
    r"^NB(MEN|PERS)",  # Filosofi: fiscal households / persons
    r"^SUPERF$",
    r"^AREA$",
    r"^ET[A-Z0-9]*\d{2}$",  # establishments (ETTOT18, ETAZ18…)
    r"^(POP|POPULATION)(_|\d|$)",
    r"^POP\d",
    r"(^|_)(NB|NOMBRE|EFFECTIF|PLACES|CAPACITE|ALLOCATAIRES)(_|$)",
    r"^BPE_[A-G]\d{3}$",  # facilities of the BPE by type (core.bpe: BPE_D401…)
]
# The INSEE/Cnaf "Données CAF par IRIS" files: allocataires (A), personnes couvertes, family types,
# children by age, and allocataires of each benefit (AAH, RSA socle, APL, prime d'activité…).
CNAF_COUNTS = {
    "A",
    "PERCOU",
    "AI",
    "AM",
    "ACSSENF",
    "ACAVENF",
    "AC3ENF",
    "ENF",
    "ENF_2",
    "ENF_3_5",
    "ENF_6_10",
    "ENF_11_14",
    "ENF_15_17",
    "ENF_18_24",
    "A_ETUD",
    "A_NETUD_24",
    "AAL",
    "AAPL",
    "AAAH",
    "APPA",
    "ARSAS",
    "APRES50",
    "APRES100",
}
NOT_COUNT_PATTERNS = [
    r"(^|_)(PCT|TAUX|TX|PART|MED|MEDIANE|MOY|MOYENNE|RATIO|INDICE|IND|RAPPORT|DENS|DENSITE)(_|$|\d)",
    r"^(MED|TP\d|PIMP|D[19]\d|RD\d|PACT|PTSA|PCHO|PBEN|PPEN|PPAT|PPSOC|PPFAM|PPMINI|PPLOGT|PIMPOT)",
]


def is_count_column(name, declared_counts=(), declared_not_counts=()):
    """True when ``name`` may be summed across communes."""
    if name in declared_counts:
        return True
    if name in declared_not_counts:
        return False
    upper = name.upper()
    if upper in CNAF_COUNTS:
        return True
    if any(re.search(pattern, upper) for pattern in NOT_COUNT_PATTERNS):
        return False
    return any(re.search(pattern, upper) for pattern in COUNT_PATTERNS)
