"""Commune codes: leading zeros, Corsica, floats from spreadsheets, arrondissements."""

import pytest

from abs_qgis.core.codes import arrondissement_parent, departement_of, normalize_commune_code


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("03001", "03001"),
        (3001, "03001"),
        (3001.0, "03001"),
        ("3001", "03001"),
        ("3001.0", "03001"),
        (" 63113 ", "63113"),
        ("2a004", "2A004"),
        ("2B033", "2B033"),
        ("97411", "97411"),
        ("", None),
        ("   ", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_normalize_commune_code(raw, expected):
    assert normalize_commune_code(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "123456", "2C004", 3001.5, -5, "63 113", "6311A"])
def test_invalid_codes_raise(raw):
    with pytest.raises(ValueError):
        normalize_commune_code(raw)


@pytest.mark.parametrize(
    "code, parent",
    [
        ("75101", "75056"),
        ("75120", "75056"),
        ("69381", "69123"),
        ("69389", "69123"),
        ("13201", "13055"),
        ("13216", "13055"),
        ("75056", None),
        ("75121", None),
        ("13217", None),
        ("2A004", None),
    ],
)
def test_arrondissement_parent(code, parent):
    assert arrondissement_parent(code) == parent


def test_departement_of():
    assert departement_of("03001") == "03"
    assert departement_of("2A004") == "2A"
    assert departement_of("97411") == "974"
