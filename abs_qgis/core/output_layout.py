"""The output folder of « Produire l'ABS »: every folder and file name, in one place.

What a person opens and may share sits at the top of the folder: the document, the workbook,
``cartes/``, ``atlas/`` and ``couches_publiables/`` (the layers after the statistical secret and
``territoire_et_references.csv``). Everything that holds unmasked counts — joined tables,
indicators before the secret, the groups before the secret, rows not joined, the pictures of the
document — is under ``travail_non_diffusable/``, whose name says it is not to be shared.

Every writer and reader of the run asks this module for a path; none spells a name itself.
"""

import os
from dataclasses import dataclass

WORK_FOLDER = "travail_non_diffusable"
PUBLISHABLE_FOLDER = "couches_publiables"
MAPS_FOLDER = "cartes"  # one map per indicator
COUNT_MAPS_FOLDER = "effectifs"  # under cartes/: the counts as circles
OFFER_MAPS_PREFIX = "offre_"  # cartes/offre_<domaine>/: the facilities over the need
ATLAS_FOLDER = "atlas"
ATLAS_CHARTS_FOLDER = "graphiques_atlas"  # the atlas pages' charts, one SVG per territory
DOCUMENT_IMAGES_FOLDER = "images_document"  # under travail_non_diffusable/: the document's pictures
MAPS_PROJECT_NAME = "cartes_abs"  # the .qgz (and its .gpkg) of a map folder, to touch up in QGIS

RUN_MARKER = ".abs_qgis_projet"  # a folder written by abs:runproject (it may then be rewritten)
INCOMPLETE_MARKER = "ABS_INCOMPLETE.txt"  # there while a run goes on, left by one that failed or was stopped
WORKBOOK = "portrait_social.xlsx"
WORKBOOK_ODS = "portrait_social.ods"

COMMUNE_INDICATORS = "indicateurs_communes.gpkg"
PUBLISHABLE_COMMUNES = "communes_publiables.gpkg"
MASKED_CELLS = "secret_cases_masquees.csv"
GROUPS = "regroupements.gpkg"
PUBLISHABLE_GROUPS = "regroupements_publiables.gpkg"
GROUP_SECRET_REPORT = "secret_regroupements.csv"  # nosec B105: a file name, not a password
TERRITORY_AND_REFERENCES = "territoire_et_references.csv"
PUBLISHABLE = (PUBLISHABLE_COMMUNES, PUBLISHABLE_GROUPS, TERRITORY_AND_REFERENCES)

OFFER_COMMUNES = "donnees_communes_offre.gpkg"
OFFER_FACILITIES = "etablissements_offre.gpkg"
OFFER_CHECKS = "verification_offre.csv"
REFERENCE_OFFER_COMMUNES = "references_communes_offre.gpkg"


def output_path(folder, name, suffix=""):
    """The path of a file ``name`` of a run (with a census-year ``suffix``): publishable layers in
    couches_publiables/, the rest in travail_non_diffusable/."""
    stem, extension = os.path.splitext(name)
    sub_folder = PUBLISHABLE_FOLDER if name in PUBLISHABLE else WORK_FOLDER
    return os.path.join(folder, sub_folder, stem + suffix + extension)


def work_path(folder, name):
    """``name`` under travail_non_diffusable/ of the output ``folder``."""
    return os.path.join(folder, WORK_FOLDER, name)


def joined_communes(folder, number):
    """The communes after the join of the ``number``-th source (from 1)."""
    return work_path(folder, "donnees_communes_{}.gpkg".format(number))


def unmatched_rows(folder, number):
    """The rows of the ``number``-th source (from 1) that were not joined, with their reason."""
    return work_path(folder, "lignes_non_jointes_{}.csv".format(number))


def reference_communes(folder, number):
    """The references' communes after the join of their ``number``-th source (from 1)."""
    return work_path(folder, "references_communes_{}.gpkg".format(number))


def reference_unmatched_rows(folder, number):
    return work_path(folder, "references_lignes_non_jointes_{}.csv".format(number))


def offer_rejected_rows(folder, number):
    """The rows of the ``number``-th FINESS extract (from 1) that were not imported."""
    return work_path(folder, "offre_lignes_non_importees_{}.csv".format(number))


def maps_folder(folder):
    return os.path.join(folder, MAPS_FOLDER)


def count_maps_folder(folder):
    return os.path.join(folder, MAPS_FOLDER, COUNT_MAPS_FOLDER)


def offer_maps_folder(folder, domain_key):
    return os.path.join(folder, MAPS_FOLDER, OFFER_MAPS_PREFIX + domain_key)


def atlas_folder(folder):
    return os.path.join(folder, ATLAS_FOLDER)


def document_maps_folder(folder):
    """travail_non_diffusable/images_document/cartes/: the document's maps as PNG."""
    return os.path.join(folder, WORK_FOLDER, DOCUMENT_IMAGES_FOLDER, MAPS_FOLDER)


def document_charts_folder(folder):
    """travail_non_diffusable/images_document/graphiques/: the document's charts."""
    return os.path.join(folder, WORK_FOLDER, DOCUMENT_IMAGES_FOLDER, "graphiques")


@dataclass(frozen=True)
class PassFiles:
    """The files of one pass of indicators (the latest census, or the earlier one with its
    file-name ``suffix``, « _2013 » or « _precedent »)."""

    folder: str
    suffix: str = ""

    def path(self, name):
        return output_path(self.folder, name, self.suffix)

    @property
    def commune_indicators(self):
        return self.path(COMMUNE_INDICATORS)

    @property
    def publishable_communes(self):
        return self.path(PUBLISHABLE_COMMUNES)

    @property
    def masked_cells(self):
        return self.path(MASKED_CELLS)

    @property
    def groups(self):
        return self.path(GROUPS)

    @property
    def publishable_groups(self):
        return self.path(PUBLISHABLE_GROUPS)

    @property
    def group_secret_report(self):
        return self.path(GROUP_SECRET_REPORT)

    @property
    def territory_and_references(self):
        return self.path(TERRITORY_AND_REFERENCES)


@dataclass
class IndicatorPass:
    """One pass of « Produire l'ABS »: its year plan ({indicator: year}), its files, the layer of
    indicators before the secret, the layer published (after the secret, or the same when the
    project has none) and the number of cells the secret masked."""

    plan: dict
    files: PassFiles
    indicators: str = None
    published: str = None
    masked: int = 0

    @property
    def earlier(self):
        return bool(self.files.suffix)
