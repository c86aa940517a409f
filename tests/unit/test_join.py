"""Joining real INSEE tables to COG 2025 commune codes; expected values from the raw CSV."""

import pytest

from abs_qgis.core.codes import arrondissement_parent
from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.passage import read_passage
from abs_qgis.core.tables import read_table
from tests.paths import shared
from tests.realdata import communes_2025, number, passage_2025, read_rows

COMPARATEUR = "population/base_cc_comparateur.CSV"
PASSAGE = "cog/cogiter_table_passage_com_historique_cog2025.csv"


@pytest.fixture(scope="module")
def comparateur_join():
    table = read_table(shared(COMPARATEUR))
    passage = read_passage(shared(PASSAGE))
    return join_table(table, communes_2025(), passage=passage)


def test_nothing_lost(comparateur_join):
    result = comparateur_join
    rejected = [row for row in result.rejected if row.status == "non jointe"]
    assert result.rows_read == 35010
    assert result.rows_read == result.rows_joined + result.rows_rejected
    assert len(rejected) == result.rows_rejected
    # The 45 arrondissements are refused because Paris, Lyon and Marseille have their own row.
    assert result.rows_rejected == 45
    assert all(arrondissement_parent(row.code) for row in rejected)
    assert all("figure déjà dans la table" in row.reason for row in rejected)


def test_merged_communes_are_sums_of_their_2021_rows(comparateur_join):
    """Every commune nouvelle since 2021: P18_POP = Σ of its former communes' rows (csv module)."""
    passage = passage_2025()
    expected, members = {}, {}
    for row in read_rows(COMPARATEUR):
        code = row["CODGEO"]
        if arrondissement_parent(code):
            continue
        target = passage[code]
        population = number(row["P18_POP"])  # Mayotte rows have no census value
        previous = expected.get(target, 0.0)
        expected[target] = None if population is None or previous is None else previous + population
        members.setdefault(target, []).append(row)
    merged = {code for code, rows in members.items() if len(rows) > 1}
    assert len(merged) > 20  # mergers of 2022-2025 exist in the file
    population = [c.name for c in comparateur_join.columns].index("P18_POP")
    median = [c.name for c in comparateur_join.columns].index("MED19")
    for code in merged:
        values = comparateur_join.values[code]
        if expected[code] is None:
            assert values[population] is None
        else:
            assert values[population] == pytest.approx(expected[code])
        assert values[median] is None  # a median cannot be summed
        assert "MED19: non additionnable" in comparateur_join.markers[code]
    assert comparateur_join.rows_summed == sum(len(members[code]) for code in merged)


def test_unchanged_commune_keeps_its_values(comparateur_join):
    rows = {row["CODGEO"]: row for row in read_rows(COMPARATEUR)}
    names = [c.name for c in comparateur_join.columns]
    for code in ("63113", "03185", "2A004", "97411"):
        values = comparateur_join.values[code]
        assert values[names.index("P18_POP")] == number(rows[code]["P18_POP"])
        assert values[names.index("MED19")] == number(rows[code]["MED19"])
        assert values[names.index("P18_LOG")] == float(rows[code]["P18_LOG"])  # weighted, not rounded


def test_arrondissements_summed_when_the_commune_row_is_absent(tmp_path):
    source = shared(COMPARATEUR).read_text(encoding="ascii").splitlines()
    kept = [line for line in source if not line.startswith(("75056;", "69123;", "13055;"))]
    path = tmp_path / "sans_communes_plm.csv"
    path.write_text("\n".join(kept), encoding="ascii")
    result = join_table(read_table(path), ["75056", "69123", "13055", "63113"])
    expected = {"75056": 0.0, "69123": 0.0, "13055": 0.0}
    for row in read_rows(COMPARATEUR):
        parent = arrondissement_parent(row["CODGEO"])
        if parent:
            expected[parent] += float(row["P18_POP"])
    population = [c.name for c in result.columns].index("P18_POP")
    for code, total in expected.items():
        assert result.values[code][population] == pytest.approx(total)
        assert "arrondissement" in result.origin[code]
    assert result.rows_joined == 45 + 1
    assert result.rows_read == result.rows_joined + result.rows_rejected


def test_codes_outside_the_layer_are_listed_with_a_reason():
    table = read_table(shared(COMPARATEUR))
    passage = read_passage(shared(PASSAGE))
    puy_de_dome = [code for code in communes_2025() if code.startswith("63")]
    result = join_table(table, puy_de_dome, passage=passage)
    passage_table = passage_2025()
    rows_63 = [r for r in read_rows(COMPARATEUR) if passage_table[r["CODGEO"]].startswith("63")]
    assert result.rows_joined == len(rows_63)
    assert result.rows_read == result.rows_joined + result.rows_rejected
    reasons = {row.reason for row in result.rejected}
    assert any("absente de la couche de communes" in reason for reason in reasons)


def test_duplicates_stop_unless_summed(tmp_path):
    path = tmp_path / "doublons.csv"
    path.write_text("CODGEO;P18_POP;MED19\n63113;100;20000\n63113;50;21000\n03185;10;18000\n", encoding="utf-8")
    with pytest.raises(AbsError, match=r"1 codes en double : 63113 \(lignes 2, 3\)"):
        join_table(read_table(path), ["63113", "03185"])
    result = join_table(read_table(path), ["63113", "03185"], sum_duplicates=True)
    assert result.values["63113"] == [150.0, None]
    assert result.rows_read == 3 == result.rows_joined


def test_garbage_code_column_is_refused_with_its_lines(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("CODGEO;P18_POP\nabc;1\nxyz;2\n63113;3\n", encoding="utf-8")
    with pytest.raises(AbsError) as error:
        join_table(read_table(path), ["63113"])
    message = str(error.value)
    assert "ligne 2 : « abc »" in message and "ligne 3 : « xyz »" in message
    assert "colonne « CODGEO »" in message and "codes.csv" in message


def test_empty_and_invalid_codes_go_to_unmatched(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("CODGEO;P18_POP\n63113;3\n;4\n6311X;5\n63003;6\n03001;7\n", encoding="utf-8")
    result = join_table(read_table(path), ["63113", "63003"])
    reasons = sorted((row.line, row.reason) for row in result.rejected)
    assert reasons == [(3, "code vide"), (4, "code invalide « 6311X »"), (6, "code inconnu de la couche de communes")]
    assert result.rows_read == 5 == result.rows_joined + result.rows_rejected


def test_no_code_column(tmp_path):
    path = tmp_path / "sans_code.csv"
    path.write_text("nom;valeur\nAmbert;3\nThiers;4\n", encoding="utf-8")
    with pytest.raises(AbsError, match="Aucune colonne de code commune trouvée"):
        join_table(read_table(path), ["63003"])
