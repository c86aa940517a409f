"""The indicator box of « Exporter les cartes » in Processing's real dialog (issue 20): it listed
130 raw column names in layer order, the catalogue's indicators last and no French label. Now the
catalogue's indicators come first by theme, under their French label, and what is ticked is the
same list of field names a script gives."""

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from abs_qgis.core.catalogue import THEMES, load_catalogue
from abs_qgis.ui.indicator_fields_widget import IndicatorFieldsWrapper


@pytest.fixture
def dialog(plugin, sample_run):
    from processing.gui.AlgorithmDialog import AlgorithmDialog

    folder, _result = sample_run
    layer = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "Communes", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:exportmaps")
    opened = AlgorithmDialog(algorithm)
    yield opened, layer
    opened.close()
    QgsProject.instance().removeMapLayer(layer.id())


def _wrappers(dialog):
    return dialog.mainWidget().wrappers


def _items(wrapper):
    return [wrapper.picker.list.item(row) for row in range(wrapper.picker.list.count())]


def _listed(wrapper):
    """[(field name, text shown)] in the order shown."""
    return [(item.data(Qt.ItemDataRole.UserRole), item.text()) for item in _items(wrapper)]


def test_catalogue_indicators_first_by_theme_and_french_label(dialog):
    opened, layer = dialog
    wrappers = _wrappers(opened)
    picker = wrappers["INDICATORS"]
    assert isinstance(picker, IndicatorFieldsWrapper)
    wrappers["INPUT"].setParameterValue(layer.id(), QgsProcessingContext())
    listed = _listed(picker)
    catalogue = load_catalogue()
    numeric = [field.name() for field in layer.fields() if field.isNumeric()]
    assert sorted(field for field, _text in listed) == sorted(numeric)  # every numeric field, once
    in_catalogue = [field for field, _text in listed if field in catalogue]
    assert in_catalogue, "the sample's layer holds catalogue indicators"
    assert [field for field, _text in listed[: len(in_catalogue)]] == in_catalogue  # those first
    themes = [THEMES.index(catalogue[field].theme) for field in in_catalogue]
    assert themes == sorted(themes)
    density = dict(listed)["densite"]
    assert density.startswith("Démographie — " + catalogue["densite"].libelle)
    others = [text for field, text in listed if field not in catalogue]
    assert all(text.startswith("Autres champs — ") for text in others)


def test_ticked_labels_give_the_field_names_and_survive_a_layer_change(dialog):
    opened, layer = dialog
    wrappers = _wrappers(opened)
    picker = wrappers["INDICATORS"]
    wrappers["INPUT"].setParameterValue(layer.id(), QgsProcessingContext())
    picker.setParameterValue(["taux_chomage", "densite"], QgsProcessingContext())
    parameters = opened.mainWidget().createProcessingParameters()
    assert sorted(parameters["INDICATORS"]) == ["densite", "taux_chomage"]
    picker.picker.search.setText("chômage")
    shown = [item.text() for item in _items(picker) if not item.isHidden()]
    assert shown and all("chômage" in text.lower() for text in shown)
    changes = []
    picker.widgetValueHasChanged.connect(lambda wrapper: changes.append(wrapper.widgetValue()))
    unemployment = next(item for item in _items(picker) if item.data(Qt.ItemDataRole.UserRole) == "taux_chomage")
    unemployment.setCheckState(Qt.CheckState.Unchecked)  # as a click does
    assert changes == [["densite"]]
    unemployment.setCheckState(Qt.CheckState.Checked)
    # The layer chosen again: what was ticked and is still there stays ticked.
    wrappers["INPUT"].setParameterValue(layer.id(), QgsProcessingContext())
    assert sorted(picker.widgetValue()) == ["densite", "taux_chomage"]


def test_batch_dialog_keeps_qgis_own_field_box(plugin):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:exportmaps")
    batch = BatchAlgorithmDialog(algorithm)
    try:
        wrappers = batch.mainWidget().wrappers[0]
        assert all(not isinstance(wrapper, IndicatorFieldsWrapper) for wrapper in wrappers if wrapper is not None)
    finally:
        batch.close()


def test_modeler_keeps_qgis_own_field_box(plugin):
    """In the graphical modeler the box takes model inputs too: QGIS's own widget is kept there."""
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.gui import QgsProcessingModelerParameterWidget

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("abs:exportmaps")
    modeler = ModelerParametersDialog(algorithm, QgsProcessingModelAlgorithm())
    try:
        wrapper = modeler.widget.widget.wrappers["INDICATORS"]
        assert isinstance(wrapper, QgsProcessingModelerParameterWidget)
    finally:
        modeler.close()
