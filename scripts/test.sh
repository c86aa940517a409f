#!/usr/bin/env bash
# The test suite: set-up (packages, .qm, sample territory), then pytest on the system Python
# that has the QGIS bindings. Extra arguments go to pytest (e.g. -k join).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
PYTHON="${ABS_QGIS_PYTHON:-/usr/bin/python3}"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
# pytest exits 5 when it collected no test: that is a failure here too.
# -rs: a skipped test (e.g. no PostGIS server possible) prints its reason, never silently.
exec "$PYTHON" -m pytest -p no:cacheprovider -rs "$@" tests
