"""Issue 31 in plain Python: the secret cannot be weakened by a file's form (a key written twice,
a threshold under 5 by accident), no non-finite value ever leaves a formula, and a publishable
layer keeps only what the secret protected or the project declared public."""

import numpy as np
import pytest

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.errors import AbsError
from abs_qgis.core.indicators import NOT_FINITE, compute
from abs_qgis.core.project import load_project
from abs_qgis.core.publishable import publishable_fields
from abs_qgis.core.yamlfile import read_yaml
from tests.unit.test_hostile_input import _project


def test_an_older_secret_block_pasted_below_is_refused_naming_both_lines(tmp_path):
    path = _project(tmp_path, ["seuil: 11", "effectifs: [NAISD20]"], extra="  secret:\n    seuil: 2")
    with pytest.raises(AbsError) as error:
        load_project(path)
    message = str(error.value)
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(number for number, line in enumerate(lines, start=1) if line.strip() == "secret:")
    second = max(number for number, line in enumerate(lines, start=1) if line.strip() == "secret:")
    assert "« secret » est écrite deux fois" in message and "lignes {} et {}".format(first, second) in message


def test_a_key_written_twice_in_one_block_is_refused(tmp_path):
    path = _project(tmp_path, ["seuil: 11", "effectifs: [NAISD20]", "seuil: 2"])
    with pytest.raises(AbsError, match="« seuil » est écrite deux fois"):
        load_project(path)


def test_a_merge_may_override_a_key(tmp_path):
    path = tmp_path / "fusion.yaml"
    path.write_text("base: &b {seuil: 5, effectifs: [A]}\nautre:\n  <<: *b\n  seuil: 11\n", encoding="utf-8")
    data = read_yaml(path, "Fichier", with_lines=False)
    assert data["autre"]["seuil"] == 11 and data["autre"]["effectifs"] == ["A"]


def test_duplicates_are_refused_in_every_yaml_the_plugin_reads(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text("indicateurs:\n  - id: a\n    libelle: A\n    libelle: B\n", encoding="utf-8")
    with pytest.raises(AbsError, match="« libelle » est écrite deux fois"):
        load_catalogue(str(path))
    rules = tmp_path / "regles.yaml"
    rules.write_text("seuils:\n  NAISD20: 11\n  NAISD20: 2\n", encoding="utf-8")
    with pytest.raises(AbsError, match="« NAISD20 » est écrite deux fois"):
        read_yaml(rules, "Règles du secret", with_lines=False)


def test_a_threshold_below_five_must_be_assumed(tmp_path):
    with pytest.raises(AbsError) as error:
        load_project(_project(tmp_path, ["seuil: 1"]))
    assert "secret.seuil" in str(error.value) and "seuil_inferieur_a_5_assume: true" in str(error.value)
    project = load_project(_project(tmp_path, ["seuil: 3", "seuil_inferieur_a_5_assume: true"]))
    assert project.secret.threshold == 3 and project.secret.below_rule
    assert not load_project(_project(tmp_path, ["seuil: 5"])).secret.below_rule


def test_a_formula_dividing_by_zero_gives_not_computable_never_inf(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(
        "indicateurs:\n"
        "  - id: habitants_par_logement_libre\n"
        '    libelle: "Essai"\n'
        '    definition: "Essai"\n'
        "    theme: logement\n"
        "    numerateur: P18_POP / (P18_LOG - P18_RP - P18_RSECOCC - P18_LOGVAC)\n"
        "    unite: habitants\n"
        "    type: importe\n",
        encoding="utf-8",
    )
    catalogue = load_catalogue(str(path))
    # Logements = RP + RS + vacants in the two first territories: the formula divides by zero there.
    columns = {
        "P18_POP": np.array([120.0, 0.0, 300.0]),
        "P18_LOG": np.array([60.0, 10.0, 200.0]),
        "P18_RP": np.array([50.0, 8.0, 150.0]),
        "P18_RSECOCC": np.array([6.0, 1.0, 20.0]),
        "P18_LOGVAC": np.array([4.0, 1.0, 10.0]),
    }
    result = compute(columns, 3, catalogue, ["habitants_par_logement_libre"], 2018)
    values = result.values["habitants_par_logement_libre"]
    assert np.isnan(values[0]) and np.isnan(values[1]) and values[2] == pytest.approx(300 / (200 - 150 - 20 - 10))
    assert list(result.reasons["habitants_par_logement_libre"][:2]) == [NOT_FINITE, NOT_FINITE]
    assert not np.isinf(values).any()


def test_a_publishable_layer_keeps_codes_names_indicators_and_protected_counts_only():
    catalogue = load_catalogue()
    fields = [
        ("DEPCOM", False),
        ("NOM_DEPCOM", False),
        ("EPCI", False),
        ("AREA", True),
        ("P18_POP", True),
        ("NAIS1318", True),
        ("DECE1318", True),
        ("NAISD20", True),
        ("MED19", True),
        ("densite", True),
        ("taux_natalite", True),
        ("ecart_densite", True),
        ("abs_secret", False),
    ]
    choice = publishable_fields(fields, catalogue, protected={"NAISD20"}, public={"P18_POP"})
    assert choice.kept == [
        "DEPCOM",
        "NOM_DEPCOM",
        "EPCI",
        "P18_POP",
        "NAISD20",
        "densite",
        "taux_natalite",
        "ecart_densite",
        "abs_secret",
    ]
    assert choice.left_out == ["AREA", "NAIS1318", "DECE1318", "MED19"]


def _workbook_with_member(path, name, size):
    """A real workbook (openpyxl) with one more member of ``size`` bytes of one letter: what a zip
    bomb packs (about 1 000 times)."""
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["CODGEO", "P18_POP"])
    workbook.active.append(["63003", 2908])
    workbook.save(path)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        for _ in range(size // (1024 * 1024)):
            member.write(b"A" * 1024 * 1024)
    return path


def test_a_zip_bomb_workbook_is_refused_before_it_is_unpacked(tmp_path):
    from abs_qgis.core.tables import read_table

    path = _workbook_with_member(tmp_path / "bombe.xlsx", "xl/sharedStrings2.xml", 64 * 1024 * 1024)
    assert path.stat().st_size < 200 * 1024  # 64 MB packed in a few hundred kilobytes
    with pytest.raises(AbsError) as error:
        read_table(path)
    assert "comprimé" in str(error.value) and "bombe.xlsx" in str(error.value)


def test_a_workbook_unpacking_beyond_the_limit_is_refused_with_the_figures(tmp_path, monkeypatch):
    from abs_qgis.core import spreadsheets
    from abs_qgis.core.tables import read_table

    path = _workbook_with_member(tmp_path / "gros.xlsx", "xl/autre.xml", 3 * 1024 * 1024)
    monkeypatch.setattr(spreadsheets, "MAX_UNCOMPRESSED", 2 * 1024 * 1024)
    with pytest.raises(AbsError, match=r"se décompresse en 3 Mo \(limite 2 Mo\)"):
        read_table(path)
    monkeypatch.setattr(spreadsheets, "MAX_UNCOMPRESSED", 1024**3)
    assert read_table(path).frame.shape == (1, 2)
