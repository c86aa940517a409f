"""Independent readings of the real files of ../shared/data (csv module only, no abs_qgis code)."""

import csv

from tests.paths import shared

CENSUS_AGES = "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv"
# The age bands of that prepared census file → the SDMX codes of INSEE's long census tables.
SDMX_AGE_BANDS = {
    "pop_0_14": "Y_LT15",
    "pop_15_29": "Y15T29",
    "pop_30_44": "Y30T44",
    "pop_45_59": "Y45T59",
    "pop_60_74": "Y60T74",
    "pop_75_89": "Y75T89",
    "pop_90_plus": "Y_GE90",
}


def read_rows(relative, encoding="utf-8-sig"):
    with open(shared(relative), encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def passage_2025():
    return {
        row["DEPCOM_HIST"]: row["DEPCOM"] for row in read_rows("cog/cogiter_table_passage_com_historique_cog2025.csv")
    }


def communes_2025():
    """Codes of the COG 2025 communes (from the COG table, not from the geometry)."""
    return [row["DEPCOM"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")]


def number(text):
    return float(text) if text.strip() else None
