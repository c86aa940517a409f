"""The project's tables as « Produire l'ABS » joins them: abs:joinindicators' parameters for one
source, and the references (the wider communes with the same tables, their levels and the
territories of comparison, each checked to exist) for abs:aggregateterritories."""

import os

from qgis.core import QgsExpression, QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

from ...compat import NO_GEOMETRY_REQUEST
from ...core.errors import AbsError
from ...core.output_layout import REFERENCE_OFFER_COMMUNES, reference_communes, reference_unmatched_rows, work_path
from ..tables.join_indicators import JoinIndicatorsAlgorithm
from .offer_step import offer_columns


def join_parameters(polygons, source, output, unmatched):
    """abs:joinindicators' parameters for one source of the project; ``polygons`` = (layer, code
    field or None, forced level or None)."""
    communes, code_field, level = polygons
    return {
        "COMMUNES": communes,
        "COMMUNE_FIELD": code_field or "",
        "TABLE": source.table,
        "SHEET": source.sheet or "",
        "PASSAGE": source.passage or "",
        "MOVEMENTS": source.movements or "",
        "LEVEL": JoinIndicatorsAlgorithm.LEVEL_KEYS.index(level.key if level else None),
        "SUM_IRIS": source.sum_iris,
        "RENAME": ";".join("{}={}".format(old, new) for old, new in source.renames.items()),
        "DIMENSIONS": source.dimensions,
        "OUTPUT": output,
        "UNMATCHED": unmatched,
    }


def reference_parameters(project, folder, offer, run):
    """abs:aggregateterritories' reference parameters: the project's tables joined to the wider
    communes of « references » (their unjoined rows listed apart), levels, comparisons."""
    references = project.references
    if references is None:
        return {}
    check_equivalents(project)
    communes = references.communes
    for number, source in enumerate(references.sources, start=1):
        communes = run(
            "abs:joinindicators",
            join_parameters(
                (communes, references.code_field, None),
                source,
                reference_communes(folder, number),
                reference_unmatched_rows(folder, number),
            ),
        )["OUTPUT"]
    if offer is not None:  # the references' offer: the same layer on their communes
        output = work_path(folder, REFERENCE_OFFER_COMMUNES)
        communes = offer_columns(project, offer, communes, output, run)[0]
    return {
        "REFERENCE_LAYER": communes,
        "REFERENCE_FIELDS": ",".join(references.levels),
        "REFERENCE_WHOLE": references.whole is not None,
        "REFERENCE_WHOLE_NAME": references.whole or "France",
        "REFERENCE_EQUIVALENTS": ";".join(
            "{}={}={}".format(field, code, name.replace(";", ",")) for field, code, name in references.equivalents
        ),
    }


def check_equivalents(project):
    """Each territory of comparison must exist in the references' communes (else: its line)."""
    references = project.references
    layer = QgsVectorLayer(references.communes, "references", "ogr")
    for (field_name, code, name), line in zip(references.equivalents, references.lines):
        found = layer.fields().lookupField(field_name) >= 0 and any(
            True
            for _feature in layer.getFeatures(
                QgsFeatureRequest()
                .setFilterExpression(QgsExpression.createFieldEqualityExpression(field_name, code))
                .setLimit(1)
                .setFlags(NO_GEOMETRY_REQUEST)
            )
        )
        if not found:
            raise QgsProcessingException(
                str(
                    AbsError(
                        "references.comparaison : « {} » ({} = {}) absent de {}".format(
                            name, field_name, code, os.path.basename(references.communes)
                        ),
                        path=project.path,
                        row=line,
                    )
                )
            )
