"""The plugin in the real QGIS desktop (under a virtual screen): loads, adds its menu and provider
in French, and unloads without leaving anything behind."""

import json
import os
import re
import shutil
import subprocess

import pytest
import yaml

from tests.paths import ROOT
from tests.qgis.test_results_in_project import _printed_folders

QGIS_DESKTOP = "/usr/bin/qgis.bin"


@pytest.mark.skipif(
    not (os.path.exists(QGIS_DESKTOP) and shutil.which("xvfb-run")),
    reason="QGIS desktop ou xvfb-run absent (bash scripts/setup.sh les installe sous Debian)",
)
def test_desktop_load_and_unload(plugin, tmp_path):
    from tests.qgis.test_run_project import project_copy

    project_file = project_copy(tmp_path)  # run inside the desktop, as « Produire l'ABS » does
    shots = tmp_path / "captures"
    shots.mkdir()
    settings = tmp_path / "profiles" / "default" / "QGIS"
    settings.mkdir(parents=True)
    (settings / "QGIS3.ini").write_text(
        "[PythonPlugins]\nabs_qgis=true\n\n[locale]\noverrideFlag=true\nuserLocale=fr_FR\n", encoding="utf-8"
    )
    report = tmp_path / "rapport.json"
    environment = dict(
        os.environ,
        PATH="/usr/bin:/bin",
        QGIS_PLUGINPATH=str(ROOT),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path),
        ABS_DESKTOP_REPORT=str(report),
        ABS_DESKTOP_LAYER=str(tmp_path / "resultats" / "couches_publiables" / "communes_publiables.gpkg"),
        ABS_DESKTOP_CODE="63003",
        ABS_DESKTOP_MAPS=str(tmp_path / "resultats" / "cartes" / "cartes_abs.qgz"),
        ABS_DESKTOP_PROJECT=str(project_file),
        ABS_DESKTOP_SHOTS=str(shots),
    )
    environment.pop("QT_QPA_PLATFORM", None)
    subprocess.run(
        [
            "xvfb-run",
            "-a",
            QGIS_DESKTOP,
            "--nologo",
            "--noversioncheck",
            "--code",
            str(ROOT / "tests" / "qgis" / "desktop_check.py"),
        ],
        env=environment,
        capture_output=True,
        timeout=420,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    # « Nouvelle ABS… » opens the project dialog in French; the project loaded in it is saved valid.
    assert result["dialog"]["title"] == "Projet d'ABS"
    assert result["dialog"]["tabs"][:3] == ["Général", "Territoire", "Sources"]
    assert result["dialog"]["saved"] is True
    assert len(list(shots.glob("fenetre_*.png"))) == len(result["dialog"]["tabs"])
    # « Produire l'ABS » in the dialog opens Processing's dialog on the saved file, with « add to
    # the open project » ticked; run there, its journal is a person's (steps, no traceback).
    run = result["results"]["processing_dialog"]
    assert run["algorithm"] == "abs:runproject" and run["add_to_project"] is True
    assert run["project"] == str(shots / "projet_fenetre.yaml")
    assert "ABS produite dans {}".format(tmp_path / "resultats") in run["journal"], run["journal"][-2000:]
    assert (
        re.search(r"Étape \d+ : indicateurs", run["journal"])
        and "Traceback" not in run["journal"]
        and "Résultats: {" not in run["journal"]
    )
    assert "OUTPUT_FOLDER" in run["outputs"] and "MAP_COUNT" in run["outputs"]
    # After the run from the desktop, its maps are in the open project, one group, one map shown,
    # one layout per printed PDF, each map following its theme.
    name = yaml.safe_load(project_file.read_text(encoding="utf-8"))["projet"]["nom"]
    assert result["results"]["groups"][0] == "ABS — {}".format(name)
    printed = sum(_printed_folders(tmp_path / "resultats").values())
    assert len(result["results"]["layouts"]) == printed == len(result["results"]["locked"])
    assert len(result["results"]["themes"]) == printed
    assert len(result["results"]["visible_maps"]) == 1
    assert result["results"]["canvas_on_territory"]  # an empty project: the map canvas shows the territory
    assert result["results"]["territory_fills_canvas"] > 0.8  # and fills it (without the second zoom: 0.28)
    assert result["loaded"] and result["provider"] == "Analyse des besoins sociaux"
    assert result["menu"][:3] == ["Nouvelle ABS…", "Ouvrir une ABS…", "Produire l'ABS à partir d'un fichier de projet…"]
    assert "Exporter les cartes…" in result["menu"]
    assert result["after_unload"] == {"provider": False, "menu": [], "templates": []}
    # The plugin's page templates are offered by « Nouvelle mise en page depuis un modèle ».
    assert {"a4_portrait.qpt", "a4_paysage.qpt", "a3_paysage.qpt", "atlas_a4_portrait.qpt"} <= set(result["templates"])
    # Selecting Ambert in the published layer draws its charts against the studied territory.
    assert result["charts"]["caption"] == "Ambert — indice base 100 = CC Ambert Livradois Forez"  # named
    assert "densite" in result["charts"]["bars"] and "taux_chomage" in result["charts"]["bars"]
    # Opening another project clears the dock; a layer of the delivered maps finds its references.
    assert result["charts"]["after_opening"] == {
        "caption": "Sélectionnez un territoire d'une couche de l'ABS",
        "bars": [],
    }
    assert result["charts"]["delivered"]["caption"] == "Ambert — indice base 100 = CC Ambert Livradois Forez"
    assert "densite" in result["charts"]["delivered"]["bars"]
    assert "Graphiques de l'ABS du territoire sélectionné" in result["menu"]
