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


def test_pyramid_from_men_and_women_bands():
    """INSEE's sex-by-age columns (P22_H0014 … P22_F90P), numbers written by hand."""
    from abs_qgis.core.age_structure import age_pyramid

    values = {"P22_H0014": 120.0, "P22_H1564": 400.0, "P22_H65P": 90.0}
    values.update({"P22_F0014": 110.0, "P22_F1564": 390.0, "P22_F65P": 130.0})
    values.update({"P16_H0014": 100.0, "P16_H15P": 500.0, "P16_F0014": 95.0, "P16_F15P": 505.0})
    values["P22_POP0014"] = 230.0  # both sexes: not part of the pyramid
    assert age_pyramid(values) == (
        2022,
        [("0-14 ans", 120.0, 110.0), ("15-64 ans", 400.0, 390.0), ("65 ans et plus", 90.0, 130.0)],
    )
    values["P22_F65P"] = None  # the latest year incomplete: the previous complete one
    assert age_pyramid(values) == (2016, [("0-14 ans", 100.0, 95.0), ("15 ans et plus", 500.0, 505.0)])
    assert age_pyramid({"P22_POP0014": 1.0, "P22_POP15P": 2.0}) is None  # no sex split: no pyramid
