"""abs:downloadinsee against the real recorded answers of INSEE's Melodi API (../shared/data/melodi),
served on 127.0.0.1 by tests/melodi_server.py — no test reaches the internet. The live API was not
reached from the development machine."""

import csv
import subprocess
import sys

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import ROOT, shared

NANTES_METROPOLE = "EPCI-244400404*COM"


@pytest.fixture(scope="module")
def melodi(tmp_path_factory):
    """(base address of a scenario, log of the requests) of a local server of the recordings."""
    log = tmp_path_factory.mktemp("melodi") / "requetes.log"
    log.write_text("", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "melodi_server.py"), str(log), str(shared("melodi"))],
        stdout=subprocess.PIPE,
        text=True,
    )
    port = int(server.stdout.readline())
    yield (lambda scenario: "http://127.0.0.1:{}/{}/melodi".format(port, scenario)), log
    server.terminate()
    server.wait(timeout=10)


def _download(run_alg, base, cache, filters, **extra):
    parameters = {
        "DATASET": "DS_POPULATIONS_REFERENCE",
        "FILTERS": filters,
        "CACHE": str(cache),
        "BASE_URL": base,
        "PAUSE": 0.0,
        "TIMEOUT": 10.0,
    }
    parameters.update(extra)
    return run_alg("abs:downloadinsee", parameters)


def _asked(log, scenario):
    return [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines() if line.startswith(scenario)]


