"""IRIS level: codes, level detection, real CAF and census IRIS tables joined with nothing lost.

Expected values come from the raw files read with the csv module (tests.realdata), or from the
figures of ../shared/data/README.md."""

import csv
import gzip
from collections import defaultdict

import pytest

from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.levels import COMMUNE, IRIS, QPV, detect_level, normalize_iris_code
from abs_qgis.core.passage import read_passage
from abs_qgis.core.tables import read_table
from tests.paths import shared
from tests.realdata import communes_2025, read_rows

PTOD = "population/rp2022_age_iris_63_03_ptod.csv"
PTOD_FRANCE = "population/rp2022_age_iris_france_metro_ptod.csv.gz"
COMMUNES_2D = "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv"
CAF = "caf/data_CAF_{}_IRIS.csv"
CAF_2021 = "caf/inseecaf2021_iris_portrea.csv"
PASSAGE = "cog/cogiter_table_passage_com_historique_cog2025.csv"
NNBSP = "\u202f"


def _number(text):
    text = text.replace(NNBSP, "").strip()
    return float(text) if text else None


@pytest.fixture(scope="module")
def iris_63_03():
    """IRIS codes of the Allier and the Puy-de-Dôme (census 2022 geography)."""
    return [row["code"] for row in read_rows(PTOD)]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("031850101", "031850101"),
        (31850101, "031850101"),
        (31850101.0, "031850101"),
        (" 631130102 ", "631130102"),
        ("2a0040000", "2A0040000"),
        ("", None),
    ],
)
def test_iris_codes_are_normalised(raw, expected):
    assert normalize_iris_code(raw) == expected


@pytest.mark.parametrize("raw", ["03185", "3185", "0318501", "03185010100", "200070761", "ABCDEFGHI", 1.5])
def test_bad_iris_codes_are_refused(raw):
    with pytest.raises(ValueError):
        normalize_iris_code(raw)


def test_levels_are_detected_from_real_codes(iris_63_03):
    rows = read_rows(PTOD)
    assert detect_level(iris_63_03) is IRIS
    assert detect_level([row["COM"] for row in rows]) is COMMUNE
    assert detect_level(communes_2025()) is COMMUNE
    # QPV 2024 codes of the Allier (ANCT, listed in the data README).
    assert detect_level(["QN00301M", "QN00302I", "QN00303M", "QN00304M"]) is QPV
    # An EPCI SIREN is never taken for an IRIS code.
    assert detect_level(["200070761", "200071363", "200071496"]) is None


def test_caf_2016_onto_iris_nothing_lost(iris_63_03):
    """CAF 2016 (UTF-8 with BOM, U+202F thousands separators) onto the IRIS of 63/03."""
    rows = read_rows(CAF.format(2016))
    result = join_table(read_table(shared(CAF.format(2016))), iris_63_03, level=IRIS)
    layer = set(iris_63_03)
    joined = [row for row in rows if row["CODGEO"] in layer]
    assert result.rows_read == len(rows)
    assert result.rows_joined == len(joined) == 152  # README: 152 IRIS of 15 communes in 63/03
    assert result.rows_read == result.rows_joined + result.rows_rejected
    columns = [column.name for column in result.columns]
    for row in joined:
        values = result.values[row["CODGEO"]]
        for name in ("A", "PERCOU", "AAAH", "ARSAS"):
            assert values[columns.index(name)] == _number(row[name]), (row["CODGEO"], name)
    # Cells written with the narrow no-break space are read as numbers, not lost.
    spaced = [row for row in joined if NNBSP in row["PERCOU"]]
    assert spaced and all(result.values[row["CODGEO"]][columns.index("PERCOU")] > 999 for row in spaced)
    # Every other row is listed with its reason: outside the layer's communes.
    assert all("absente" in row.reason for row in result.rejected)


