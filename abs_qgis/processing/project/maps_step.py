"""The maps of « Produire l'ABS »: the indicators' maps, the counts in circles, the atlas and the
offer's maps, each an abs:exportmaps run with the project's « cartes » settings."""

import os

from qgis.core import QgsProcessingException

from ...core.charter import load_charter
from ...core.project import REPRESENTATIONS
from ...i18n import tr
from ..offer.offer_maps import offer_maps, offer_overlay
from .outputs_step import output_path

CLASSIFICATIONS = {"jenks": 0, "quantiles": 1, "intervalles": 2, "ecart_type": 3, "arrondis": 4, "q6": 5}


def project_maps(algorithm, project, layer, folder, run, offer=(None, None)):
    """The maps, circles, atlas and offer maps of the project; ``offer`` = (its state or None,
    the latest plan: the needs mapped under the facilities are among its indicators)."""
    maps = project.maps
    if not maps or not (maps.get("indicateurs") or maps.get("cercles")):
        return 0
    method = str(maps.get("classification", "jenks")).lower()
    if method not in CLASSIFICATIONS:
        raise QgsProcessingException(
            tr("cartes.classification: « {} » unknown ({})").format(method, ", ".join(CLASSIFICATIONS))
        )
    common = {
        "INPUT": layer,
        "INDICATORS": list(maps.get("indicateurs") or []),
        "CHARTER": maps.get("charte") or "",
        "CLASSIFICATION": CLASSIFICATIONS[method],
        "CLASSES": int(maps.get("classes", 5)),
        "SOURCES": maps.get("sources") or "",
        "LABEL_FIELD": maps.get("etiquettes") or "",
        "SUBTITLE": project.name,
        "LAYOUT": maps.get("mise_en_page") or "",
        "REPRESENTATION": REPRESENTATIONS.index(maps.get("representation", "automatique")),
        "OVERWRITE": True,
    }
    if maps.get("carton"):
        common["INSET"] = maps["carton"]
    count = 0
    if maps.get("indicateurs"):
        count += run("abs:exportmaps", dict(common, OUTPUT_FOLDER=os.path.join(folder, "cartes")))["MAP_COUNT"]
    if maps.get("cercles"):  # counts in proportional circles, beside the other maps
        count += run(
            "abs:exportmaps",
            dict(
                common,
                INDICATORS=list(maps["cercles"]),
                REPRESENTATION=REPRESENTATIONS.index("cercles"),
                # Counts read from the tables as they are: the catalogue does not know their source.
                SOURCES=maps.get("sources") or sources_line(algorithm, project),
                OUTPUT_FOLDER=os.path.join(folder, "cartes", "effectifs"),
            ),
        )["MAP_COUNT"]
    if maps.get("atlas") and maps.get("indicateurs"):
        references = output_path(folder, "territoire_et_references.csv")  # abs:aggregateterritories
        count += run(
            "abs:exportmaps",
            dict(
                common,
                INDICATORS=list(maps["indicateurs"])[:1],
                ATLAS_FIELD=maps["atlas"],
                ATLAS_LABEL_FIELD=maps.get("atlas_libelle") or "",
                LAYOUT=maps.get("atlas_mise_en_page") or "",
                ATLAS_SPLIT=bool(maps.get("atlas_par_territoire", False)),
                KEY_FIGURES=list(maps.get("chiffres_cles") or maps["indicateurs"]),
                REFERENCES=references if os.path.exists(references) else "",
                OVERLAY=offer_overlay(offer[0]) if offer[0] is not None else None,
                OUTPUT_FOLDER=os.path.join(folder, "atlas"),
            ),
        )["MAP_COUNT"]
    if offer[0] is not None:
        count += offer_maps(offer[0], offer[1], common, folder, run)
    return count


def sources_line(algorithm, project):
    """The charter's sources line naming the project's tables (their « libelle »)."""
    labels = [source.label for source in project.sources if source.label]
    if not labels:
        return ""
    charter = algorithm.run_core(load_charter, project.maps.get("charte") or None)
    return charter.sources(" ; ".join(dict.fromkeys(labels)))
