"""Write the print layout templates into abs_qgis/resources/layouts/ (run after changing
abs_qgis/cartography/templates.py: /usr/bin/python3 scripts/build_layouts.py).

A collectivité opens one of these .qpt in QGIS's layout designer (Projet > Nouvelle mise en page
> Ajouter des éléments depuis un modèle), moves or restyles items keeping their ids, saves it
as a template and gives its path to « Exporter les cartes » (LAYOUT) or to the project file
(cartes.mise_en_page)."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main():
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False, tempfile.mkdtemp(prefix="abs_layouts_profile_"))
    app.initQgis()
    from abs_qgis.cartography.templates import PAGE_FORMATS, TEMPLATE_FOLDER, build_template, save_template

    TEMPLATE_FOLDER.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for name in sorted(PAGE_FORMATS):
        print(save_template(build_template(project, name), TEMPLATE_FOLDER / "{}.qpt".format(name)))
    app.exitQgis()


if __name__ == "__main__":
    main()