def test_caf_rows_suppressed_at_source_are_secret_not_zero(iris_63_03):
    rows = [row for row in read_rows(CAF.format(2016)) if row["CODGEO"] in set(iris_63_03)]
    flagged = [row for row in rows if row["NOTE"] != "0"]
    assert flagged, "the 63/03 extract of CAF 2016 must hold suppressed rows for this test"
    result = join_table(read_table(shared(CAF.format(2016))), iris_63_03, level=IRIS)
    assert result.flag_column == "NOTE"
    columns = [column.name for column in result.columns]
    for row in flagged:
        values = result.values[row["CODGEO"]]
        assert values[columns.index("A")] is None and values[columns.index("ARSAS")] is None
        assert "A: secret à la source (NOTE = {})".format(row["NOTE"]) in result.markers[row["CODGEO"]]
    published = [row for row in rows if row["NOTE"] == "0" and row["ARSAS"] == ""]
    for row in published:  # an empty cell of a published row stays an ordinary gap
        assert "ARSAS: vide" in result.markers[row["CODGEO"]]


def test_caf_2021_lower_case_quoted_totals(iris_63_03):
    """The 2021 file (quoted lower-case header): published sums of 63+03 from the README."""
    result = join_table(read_table(shared(CAF_2021)), iris_63_03, level=IRIS)
    columns = [column.name for column in result.columns]
    assert result.rows_joined == 186
    total = {name: sum(v[columns.index(name)] or 0 for v in result.values.values()) for name in ("a", "arsas", "aaah")}
    assert total == {"a": 119363, "arsas": 15113, "aaah": 10678}


def test_iris_sums_equal_the_commune_populations():
    """P22_POP of the IRIS summed into their commune = the commune population of 2d, except the
    communes nouvelles the IRIS file mis-aggregates (README 2e: 63109 covers 494 of 842)."""
    communes = {row["codgeo"]: float(row["population_2022"]) for row in read_rows(COMMUNES_2D)}
    iris_count = defaultdict(int)
    for row in read_rows(PTOD):
        iris_count[row["COM"]] += 1
    result = join_table(read_table(shared(PTOD)), list(communes), sum_iris=True)
    column = [c.name for c in result.columns].index("P22_POP")
    differences = {code: result.values[code][column] - population for code, population in communes.items()}
    assert result.rows_read == result.rows_joined + result.rows_rejected
    assert result.rows_rejected == 0
    # Both files round weighted counts to units: up to ½ per IRIS and ½ for the commune.
    wrong = sorted(code for code, d in differences.items() if abs(d) > 0.5 * (iris_count[code] + 1))
    assert wrong == ["63109"]
    assert sum(abs(d) > 0.5 for d in differences.values()) < 0.1 * len(communes)
    assert differences["63109"] == 494 - 842
    clermont = result.origin["63113"]
    assert clermont.startswith("somme de") and "IRIS" in clermont


def test_caf_iris_summed_into_communes(iris_63_03):
    """CAF 2021 summed into communes: a commune is the sum of its IRIS when all are published,
    NULL (« incomplet ») when one is suppressed — never the sum of what is left."""
    rows = read_rows(CAF_2021)
    by_commune = defaultdict(list)
    for row in rows:
        by_commune[row["iris_code"][:5]].append(row)
    communes = sorted({code[:5] for code in iris_63_03})
    result = join_table(read_table(shared(CAF_2021)), communes, sum_iris=True)
    column = [c.name for c in result.columns].index("arsas")
    checked = {"complete": 0, "incomplete": 0}
    for commune in communes:
        members = by_commune.get(commune)
        if not members:
            assert commune not in result.values
            continue
        cells = [row["arsas"] for row in members]
        if all(cell != "" for cell in cells):
            assert result.values[commune][column] == sum(float(cell) for cell in cells)
            checked["complete"] += 1
        else:
            assert result.values[commune][column] is None
            assert "arsas: incomplet" in result.markers[commune]
            checked["incomplete"] += 1
    assert checked["complete"] > 0 and checked["incomplete"] > 0


def test_level_mismatch_is_explained(iris_63_03):
    communes = sorted({code[:5] for code in iris_63_03})
    with pytest.raises(AbsError, match="niveau IRIS .* couche au niveau commune"):
        join_table(read_table(shared(CAF.format(2020))), communes)
    with pytest.raises(AbsError, match="niveau commune .* couche au niveau IRIS"):
        join_table(read_table(shared("population/base_cc_comparateur.CSV")), iris_63_03, level=IRIS)


