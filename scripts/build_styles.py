"""Write the QML styles of the default charter into abs_qgis/styles/ (run after changing the
default charter or the styles code: /usr/bin/python3 scripts/build_styles.py).

A collectivité gets the same files in its own colours from its charter (load_charter + write_styles)."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False, tempfile.mkdtemp(prefix="abs_styles_profile_"))
    app.initQgis()
    from abs_qgis.cartography.styles import write_styles
    from abs_qgis.core.charter import load_charter

    for path in write_styles(load_charter(None), str(ROOT / "abs_qgis" / "styles")):
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
