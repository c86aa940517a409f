"""Real QGIS, headless, once per session, with a private profile; the plugin loaded as QGIS does.

QGIS's message log is forwarded to Python logging so that a failing test shows it.
"""

import configparser
import importlib
import logging
import os
import sys
import tempfile

import pytest

from tests.paths import ROOT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROFILE_DIR = tempfile.mkdtemp(prefix="abs_qgis_profile_")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = PROFILE_DIR
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="abs_qgis_runtime_"))

from qgis.core import Qgis, QgsApplication, QgsSettings  # noqa: E402

_APP = QgsApplication([], False, PROFILE_DIR)
_APP.initQgis()
# The tests read the plugin's French messages: pin QGIS's locale as a French user would have it.
QgsSettings().setValue("locale/overrideFlag", True)
QgsSettings().setValue("locale/userLocale", "fr_FR")
sys.path.insert(0, "/usr/share/qgis/python/plugins")  # QGIS's own processing plugin (Debian)
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()

LOGGER = logging.getLogger("qgis")


def _forward_message(message, tag, level):
    LOGGER.log(logging.WARNING if level >= Qgis.Warning else logging.INFO, "[%s] %s", tag, message)


QgsApplication.messageLog().messageReceived.connect(_forward_message)


def load_plugin_as_qgis_does():
    """Read metadata.txt, import the package, call classFactory(None) then initProcessing()."""
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "abs_qgis" / "metadata.txt", encoding="utf-8")
    assert metadata["general"]["hasProcessingProvider"] == "yes"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    package = importlib.import_module("abs_qgis")
    plugin = package.classFactory(None)
    plugin.initProcessing()
    return plugin


@pytest.fixture(scope="session")
def qgis_app():
    return _APP


@pytest.fixture(scope="session")
def plugin(qgis_app):
    loaded = load_plugin_as_qgis_does()
    yield loaded
    loaded.unload()


@pytest.fixture
def run_alg(plugin):
    """Run an algorithm with processing.run and a feedback that collects the log."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            self.lines.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802 (QGIS API)
            self.lines.append(warning)
            super().pushWarning(warning)

    def run(algorithm_id, parameters, feedback=None):
        feedback = feedback or Feedback()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())  # as in QGIS desktop and processing.run
        result = processing.run(algorithm_id, parameters, context=context, feedback=feedback)
        result["_log"] = "\n".join(getattr(feedback, "lines", []))
        return result

    return run


@pytest.fixture(scope="session")
def sample_run(plugin, tmp_path_factory):
    """The sample ABS produced once for the tests that only read its outputs: (folder, results)."""
    import processing

    from tests.qgis.test_run_project import project_copy

    folder = tmp_path_factory.mktemp("sample_run")
    result = processing.run("abs:runproject", {"PROJECT": str(project_copy(folder))})
    return folder / "resultats", result
