"""The project file as the ABS dialog edits it: the plain ``projet:`` mapping, every file path made
absolute on reading and relative to the file's folder on writing, every key the dialog does not
show kept as it was — so a project written by the dialog runs unchanged with ``qgis_process`` and a
hand-written one opens in the dialog (its comments are not kept: the dialog says so before writing
over a file it did not write)."""

import os
from pathlib import Path

import yaml

from .errors import AbsError
from .levels import detect_level
from .millesimes import source_year
from .yamlfile import read_yaml

WRITTEN_BY = "# Projet d'ABS écrit par la fenêtre « ABS » d'abs_qgis : modifiable à la main ou dans QGIS.\n"

# Where paths sit: (section, key) for a mapping, (section, None, key) for each block of a list.
PATH_KEYS = (
    ("territoire", "communes"),
    ("catalogue",),
    ("regroupement", "table"),
    ("references", "communes"),
    ("document", "modele"),
    ("offre", "couche"),
    ("offre", "routes"),
    ("cartes", "charte"),
    ("cartes", "carton"),
    ("sortie",),
)
LIST_PATH_KEYS = (
    (("sources",), ("table", "passage", "mouvements")),
    (("references", "sources"), ("table", "passage", "mouvements")),
    (("valeurs_publiees",), ("table",)),
    (("offre", "imports"), ("table",)),
)
TEMPLATE_NAMES = ("a4_portrait", "a4_paysage", "a3_paysage", "atlas_a4_portrait")  # the shipped layouts


def _plain(value):
    """``value`` without the line bookkeeping of the project reader."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if not str(key).startswith("__")}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _mapping(data, keys):
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _convert(data, convert):
    """Apply ``convert`` to every path of the ``projet`` mapping ``data`` (in place)."""
    for keys in PATH_KEYS:
        parent = _mapping(data, keys[:-1])
        if isinstance(parent, dict) and isinstance(parent.get(keys[-1]), str) and parent[keys[-1]].strip():
            parent[keys[-1]] = convert(parent[keys[-1]])
    for keys, names in LIST_PATH_KEYS:
        for block in _mapping(data, keys) or []:
            for name in names:
                if isinstance(block, dict) and isinstance(block.get(name), str) and block[name].strip():
                    block[name] = convert(block[name])
    layout = _mapping(data, ("cartes",)) or {}
    for key in ("mise_en_page", "atlas_mise_en_page"):  # a .qpt of the collectivité, not a shipped name
        if isinstance(layout.get(key), str) and layout[key].lower().endswith(".qpt"):
            layout[key] = convert(layout[key])
    return data


def read_form(path):
    """The ``projet`` mapping of the project file ``path``, its paths absolute."""
    content = read_yaml(path, "Projet")
    if not isinstance(content, dict) or not isinstance(content.get("projet"), dict):
        raise AbsError("Le fichier de projet commence par « projet: »", path=path)
    base = Path(path).resolve().parent
    return _convert(_plain(content["projet"]), lambda value: str((base / value).resolve()))


def relative_to(base):
    """A function making a path relative to the folder ``base`` (kept absolute on another drive)."""

    def convert(value):
        try:
            return Path(os.path.relpath(value, base)).as_posix()
        except ValueError:  # another drive (Windows): kept absolute
            return value

    return convert


def form_text(data, path):
    """The YAML text of ``data`` for the file ``path``: paths relative to its folder, the keys in
    the order of a hand-written project."""
    relative = _convert(_plain(data), relative_to(Path(path).resolve().parent))
    body = yaml.safe_dump({"projet": relative}, allow_unicode=True, sort_keys=False, width=110)
    return WRITTEN_BY + body


def written_by_dialog(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.readline() == WRITTEN_BY.splitlines(keepends=True)[0]
    except (OSError, UnicodeDecodeError):
        return False


def write_form(data, path, replace=False):
    """Write the project ``data`` to ``path`` (beside it first, then renamed). An existing file is
    only replaced when ``replace``; French error otherwise."""
    path = Path(path)
    if path.exists() and not replace:
        raise AbsError("Le fichier existe déjà : confirmez son remplacement", path=path)
    partial = path.with_name(".{}.partiel".format(path.name))
    partial.write_text(form_text(data, path), encoding="utf-8")
    os.replace(partial, path)
    return path


def _code_share(values, codes):
    """Share of the layer's ``codes`` that the column's ``values`` reach (an IRIS by its commune)."""
    reached = {value for value in values if value in codes} | {value[:5] for value in values if value[:5] in codes}
    return len(reached) / len(codes)


def describe_source(table, layer_codes):
    """What the dialog shows of a source ``table`` (core.tables.Table): its level, code column and
    millésime as detected, with how the millésime was found."""
    frame, codes = table.frame, set(layer_codes)
    best, best_share, best_level = None, -1.0, None
    for name in frame.columns:
        values = [str(value).strip() for value in frame[name].head(2000) if value == value and str(value).strip()]
        level = detect_level(values)
        if level is None:
            continue
        found = _code_share(values, codes) if codes else 0.0
        if found > best_share:
            best, best_share, best_level = name, found, level
    year, how = source_year(None, list(frame.columns), str(table.path))
    return {
        "colonne_code": best,
        "part_codes": max(best_share, 0.0),
        "niveau": best_level.label if best_level is not None else None,
        "millesime": year,
        "millesime_origine": how,
        "lignes": len(frame),
        "colonnes": [str(name) for name in frame.columns],
    }
