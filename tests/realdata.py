"""Independent readings of the real files of ../shared/data (csv module only, no abs_qgis code)."""

import csv

from tests.paths import shared


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
