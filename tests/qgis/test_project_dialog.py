"""Issue 20: the ABS project dialog (real QGIS widgets, offscreen). A hand-written project opens in
it and is written back to the same settings; a project set up in the dialog — territory ticked by
EPCI name, sources added, comparison territory ticked by name — is saved, reopens as it was saved,
and runs unchanged with qgis_process. Screenshots of every page are written beside the test."""

import os
import subprocess

import pytest
import yaml
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from abs_qgis.core.project import load_project
from abs_qgis.core.project_form import read_form
from tests.paths import ROOT, sample
from tests.unit.test_project_form import _files

TERRITORY, COMPARISON = "200070761", "200070712"  # CC Ambert Livradois Forez, CC Thiers Dore et Montagne
SOURCES = ("base_cc_comparateur.csv", "cc_filosofi_2019_COM.csv")


@pytest.fixture
def dialog(plugin):
    from abs_qgis.ui.project_dialog import ProjectDialog

    runs = []
    window = ProjectDialog(run=runs.append)
    window.runs = runs
    yield window
    window.deleteLater()


def _screenshots(window, folder):
    window.show()
    shots = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        path = folder / "fenetre_abs_{}.png".format(index)
        assert window.grab().save(str(path))
        shots.append(path)
    return shots


def _epci_name(path, code):
    layer = QgsVectorLayer(str(path), "communes", "ogr")
    names = {feature["NOM_EPCI"] for feature in layer.getFeatures() if feature["EPCI"] == code}
    assert len(names) == 1
    return names.pop()


def test_a_hand_written_project_opens_and_is_written_back_the_same(dialog, tmp_path):
    project_file = sample("projet_abs.yaml")
    dialog.load_file(str(project_file))
    assert dialog.territory.communes.filePath() == str(sample("communes.gpkg"))
    assert dialog.territory.whole.isChecked() and dialog.territory.code_field.currentText() == "DEPCOM"
    assert dialog.sources.table.rowCount() == len(read_form(project_file)["sources"])
    assert dialog.sources.table.item(1, 2).text() == "CODGEO"  # Filosofi's code column, as detected
    assert dialog.sources.table.item(1, 3).text().startswith("2019")  # its millésime, read in its columns
    assert dialog.references.picker.checked_codes() == [COMPARISON]
    assert dialog.maps.classification.currentData() == "jenks"
    # The collectivité's own indicator (catalogue_exemple.yaml) is in the list, by its label.
    own = dialog.indicators.items["indice_vieillissement_estime"]
    assert own.text(0).startswith("Indice de vieillissement") and own.toolTip(0)
    copy = tmp_path / "relu" / "projet.yaml"
    copy.parent.mkdir()
    assert dialog.write(str(copy)), dialog.status.text()
    assert _files(load_project(str(copy))) == _files(load_project(str(project_file)))
    rewritten = yaml.safe_load(copy.read_text(encoding="utf-8"))["projet"]
    assert rewritten["cartes"]["indicateurs"] == read_form(project_file)["cartes"]["indicateurs"]  # same order
    _screenshots(dialog, tmp_path)


def _fill(window, output):
    """What a person does in the dialog, done through its widgets."""
    window.general.name.setText("ABS de la CC Ambert (fenêtre)")
    window.general.output.setFilePath(str(output))
    window.territory.communes.setFilePath(str(sample("communes_departement.gpkg")))
    window.territory.by_group.setChecked(True)
    window.territory.picker.search.setText("Ambert")
    visible = [item for item in window.territory.picker._items() if not item.isHidden()]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in visible] == [TERRITORY]  # the search finds it by name
    visible[0].setCheckState(Qt.CheckState.Checked)
    for name in SOURCES:
        window.sources.add_block({"table": str(sample(name)), "passage": str(sample("passage_communes_cog2025.csv"))})
    window.references.communes.setFilePath(str(sample("communes_departement.gpkg")))
    window.references.departement.setChecked(True)
    window.references.picker.set_checked([COMPARISON])
    for indicator in ("densite", "taux_chomage"):
        window.indicators.items[indicator].setCheckState(2, Qt.CheckState.Checked)  # a map of each
    window.secret.counts.setText("P18_CHOM1564")  # the threshold left at the run's default


def test_a_new_abs_shows_the_run_defaults(dialog):
    """The new-ABS dialog reads the defaults the run applies (core/block_settings), not its widgets'
    minimums: secret threshold 5 (it showed 1), 5 classes (2), the automatic page layout, a PDF."""
    from abs_qgis.core.block_settings import DocumentSettings, MapSettings, SecretSettings

    assert dialog.secret.threshold.value() == SecretSettings().threshold == 5
    assert dialog.maps.classes.value() == MapSettings().classes == 5
    assert dialog.maps.classification.currentData() == MapSettings().classification
    assert dialog.maps.page_layout.currentData() == "" and not dialog.secret.zeros.isChecked()
    form = {}
    dialog.secret.store(form)
    assert form["secret"]["seuil"] == 5
    assert dialog.document.threshold.value() == DocumentSettings().reliability and dialog.document.pdf.isChecked()


