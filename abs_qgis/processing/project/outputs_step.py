"""The two documents of « Produire l'ABS »: the portrait workbook and the ABS document, from the
files of its indicator passes (their names: :mod:`abs_qgis.core.output_layout`)."""

import os

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ...compat import NO_GEOMETRY_REQUEST
from ...core.catalogue import load_catalogue
from ...core.levels import COMMUNE
from ...core.output_layout import WORKBOOK, WORKBOOK_ODS
from ...core.portrait import merge_previous, write_portrait_ods
from ...core.portrait import write_portrait as write_workbook
from ...core.portrait_facilities import ListedFacility, sheet_rows, write_facility_sheet
from ...dependencies import available
from ...i18n import tr, tr_print
from ..indicators.portrait_rows import layer_rows, name_field_of, reference_rows
from ..layers.qvariant import plain_value

LIST_FIELDS = ("code_commune", "categorie", "nom", "finess", "places")  # abs:offerbycommune's FACILITY_LIST


def indicator_ids(catalogue, latest):
    """The catalogue indicators (not counts) the run computed."""
    names = QgsVectorLayer(latest.indicators, "indicateurs", "ogr").fields().names()
    return [name for name in names if name in catalogue and catalogue[name].type != "effectif"]


def write_portrait_workbook(project, folder, years, feedback=None, offer=None):
    """portrait_social.xlsx (and .ods): territory, references, groups and communes, one sheet per
    theme; ``years`` = (latest pass, earlier pass or None): with an earlier census year, each
    indicator known at both gets its evolution; with the ``offer`` (its state), the list of its
    facilities in the territory. Returns the indicators written."""
    latest, earlier = years
    catalogue = load_catalogue(project.catalogue)
    ids = indicator_ids(catalogue, latest)
    sections = _portrait_sections(project, latest, ids)
    years = {key: (None, year) for key, year in latest.plan.items()}
    if earlier is not None:
        merge_previous(sections, _portrait_sections(project, earlier, ids))
        years.update({key: (year, latest.plan[key]) for key, year in earlier.plan.items() if key in years})
    workbook = os.path.join(folder, WORKBOOK)
    extra = [facility_sheet(project, latest, offer)] if offer is not None and offer.facility_list else []
    write_workbook(workbook, project.name, sections, catalogue, ids, True, years, extra)
    if available("odf"):
        write_portrait_ods(workbook, os.path.join(folder, WORKBOOK_ODS), True)
    elif feedback is not None:
        feedback.pushWarning(
            tr(
                "portrait_social.ods not written: the Python library odfpy is missing (see the README, « Windows »); "
                "portrait_social.xlsx is written and opens in LibreOffice too"
            )
        )
    return ids


def facility_sheet(project, latest, offer):
    """The function adding the « Établissements » sheet: the offer's facilities in the territory's
    communes, named as in the published layer, with their group's name."""
    code_field = project.code_field or "DEPCOM"
    communes, groups = {}, {}
    layer = QgsVectorLayer(latest.published, "communes", "ogr")
    name_field = name_field_of(layer.fields().names(), code_field)
    group_field = project.grouping.field if project.grouping.field in layer.fields().names() else None
    group_names = _group_names(latest.files.publishable_groups) if group_field else {}
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST)):
        code = str(plain_value(feature[code_field]) or "")
        communes[code] = str(plain_value(feature[name_field]) or code)
        if group_field:
            group = str(plain_value(feature[group_field]) or "")
            groups[code] = group_names.get(group, group)
    listed = [
        ListedFacility(*(plain_value(feature[name]) for name in LIST_FIELDS))
        for feature in QgsVectorLayer(offer.facility_list, "etablissements", "ogr").getFeatures()
    ]
    rows = sheet_rows(listed, communes, groups)
    updated = offer.updated.strftime("%d/%m/%Y") if offer.updated else None
    return lambda workbook: write_facility_sheet(workbook, project.name, rows, updated)


def _group_names(path):
    """{group code: name} of the groups layer (empty when absent)."""
    if not os.path.exists(path):
        return {}
    layer = QgsVectorLayer(path, "regroupements", "ogr")
    names = layer.fields().names()
    name_field = name_field_of(names, "code")
    return {str(plain_value(f["code"])): str(plain_value(f[name_field]) or "") for f in layer.getFeatures()}


def _portrait_sections(project, year, ids):
    """The workbook's row sections of one census year (the files of the indicator pass)."""
    files, sections = year.files, []
    references = files.territory_and_references
    if os.path.exists(references):
        sections.append((tr_print("Territory and references"), reference_rows(references, ids)))
    groups = files.publishable_groups
    if not os.path.exists(groups):
        groups = files.groups
    if os.path.exists(groups):
        sections.append((tr_print("Groups"), layer_rows(groups, project.grouping.field or "", "code", ids)))
    code_field = project.code_field or "DEPCOM"
    level = project.level or COMMUNE
    title = level.plural[0].upper() + level.plural[1:]
    sections.append((title, layer_rows(year.published, level.label, code_field, ids)))
    return sections


def write_document(algorithm, project, folder, years, run, feedback):
    """The ABS document (.docx, and .pdf with LibreOffice); [] when its libraries are missing or
    the project turns it off (``document: {}`` absent is the default document)."""
    latest, earlier, ids = years
    if not project.document.write:
        return []
    if not available("docxtpl"):  # checked here: the rest of the ABS is produced without it
        feedback.pushWarning(
            tr(
                "ABS document not written: the Python library docxtpl is missing (Debian: apt-get install "
                "python3-docxtpl; Windows: see the README). The maps, atlas and workbook are written."
            )
        )
        return []
    from .document_step import DocumentStep

    step = algorithm.run_core(DocumentStep, project, folder, run, feedback)
    return algorithm.run_core(step.write, latest, earlier, ids)