def test_bad_iris_rows_are_listed(tmp_path, iris_63_03):
    """Wrong length, a commune code where an IRIS is expected: each row listed with its reason."""
    irisee = "631130102"  # Clermont-Ferrand, divided into IRIS
    whole = next(code for code in iris_63_03 if code.endswith("0000"))
    path = tmp_path / "iris.csv"
    path.write_text(
        "CODE_IRIS;NB\n{};10\n6311301;11\n63113;12\n{};13\n{};14\n".format(irisee, whole[:5], whole + "1"),
        encoding="utf-8",
    )
    result = join_table(read_table(path), iris_63_03, level=IRIS)
    assert result.rows_read == 5 and result.rows_joined == 2
    reasons = {row.raw_code: row.reason for row in result.rejected}
    assert reasons["6311301"].startswith("code invalide")
    assert "compte 42 IRIS" in reasons["63113"]
    assert reasons[whole + "1"].startswith("code invalide")
    assert result.origin[whole] == "code {} ramené à {}".format(whole[:5], whole)  # commune non irisée


def test_old_iris_of_merged_communes(iris_france):
    """CAF 2016 France onto the recent IRIS with the COG passage: IRIS of communes merged since
    2016 are not matched by guesswork; each is listed with the commune it merged into."""
    passage = read_passage(shared(PASSAGE))
    rows = read_rows(CAF.format(2016))
    result = join_table(read_table(shared(CAF.format(2016))), iris_france, level=IRIS, passage=passage)
    layer = set(iris_france)
    assert result.rows_read == result.rows_joined + result.rows_rejected
    assert result.rows_joined == sum(row["CODGEO"] in layer for row in rows)
    merged = {
        row["CODGEO"]: passage[row["CODGEO"][:5]]
        for row in rows
        if row["CODGEO"] not in layer and passage.get(row["CODGEO"][:5], row["CODGEO"][:5]) != row["CODGEO"][:5]
    }
    assert merged, "CAF 2016 must hold IRIS of communes merged since"
    reasons = {row.code: row.reason for row in result.rejected}
    for code, current in merged.items():
        assert "fusionnée dans {}".format(current) in reasons[code]


@pytest.fixture(scope="module")
def iris_france():
    with gzip.open(shared(PTOD_FRANCE), "rt", encoding="utf-8") as handle:
        return [row["code"] for row in csv.DictReader(handle, delimiter=";")]


def test_qpv_table_joins_to_qpv_codes(tmp_path):
    """A table by quartier prioritaire onto QPV polygons' codes (the 2024 codes of the Allier from
    the data README; no QPV polygons are available here): joined by code, bad codes listed."""
    layer = ["QN00301M", "QN00302I", "QN00303M", "QN00304M", "QN00305M", "QN00306M"]
    path = tmp_path / "qpv.csv"
    path.write_text("code_qpv;population\nqn00301m;5210\nQN00306M;4100\nQN0030M;12\nQN06301M;3000\n", encoding="utf-8")
    result = join_table(read_table(path), layer, level=QPV, code_column="code_qpv")
    assert result.rows_read == 4 and result.rows_joined == 2
    assert result.values["QN00301M"] == [5210.0] and result.values["QN00306M"] == [4100.0]
    reasons = {row.raw_code: row.reason for row in result.rejected}
    assert reasons["QN0030M"].startswith("code invalide")
    assert reasons["QN06301M"].startswith("code inconnu")


@pytest.mark.parametrize(
    "raw, expected", [("03", "03"), (3, "03"), ("3", "03"), ("2a", "2A"), (971, "971"), ("063", "63")]
)
def test_departement_codes(raw, expected):
    from abs_qgis.core.levels import DEPARTEMENT

    assert DEPARTEMENT.normalize(raw) == expected


def test_departements_are_not_taken_for_communes():
    from abs_qgis.core.levels import COMMUNE, DEPARTEMENT, detect_level

    assert detect_level(["01", "03", "2A", "63", "971"]) is DEPARTEMENT
    assert detect_level([1, 3, 63, "2B"]) is DEPARTEMENT  # numbers: « 1 » is not commune 00001
    assert detect_level(["03001", "63113", "2A004"]) is COMMUNE
    assert detect_level([3001, 63113]) is COMMUNE
    for bad in ("00", "20", "96", "978", "2C"):
        with pytest.raises(ValueError):
            DEPARTEMENT.normalize(bad)
