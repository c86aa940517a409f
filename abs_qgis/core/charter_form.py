"""The graphic charter as the charter dialog edits it: the plain ``charte:`` mapping, the shipped
defaults filled in, logo paths absolute on reading and relative to the file on writing; written
beside then renamed, checked as the maps will read it (``load_charter``)."""

import os
from pathlib import Path

import yaml

from .charter import DEFAULT_CHARTER, load_charter
from .errors import AbsError
from .yamlfile import read_yaml

WRITTEN_BY = "# Charte graphique écrite par la fenêtre « Charte » d'abs_qgis : modifiable à la main ou dans QGIS.\n"


def _defaults():
    return yaml.safe_load(DEFAULT_CHARTER.read_text(encoding="utf-8"))["charte"]


def read_charter_form(path=None):
    """The ``charte`` mapping of ``path`` (the shipped charter when None), every key present."""
    path = Path(path) if path else DEFAULT_CHARTER
    load_charter(path)  # the same French errors as the maps' when the file is not a charter
    body = read_yaml(path, "Fichier de charte graphique", with_lines=False)["charte"]
    data = _defaults()
    data.update({key: value for key, value in body.items() if key not in ("couleurs", "textes")})
    for group in ("couleurs", "textes"):
        data[group] = dict(data[group], **(body.get(group) or {}))
    data["logos"] = [
        str(logo if Path(logo).is_absolute() else (path.parent / logo).resolve()) for logo in data["logos"]
    ]
    return data


def _relative(value, base):
    try:
        return Path(os.path.relpath(value, base)).as_posix()
    except ValueError:  # another drive (Windows): kept absolute
        return value


def charter_text(data, path):
    """The YAML text of the charter ``data`` for the file ``path`` (logos relative to its folder)."""
    base = Path(path).resolve().parent
    body = dict(data, logos=[_relative(logo, base) for logo in data.get("logos") or []])
    return WRITTEN_BY + yaml.safe_dump({"charte": body}, allow_unicode=True, sort_keys=False, width=110)


def write_charter(data, path, replace=False):
    """Write the charter ``data`` to ``path`` and check it; never the shipped charter, an existing
    file only when ``replace``. French errors."""
    path = Path(path)
    if path.resolve() == DEFAULT_CHARTER.resolve():
        raise AbsError("La charte livrée avec abs_qgis n'est pas modifiée : enregistrez la vôtre ailleurs", path=path)
    if path.exists() and not replace:
        raise AbsError("Le fichier existe déjà : confirmez son remplacement", path=path)
    partial = path.with_name(".{}.partiel".format(path.name))
    partial.write_text(charter_text(data, path), encoding="utf-8")
    try:
        load_charter(partial)
    except AbsError as error:
        partial.unlink()
        raise AbsError(error.message, path=path) from error
    os.replace(partial, path)
    return path
