"""The project's qgis_process entry point lists and runs abs: algorithms, PDF out.

Run with a Python that lacks the QGIS bindings first on PATH (pyenv's, on this machine and in
CI) to show that the wrapper defeats Debian's two traps; a private QGIS profile is used.
"""

import glob
import os
import signal
import subprocess
import time

import pytest

from tests.paths import ROOT, sample
from tests.qgis.test_export_maps import pdf_pages, pdf_text

WRAPPER = ROOT / "scripts" / "qgis_process"


def foreign_python_dirs():
    """Directories holding a python3 that cannot import qgis (the trap's trigger)."""
    candidates = glob.glob(os.path.expanduser("~/.pyenv/versions/*/bin"))
    candidates += [d for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    found = []
    for directory in candidates:
        python = os.path.join(directory, "python3")
        if directory in found or not os.access(python, os.X_OK) or os.path.realpath(python) == "/usr/bin/python3.11":
            continue
        check = subprocess.run([python, "-c", "import qgis"], capture_output=True)
        if check.returncode != 0:
            found.append(directory)
    return found


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    environment = dict(os.environ)
    environment["QGIS_CUSTOM_CONFIG_PATH"] = str(tmp_path_factory.mktemp("profile"))
    environment["PATH"] = os.pathsep.join(foreign_python_dirs() + [environment.get("PATH", "")])
    return environment


def qgis_process(env, *args):
    result = subprocess.run([str(WRAPPER), *args], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def test_the_trap_is_present_on_this_machine():
    """Documents why the wrapper exists: Debian's own wrapper fails on 3.22."""
    if not os.path.exists("/usr/bin/qgis_process"):
        pytest.skip("pas de /usr/bin/qgis_process (hors Debian)")
    result = subprocess.run(
        ["/usr/bin/qgis_process", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if result.returncode == 0:
        pytest.skip("le qgis_process de Debian fonctionne désormais : le contournement reste sans effet néfaste")
    assert "Command --noversioncheck not known" in result.stdout + result.stderr


def test_lists_abs_algorithms(env):
    output = qgis_process(env, "list")
    assert "abs:joinindicators" in output and "abs:exportmaps" in output


def test_runs_the_sample_chain_to_a_pdf(env, tmp_path):
    joined, density, maps = tmp_path / "joined.gpkg", tmp_path / "density.gpkg", tmp_path / "cartes"
    output = qgis_process(
        env,
        "run",
        "abs:joinindicators",
        "--",
        "COMMUNES={}".format(sample("communes.gpkg")),
        "TABLE={}".format(sample("base_cc_comparateur.csv")),
        "OUTPUT={}".format(joined),
        "UNMATCHED={}".format(tmp_path / "rejets.csv"),
    )
    assert "ROWS_JOINED:\t58" in output
    qgis_process(
        env,
        "run",
        "native:fieldcalculator",
        "--",
        "INPUT={}".format(joined),
        "FIELD_NAME=densite",
        "FIELD_TYPE=0",
        'FORMULA="P18_POP" / "SUPERF"',
        "OUTPUT={}".format(density),
    )
    title, sources = "Densité de population", "Source : INSEE, RP 2018 — Traitement : CIAS Ambert Livradois Forez"
    qgis_process(
        env,
        "run",
        "abs:exportmaps",
        "--",
        "INPUT={}".format(density),
        "INDICATORS=densite",
        "TITLE={}".format(title),
        "SOURCES={}".format(sources),
        "DPI=100",
        "OUTPUT_FOLDER={}".format(maps),
    )
    pdf = maps / "densite_de_population.pdf"
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert title in text and sources in text


def test_no_runtime_folder_is_left_behind(env):
    """Each call used to leave an empty /tmp/abs-qgis-runtime.* folder (134 after a morning)."""
    environment = {key: value for key, value in env.items() if key != "XDG_RUNTIME_DIR"}
    before = set(glob.glob("/tmp/abs-qgis-runtime.*"))
    qgis_process(environment, "--version")
    failed = subprocess.run([str(WRAPPER), "run", "abs:nosuchalgorithm"], env=environment, capture_output=True)
    assert failed.returncode != 0
    assert set(glob.glob("/tmp/abs-qgis-runtime.*")) - before == set()


def test_the_abs_without_pyqtgraph_odfpy_and_docxtpl(env, tmp_path):
    """QGIS's Windows installer ships none of them: the plugin loads, every step runs, the log says
    in French what was not made, and the rest of the ABS is written."""
    blockers = tmp_path / "sans_bibliotheques"
    for module in ("pyqtgraph", "odf", "docxtpl"):
        (blockers / module).mkdir(parents=True)
        (blockers / module / "__init__.py").write_text(
            "raise ImportError('{} absent (test)')\n".format(module), encoding="utf-8"
        )
    from tests.qgis.test_run_project import project_copy

    environment = dict(env, PYTHONPATH=str(blockers))
    listing = qgis_process(environment, "list")
    assert "abs:runproject" in listing and "abs:exportmaps" in listing
    result = subprocess.run(
        [str(WRAPPER), "run", "abs:runproject", "--", "PROJECT={}".format(project_copy(tmp_path))],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    log = result.stdout + result.stderr
    assert "Graphiques de l'atlas non dessinés : la bibliothèque Python pyqtgraph manque" in log
    assert "portrait_social.ods non écrit : la bibliothèque Python odfpy manque" in log
    assert "Document de l'ABS non écrit : la bibliothèque Python docxtpl manque" in log
    folder = tmp_path / "resultats"
    assert (folder / "portrait_social.xlsx").exists() and not (folder / "portrait_social.ods").exists()
    assert pdf_pages(folder / "atlas" / "atlas_densite.pdf") == 58
    assert not list(folder.glob("*.docx")) and (folder / "cartes" / "densite.pdf").exists()


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_cancels_the_project_run_cleanly(env, tmp_path, number):
    """``kill`` or Ctrl-C during « Produire l'ABS » from qgis_process: the run is cancelled within
    seconds (the wrapper passes the signal on), says so, and leaves its folder marked incomplete."""
    from tests.qgis.test_run_project import project_copy

    project = project_copy(tmp_path)
    environment = {key: value for key, value in env.items() if key != "XDG_RUNTIME_DIR"}  # the wrapper's child path
    process = subprocess.Popen(
        [str(WRAPPER), "run", "abs:runproject", "--", "PROJECT={}".format(project)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    folder = tmp_path / "resultats"
    deadline = time.monotonic() + 120
    while not (folder / "travail_non_diffusable").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # inside the joins
    assert process.poll() is None, "the run ended before the signal"
    sent = time.monotonic()
    process.send_signal(number)
    output, _ = process.communicate(timeout=60)
    assert time.monotonic() - sent < 30
    assert process.returncode != 0
    assert "Interruption demandée (signal {})".format(int(number)) in output
    # Said so (QGIS 3.22 prints « Annulé », 3.40 its own cancel message), never « produced ».
    assert "est incomplet (ABS_INCOMPLETE.txt)" in output and "ABS produite" not in output
    assert (folder / "ABS_INCOMPLETE.txt").exists()


def test_png_maps_without_gdal_noise(env, sample_run, tmp_path):
    """Each PNG map printed « ERROR 6: The PNG driver does not support update access to existing
    datasets » in qgis_process's journal (QGIS georeferencing the PNG it had just written): gone,
    and the image is complete."""
    from qgis.PyQt.QtGui import QImage

    folder, _result = sample_run
    layer = folder / "couches_publiables" / "communes_publiables.gpkg"
    result = subprocess.run(
        [str(WRAPPER), "run", "abs:exportmaps", "--", "INPUT={}".format(layer), "INDICATORS=densite"]
        + ["FORMAT=1", "DPI=60", "OUTPUT_FOLDER={}".format(tmp_path / "cartes")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "ERROR 6" not in result.stdout + result.stderr and "PNG driver" not in result.stderr
    image = QImage(str(tmp_path / "cartes" / "densite.png"))
    assert not image.isNull() and image.width() > 300
