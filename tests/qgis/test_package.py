"""The installable zip: what QGIS needs, nothing else, and it loads in qgis_process on its own."""

import os
import subprocess
import sys
import zipfile

from tests.paths import ROOT
from tests.qgis.test_qgis_process import WRAPPER


def test_package_zip_loads_in_qgis_process(tmp_path):
    build = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py")], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    archive = build.stdout.strip().splitlines()[-1]
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        assert "abs_qgis/metadata.txt" in names
        assert "hasProcessingProvider=yes" in package.read("abs_qgis/metadata.txt").decode("utf-8")
        for needed in (
            "abs_qgis/__init__.py",
            "abs_qgis/resources/i18n/abs_qgis_fr.qm",
            "abs_qgis/resources/catalogue/indicateurs.yaml",
            "abs_qgis/resources/charters/defaut.yaml",
            "abs_qgis/resources/icons/abs.svg",
            "abs_qgis/resources/document/modele_abs.docx",
            "abs_qgis/LICENSE",
        ):
            assert needed in names, needed
        assert all(name.startswith("abs_qgis/") for name in names)
        # The plugin repository's rules: no absolute or « .. » paths, no .git, under 25 MB.
        assert not [name for name in names if name.startswith("/") or ".." in name.split("/") or ".git" in name]
        assert os.path.getsize(archive) < 25 * 1024 * 1024
        assert "GNU GENERAL PUBLIC LICENSE" in package.read("abs_qgis/LICENSE").decode("utf-8")
        assert not [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".ts"))]
        # The libraries QGIS's Windows installer lacks, with their licences.
        for vendored in ("pyqtgraph", "odf", "docxtpl", "docxcompose", "docx", "babel"):
            assert "abs_qgis/_vendor/{}/__init__.py".format(vendored) in names, vendored
        assert "abs_qgis/_vendor/odfpy_licences/GPL-LICENSE-2.txt" in names
        assert any(n.startswith("abs_qgis/_vendor/pyqtgraph-") and "LICENSE" in n for n in names)
        package.extractall(tmp_path / "plugins")
    # The vendored pure-Python libraries import on their own, without the system's site-packages.
    vendor = tmp_path / "plugins" / "abs_qgis" / "_vendor"
    alone = subprocess.run(
        [
            "/usr/bin/python3",
            "-I",
            "-S",
            "-c",
            "import sys; sys.path.insert(0, sys.argv[1]); import odf.opendocument, babel, defusedxml; "
            "print(odf.opendocument.__file__)",
            str(vendor),
        ],
        capture_output=True,
        text=True,
    )
    assert alone.returncode == 0 and alone.stdout.startswith(str(vendor)), alone.stderr
    environment = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        ABS_QGIS_USE_INSTALLED="1",
        QGIS_PLUGINPATH=str(tmp_path / "plugins"),
    )
    subprocess.run([str(WRAPPER), "plugins", "enable", "abs_qgis"], env=environment, capture_output=True, timeout=300)
    listing = subprocess.run([str(WRAPPER), "list"], env=environment, capture_output=True, text=True, timeout=300)
    assert "abs:joinindicators" in listing.stdout and "abs:statisticalsecret" in listing.stdout
