"""Where the tests find the project and the real data of ../shared/data."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("ABS_QGIS_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = ROOT / "data" / "sample"


def shared(relative):
    """Path of a file of ../shared/data; the test fails (not skips) when it is missing."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.fail("Donnée réelle absente : {} (../shared/data doit être à côté du dépôt)".format(path))
    return path


def sample(relative):
    path = SAMPLE / relative
    if not path.exists():
        pytest.fail("Territoire d'exemple absent : {} (lancez bash scripts/setup.sh)".format(path))
    return path
