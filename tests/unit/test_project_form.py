"""The project file as the ABS dialog reads and writes it (issue 20): a hand-written project read,
written elsewhere by the dialog's writer, loads to the same files and settings; never an existing
file replaced without being asked; sources described as the dialog shows them."""

import csv
from dataclasses import asdict

import pytest
import yaml

from abs_qgis.core.errors import AbsError
from abs_qgis.core.project import load_project
from abs_qgis.core.project_form import describe_source, read_form, write_form, written_by_dialog
from abs_qgis.core.tables import read_table
from tests.paths import ROOT, shared

SAMPLE = ROOT / "data" / "sample" / "projet_abs.yaml"
FILOSOFI = "filosofi/cc_filosofi_2019_COM.CSV"


def _files(project):
    """Every file the loaded project points at, and its settings that are not files."""
    return {
        "communes": project.communes,
        "code": project.code_field,
        "sources": [(source.table, source.passage, source.label, source.renames) for source in project.sources],
        "catalogue": project.catalogue,
        "references": (project.references.communes, project.references.levels, project.references.equivalents),
        "reference_sources": [source.table for source in project.references.sources],
        "published": project.published,
        "secret": {key: value for key, value in asdict(project.secret).items() if key != "lines"},
        "maps": asdict(project.maps),
        "output": project.output,
    }


@pytest.mark.skipif(not SAMPLE.exists(), reason="data/sample absent (bash scripts/setup.sh le construit)")
def test_a_hand_written_project_written_elsewhere_loads_the_same(tmp_path):
    form = read_form(SAMPLE)
    assert form["territoire"]["communes"] == str((SAMPLE.parent / "communes.gpkg").resolve())  # absolute
    (tmp_path / "autre_dossier").mkdir()
    written = write_form(form, tmp_path / "autre_dossier" / "mon_abs.yaml")
    text = written.read_text(encoding="utf-8")
    # Relative to its new folder, as a person would write it; no Python object, no line bookkeeping.
    assert "__line__" not in text and "!!python" not in text
    assert yaml.safe_load(text)["projet"]["territoire"]["communes"].startswith("../")
    original, rewritten = load_project(str(SAMPLE)), load_project(str(written))
    assert _files(rewritten) == _files(original)
    assert written_by_dialog(written) and not written_by_dialog(SAMPLE)


def test_an_existing_file_is_replaced_only_when_asked(tmp_path):
    target = tmp_path / "projet.yaml"
    target.write_text("# mon projet\n", encoding="utf-8")
    form = {"nom": "Essai", "territoire": {"communes": str(tmp_path / "communes.gpkg")}, "sortie": str(tmp_path)}
    with pytest.raises(AbsError) as error:
        write_form(form, target)
    assert "existe déjà" in str(error.value) and str(target) in str(error.value)
    assert target.read_text(encoding="utf-8") == "# mon projet\n"
    write_form(form, target, replace=True)
    assert yaml.safe_load(target.read_text(encoding="utf-8"))["projet"]["territoire"]["communes"] == "communes.gpkg"
    assert list(tmp_path.iterdir()) == [target]  # no partial file left


def test_source_described_from_the_raw_file():
    path = shared(FILOSOFI)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    codes = [row["CODGEO"] for row in rows[:40]]  # a layer of 40 of the file's communes
    described = describe_source(read_table(path), codes)
    assert described["colonne_code"] == "CODGEO" and described["part_codes"] == 1.0
    assert described["niveau"] == "commune"
    assert described["millesime"] == 2019 and described["millesime_origine"] == "lu dans les noms de colonnes"
    assert described["lignes"] == len(rows)
