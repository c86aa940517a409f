"""What « Produire l'ABS » checks and sets once for all its passes: the output folder (never a
user's files written over), the project's fields in the joined communes, and the parameters the
« secret » and « regroupement » blocks give to every secret and grouping step."""

import os

from qgis.core import QgsProcessingException, QgsVectorLayer

from ...core.errors import AbsError
from ...core.output_layout import PUBLISHABLE_FOLDER, RUN_MARKER, WORK_FOLDER
from ...core.output_manifest import changed_since_run
from ...core.project_checks import missing_fields
from ...i18n import tr


def check_project_fields(project, communes):
    """The fields the project names (secret.effectifs, secret.hierarchie, regroupement.champ) are in
    the joined communes: else a French error naming the key and its line, before any step uses them."""
    layer = communes if isinstance(communes, QgsVectorLayer) else QgsVectorLayer(str(communes), "communes", "ogr")
    names = set(layer.fields().names())
    secret, grouping = project.secret, project.grouping
    if secret:
        for key, fields in (("effectifs", secret.counts), ("hierarchie", secret.hierarchy), ("publics", secret.public)):
            missing_fields(fields, names, "secret." + key, project.path, secret.lines.get(key))
        check_circles_published(project)
    if grouping.field and not grouping.table:
        missing_fields([grouping.field], names, "regroupement.champ", project.path, None)


def check_circles_published(project):
    """The counts drawn in circles (cartes.cercles) are published: the secret must protect them or
    the project declare them public (secret.publics), else the maps would show raw counts."""
    secret = project.secret
    raw = [name for name in project.maps.circles if name not in secret.counts and name not in secret.public]
    if raw:
        raise AbsError(
            "cartes.cercles : {} n'est ni protégé par le secret (secret.effectifs) ni déclaré public "
            "(secret.publics) ; ajoutez-le à l'une des deux listes".format(", ".join(raw)),
            path=project.path,
            row=secret.lines.get("effectifs"),
        )


def secret_parameters(project, millesime):
    """abs:statisticalsecret's parameters that the project sets for every layer: the « secret »
    block, the collectivité's catalogue, and only publishable fields in the output."""
    secret = project.secret
    return {
        "THRESHOLD": secret.threshold,
        "MASK_ZEROS": secret.mask_zeros,
        "YEARS": millesime,
        "CATALOGUE": project.catalogue or "",
        "PUBLISHABLE_ONLY": True,
    }


def grouping_parameters(grouping):
    """« regroupement »: champ/nom are fields of the layer, or — with a table (commune → sector,
    IRIS → QPV) — its group and name columns."""
    if grouping.table:
        return {
            "GROUP_TABLE": grouping.table,
            "GROUP_TABLE_FIELD": grouping.field or "",
            "GROUP_TABLE_NAME": grouping.name_field or "",
        }
    return {"GROUP_FIELD": grouping.field or "", "NAME_FIELD": grouping.name_field or ""}


def prepare_folder(folder, overwrite):
    """Never write over a user's files: an existing, non-empty folder must be ours (marker) or OVERWRITE."""
    if (
        os.path.isdir(folder)
        and os.listdir(folder)
        and not os.path.exists(os.path.join(folder, RUN_MARKER))
        and not overwrite
    ):
        raise QgsProcessingException(
            tr(
                "The output folder {} already holds files not written by abs_qgis: choose another "
                "« sortie » in the project file or tick « Replace existing files » (OVERWRITE)"
            ).format(folder)
        )
    changed = [] if overwrite or not os.path.isdir(folder) else changed_since_run(folder)
    if changed:
        raise QgsProcessingException(
            tr(
                "{} changed since the last run wrote it in {}: rename it to keep it, or tick « Replace existing "
                "files » (OVERWRITE); nothing was written"
            ).format(", ".join(changed[:5]) + (" …" if len(changed) > 5 else ""), folder)
        )
    try:
        for sub_folder in (WORK_FOLDER, PUBLISHABLE_FOLDER):
            os.makedirs(os.path.join(folder, sub_folder), exist_ok=True)
        # The marker says the folder is ours; its record is emptied until this run ends whole.
        open(os.path.join(folder, RUN_MARKER), "w", encoding="utf-8").close()
    except OSError as error:
        raise QgsProcessingException(
            tr("Cannot create the output folder {}: {}").format(folder, error.strerror)
        ) from error
