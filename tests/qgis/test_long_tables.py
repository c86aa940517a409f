"""INSEE's long tables (Melodi layout) through abs:joinindicators and « Produire l'ABS », in real
QGIS (issue 17, part 4). The long files are built at run time from the real census age table of
../shared; expected values are computed here from that raw file."""

import csv

import openpyxl
import pytest
from qgis.core import QgsVectorLayer

from tests.paths import sample, shared
from tests.realdata import CENSUS_AGES, SDMX_AGE_BANDS, read_rows

SEXES = ("_T", "F")  # women: the prepared file has no band by sex, its total is written under F too


def write_long_census(path, codes=None, missing=True):
    """One row per commune × sex × age (bands and total) × year, GEO written « 2025-COM-63113 »,
    two rows of the département level; with ``missing``, the first commune's 2022 total is missing
    at the source (OBS_STATUS O, no value)."""
    rows = [row for row in read_rows(CENSUS_AGES) if codes is None or row["codgeo"] in codes]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(["GEO", "GEO_OBJECT", "RP_MEASURE", "SEX", "AGE", "OBS_STATUS", "TIME_PERIOD", "OBS_VALUE"])
        for position, row in enumerate(rows):
            for year in ("2022", "2016"):
                if missing and position == 0 and year == "2022":
                    writer.writerow(["2025-COM-" + row["codgeo"], "COM", "POP", "_T", "_T", "O", year, ""])
                else:
                    total = row["population_{}".format(year)]
                    writer.writerow(["2025-COM-" + row["codgeo"], "COM", "POP", "_T", "_T", "A", year, total])
                for band, age in SDMX_AGE_BANDS.items():
                    for sex in SEXES:
                        value = row["{}_{}".format(band, year)]
                        writer.writerow(["2025-COM-" + row["codgeo"], "COM", "POP", sex, age, "A", year, value])
        writer.writerow(["2025-DEP-63", "DEP", "POP", "_T", "Y_GE90", "A", "2022", "12"])
        writer.writerow(["2025-DEP-03", "DEP", "POP", "_T", "Y_GE90", "A", "2022", "10"])
    return rows


def test_long_census_joined_to_780_communes_nothing_lost(run_alg, tmp_path):
    path = tmp_path / "DS_RP_POPULATION_PRINC_data.csv"
    rows = write_long_census(path)
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(path),
            "DIMENSIONS": "SEX=_T",
            "OUTPUT": str(tmp_path / "joined.gpkg"),
            "UNMATCHED": str(tmp_path / "unmatched.csv"),
        },
    )
    assert result["ROWS_JOINED"] == len(rows) == 780
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"] and result["ROWS_REJECTED"] == 2
    log = result["_log"]
    assert "Table longue (une ligne par observation)" in log and "territoires (COM)" in log
    assert "lignes écartées par les dimensions gardées : SEX = F ({})".format(len(rows) * 14) in log
    with open(tmp_path / "unmatched.csv", encoding="utf-8") as handle:
        unmatched = list(csv.DictReader(handle))
    assert sorted(row["code_lu"] for row in unmatched) == ["2025-DEP-03", "2025-DEP-63"]
    assert all("niveau DEP" in row["motif"] for row in unmatched)
    joined = QgsVectorLayer(str(tmp_path / "joined.gpkg"), "joined", "ogr")
    expected = {row["codgeo"]: row for row in rows}
    assert joined.featureCount() == 780
    for feature in joined.getFeatures():
        row = expected[feature["DEPCOM"]]
        assert feature["P22_POP7589"] == pytest.approx(float(row["pop_75_89_2022"]))
        assert feature["P16_POP0014"] == pytest.approx(float(row["pop_0_14_2016"]))
    first = next(joined.getFeatures("\"DEPCOM\" = '{}'".format(rows[0]["codgeo"])))
    assert "P22_POP: valeur manquante à la source (OBS_STATUS = O)" in first["abs_marques"]


def test_project_source_in_long_layout_gives_the_share_of_75_and_over(plugin, tmp_path):
    import processing

    communes = QgsVectorLayer(str(sample("communes.gpkg")), "communes", "ogr")
    codes = {feature["DEPCOM"] for feature in communes.getFeatures()}
    long_path = tmp_path / "ages_long.csv"
    rows = write_long_census(long_path, codes, missing=False)
    project = tmp_path / "projet.yaml"
    project.write_text(
        "\n".join(
            (
                "projet:",
                '  nom: "ABS sur table longue"',
                "  territoire:",
                "    communes: {}".format(sample("communes.gpkg")),
                "    champ_code: DEPCOM",
                "  sources:",
                "    - table: {}".format(long_path),
                '      libelle: "INSEE, RP (table longue)"',
                "      dimensions: {SEX: _T}",
                "  indicateurs: [part_75_plus, part_60_plus]",
                "  document:",
                "    pdf: false",
                "  sortie: {}".format(tmp_path / "resultats"),
            )
        )
        + "\n",
        encoding="utf-8",
    )
    processing.run("abs:runproject", {"PROJECT": str(project)})
    sheet = openpyxl.load_workbook(tmp_path / "resultats" / "portrait_social.xlsx")["Vieillissement"]
    table = list(sheet.iter_rows(values_only=True))
    header = next(row for row in table if row[0] == "Niveau")
    column = header.index("Part des 75 ans et plus (%), RP 2022")
    shares = {row[1]: row[column] for row in table if row[0] == "commune"}
    assert len(shares) == len(rows) == 58
    for row in rows:
        old = float(row["pop_75_89_2022"]) + float(row["pop_90_plus_2022"])
        assert shares[row["codgeo"]] == pytest.approx(100 * old / float(row["population_2022"]))
