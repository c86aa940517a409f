"""The charter as the charter dialog reads and writes it (core/charter_form.py)."""

import pytest
import yaml

from abs_qgis.core.charter import DEFAULT_CHARTER, load_charter
from abs_qgis.core.charter_form import read_charter_form, write_charter
from abs_qgis.core.errors import AbsError


def _png(path):
    # The smallest valid PNG (1×1): a logo the charter checks for existence only.
    path.write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
        )
    )
    return path


def test_the_shipped_charter_read_whole():
    shipped = yaml.safe_load(DEFAULT_CHARTER.read_text(encoding="utf-8"))["charte"]
    data = read_charter_form(None)
    assert data["couleurs"] == shipped["couleurs"] and data["textes"] == shipped["textes"]
    assert data["organisation"] == shipped["organisation"] and data["logos"] == []


def test_written_charter_reads_back_with_its_logos_relative(tmp_path):
    data = read_charter_form(None)
    data["organisation"] = "CCAS de Thiers"
    data["couleurs"]["sequentielle"] = ["#f7fbff", "#08306b"]
    (tmp_path / "logos").mkdir()
    logo = _png(tmp_path / "logos" / "ccas.png")
    data["logos"] = [str(logo)]
    path = write_charter(data, tmp_path / "charte_ccas.yaml")
    written = yaml.safe_load(path.read_text(encoding="utf-8"))["charte"]
    assert written["logos"] == ["logos/ccas.png"]  # the folder can move with its logos
    charter = load_charter(path)
    assert charter.organisation == "CCAS de Thiers" and charter.ramp == ("#f7fbff", "#08306b")
    assert charter.logos == [str(logo)]
    assert read_charter_form(path) == data


def test_never_the_shipped_charter_nor_a_file_without_asking(tmp_path):
    data = read_charter_form(None)
    with pytest.raises(AbsError, match="charte livrée"):
        write_charter(data, DEFAULT_CHARTER, replace=True)
    existing = tmp_path / "charte.yaml"
    existing.write_text("charte: {}\n", encoding="utf-8")
    with pytest.raises(AbsError, match="existe déjà"):
        write_charter(data, existing)
    assert existing.read_text(encoding="utf-8") == "charte: {}\n"


def test_a_wrong_colour_is_refused_and_nothing_written(tmp_path):
    data = read_charter_form(None)
    data["couleurs"]["secret"] = "gris"
    with pytest.raises(AbsError, match="couleur « gris » invalide"):
        write_charter(data, tmp_path / "charte.yaml")
    assert list(tmp_path.iterdir()) == []
