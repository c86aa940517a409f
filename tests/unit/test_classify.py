"""Q6 and fixed breaks, checked against Python's statistics module (type-7 quantiles)."""

import statistics

import pytest

from abs_qgis.core.classify import fixed_bounds, q6_bounds
from abs_qgis.core.errors import AbsError
from tests.realdata import read_rows


def test_q6_on_real_densities():
    rows = [r for r in read_rows("population/base_cc_comparateur.CSV") if r["CODGEO"].startswith("63")]
    densities = [float(r["P18_POP"]) / float(r["SUPERF"]) for r in rows]
    cuts = statistics.quantiles(densities, n=20, method="inclusive")  # 5 %, 10 %, …, 95 %
    expected = [min(densities), cuts[0], cuts[4], cuts[9], cuts[14], cuts[18], max(densities)]
    assert q6_bounds(densities + [None, float("nan")]) == pytest.approx(expected)


def test_fixed_breaks():
    assert fixed_bounds("10; 20;30", [5.0, 12.0, 40.0]) == [5.0, 10.0, 20.0, 30.0, 40.0]
    # Breaks outside the data widen the first / last class: one class from 2,5 to 50 here.
    assert fixed_bounds("2,5;50", [5.0, 12.0]) == [2.5, 50.0]
    with pytest.raises(AbsError, match="illisible"):
        fixed_bounds("10;vingt", [1.0])
    with pytest.raises(AbsError, match="croissants"):
        fixed_bounds("20;10", [1.0])
