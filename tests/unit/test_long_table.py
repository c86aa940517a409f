"""INSEE's long tables (Melodi: GEO, GEO_OBJECT, dimensions, TIME_PERIOD, OBS_VALUE, OBS_STATUS,
CONF_STATUS) pivoted to wide columns (issue 17, part 4). The long files are built at run time, in
the layout of INSEE's downloads, from the real census 2022/2016/2011 age table and the real
Filosofi 2016 files of ../shared; the expected values are read from those raw files here."""

import csv
import math

import pytest

from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.long_names import age_suffix, insee_name
from abs_qgis.core.long_table import is_long_table, parse_keep, pivot_long_table
from abs_qgis.core.published import read_published
from abs_qgis.core.tables import read_table
from abs_qgis.core.values import SECRET_MARKERS
from tests.realdata import CENSUS_AGES, SDMX_AGE_BANDS, read_rows

FILOSOFI_COM = "filosofi/filosofi_com_2016.csv"
FILOSOFI_EPCI = "filosofi/filosofi_epci_2016.csv"
HEADER = ["GEO", "GEO_OBJECT", "RP_MEASURE", "SEX", "AGE", "FREQ", "OBS_STATUS", "TIME_PERIOD", "OBS_VALUE"]


def _geo(code, position):
    """The three ways INSEE writes a territory: plain, with its level, with the geography year."""
    return (code, "COM-" + code, "2025-COM-" + code)[position % 3]


def _census_long(path, departement="03"):
    """The census age bands of one département, one row per commune × band × year, plus the
    département's own rows (another level) and a missing observation written with status O."""
    rows = [row for row in read_rows(CENSUS_AGES) if row["codgeo"][:2] == departement]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(HEADER)
        for position, row in enumerate(rows):
            for year in ("2022", "2016", "2011"):
                for band, age in SDMX_AGE_BANDS.items():
                    value = row["{}_{}".format(band, year)]
                    writer.writerow([_geo(row["codgeo"], position), "COM", "POP", "_T", age, "A", "A", year, value])
        writer.writerow([departement, "DEP", "POP", "_T", "Y_GE90", "A", "A", "2022", "1"])
        writer.writerow([rows[0]["codgeo"], "COM", "POP", "_T", "_T", "A", "O", "2022", ""])
    return rows


def test_census_long_table_becomes_insee_wide_columns(tmp_path):
    path = tmp_path / "DS_RP_POPULATION_PRINC_data.csv"
    rows = _census_long(path)
    raw = read_table(path)
    assert is_long_table(raw.frame)
    pivot = pivot_long_table(raw, "commune")
    wide = pivot.table.frame
    assert pivot.level_object == "COM" and pivot.years == [2011, 2016, 2022]
    assert pivot.other_levels == {"DEP": 1} and len(pivot.listed) == 1 and "niveau DEP" in pivot.listed[0][2]
    assert len(wide) == len(rows)
    for year in ("22", "16", "11"):
        for name in ("P{}_POP0014", "P{}_POP1529", "P{}_POP7589", "P{}_POP90P"):
            assert name.format(year) in wide.columns
    assert pivot.rows_read == len(rows) * 21 + 2
    by_code = wide.set_index("CODGEO")
    for row in rows:
        assert float(by_code.loc[row["codgeo"], "P22_POP7589"]) == float(row["pop_75_89_2022"])
        assert float(by_code.loc[row["codgeo"], "P11_POP0014"]) == float(row["pop_0_14_2011"])
    # The missing total (OBS_STATUS O) is a marker with its reason; the others have no row at all.
    first = rows[0]["codgeo"]
    assert "OBS_STATUS = O" in by_code.loc[first, "P22_POP"]
    assert "absente" in by_code.loc[rows[1]["codgeo"], "P22_POP"]


def test_pivoted_census_joins_and_gives_the_share_of_75_and_over(tmp_path):
    path = tmp_path / "ages_long.csv"
    rows = _census_long(path)
    pivot = pivot_long_table(read_table(path), "commune")
    result = join_table(pivot.table, [row["codgeo"] for row in rows])
    names = [column.name for column in result.columns]
    assert result.rows_read == len(rows) == result.rows_joined
    for row in rows:
        values = dict(zip(names, result.values[row["codgeo"]]))
        population = sum(float(row["{}_2022".format(band)]) for band in SDMX_AGE_BANDS)
        share = 100 * (float(row["pop_75_89_2022"]) + float(row["pop_90_plus_2022"])) / population
        bands = ("P22_POP0014", "P22_POP1529", "P22_POP3044", "P22_POP4559", "P22_POP6074", "P22_POP7589", "P22_POP90P")
        computed = 100 * (values["P22_POP7589"] + values["P22_POP90P"]) / sum(values[name] for name in bands)
        assert computed == pytest.approx(share)
    first = dict(zip(names, result.values[rows[0]["codgeo"]]))
    assert first["P22_POP"] is None or math.isnan(first["P22_POP"])
    assert "OBS_STATUS = O" in result.markers[rows[0]["codgeo"]]


