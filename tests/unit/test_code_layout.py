"""The house's plan (issue 30): processing/ by toolbox group, imports running one way, one name
for one thing, and the project file's defaults written once, in their dataclass."""

import ast
import re
from collections import defaultdict

from abs_qgis.core import block_settings
from abs_qgis.core.block_settings import DocumentSettings, Grouping, MapSettings, SecretSettings, block_keys
from tests.paths import ROOT

PACKAGE = ROOT / "abs_qgis"
ROOMS = ("layers", "tables", "indicators", "secret", "maps", "offer", "project", "download")
ALGORITHM_ROOMS = ("tables", "indicators", "secret", "maps", "offer", "download")


def _modules():
    return [path for path in PACKAGE.rglob("*.py") if "_vendor" not in path.parts]


def _imported_packages(path):
    """The absolute dotted names ``path`` imports from within abs_qgis (relative imports resolved)."""
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts[:-1]) if relative.name != "__init__" else list(relative.parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = parts[: len(parts) - node.level + 1]
                found.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module and node.module.startswith("abs_qgis"):
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("abs_qgis")]
    return found


def _offenders(folder, forbidden):
    offenders = []
    for path in (PACKAGE / folder).rglob("*.py"):
        for name in _imported_packages(path):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                offenders.append("{} → {}".format(path.relative_to(PACKAGE), name))
    return offenders


def test_the_resolver_reads_relative_imports():
    # The checks below rest on it: a module of processing/project importing ..layers.flags.
    names = _imported_packages(PACKAGE / "processing" / "project" / "run_project.py")
    assert "abs_qgis.processing.layers.flags" in names and "abs_qgis.core.project" in names


def test_imports_run_one_way():
    assert _offenders("core", ["abs_qgis.processing", "abs_qgis.ui", "abs_qgis.cartography", "abs_qgis.document"]) == []
    assert _offenders("document", ["abs_qgis.processing", "abs_qgis.ui", "abs_qgis.cartography"]) == []
    assert _offenders("cartography", ["abs_qgis.processing", "abs_qgis.ui", "abs_qgis.document"]) == []
    assert _offenders("processing", ["abs_qgis.ui"]) == []


def test_algorithm_rooms_never_use_the_project_run():
    for room in ALGORITHM_ROOMS + ("layers",):
        assert _offenders("processing/" + room, ["abs_qgis.processing.project"]) == [], room
    others = ["abs_qgis.processing." + room for room in ROOMS if room != "layers"]
    assert _offenders("processing/layers", others) == []


def test_processing_is_laid_out_by_toolbox_group():
    top = sorted(path.name for path in (PACKAGE / "processing").glob("*.py"))
    assert top == ["__init__.py", "base.py", "provider.py"]
    for room in ROOMS:
        init = PACKAGE / "processing" / room / "__init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring and "May import" in docstring, room
    # Each algorithm sits in the room of its toolbox group.
    groups = {"tables": "tables", "indicators": "indicators", "secret": "secret", "maps": "maps", "offer": "offer"}
    groups["project"], groups["download"] = "project", "download"
    for path in (PACKAGE / "processing").rglob("*.py"):
        match = re.search(r'^    GROUP = "(\w+)"', path.read_text(encoding="utf-8"), re.M)
        if match:
            assert path.parent.name == groups[match.group(1)], path


def test_one_name_for_one_module_and_one_public_function():
    modules, names = defaultdict(list), defaultdict(list)
    for path in _modules():
        if path.name != "__init__.py":
            modules[path.stem].append(str(path.relative_to(PACKAGE)))
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
                names[node.name].append(str(path.relative_to(PACKAGE)))
    assert {name: paths for name, paths in modules.items() if len(paths) > 1} == {}
    assert {name: paths for name, paths in names.items() if len(paths) > 1} == {}


BLOCK_KEYS = set().union(*(block_keys(cls) for cls in (SecretSettings, MapSettings, DocumentSettings, Grouping)))
BLOCK_KEYS |= {"distance_km", "mois_mise_a_jour", "schema"}  # the « offre » block (core/project_offer.Offer)
BLOCK_KEYS -= {"nom", "champ", "table"}  # no default; « nom » is also the project's name (default: the file's)
# `.get("seuil", 5)`, `.get("classes", 5)`…: a default of the project file spelled outside its dataclass.
DEFAULT_GIVEN = re.compile(r"""\.get\(\s*["']({})["']\s*,\s*(?!None\b)[^)\s]""".format("|".join(sorted(BLOCK_KEYS))))


def test_the_project_defaults_are_written_once():
    assert DEFAULT_GIVEN.search('maps.get("classes", 5)') and not DEFAULT_GIVEN.search('maps.get("classes")')
    found = []
    for path in _modules():
        if path.name in ("block_settings.py",):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if DEFAULT_GIVEN.search(line):
                found.append("{}:{}: {}".format(path.relative_to(PACKAGE), number, line.strip()))
    assert found == []


def test_the_typed_blocks_know_every_key_of_their_block():
    assert block_keys(SecretSettings) == {
        "seuil",
        "effectifs",
        "hierarchie",
        "masquer_zeros",
        "publics",
        "seuil_inferieur_a_5_assume",
    }
    assert {"classification", "classes", "representation", "atlas", "cercles"} <= block_keys(MapSettings)
    assert block_settings.block_default(SecretSettings, "seuil") == 5
    assert SecretSettings().threshold == block_settings.SECRET_THRESHOLD == 5


def test_every_output_name_has_one_owner():
    from abs_qgis.core import output_layout

    names = [
        value
        for key, value in vars(output_layout).items()
        if key.isupper() and isinstance(value, str) and "." in value or key in ("WORK_FOLDER", "PUBLISHABLE_FOLDER")
    ]
    assert "territoire_et_references.csv" in names and "travail_non_diffusable" in names
    spelled = re.compile(r"""["']({})["']""".format("|".join(re.escape(name) for name in names)))
    found = []
    for path in _modules():
        if path.name == "output_layout.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if spelled.search(line):
                found.append("{}:{}: {}".format(path.relative_to(PACKAGE), number, line.strip()))
    assert found == []


def test_a_pass_names_its_files_in_the_right_folder(tmp_path):
    from abs_qgis.core.output_layout import IndicatorPass, PassFiles

    latest, earlier = PassFiles(str(tmp_path)), PassFiles(str(tmp_path), "_2013")
    assert latest.territory_and_references == str(tmp_path / "couches_publiables" / "territoire_et_references.csv")
    assert earlier.publishable_communes == str(tmp_path / "couches_publiables" / "communes_publiables_2013.gpkg")
    assert earlier.groups == str(tmp_path / "travail_non_diffusable" / "regroupements_2013.gpkg")
    assert not IndicatorPass({}, latest).earlier and IndicatorPass({}, earlier).earlier