def test_a_project_set_up_in_the_dialog_saves_reopens_and_runs(dialog, tmp_path):
    from abs_qgis.ui.project_dialog import ProjectDialog

    output = tmp_path / "resultats"
    _fill(dialog, output)
    project_file = tmp_path / "mon_abs.yaml"
    assert dialog.write(str(project_file)), dialog.status.text()
    saved = yaml.safe_load(project_file.read_text(encoding="utf-8"))["projet"]
    assert saved["territoire"]["filtre"] == "\"EPCI\" IN ('{}')".format(TERRITORY)
    assert saved["territoire"]["communes"] == os.path.relpath(sample("communes_departement.gpkg"), tmp_path)
    assert [source["table"] for source in saved["sources"]] == [
        os.path.relpath(sample(name), tmp_path) for name in SOURCES
    ]
    name = _epci_name(sample("communes_departement.gpkg"), COMPARISON)
    assert saved["references"]["comparaison"] == [{"champ": "EPCI", "code": COMPARISON, "nom": name}]
    assert saved["cartes"]["indicateurs"] == ["densite", "taux_chomage"]
    assert saved["secret"]["effectifs"] == ["P18_CHOM1564"]
    assert "offre" not in saved and "document" not in saved  # untouched tabs: the run's defaults, no key

    reopened = ProjectDialog(run=dialog.runs.append)
    reopened.load_file(str(project_file))
    assert reopened.territory.by_group.isChecked() and reopened.territory.picker.checked_codes() == [TERRITORY]
    assert reopened.collected() == dialog.collected()  # reopens as it was saved
    reopened.deleteLater()

    dialog.produce()  # saves again, then hands the file to Processing's dialog
    assert dialog.runs == [str(project_file)]
    environment = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profil"))
    result = subprocess.run(
        [str(ROOT / "scripts" / "qgis_process"), "run", "abs:runproject", "--", "PROJECT={}".format(project_file)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "MAP_COUNT:\t2" in result.stdout
    assert (output / "cartes" / "densite.pdf").exists() and (output / "cartes" / "taux_chomage.pdf").exists()


def test_indicators_the_list_does_not_show_are_kept(dialog, tmp_path):
    """The collectivité's indicator is listed (its catalogue read); an id of no catalogue the
    dialog knows stays in the file as it was, in its place."""
    from tests.qgis.test_run_project import project_copy

    path = project_copy(tmp_path)
    text = path.read_text(encoding="utf-8")
    wanted = "indicateurs: [densite, taux_chomage,"
    assert wanted in text
    path.write_text(
        text.replace(
            wanted, "indicateurs: [indice_vieillissement_estime, inconnu_de_la_fenetre, densite, taux_chomage,"
        ),
        encoding="utf-8",
    )
    dialog.load_file(str(path))
    assert dialog.indicators.items["indice_vieillissement_estime"].checkState(2) == Qt.CheckState.Checked
    maps = dialog.collected()["cartes"]["indicateurs"]
    assert maps[:4] == ["indice_vieillissement_estime", "inconnu_de_la_fenetre", "densite", "taux_chomage"]


def test_the_offer_document_and_published_values_are_edited_in_the_dialog(dialog, tmp_path):
    """The offer (layer, FINESS extracts, distance), the document and INSEE's published values were
    kept from the file but not shown: they have their tabs, read from and written to the file."""
    project_file = sample("projet_abs.yaml")
    written = read_form(project_file)
    dialog.load_file(str(project_file))
    offer, document = dialog.offer, dialog.document
    assert offer.kept.isChecked() and offer.layer.filePath() == written["offre"]["couche"]
    assert offer.distance.value() == written["offre"]["distance_km"]
    first = written["offre"]["imports"][0]
    assert offer.imports.table.item(0, 0).text() == os.path.basename(first["table"])
    assert offer.imports.cell(0, 1) == first["categorie"] and offer.imports.cell(0, 2) == ", ".join(
        first["departements"]
    )
    published = written["valeurs_publiees"][0]
    assert (
        document.published.cell(0, 1) == published["niveau"] and document.published.cell(0, 2) == published["libelle"]
    )
    assert document.written.isChecked() and document.pdf.isChecked()  # the file has no « document »: the defaults

    offer.imports.add_block({"table": str(sample("ehpad_63_03_finess.csv"))})
    offer.imports.table.item(1, 2).setText("03, 63")
    offer.distance.setValue(12)
    document.title.setText("Analyse des besoins sociaux 2026")
    document.pdf.setChecked(False)
    document.threshold.setValue(100)
    copy = tmp_path / "projet.yaml"
    assert dialog.write(str(copy)), dialog.status.text()
    saved = yaml.safe_load(copy.read_text(encoding="utf-8"))["projet"]
    assert saved["offre"]["distance_km"] == 12 and saved["offre"]["couche"] == os.path.relpath(
        written["offre"]["couche"], tmp_path
    )
    assert saved["offre"]["imports"][1] == {
        "table": os.path.relpath(sample("ehpad_63_03_finess.csv"), tmp_path),
        "departements": ["03", "63"],
    }
    assert saved["offre"]["imports"][0]["source"] == first["source"]  # a key shown, as written
    assert saved["document"] == {"titre": "Analyse des besoins sociaux 2026", "seuil_fiabilite": 100, "pdf": False}
    loaded = load_project(str(copy))
    assert loaded.offer.distance_km == 12 and [item.departements for item in loaded.offer.imports] == [
        ["63"],
        ["03", "63"],
    ]
    assert loaded.document.pdf is False and loaded.published[0][0] == published["niveau"]

    offer.kept.setChecked(False)  # no offer: the block leaves the file
    document.written.setChecked(False)
    form = dialog.collected()
    assert "offre" not in form and form["document"]["ecrire"] is False
