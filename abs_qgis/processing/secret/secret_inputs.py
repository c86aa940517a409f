"""What the secret algorithms read from a layer: codes, counts, ratios and their counts,
hierarchy, per-field thresholds (catalogue, rules file)."""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...compat import FIELD_NUMERIC, NO_GEOMETRY_REQUEST, NUMBER_INTEGER, SOURCE_VECTOR, parameter_as_fields
from ...core.block_settings import SECRET_THRESHOLD
from ...core.catalogue import load_catalogue
from ...core.code_names import CODE_FIELD_CANDIDATES, IRIS_FIELD_CANDIDATES
from ...core.columns import is_count_column
from ...core.indicators import resolve_at
from ...core.levels import IRIS, commune_of_iris, detect_level
from ...core.project_checks import check_keys
from ...core.yamlfile import read_yaml
from ...i18n import by_count
from ..indicators.catalogue_parameters import add_year_parameters, year_parameter
from ..layers.flags import advanced
from ..layers.layer_columns import numeric_field_names, read_columns
from ..layers.ogr_file import ogr_file_of

NOT_PROTECTED = ("SUPERF", "AREA", "ABS_SURFACE_KM2")
COMMUNE_OF_IRIS = "commune (IRIS)"  # hierarchy level derived from IRIS codes when none is given


@dataclass
class SecretInputs:
    codes: list
    counts: dict
    ratios: dict
    ratio_values: dict
    hierarchy: dict
    thresholds: dict
    threshold: int
    mask_zeros: bool
    whole: bool
    catalogue: dict = None  # the shipped catalogue and the collectivité's (its ratios are masked too)
    numeric: tuple = ()  # the layer's numeric fields

    def rules(self):
        """The positional arguments shared by ``apply_secret`` and ``audit``."""
        return (
            self.codes,
            self.counts,
            self.ratios,
            self.hierarchy,
            self.threshold,
            self.thresholds,
            self.mask_zeros,
            self.whole,
        )


