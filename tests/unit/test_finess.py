import pytest

from abs_qgis.core.finess import finess_problem, normalize_finess
from tests.realdata import read_rows


def test_every_real_ehpad_number_is_valid():
    numbers = [row["nofinesset"] for row in read_rows("finess/ehpad_63_03_trouver-mon-ehpad.csv")]
    assert len(numbers) == 143
    assert [n for n in numbers if finess_problem(n)] == []


def test_a_changed_digit_is_caught():
    number = "630002111"  # EHPAD de Ceyrat (real)
    assert finess_problem(number) is None
    assert finess_problem("630002112") == "clé de contrôle du numéro FINESS « 630002112 » fausse"
    assert finess_problem("630020111") is not None  # two digits swapped


@pytest.mark.parametrize("raw, expected", [(30001002, "030001002"), ("030001002", "030001002"), (" ", None)])
def test_normalize(raw, expected):
    assert normalize_finess(raw) == expected


def test_malformed_and_missing():
    assert finess_problem("") == "numéro FINESS manquant"
    assert finess_problem("6300021A1") == "numéro FINESS « 6300021A1 » mal formé (9 caractères attendus)"
    assert "mal formé" in finess_problem("6300021110")  # ten characters
