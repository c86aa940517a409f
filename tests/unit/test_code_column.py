"""The code column is the one whose values match the layer (issue 17, part 3), on files built at
run time from the real Filosofi 2016 file the way partners send them: `;`, latin-1, a title line,
a French header, codes that lost their leading zero beside five-digit amounts in euros."""

import pytest

from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.passage import read_passage
from abs_qgis.core.tables import read_table
from tests.paths import shared
from tests.realdata import read_rows

FILOSOFI_2016 = "filosofi/filosofi_com_2016.csv"
PASSAGE = "cog/cogiter_table_passage_com_historique_cog2025.csv"
CODE, NAME, MEDIAN = "Code géographique", "Libellé géographique", "Médiane du niveau de vie (euros)"


def _partner_file(path, departement):
    """The Filosofi 2016 medians of one département, as a partner would send them."""
    rows = [row for row in read_rows(FILOSOFI_2016) if row["CODGEO"][:2] == departement and row["MED16"]]
    with open(path, "w", encoding="latin-1") as handle:
        handle.write("Revenus et pauvreté des ménages en 2016 - département {}\n".format(departement))
        handle.write(";".join((CODE, NAME, MEDIAN)) + "\n")
        for row in rows:
            handle.write("{};{};{}\n".format(int(row["CODGEO"]), row["LIBGEO"], round(float(row["MED16"]))))
    return {row["CODGEO"]: round(float(row["MED16"])) for row in rows}


def _communes_2025(departement):
    return [row["DEPCOM"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv") if row["DEP"] == departement]


def test_codes_without_leading_zero_win_over_amounts_that_look_like_codes(tmp_path):
    path = tmp_path / "revenus_allier.csv"
    expected = _partner_file(path, "03")
    layer = _communes_2025("03")
    # The trap is real: most medians of the Allier are valid-looking commune codes written in full.
    assert sum(len(str(value)) == 5 for value in expected.values()) > 0.9 * len(expected)
    result = join_table(read_table(path), layer, passage=read_passage(shared(PASSAGE)))
    assert result.code_column == CODE
    assert result.code_match_rate == pytest.approx(1.0)
    assert result.rows_read == len(expected) == result.rows_joined + result.rows_rejected
    position = [column.name for column in result.columns].index(MEDIAN)
    direct = [code for code in expected if code in layer and result.origin.get(code) == "direct"]
    assert len(direct) > 250
    for code in direct:
        assert result.values[code][position] == expected[code]


def test_no_matching_column_is_refused_with_the_candidates_and_their_rates(tmp_path):
    path = tmp_path / "revenus_allier.csv"
    _partner_file(path, "03")
    with pytest.raises(AbsError) as error:
        join_table(read_table(path), _communes_2025("63"))
    message = str(error.value)
    assert "Aucune colonne de code commune trouvée : aucune colonne ne contient les codes" in message
    assert "« {} » (0 %)".format(CODE) in message and "« {} »".format(MEDIAN) in message
    assert "revenus_allier.csv" in message


def test_a_named_column_still_wins_when_it_matches(tmp_path):
    """INSEE's own file: CODGEO matches, none of its count columns does better."""
    rows = read_rows(FILOSOFI_2016)
    layer = [row["CODGEO"] for row in rows if row["CODGEO"][:2] == "63"]
    result = join_table(read_table(shared(FILOSOFI_2016)), layer)
    assert result.code_column == "CODGEO"
    assert result.code_match_rate == pytest.approx(1.0)
