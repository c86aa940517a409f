"""Names of the columns made from a long table: INSEE's wide names when the mapping is known.

A long table (Melodi) holds one row per territory × dimensions × year; pivoted, each combination
of dimension values and year becomes one column. When the combination is one INSEE also
publishes in its wide files, the column gets that name, so that the catalogue recognises it:

* census (``RP_MEASURE`` = POP, with ``SEX`` and ``AGE``): ``P22_POP``, ``P22_POPH``,
  ``P22_POP0014``, ``P22_POP75P``, ``P22_H1529``, ``P22_F90P``…;
* Filosofi (``FILOSOFI_MEASURE``): ``MED21`` (MED_SL), ``TP6021`` (PR_MD60), ``PIMP21``
  (S_HH_TAX), ``NBMENFISC21`` (NUM_HH)…;
* reference populations (``POPREF_MEASURE``): ``PMUN23``, ``PCAP23``, ``PTOT23``.

Any other combination is named from its codes (``FACILITIES_B201_2025``): the measure, then the
values of the dimensions that vary in the file, then the year.
"""

import re

TOTAL = "_T"
FILOSOFI = {
    "MED_SL": "MED",
    "PR_MD60": "TP60",
    "S_HH_TAX": "PIMP",
    "NUM_HH": "NBMENFISC",
    "NUM_PER": "NBPERSMENFISC",
    "D1_SL": "D1",
    "D9_SL": "D9",
    "IR_D9_D1_SL": "RD",
    "S_EI_DI": "PACT",
    "S_EI_DI_SAL": "PTSA",
    "S_EI_DI_UNE": "PCHO",
    "S_EI_DI_N_SAL": "PBEN",
    "S_RET_PEN_DI": "PPEN",
    "S_INC_ASS_DI": "PPAT",
    "S_SOC_BEN_DI": "PPSOC",
    "S_SOC_BEN_DI_FAM_BEN": "PPFAM",
    "S_SOC_BEN_DI_MIN_SOC": "PPMINI",
    "S_SOC_BEN_DI_HOU_BEN": "PPLOGT",
    "S_DIR_TAX_DI": "PIMPOT",
}
POPREF = {"PMUN": "PMUN", "PCAP": "PCAP", "PTOT": "PTOT"}
CENSUS_MEASURES = {"POP", "POPULATION"}
SEXES = {TOTAL: "POP", "T": "POP", "M": "H", "H": "H", "F": "F"}
AGE_BAND = re.compile(r"^Y(\d{1,3})T(\d{1,3})$")  # Y15T29
AGE_UNDER = re.compile(r"^Y_LT(\d{1,3})$")  # Y_LT15: 0-14
AGE_OVER = re.compile(r"^Y_GE(\d{1,3})$")  # Y_GE75: 75 and over
UNSAFE = re.compile(r"[^0-9A-Za-z_]+")
YEAR = re.compile(r"^(\d{4})$")


def age_suffix(code):
    """INSEE's age suffix of an SDMX age code (``Y15T29`` → ``1529``, ``Y_GE75`` → ``75P``,
    ``Y_LT15`` → ``0014``), ``""`` for the total, ``None`` when not an age band."""
    code = (code or "").strip().upper()
    if code in ("", TOTAL):
        return ""
    for pattern, build in (
        (AGE_BAND, lambda m: "{:02d}{:02d}".format(int(m.group(1)), int(m.group(2)))),
        (AGE_UNDER, lambda m: "00{:02d}".format(int(m.group(1)) - 1)),
        (AGE_OVER, lambda m: "{:02d}P".format(int(m.group(1)))),
    ):
        match = pattern.match(code)
        if match:
            return build(match)
    return None


def _two_digits(year):
    match = YEAR.match(str(year or "").strip())
    return match.group(1)[2:] if match else None


def _is_total(value):
    return (value or "").strip().upper() in ("", TOTAL, "T")


def insee_name(measure_column, measure, others, year):
    """INSEE's wide name of one combination, or ``None``: ``measure_column`` is the name of the
    measure dimension (``RP_MEASURE``…), ``others`` {dimension: value}, ``year`` as written."""
    aa = _two_digits(year)
    if aa is None:
        return None
    column, code = (measure_column or "").upper(), (measure or "").strip().upper()
    rest = {name.upper(): (value or "").strip().upper() for name, value in others.items()}
    if column == "FILOSOFI_MEASURE" and code in FILOSOFI and all(map(_is_total, rest.values())):
        return "{}{}".format(FILOSOFI[code], aa)
    if column == "POPREF_MEASURE" and code in POPREF and all(map(_is_total, rest.values())):
        return "{}{}".format(POPREF[code], aa)
    if column.startswith("RP") and code in CENSUS_MEASURES:
        return _census_name(rest, aa)
    return None


def _census_name(dimensions, aa):
    sex = SEXES.get(dimensions.pop("SEX", TOTAL) or TOTAL)
    age = age_suffix(dimensions.pop("AGE", TOTAL))
    if sex is None or age is None or not all(map(_is_total, dimensions.values())):
        return None
    if not age:
        return "P{}_POP".format(aa) + ("" if sex == "POP" else sex)
    return "P{}_{}{}".format(aa, sex, age)


def code_name(parts, year):
    """A column name made of the codes: ``parts`` (measure then varying dimensions) and the year."""
    words = [UNSAFE.sub("_", str(part).strip()).strip("_") for part in parts if str(part or "").strip()]
    if year not in (None, ""):
        words.append(UNSAFE.sub("_", str(year).strip()).strip("_"))
    return "_".join(word for word in words if word) or "VALEUR"
