"""Outputs as the QGIS desktop asks for them (issue 20): temporary outputs bound to the project,
files loaded afterwards. Every layer Processing is told to load exists — QGIS reported in red « Les
couches suivantes n'ont pas été générées correctement : memory:Communes avec indicateurs » after a
successful join or secret, because looking at a destination registered a memory one to load."""

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from abs_qgis.processing.layers.flags import ADVANCED
from tests.paths import sample
from tests.qgis.sample_steps import join_comparateur


def _run_as_the_desktop(algorithm_id, parameters):
    """Run as the algorithm dialog does; (results, {layer to load: loaded?})."""
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    bound = {
        key: QgsProcessingOutputLayerDefinition(value, project) if key in ("OUTPUT", "UNMATCHED", "REPORT") else value
        for key, value in parameters.items()
    }
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = algorithm.run(bound, context, QgsProcessingFeedback())
    assert ok, algorithm_id
    loaded = {
        key: QgsProcessingUtils.mapLayerFromString(key, context, typeHint=details.layerTypeHint) is not None
        for key, details in context.layersToLoadOnCompletion().items()
    }
    return results, loaded


def test_join_with_temporary_outputs_loads_every_layer(plugin):
    joined, loaded = _run_as_the_desktop(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )
    assert loaded and all(loaded.values()), loaded
    assert set(loaded) == {joined["OUTPUT"], joined["UNMATCHED"]}


def test_file_outputs_are_loaded_under_their_final_names(plugin, tmp_path):
    joined, loaded = _run_as_the_desktop(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "OUTPUT": str(tmp_path / "communes.gpkg"),
            "UNMATCHED": str(tmp_path / "rejets.csv"),
        },
    )
    assert all(loaded.values()), loaded
    assert joined["UNMATCHED"] == str(tmp_path / "rejets.csv")
    assert any(key.startswith(str(tmp_path / "rejets.csv")) for key in loaded)  # not its partial name
    assert not any("partiel" in key for key in loaded)
    # The secret on that file, its outputs temporary.
    _secret, loaded = _run_as_the_desktop(
        "abs:statisticalsecret",
        {
            "INPUT": joined["OUTPUT"],
            "COUNT_FIELDS": ["NAISD20", "DECESD20"],
            "THRESHOLD": 5,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "REPORT": "TEMPORARY_OUTPUT",
        },
    )
    assert len(loaded) == 2 and all(loaded.values()), loaded


def test_export_maps_shows_the_common_choices_first(plugin):
    """« Exporter les cartes » had 24 parameters in one list: the rarely changed ones are advanced."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:exportmaps")
    flagged = {definition.name() for definition in algorithm.parameterDefinitions() if definition.flags() & ADVANCED}
    shown = [d.name() for d in algorithm.parameterDefinitions() if d.name() not in flagged]
    assert {"DPI", "FIXED_BREAKS", "KEY_FIGURES", "OVERLAY", "LABEL_FIELD"} <= flagged
    assert {"INPUT", "INDICATORS", "TITLE", "CLASSIFICATION", "LAYOUT", "OUTPUT_FOLDER"} <= set(shown)
    assert len(shown) <= 15
    layout = algorithm.parameterDefinition("LAYOUT")  # a drop-down of French names, not a free-text box
    assert layout.type() == "enum"
    assert layout.options()[1:4] == ["A4 portrait", "A4 paysage", "A3 paysage"]


def test_join_shows_the_common_choices_first(plugin):
    """Issue 35: « Joindre des indicateurs » showed 14 technical parameters; the rarely changed ones
    (header row, code column, level, dictionary, movements…) are advanced."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:joinindicators")
    flagged = {definition.name() for definition in algorithm.parameterDefinitions() if definition.flags() & ADVANCED}
    shown = [d.name() for d in algorithm.parameterDefinitions() if d.name() not in flagged]
    assert shown == ["COMMUNES", "TABLE", "SHEET", "PASSAGE", "SUM_IRIS", "OUTPUT", "UNMATCHED"]
    assert {"HEADER_ROW", "TABLE_FIELD", "LEVEL", "META", "MOVEMENTS", "UPDATE_GEOMETRY", "RENAME"} <= flagged


