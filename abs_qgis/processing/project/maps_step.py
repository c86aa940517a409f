"""The maps of « Produire l'ABS »: the indicators' maps, the counts in circles, the atlas and the
offer's maps, each an abs:exportmaps run with the project's « cartes » settings."""

import os

from ...core.block_settings import CLASSIFICATIONS, REPRESENTATIONS
from ...core.charter import load_charter
from ...core.output_layout import PassFiles, atlas_folder, count_maps_folder, maps_folder
from ..offer.offer_maps import offer_maps, offer_overlay


def project_maps(algorithm, project, layer, folder, run, offer=(None, None)):
    """The maps, circles, atlas and offer maps of the project; ``offer`` = (its state or None,
    the latest plan: the needs mapped under the facilities are among its indicators)."""
    maps = project.maps
    if not maps.any:
        return 0
    common = {
        "INPUT": layer,
        "INDICATORS": list(maps.indicators),
        "CHARTER": maps.charter or "",
        "CLASSIFICATION": CLASSIFICATIONS.index(maps.classification),
        "CLASSES": maps.classes,
        "SOURCES": maps.sources or "",
        "LABEL_FIELD": maps.label_field or "",
        "SUBTITLE": project.name,
        "LAYOUT": maps.layout or "",
        "REPRESENTATION": REPRESENTATIONS.index(maps.representation),
        "OVERWRITE": True,
    }
    if maps.inset:
        common["INSET"] = maps.inset
    count = 0
    if maps.indicators:
        count += run("abs:exportmaps", dict(common, OUTPUT_FOLDER=maps_folder(folder)))["MAP_COUNT"]
    if maps.circles:  # counts in proportional circles, beside the other maps
        count += run(
            "abs:exportmaps",
            dict(
                common,
                INDICATORS=list(maps.circles),
                REPRESENTATION=REPRESENTATIONS.index("cercles"),
                # Counts read from the tables as they are: the catalogue does not know their source.
                SOURCES=maps.sources or sources_line(algorithm, project),
                OUTPUT_FOLDER=count_maps_folder(folder),
            ),
        )["MAP_COUNT"]
    if maps.atlas_field and maps.indicators:
        references = PassFiles(folder).territory_and_references  # abs:aggregateterritories
        count += run(
            "abs:exportmaps",
            dict(
                common,
                INDICATORS=list(maps.indicators)[:1],
                ATLAS_FIELD=maps.atlas_field,
                ATLAS_LABEL_FIELD=maps.atlas_label_field or "",
                LAYOUT=maps.atlas_layout or "",
                ATLAS_SPLIT=maps.atlas_split,
                KEY_FIGURES=list(maps.key_figures or maps.indicators),
                REFERENCES=references if os.path.exists(references) else "",
                OVERLAY=offer_overlay(offer[0]) if offer[0] is not None else None,
                OUTPUT_FOLDER=atlas_folder(folder),
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
    charter = algorithm.run_core(load_charter, project.maps.charter)
    return charter.sources(" ; ".join(dict.fromkeys(labels)))
