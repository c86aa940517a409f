"""The offer inside « Produire l'ABS »: the offer layer (created when absent), the extracts imported
into it once each, its checks, and its columns added to the territory's and the references' communes."""

import hashlib
import os
from dataclasses import dataclass, field
from datetime import date

from qgis.core import QgsVectorLayer

from ...core.errors import AbsError
from ...core.output_layout import OFFER_CHECKS, offer_rejected_rows, work_path
from ...i18n import by_count, tr
from ..layers.qvariant import plain_value
from ..offer.create_offer_layer import LAYER_NAME
from ..offer.offer_store import GeoPackageStore, PostgresStore


@dataclass
class OfferState:
    uri: str  # the offer layer
    provider: str  # ogr or postgres
    label: str  # where it lives, for the log
    problems: int = 0  # rows flagged by abs:checkoffer
    checks: str = ""  # the checks' table
    by_category: dict = field(default_factory=dict)  # category → facilities in the layer
    updated: date = None  # the latest update date of its records (the date of the offer)
    absent: str = ""  # families absent from the layer
    facility_list: str = ""  # the territory's facilities with their commune (abs:offerbycommune)


def _store(offer):
    return PostgresStore(offer.database, offer.schema) if offer.database else GeoPackageStore(offer.layer)


def _fingerprint(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:12]


def _source_label(extract):
    """The « source » written on the imported records: label, file name and content fingerprint —
    how the next run knows this extract is already in the layer (hand edits and deletions kept)."""
    return "{} — {} ({})".format(extract.source, os.path.basename(extract.table), _fingerprint(extract.table))


def _imported_labels(layer):
    return {str(plain_value(feature["source"]) or "") for feature in layer.getFeatures()}


def prepare_offer(project, communes, run, feedback):
    """The offer layer ready for the run: created when absent (its form, the communes for the
    commune code's default), the project's extracts imported when new or changed, checked."""
    offer, store = project.offer, _store(project.offer)
    provider = "postgres" if offer.database else "ogr"
    if not store.exists(LAYER_NAME):
        created = {"COMMUNES": communes, "OVERWRITE": False}
        created.update(
            {"DATABASE": offer.database, "SCHEMA": offer.schema} if offer.database else {"OUTPUT": offer.layer}
        )
        run("abs:createofferlayer", created)
        feedback.pushInfo(tr("Offer layer created in {}: add or edit its facilities in QGIS").format(store.label()))
    state = OfferState(store.uri(LAYER_NAME), provider, store.label())
    layer = QgsVectorLayer(state.uri, LAYER_NAME, provider)
    if not layer.isValid() or layer.fields().lookupField("categorie") < 0:
        raise AbsError(
            "offre : {} n'est pas une couche de l'offre (créée par « Créer la couche de l'offre »)".format(state.label),
            path=project.path,
            row=offer.line,
        )
    _import_extracts(project, layer, run, feedback)
    layer.reload()
    _describe(layer, state)
    return state


def _import_extracts(project, layer, run, feedback):
    done = _imported_labels(layer)
    for number, extract in enumerate(project.offer.imports, start=1):
        label = _source_label(extract)
        if label in done:
            feedback.pushInfo(
                tr("{}: already imported, unchanged (the layer's edits are kept)").format(
                    os.path.basename(extract.table)
                )
            )
            continue
        result = run(
            "abs:importfiness",
            {
                "TABLE": extract.table,
                "OFFER": layer,
                "DEFAULT_CATEGORY": extract.category or "",
                "DEPARTEMENTS": ",".join(extract.departements),
                "SOURCE": label,
                "KEEP_EXISTING": True,
                "SKIPPED": offer_rejected_rows(project.output, number),
            },
        )
        feedback.pushInfo(
            tr("{}: {} facilities added, {} rows not imported").format(
                os.path.basename(extract.table), result["CREATED"], result["NOT_IMPORTED"]
            )
        )


def _describe(layer, state):
    """Facilities per category and the latest update date of the layer."""
    for feature in layer.getFeatures():
        category = str(plain_value(feature["categorie"]) or "")
        state.by_category[category] = state.by_category.get(category, 0) + 1
        updated = plain_value(feature["date_maj"]) if layer.fields().lookupField("date_maj") >= 0 else None
        updated = updated.toPyDate() if hasattr(updated, "toPyDate") else updated
        if isinstance(updated, date) and (state.updated is None or updated > state.updated):
            state.updated = updated


def _wider_code_field(project):
    if project.references is not None:
        return project.references.code_field or project.code_field or ""
    return project.code_field or ""


def check_offer(project, state, communes, run):
    """abs:checkoffer on the layer: its findings in the work folder, their number in the summary."""
    path = work_path(project.output, OFFER_CHECKS)
    result = run(
        "abs:checkoffer",
        {
            "FACILITIES": QgsVectorLayer(state.uri, LAYER_NAME, state.provider),
            "FINESS_FIELD": "finess",
            "CAPACITY_FIELD": "places_permanentes",
            "COMMUNE_FIELD": "code_commune",
            "COMMUNES": communes,
            "COMMUNES_CODE_FIELD": project.references.code_field
            if project.references and project.references.code_field
            else (project.code_field or ""),
            "CATEGORY_FIELD": "categorie",
            "UPDATE_FIELD": "date_maj",
            "MAX_MONTHS": project.offer.max_months,
            "OUTPUT": path,
        },
    )
    state.problems, state.checks = result["PROBLEMS"], path


def covered_departements(offer):
    """The départements the offer layer covers when every extract imported into it was limited to
    some (« departements: ["63"] »); [] when any extract covers all, or none was imported."""
    if not offer.imports or not all(extract.departements for extract in offer.imports):
        return []
    return sorted({code for extract in offer.imports for code in extract.departements})


def offer_columns(project, state, communes, output, run, listing=None):
    """The communes with their offer columns (abs:offerbycommune); (layer, columns). With a
    ``listing`` path, the facilities counted are listed there (the workbook's « Établissements »)."""
    offer = project.offer
    parameters = {
        "COMMUNES": communes,
        "OFFER": QgsVectorLayer(state.uri, LAYER_NAME, state.provider),
        "DISTANCE_KM": offer.distance_km,
        "ROADS": offer.roads or None,
        "CATALOGUE": project.catalogue or "",
        "OUTPUT": output,
    }
    if listing:
        parameters["FACILITY_LIST"] = listing
    covered = covered_departements(offer)
    if covered:  # a reference or comparison département outside the extracts: unknown, never 0
        parameters["COVERED_DEPARTEMENTS"] = ",".join(covered)
    result = run("abs:offerbycommune", parameters)
    if listing:
        state.facility_list = result["FACILITY_LIST"]
    state.absent = result["ABSENT"]
    return result["OUTPUT"], [name for name in result["COLUMNS"].split(",") if name]


def summary_lines(state):
    """The run summary's lines on the offer (facilities used per category, flagged rows)."""
    counts = ", ".join("{} {}".format(count, category) for category, count in sorted(state.by_category.items()))
    lines = [tr("Offer ({}): {}").format(state.label, counts or tr("no facility"))]
    if state.updated:
        lines.append(tr("Offer up to date on {}").format(state.updated.strftime("%d/%m/%Y")))
    if state.absent:
        lines.append(tr("Not in the offer layer (rates not computable): {}").format(state.absent))
    flagged = by_count(
        state.problems, tr("Checks of the offer: {} row flagged ({})"), tr("Checks of the offer: {} rows flagged ({})")
    )
    lines.append(flagged.format(state.problems, state.checks))
    return lines
