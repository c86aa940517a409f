"""The one-go numpy parse of plain numeric columns gives exactly what the general parse gives, on the
real INSEE files, and leaves every other column to the general parse."""

import numpy as np
import pandas as pd
import pytest

from abs_qgis.core import values
from abs_qgis.core.tables import read_table
from tests.paths import shared


@pytest.mark.parametrize("relative", ["population/base_cc_comparateur.CSV", "filosofi/cc_filosofi_2019_COM.CSV"])
def test_fast_parse_equals_the_general_one_on_real_files(relative, monkeypatch):
    frame = read_table(shared(relative)).frame.iloc[:, 1:]
    fast = {name: values.parse_number_column(frame[name]) for name in frame.columns}
    assert sum(values._plain_numbers(frame[name]) is not None for name in frame.columns) >= len(frame.columns) // 2
    monkeypatch.setattr(values, "_plain_numbers", lambda column: None)
    for name in frame.columns:
        general = values.parse_number_column(frame[name])
        assert np.array_equal(fast[name].values.to_numpy(), general.values.to_numpy(), equal_nan=True), name
        assert list(fast[name].markers) == list(general.markers), name
        assert fast[name].unreadable == general.unreadable, name


@pytest.mark.parametrize(
    "cells",
    [
        ["1", "s", "3"],  # a marker
        ["1,5", "2"],  # a decimal comma
        ["1 234", "5"],  # a thousands separator
        ["nan", "1"],  # text numpy would read as a number
        ["inf", "1"],
        ["1_000", "2"],
        [1.5, "2"],  # a number already typed (spreadsheets)
    ],
)
def test_anything_but_plain_numbers_goes_to_the_general_parse(cells):
    assert values._plain_numbers(pd.Series(cells, dtype=object)) is None


def test_plain_numbers_and_empty_cells():
    parsed = values._plain_numbers(pd.Series(["12", "", "353.73", "-4"], dtype=object))
    assert list(np.nan_to_num(parsed.values.to_numpy(), nan=-99)) == [12.0, -99, 353.73, -4.0]
    assert list(parsed.markers) == ["", values.MARKERS[""], "", ""] and parsed.unreadable == []