def test_the_communes_of_nantes_metropole_join_with_the_populations_legales(run_alg, melodi, tmp_path):
    address, log = melodi
    result = _download(
        run_alg, address("normal"), tmp_path / "cache", "GEO={}; POPREF_MEASURE=PMUN".format(NANTES_METROPOLE)
    )
    assert result["ROWS"] == 24 and not result["FROM_CACHE"]
    # The two requests INSEE's client makes, in the same words: the count, then the observations.
    assert _asked(log, "normal")[-2:] == [
        "/data/DS_POPULATIONS_REFERENCE?GEO=EPCI-244400404%2ACOM&POPREF_MEASURE=PMUN&totalCount=TRUE&maxResult=0",
        "/data/DS_POPULATIONS_REFERENCE?GEO=EPCI-244400404%2ACOM&POPREF_MEASURE=PMUN&idTerritoire=TRUE&maxResult=100000",
    ]
    provenance = open(result["OUTPUT"].replace(".csv", "_PROVENANCE.txt"), encoding="utf-8").read()
    assert "DS_POPULATIONS_REFERENCE" in provenance and "millésime 2025" in provenance
    # The file joins to the communes of COG 2025 as a hand-downloaded long table would.
    joined = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_france_cog2025_l93.gpkg")),
            "TABLE": result["OUTPUT"],
            "OUTPUT": str(tmp_path / "nantes.gpkg"),
            "UNMATCHED": str(tmp_path / "rejets.csv"),
        },
    )
    assert joined["ROWS_REJECTED"] == 0
    with open(shared("population/pop_legales_2023_donnees_communes_vie-de-camping.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    legal = {row["DEP"] + row["CODCOM"][-3:]: float(row["PMUN"]) for row in rows if row["DEP"] == "44"}
    layer = QgsVectorLayer(joined["OUTPUT"], "j", "ogr")
    column = next(name for name in layer.fields().names() if name.upper().startswith("PMUN"))
    fetched = {
        f["DEPCOM"] if "DEPCOM" in layer.fields().names() else f["INSEE_COM"]: f[column]
        for f in layer.getFeatures()
        if f[column]
    }
    assert len(fetched) == 24
    assert all(fetched[code] == legal[code] for code in fetched), fetched
    assert fetched["44109"] == 327734  # Nantes


def test_a_second_run_reads_the_cache_and_refresh_fetches_again(run_alg, melodi, tmp_path):
    address, log = melodi
    filters = "FREQ=A; GEO=COM-44109"
    first = _download(run_alg, address("normal"), tmp_path, filters)
    before = len(_asked(log, "normal"))
    second = _download(run_alg, address("normal"), tmp_path, filters)
    assert second["FROM_CACHE"] and second["OUTPUT"] == first["OUTPUT"] and len(_asked(log, "normal")) == before
    third = _download(run_alg, address("normal"), tmp_path, filters, REFRESH=True)
    assert not third["FROM_CACHE"] and len(_asked(log, "normal")) == before + 2 and third["ROWS"] == first["ROWS"] == 3


def test_pages_are_followed_and_429_is_waited_out(run_alg, melodi, tmp_path):
    address, log = melodi
    paged = _download(run_alg, address("paged"), tmp_path / "a", "GEO=" + NANTES_METROPOLE)
    assert paged["ROWS"] == 72 and _asked(log, "paged")[-1].endswith("maxResult=100000&page=2")
    busy = _download(run_alg, address("busy"), tmp_path / "b", "FREQ=A; GEO=COM-44109")
    assert busy["ROWS"] == 3 and len(_asked(log, "busy")) == 4  # each address refused once, then answered


@pytest.mark.parametrize(
    "scenario, dataset, filters, message",
    [
        ("normal", "DS_NEXISTEPAS", "", "Melodi ne connaît pas cette requête"),
        ("normal", "DS_POPULATIONS_REFERENCE", "TIME_PERIOD=1900; GEO=COM-44109", "aucune observation"),
        ("normal", "DS_POPULATIONS_REFERENCE", "", "106065 observations"),
        ("slow", "DS_POPULATIONS_REFERENCE", "FREQ=A; GEO=COM-44109", "ne répond pas"),
        ("normal", "DS_POPULATIONS_REFERENCE", "GEO", "écrire DIMENSION=valeur"),
    ],
)
def test_the_api_errors_are_french_and_nothing_is_written(
    run_alg, melodi, tmp_path, scenario, dataset, filters, message
):
    address, _log = melodi
    with pytest.raises(QgsProcessingException) as error:
        _download(run_alg, address(scenario), tmp_path, filters, DATASET=dataset, TIMEOUT=1.0)
    assert message in str(error.value), str(error.value)
    assert not list(tmp_path.rglob("*.csv"))


def test_no_network_is_said_in_french(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        _download(run_alg, "http://127.0.0.1:9/melodi", tmp_path, "GEO=COM-44109")  # nothing listens on port 9
    assert "L'API Melodi est injoignable" in str(error.value)


def test_a_project_source_fetched_from_melodi_is_joined_by_the_run(run_alg, melodi, tmp_path, monkeypatch):
    """« Produire l'ABS » with a source « melodi: » (no file): fetched (or read from the cache) at the
    run, then joined as any table; PMUN of the 24 communes of Nantes Métropole in the joined layer."""
    address, _log = melodi
    monkeypatch.setenv("ABS_QGIS_MELODI_URL", address("normal"))
    project = tmp_path / "projet.yaml"
    project.write_text(
        "\n".join(
            [
                "projet:",
                '  nom: "ABS de Nantes Métropole"',
                "  territoire:",
                "    communes: {}".format(shared("geo/communes_france_cog2025_l93.gpkg")),
                '    filtre: "\\"EPCI\\" = \'244400404\'"',
                "  sources:",
                "    - melodi: DS_POPULATIONS_REFERENCE",
                '      filtres: "GEO={}; POPREF_MEASURE=PMUN"'.format(NANTES_METROPOLE),
                "  document:",
                "    ecrire: false",
                "  sortie: {}".format(tmp_path / "resultats"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run_alg("abs:runproject", {"PROJECT": str(project)})
    assert result["ROWS_READ"] == 24 and result["ROWS_REJECTED"] == 0
    joined = QgsVectorLayer(
        str(tmp_path / "resultats" / "travail_non_diffusable" / "donnees_communes_1.gpkg"), "j", "ogr"
    )
    column = next(name for name in joined.fields().names() if name.upper().startswith("PMUN"))
    assert {f[column] for f in joined.getFeatures() if f["DEPCOM"] == "44109"} == {327734}
