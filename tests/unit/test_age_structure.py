"""Age structure by census year, from INSEE's age-band names, on the real RP 2022/2016/2011 file."""

import pytest

from abs_qgis.core.age_structure import age_columns, age_structure
from tests.realdata import read_rows

BANDS = {"0_14": "0014", "15_29": "1529", "30_44": "3044", "45_59": "4559", "60_74": "6074", "75_89": "7589"}


def insee_names(row):
    """The row under INSEE's names (P22_POP0014…), as the file's source, base-cc-evol-struct-pop, has them."""
    values = {}
    for year in ("2022", "2016", "2011"):
        for ours, insee in BANDS.items():
            values["P{}_POP{}".format(year[2:], insee)] = float(row["pop_{}_{}".format(ours, year)])
        values["P{}_POP90P".format(year[2:])] = float(row["pop_90_plus_{}".format(year)])
        values["P{}_POP".format(year[2:])] = float(row["population_{}".format(year)])
    return values


def test_structure_of_ambert_2011_2016_2022():
    row = next(
        r
        for r in read_rows("population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv")
        if r["codgeo"] == "63003"
    )
    values = insee_names(row)
    values["P22_POP0019"] = 999.0  # an overlapping band, as INSEE files have: not in the partition
    values["P22_POP65P"] = 999.0
    structure = age_structure(values)
    assert [year for year, _bands in structure] == [2011, 2016, 2022]
    year, bands = structure[-1]
    assert [label for label, _c, _s in bands] == [
        "0-14 ans",
        "15-29 ans",
        "30-44 ans",
        "45-59 ans",
        "60-74 ans",
        "75-89 ans",
        "90 ans et plus",
    ]
    total = sum(float(row["pop_{}_2022".format(b)]) for b in BANDS) + float(row["pop_90_plus_2022"])
    assert bands[5][1] == float(row["pop_75_89_2022"])
    assert bands[5][2] == pytest.approx(100 * float(row["pop_75_89_2022"]) / total)
    assert sum(share for _l, _c, share in bands) == pytest.approx(100)


def test_incomplete_year_and_no_bands():
    assert age_structure({"P18_POP": 1200.0}) == []
    assert age_columns(["P22_POP0014", "P22_POP1529"]) == {}  # no open band: no partition
    values = {"P22_POP0014": 10.0, "P22_POP1564": 50.0, "P22_POP65P": 20.0, "P16_POP0014": None, "P16_POP15P": 70.0}
    assert [year for year, _b in age_structure(values)] == [2022]  # 2016 incomplete (and other bands)