def add_secret_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            "INPUT", algorithm.tr("Territories with counts and ratios"), [SOURCE_VECTOR]
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            "CODE_FIELD",
            algorithm.tr("Territory code field (detected if empty)"),
            parentLayerParameterName="INPUT",
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterField(
            "COUNT_FIELDS",
            algorithm.tr("Counts to protect (default: every count field of the layer)"),
            parentLayerParameterName="INPUT",
            type=FIELD_NUMERIC,
            allowMultiple=True,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "THRESHOLD", algorithm.tr("Minimum publishable count"), NUMBER_INTEGER, SECRET_THRESHOLD, minValue=1
        )
    )
    algorithm.addParameter(QgsProcessingParameterBoolean("MASK_ZEROS", algorithm.tr("Mask zeros too"), False))
    algorithm.addParameter(
        QgsProcessingParameterField(
            "HIERARCHY",
            algorithm.tr("Parent code fields whose totals are published (EPCI, sector, département…)"),
            parentLayerParameterName="INPUT",
            allowMultiple=True,
            optional=True,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterBoolean(
            "WHOLE_PUBLISHED", algorithm.tr("The total of the whole layer is published"), True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            "RULES",
            algorithm.tr("Rules file (YAML: per-field thresholds, ratios and their counts), optional"),
            optional=True,
            fileFilter=algorithm.tr("Secret rules (*.yaml *.yml)"),
        )
    )
    catalogue = QgsProcessingParameterFile(
        "CATALOGUE",
        algorithm.tr("User catalogue (YAML): its indicators are masked by induction too, optional"),
        optional=True,
        fileFilter=algorithm.tr("YAML catalogue (*.yaml *.yml)"),
    )
    algorithm.addParameter(advanced(catalogue))
    add_year_parameters(algorithm)


def _rules(algorithm, path, names):
    if not path:
        return {}, {}
    data = algorithm.run_core(read_yaml, path, "Règles du secret", False) or {}  # bounded, plain data
    if not isinstance(data, dict):
        raise QgsProcessingException(algorithm.tr("Rules file {} unreadable: {}").format(path, type(data).__name__))
    # « champs: », « seuil: »… would otherwise be ignored without a word: refused as in a project file.
    algorithm.run_core(check_keys, data, {"seuils", "ratios"}, "le fichier des règles du secret", path)
    for key in ("seuils", "ratios"):
        if not isinstance(data.get(key) or {}, dict):
            raise QgsProcessingException(
                algorithm.tr("Rules file {} unreadable: {}").format(
                    path, "« {} » : bloc champ: valeur attendu".format(key)
                )
            )
    thresholds = {str(k): v for k, v in (data.get("seuils") or {}).items() if not str(k).startswith("__")}
    ratios = {str(k): list(v) if isinstance(v, list) else [v] for k, v in (data.get("ratios") or {}).items()}
    unknown = sorted(({*thresholds, *ratios} | {d for deps in ratios.values() for d in deps}) - set(names))
    if unknown:
        raise QgsProcessingException(algorithm.tr("Rules file {}: unknown fields {}").format(path, ", ".join(unknown)))
    for name, value in thresholds.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise QgsProcessingException(
                algorithm.tr("Rules file {}: threshold of {} must be a whole number ≥ 1").format(path, name)
            )
    return thresholds, ratios


def read_secret_inputs(algorithm, parameters, context, feedback):
    """``(source, OgrFile read or None, SecretInputs)`` of the INPUT layer and the rule parameters."""
    source = algorithm.parameterAsSource(parameters, "INPUT", context)
    if source is None:
        raise QgsProcessingException(algorithm.tr("The input layer cannot be read"))
    names = source.fields().names()
    code_field = (
        algorithm.parameterAsString(parameters, "CODE_FIELD", context)
        or next((n for n in names if n.upper() in IRIS_FIELD_CANDIDATES[:4]), None)
        or next((n for n in names if n.upper() in CODE_FIELD_CANDIDATES), None)
    )
    if code_field is None:
        raise QgsProcessingException(
            algorithm.tr("No territory code field found: choose it in « Territory code field » (CODE_FIELD)")
        )
    catalogue = algorithm.run_core(load_catalogue, algorithm.parameterAsFile(parameters, "CATALOGUE", context) or None)
    numeric = numeric_field_names(source)
    count_like = [n for n in numeric if n not in NOT_PROTECTED and n not in catalogue and is_count_column(n)]
    counts = parameter_as_fields(algorithm, parameters, "COUNT_FIELDS", context) or count_like
    unprotected = [n for n in count_like if n not in counts]
    hierarchy_fields = parameter_as_fields(algorithm, parameters, "HIERARCHY", context)
    absent = [name for name in list(counts) + list(hierarchy_fields) if name not in names]
    if absent:
        raise QgsProcessingException(
            algorithm.tr("Fields absent from the input layer: {} (its fields: {})").format(
                ", ".join(absent), ", ".join(names[:20])
            )
        )
    _refuse_text_counts(algorithm, source, [name for name in counts if name not in numeric])
    thresholds, ratios = _rules(algorithm, algorithm.parameterAsFile(parameters, "RULES", context), names)
    millesime = year_parameter(algorithm, parameters, context)
    for key in [n for n in numeric if n in catalogue and n not in ratios]:
        resolved = resolve_at(catalogue, key, set(numeric), millesime)
        if isinstance(resolved, str):
            continue
        dependencies = [c for c in resolved.columns if c in counts]
        ratios[key] = dependencies
        if catalogue[key].secret_seuil:
            for dependency in dependencies:
                thresholds.setdefault(dependency, int(catalogue[key].secret_seuil))
    ratios = {key: deps for key, deps in ratios.items() if deps}
    ogr_file = ogr_file_of(algorithm, parameters, "INPUT", context)
    columns, texts, _count = read_columns(
        source,
        context,
        sorted(set(counts) | set(ratios) | set(unprotected)),
        [code_field] + hierarchy_fields,
        feedback=feedback,
        ogr_file=ogr_file,
    )
    for level in hierarchy_fields:
        empty = [texts[code_field][row] for row, value in enumerate(texts[level]) if value in (None, "")]
        if empty:
            raise QgsProcessingException(
                algorithm.tr("Hierarchy field « {} »: {} territories without parent: {}").format(
                    level, len(empty), ", ".join(map(str, empty[:20]))
                )
            )
    threshold = algorithm.parameterAsInt(parameters, "THRESHOLD", context)
    if not algorithm.parameterAsBoolean(parameters, "PUBLISHABLE_ONLY", context):  # else left out, and said
        _warn_unprotected(algorithm, {n: columns[n] for n in unprotected}, threshold, feedback)
    hierarchy = {level: texts[level] for level in hierarchy_fields}
    _add_commune_of_iris(algorithm, texts[code_field], hierarchy, feedback)
    return (
        source,
        ogr_file,
        SecretInputs(
            codes=texts[code_field],
            counts={n: columns[n] for n in counts},
            ratios=ratios,
            ratio_values={n: columns[n] for n in ratios},
            hierarchy=hierarchy,
            thresholds=thresholds,
            threshold=threshold,
            mask_zeros=algorithm.parameterAsBoolean(parameters, "MASK_ZEROS", context),
            whole=algorithm.parameterAsBoolean(parameters, "WHOLE_PUBLISHED", context),
            catalogue=catalogue,
            numeric=tuple(numeric),
        ),
    )


def _refuse_text_counts(algorithm, source, names):
    """A count to protect that is not a number field (its cells « inf », « -1 », « s »… made it text)
    cannot be masked: it would be published as it is. Refused, naming it and a few of its values."""
    if not names:
        return
    name = names[0]
    index = source.fields().lookupField(name)
    request = QgsFeatureRequest().setSubsetOfAttributes([index]).setFlags(NO_GEOMETRY_REQUEST).setLimit(200)
    seen = []
    for feature in source.getFeatures(request):
        value = str(feature.attributes()[index])
        if value not in seen:
            seen.append(value)
        if len(seen) == 5:
            break
    raise QgsProcessingException(
        algorithm.tr(
            "Count « {} » to protect is not a number field (values such as {}): it cannot be masked. Correct the "
            "file (the cells that are not numbers) or remove the field from the counts"
        ).format(name, ", ".join("« {} »".format(value) for value in seen))
    )


def _warn_unprotected(algorithm, columns, threshold, feedback):
    """Counts left out of COUNT_FIELDS while some of their values lie in (0, threshold): said,
    since they are published as they are."""
    small = {}
    for name, values in columns.items():
        values = np.asarray(values, dtype=float)
        count = int(np.sum((values > 0) & (values < threshold)))
        if count:
            small[name] = count
    if small:
        listed = ", ".join("{} ({})".format(name, count) for name, count in sorted(small.items())[:10])
        more = " …" if len(small) > 10 else ""
        text = by_count(
            len(small),
            algorithm.tr(
                "{} count field is not protected by the secret although values lie between 0 and {} "
                "(territories): {}{}; it is published as it is (add it to the counts if it must be)"
            ),
            algorithm.tr(
                "{} count fields are not protected by the secret although values lie between 0 and {} "
                "(territories): {}{}; they are published as they are (add them to the counts if they must be)"
            ),
        )
        feedback.pushWarning(text.format(len(small), threshold, listed, more))


def _add_commune_of_iris(algorithm, codes, hierarchy, feedback):
    """IRIS codes: the commune totals are published (INSEE publishes every commune), so the IRIS of a
    commune form an equation even when no hierarchy field gives the commune."""
    if detect_level(codes) is not IRIS:
        return
    communes = [commune_of_iris(str(code)) if code else None for code in codes]
    if any([str(p) for p in parents] == communes for parents in hierarchy.values()):
        return
    hierarchy[COMMUNE_OF_IRIS] = communes
    feedback.pushInfo(
        algorithm.tr("IRIS codes: the commune totals are protected too (commune = first 5 characters of the code)")
    )