def test_indicators_ticked_by_their_french_label(run_alg, tmp_path):
    """« Calculer les indicateurs » lists the catalogue by theme and French label (it asked for ids
    typed by hand); the positions ticked in the dialog give the same layer as the ids in a script."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:computeindicators")
    picker = algorithm.parameterDefinition("INDICATORS")
    assert picker.type() == "enum" and picker.allowMultiple()
    wanted = (
        "Démographie — Densité de population (hab./km²)",
        "Emploi — Taux de chômage des 15-64 ans (recensement) (%)",
    )
    assert all(label in picker.options() for label in wanted)
    themes = [label.split(" — ")[0] for label in picker.options()]
    assert themes == sorted(themes, key=themes.index) and themes[0] == "Démographie"  # grouped by theme
    joined = join_comparateur(run_alg, tmp_path)
    layers = {}
    for how, chosen in (
        ("ticked", [picker.options().index(label) for label in wanted]),
        ("ids", "densite,taux_chomage"),
    ):
        result = run_alg(
            "abs:computeindicators",
            {"INPUT": joined["OUTPUT"], "INDICATORS": chosen, "OUTPUT": str(tmp_path / "{}.gpkg".format(how))},
        )
        layer = QgsVectorLayer(result["OUTPUT"], how, "ogr")
        layers[how] = {name for name in layer.fields().names() if name in ("densite", "taux_chomage", "taux_natalite")}
    assert layers["ticked"] == layers["ids"] == {"densite", "taux_chomage"}


def test_file_boxes_say_what_the_file_is(plugin):
    """« Produire l'ABS » asked for its project through a « Catalogue YAML » filter."""
    registry = QgsApplication.processingRegistry()
    expected = {
        ("abs:runproject", "PROJECT"): "Projet d'ABS (*.yaml *.yml)",
        ("abs:exportmaps", "CHARTER"): "Charte graphique (*.yaml *.yml)",
        ("abs:exportmaps", "LAYOUT_FILE"): "Modèle de mise en page QGIS (*.qpt)",
        ("abs:statisticalsecret", "RULES"): "Règles du secret (*.yaml *.yml)",
        ("abs:computeindicators", "CATALOGUE"): "Catalogue YAML (*.yaml *.yml)",
    }
    found = {}
    for algorithm_id, name in expected:
        algorithm = registry.createAlgorithmById(algorithm_id)  # kept alive while its parameter is read
        found[(algorithm_id, name)] = algorithm.parameterDefinition(name).fileFilter()
    assert found == expected


def test_messages_name_the_boxes_the_user_sees(plugin):
    """A message naming a parameter by its key (« cochez UPDATE_GEOMETRY ») also names the box as
    the dialog shows it, in « »: the key alone means nothing to someone using the dialogs."""
    import re
    import xml.etree.ElementTree as ElementTree  # noqa: N813 (reading the shipped .ts, not input)

    from tests.paths import ROOT

    keys = set()
    for algorithm in QgsApplication.processingRegistry().providerById("abs").algorithms():
        keys |= {definition.name() for definition in algorithm.parameterDefinitions() if len(definition.name()) > 3}
    pattern = re.compile(r"(?<![\w=])({})(?![\w=])".format("|".join(sorted(keys, key=len, reverse=True))))
    translations = ElementTree.parse(str(ROOT / "abs_qgis" / "resources" / "i18n" / "abs_qgis_fr.ts")).iter(
        "translation"
    )
    bare = [text.text for text in translations if text.text and pattern.search(text.text) and "«" not in text.text]
    assert keys and bare == []
