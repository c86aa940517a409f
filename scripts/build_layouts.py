"""Write the print layout templates into abs_qgis/resources/layouts/ (run after changing
abs_qgis/cartography/templates.py: /usr/bin/python3 scripts/build_layouts.py).

A collectivité opens one of these .qpt in QGIS's layout designer (Projet > Nouvelle mise en page
> Ajouter des éléments depuis un modèle), moves or restyles items keeping their ids, saves it
as a template and gives its path to « Exporter les cartes » (LAYOUT) or to the project file
(cartes.mise_en_page)."""

import os
import re
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes XML attributes in hash order, random per process unless the seed is fixed: a fixed
# seed keeps the shipped templates byte-stable from one build to the next (readable diffs).
os.environ["QT_HASH_SEED"] = "0"


UUID = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def stable_uuids(path, name):
    """Replace the random item uuids by ones derived from the template's name and their order
    (every occurrence of one uuid by the same one: links between items, e.g. the legend's map,
    are kept). QGIS gives items new uuids when it loads a template anyway."""
    text = path.read_text(encoding="utf-8")
    mapping = {}
    for found in UUID.findall(text):
        if found not in mapping:
            mapping[found] = "{{{}}}".format(
                uuid.uuid5(uuid.NAMESPACE_URL, "abs_qgis/{}/{}".format(name, len(mapping)))
            )
    path.write_text(UUID.sub(lambda match: mapping[match.group(0)], text), encoding="utf-8")


def main():
    from qgis.core import QgsApplication, QgsProject

    app = QgsApplication([], False, tempfile.mkdtemp(prefix="abs_layouts_profile_"))
    app.initQgis()
    from abs_qgis.cartography.templates import PAGE_FORMATS, TEMPLATE_FOLDER, build_template, save_template

    TEMPLATE_FOLDER.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for name in sorted(PAGE_FORMATS):
        path = save_template(build_template(project, name), TEMPLATE_FOLDER / "{}.qpt".format(name))
        stable_uuids(Path(path), name)
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
