"""The BPE « ensemble » file made one row per territory: counts summed over a commune's IRIS rows,
absent types 0, IRIS codes without their « _ », unreadable rows listed, one year per file.
Expected values come from the raw file read here with the csv module."""

import gzip
import io
from collections import defaultdict

import pytest

from abs_qgis.core.bpe import bpe_by_territory, is_bpe_table, zero_fill
from abs_qgis.core.errors import AbsError
from abs_qgis.core.tables import read_table
from tests.paths import shared
from tests.realdata import read_rows

BPE = "bpe/bpe_ens_2018_63_03.csv"


def _counts(rows, key):
    counts = defaultdict(float)
    for row in rows:
        counts[(key(row), row["TYPEQU"])] += float(row["NB_EQUIP"])
    return counts


def test_counts_by_commune_are_sums_of_the_iris_rows():
    rows = read_rows(BPE)
    expected = _counts(rows, lambda row: row["DEPCOM"])
    bpe = bpe_by_territory(read_table(shared(BPE)))
    frame = bpe.table.frame.set_index("CODGEO")
    assert bpe.years == [2018] and bpe.rows_read == len(rows) and not bpe.listed
    assert len(frame) == len({row["DEPCOM"] for row in rows})
    for (code, kind), count in expected.items():
        assert frame.loc[code, "BPE_" + kind] == count
    # A type absent from a commune of the file is a true 0, never missing.
    assert frame.loc["63003", "BPE_D605"] == expected.get(("63003", "D605"), 0.0)
    assert (frame.to_numpy() != None).all()  # noqa: E711 (object cells)
    # The README's totals for the 63 and the 03 (hébergement des personnes âgées, crèches).
    assert sum(frame.loc[c, "BPE_D401"] for c in frame.index if c[:2] == "63") == 116
    assert sum(frame.loc[c, "BPE_D502"] for c in frame.index if c[:2] == "03") == 42


def test_counts_by_iris():
    rows = read_rows(BPE)
    expected = _counts(
        rows, lambda row: row["DCIRIS"].replace("_", "") if len(row["DCIRIS"]) > 5 else row["DCIRIS"] + "0000"
    )
    frame = bpe_by_territory(read_table(shared(BPE)), "iris").table.frame.set_index("CODGEO")
    assert all(len(code) == 9 for code in frame.index)
    for (code, kind), count in expected.items():
        assert frame.loc[code, "BPE_" + kind] == count


def _table(tmp_path, text):
    path = tmp_path / "bpe.csv"
    path.write_text(text, encoding="utf-8")
    return read_table(path)


def test_unreadable_and_negative_counts_are_listed_with_their_line(tmp_path):
    raw = _table(
        tmp_path,
        "REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP\n"
        "84;63;63003;63003;2018;D401;1\n"
        "84;63;63003;63003;2018;D502;abc\n"
        "84;63;63010;63010;2018;D401;-2\n"
        "84;63;;;2018;D401;1\n",
    )
    assert is_bpe_table(raw.frame)
    bpe = bpe_by_territory(raw)
    assert [line for line, _code, _reason in bpe.listed] == [3, 4, 5]
    assert "NB_EQUIP" in bpe.listed[0][2] and "abc" in bpe.listed[0][2]
    assert bpe.listed[2][2] == "code de commune vide"
    assert list(bpe.table.frame["CODGEO"]) == ["63003"]


def test_one_year_per_file(tmp_path):
    raw = _table(tmp_path, "DEPCOM;AN;TYPEQU;NB_EQUIP\n63003;2018;D401;1\n63003;2019;D401;1\n")
    with pytest.raises(AbsError, match="plusieurs années.*2018, 2019"):
        bpe_by_territory(raw)


def test_a_commune_without_any_row_has_no_facility():
    values = {"63003": [1.0, "x"]}
    filled = zero_fill(values, ["BPE_D401", "NOM"], ["63003", "63087"])
    assert filled == ["63087"] and values["63087"] == [0.0, None]


def test_the_whole_france_file_reads_as_a_bpe_table():
    with gzip.open(shared("bpe/bpe_ens_2018.csv.gz"), "rt", encoding="utf-8") as handle:
        head = "".join(next(handle) for _ in range(50))
    import pandas as pd

    assert is_bpe_table(pd.read_csv(io.StringIO(head), sep=";", dtype=str))