def _filosofi_long(path):
    """Filosofi 2016 of the Allier's communes and of every EPCI, long: MED_SL, PR_MD60, NUM_HH;
    an empty poverty rate of the raw file is a confidential observation (CONF_STATUS C, value 0)."""
    communes = [row for row in read_rows(FILOSOFI_COM) if row["CODGEO"][:2] == "03"]
    epci = list(read_rows(FILOSOFI_EPCI))
    header = ["GEO", "GEO_OBJECT", "FILOSOFI_MEASURE", "UNIT_MEASURE", "UNIT_MULT", "CONF_STATUS", "OBS_STATUS",
              "TIME_PERIOD", "OBS_VALUE"]  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for level, rows in (("COM", communes), ("EPCI", epci)):
            for row in rows:
                for measure, column in (("MED_SL", "MED16"), ("PR_MD60", "TP6016"), ("NUM_HH", "NBMENFISC16")):
                    value = row.get(column, "")
                    secret = value in ("", "NA")
                    cells = ["C", "A", "2016", "0"] if secret else ["F", "A", "2016", value.replace(".", ",")]
                    writer.writerow([row["CODGEO"], level, measure, "EUR", "0"] + cells)
    return communes, epci


def test_filosofi_long_table_keeps_the_secret_as_markers_at_each_level(tmp_path):
    path = tmp_path / "filosofi_long.csv"
    communes, epci = _filosofi_long(path)
    raw = read_table(path)
    pivot = pivot_long_table(raw, "commune")
    wide = pivot.table.frame.set_index("CODGEO")
    assert sorted(wide.columns) == ["MED16", "NBMENFISC16", "TP6016"]
    assert len(wide) == len(communes) and pivot.other_levels == {"EPCI": 3 * len(epci)}
    secret = [row for row in communes if row["TP6016"] in ("", "NA")]
    assert secret, "the Allier has communes whose poverty rate is secret"
    for row in secret:
        assert wide.loc[row["CODGEO"], "TP6016"].lower() in SECRET_MARKERS  # never the 0 of the file
    for row in communes:
        if row["MED16"] not in ("", "NA"):
            assert wide.loc[row["CODGEO"], "MED16"] == pytest.approx(float(row["MED16"]))
    by_epci = pivot_long_table(read_table(path), "epci").table.frame.set_index("CODGEO")
    assert len(by_epci) == len(epci)
    for row in epci[:50]:
        if row["MED16"] not in ("", "NA"):
            assert by_epci.loc[row["CODGEO"], "MED16"] == pytest.approx(float(row["MED16"]))


def test_published_values_read_from_the_epci_rows_of_a_long_file(tmp_path):
    path = tmp_path / "filosofi_long.csv"
    _communes, epci = _filosofi_long(path)
    table = read_published(read_table(path), "EPCI", "Filosofi 2016 (table longue)")
    assert len(table.rows) == len(epci)
    for row in epci:
        for column in ("MED16", "TP6016"):
            value = table.rows[row["CODGEO"]][column]
            if row[column] in ("", "NA"):
                assert math.isnan(value)  # secret at the source, never the 0 the long file holds
            else:
                assert value == pytest.approx(float(row[column]))


def test_dimensions_kept_make_fewer_columns_and_left_out_rows_are_counted(tmp_path):
    path = tmp_path / "ages_long.csv"
    rows = _census_long(path)
    keep = parse_keep("AGE=Y75T89,Y_GE90; SEX=_T")
    pivot = pivot_long_table(read_table(path), "commune", keep)
    assert sorted(c for c in pivot.table.frame.columns if c != "CODGEO") == sorted(
        "P{}_POP{}".format(year, band) for year in ("22", "16", "11") for band in ("7589", "90P")
    )
    assert sum(pivot.left_out.values()) == len(rows) * 15 + 1  # five bands × three years, and the total
    with pytest.raises(AbsError, match="Dimension à garder « COUPLE » absente"):
        pivot_long_table(read_table(path), "commune", parse_keep("COUPLE=1"))


def test_a_level_absent_and_two_values_for_one_observation_are_refused(tmp_path):
    path = tmp_path / "ages_long.csv"
    _census_long(path)
    with pytest.raises(AbsError, match="aucun territoire de niveau IRIS .*COM"):
        pivot_long_table(read_table(path), "iris")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('"03001";"COM";"POP";"_T";"Y_GE90";"A";"A";"2022";"999"\n')
    with pytest.raises(AbsError) as error:
        pivot_long_table(read_table(path), "commune")
    assert "deux valeurs pour 03001 en P22_POP90P" in str(error.value) and "ages_long.csv" in str(error.value)


def test_names_follow_insee_and_fall_back_to_codes():
    assert age_suffix("Y_LT15") == "0014" and age_suffix("Y_GE75") == "75P" and age_suffix("Y20T59") == "2059"
    assert insee_name("RP_MEASURE", "POP", {"SEX": "F", "AGE": "Y_GE75"}, "2022") == "P22_F75P"
    assert insee_name("RP_MEASURE", "POP", {"SEX": "M", "AGE": "_T"}, "2022") == "P22_POPH"
    assert insee_name("FILOSOFI_MEASURE", "PR_MD60", {}, "2021") == "TP6021"
    assert insee_name("POPREF_MEASURE", "PMUN", {}, "2023") == "PMUN23"
    assert insee_name("FILOSOFI_MEASURE", "PR_MD60", {"AGE": "Y_LT30"}, "2021") is None  # not a total
