"""The graphic charter as the charter dialog edits it: the plain ``charte:`` mapping, the shipped
defaults filled in, logo paths absolute on reading and relative to the file on writing; written
beside then renamed, checked as the maps will read it (``load_charter``)."""

import os
from pathlib import Path

import yaml

from .charter import DEFAULT_CHARTER, load_charter
from .errors import AbsError
from .project_form import relative_to

WRITTEN_BY = "# Charte graphique écrite par la fenêtre « Charte » d'abs_qgis : modifiable à la main ou dans QGIS.\n"


def read_charter_form(path=None):
    """The ``charte`` mapping of ``path`` (the shipped charter when None), every key present: read
    by ``load_charter`` (the shipped defaults filled in, the maps' French errors, logos found)."""
    charter = load_charter(path)
    return {
        "organisation": charter.organisation,
        "police": charter.font,
        "couleurs": {
            "sequentielle": list(charter.ramp),
            "pas_de_donnee": charter.no_data,
            "secret": charter.secret,
            "contour": charter.outline,
        },
        "textes": {
            "sources": charter.sources_pattern,
            "date": charter.date_pattern,
            "format_date": charter.date_format,
        },
        "logos": [os.path.abspath(logo) for logo in charter.logos],
    }


def charter_text(data, path):
    """The YAML text of the charter ``data`` for the file ``path`` (logos relative to its folder)."""
    relative = relative_to(Path(path).resolve().parent)
    body = dict(data, logos=[relative(logo) for logo in data.get("logos") or []])
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
