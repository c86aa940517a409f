"""« Charte graphique… » (issue 20: « the maps (… charter and logos) »): the collectivité's name,
colours and logos were only settable by writing a YAML charter. Set in the dialog (real widgets,
offscreen), saved where chosen, read by the maps as written; the shipped charter never touched."""

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from abs_qgis.core.charter import DEFAULT_CHARTER, load_charter
from tests.qgis.test_export_maps import density_layer, pixels  # noqa: F401, F811 (fixture)


def _logo(path):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#c51b7d"))
    assert image.save(str(path))
    return path


@pytest.fixture
def shipped_text():
    text = DEFAULT_CHARTER.read_text(encoding="utf-8")
    yield text
    assert DEFAULT_CHARTER.read_text(encoding="utf-8") == text  # never written over


def test_a_charter_set_in_the_dialog_is_the_one_the_maps_read(plugin, run_alg, density_layer, tmp_path, shipped_text):  # noqa: F811
    from abs_qgis.ui.charter_dialog import CharterDialog

    target = tmp_path / "charte_ccas.yaml"
    asked = []
    dialog = CharterDialog(None, choose_path=lambda _parent, start: asked.append(start) or str(target))
    shipped = load_charter(None)
    assert dialog.organisation.text() == shipped.organisation  # starts from the shipped charter
    assert (dialog.light.color().name(), dialog.dark.color().name()) == shipped.ramp
    dialog.organisation.setText("CCAS de Thiers")
    dialog.dark.setColor(QColor("#08306b"))
    dialog.colours["secret"].setColor(QColor("#202020"))
    dialog.logos.set_paths([str(_logo(tmp_path / "logo_ccas.png"))])
    dialog.sources.setText("Source : {source} — Réalisation : {organisation}")
    assert dialog.save_as() == str(target), dialog.status.text()
    assert asked == ["charte_graphique.yaml"]  # the shipped file is never proposed
    charter = load_charter(target)
    assert charter.organisation == "CCAS de Thiers"
    assert charter.ramp == (shipped.ramp[0], "#08306b") and charter.secret == "#202020"
    assert charter.logos == [str(tmp_path / "logo_ccas.png")]
    assert charter.sources("INSEE") == "Source : INSEE — Réalisation : CCAS de Thiers"
    assert charter.font == shipped.font and charter.date_format == shipped.date_format  # untouched, kept

    run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "DPI": 60,
            "FORMAT": 1,
            "CHARTER": str(target),
            "OUTPUT_FOLDER": str(tmp_path / "cartes"),
        },
    )
    assert pixels(tmp_path / "cartes" / "densite.png", "#08306b") > 0  # the dark class in the charter's colour
    assert pixels(tmp_path / "cartes" / "densite.png", "#c51b7d") > 0  # its logo printed

    reopened = CharterDialog(str(target), choose_path=lambda _parent, start: asked.append(start) or "")
    assert reopened.organisation.text() == "CCAS de Thiers" and reopened.logos.paths() == charter.logos
    assert reopened.save_as() is None and asked[-1] == str(target)  # cancelled: nothing written


def test_a_wrong_charter_is_said_in_the_dialog(plugin, tmp_path, shipped_text):
    from abs_qgis.ui.charter_dialog import CharterDialog

    dialog = CharterDialog(None, choose_path=lambda _parent, _start: str(DEFAULT_CHARTER))
    assert dialog.save_as() is None
    assert "charte livrée" in dialog.status.text()
    dialog.logos.set_paths([str(tmp_path / "absent.png")])
    dialog.choose_path = lambda _parent, _start: str(tmp_path / "charte.yaml")
    assert dialog.save_as() is None and "logo introuvable" in dialog.status.text()
    assert not (tmp_path / "charte.yaml").exists()


def test_the_maps_tab_opens_the_charter_and_keeps_the_saved_path(plugin, tmp_path, shipped_text):
    from abs_qgis.ui.project_dialog import ProjectDialog

    window = ProjectDialog(run=lambda _path: None)
    target = tmp_path / "charte.yaml"
    window.maps.edit_charter = lambda parent, path: str(target) if path == "" else None
    window.maps.charter_button.click()
    assert window.maps.charter.filePath() == str(target)
    window.deleteLater()
