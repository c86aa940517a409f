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
        ):
            assert needed in names, needed
        assert all(name.startswith("abs_qgis/") for name in names)
        assert not [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".ts"))]
        package.extractall(tmp_path / "plugins")
    environment = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        ABS_QGIS_USE_INSTALLED="1",
        QGIS_PLUGINPATH=str(tmp_path / "plugins"),
    )
    subprocess.run([str(WRAPPER), "plugins", "enable", "abs_qgis"], env=environment, capture_output=True, timeout=300)
    listing = subprocess.run([str(WRAPPER), "list"], env=environment, capture_output=True, text=True, timeout=300)
    assert "abs:joinindicators" in listing.stdout and "abs:statisticalsecret" in listing.stdout
