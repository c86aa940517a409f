"""The plugin loads as QGIS loads it, registers its provider, translates, and unloads cleanly."""

import configparser

from qgis.core import QgsApplication, QgsSettings

from tests.paths import ROOT
from tests.qgis.conftest import load_plugin_as_qgis_does

EXPECTED_ALGORITHMS = {
    "abs:joinindicators",
    "abs:computeindicators",
    "abs:aggregateterritories",
    "abs:statisticalsecret",
    "abs:checksecret",
    "abs:exportmaps",
    "abs:runproject",
    "abs:downloadinsee",
    "abs:equipmentrate",
    "abs:checkoffer",
    "abs:offeraccess",
    "abs:createofferlayer",
    "abs:importfiness",
}


def test_metadata_is_valid_for_the_official_repository():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "tags",
        "category",
        "icon",
        "changelog",
    ):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22" and general["qgisMaximumVersion"] == "4.99"
    assert general["supportsQt6"] == "True"
    assert general["version"] in general["changelog"]
    assert general["hasProcessingProvider"] == "yes"
    assert general["author"] == "abs_qgis contributors"
    assert (ROOT / "abs_qgis" / general["icon"]).exists()
    assert (ROOT / "abs_qgis" / "metadata.txt").read_text(encoding="utf-8") == (ROOT / "metadata.txt").read_text(
        encoding="utf-8"
    )


def test_provider_registers_and_lists_its_algorithms(plugin):
    provider = QgsApplication.processingRegistry().providerById("abs")
    assert provider is not None
    assert provider.name() in ("Analyse des besoins sociaux", "Social needs analysis")
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert EXPECTED_ALGORITHMS <= ids
    for algorithm in provider.algorithms():
        assert algorithm.groupId() in ("tables", "indicators", "secret", "maps", "project", "offer", "download")
        assert algorithm.shortHelpString()


def test_unload_removes_the_provider(plugin):
    registry = QgsApplication.processingRegistry()
    plugin.unload()
    assert registry.providerById("abs") is None
    assert plugin.provider is None and plugin.translator is None
    reloaded = load_plugin_as_qgis_does()  # and it loads again, as after a plugin reload
    assert registry.providerById("abs") is not None
    plugin.provider, plugin.translator = reloaded.provider, reloaded.translator


def test_french_translation_follows_the_qgis_locale(qgis_app):
    from abs_qgis.i18n import install_translator, remove_translator, tr

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translator = install_translator()
    try:
        assert translator is not None
        assert tr("Export maps") == "Exporter les cartes"
        assert tr("Join an indicator table to the communes") == "Joindre une table d'indicateurs aux communes"
    finally:
        remove_translator(translator)
        settings.setValue("locale/userLocale", "fr_FR")  # the session default (conftest)
    assert install_translator("en") is None  # English UI: the source strings, no catalogue needed


def test_languages_without_catalogue_fall_back_to_french(qgis_app):
    from abs_qgis.i18n import install_translator, remove_translator, tr

    for language in ("de", "C"):
        translator = install_translator(language)
        try:
            assert translator is not None
            assert tr("Export maps") == "Exporter les cartes"
        finally:
            remove_translator(translator)


def test_missing_python_module_gives_a_french_message(plugin, monkeypatch):
    from abs_qgis import dependencies
    from abs_qgis.plugin import AbsQgisPlugin

    monkeypatch.setattr(
        dependencies, "REQUIRED", dependencies.REQUIRED + (("module_absent_abs", "python3-absent", "absent"),)
    )
    registry = QgsApplication.processingRegistry()
    session_provider = registry.providerById("abs")
    registry.removeProvider(session_provider)  # the registry deletes it
    try:
        broken = AbsQgisPlugin(None)
        broken.initProcessing()
        assert broken.provider is None and registry.providerById("abs") is None
        assert "modules Python manquants : module_absent_abs" in broken.missing_message
        assert "sudo apt-get install python3-absent" in broken.missing_message
        broken.unload()
    finally:
        from abs_qgis.processing.provider import AbsProvider

        plugin.provider = AbsProvider()
        registry.addProvider(plugin.provider)


def test_qt_speaks_french_once_the_setup_installed_its_translations(plugin):
    """Issue 35: Qt's own buttons (Close, Cancel, Yes, No) stayed English in the dialogs because the
    set-up did not install Qt's translations (Debian qttranslations5-l10n; the Windows installer of
    QGIS ships them). QGIS loads them for its locale; here they are loaded as QGIS does."""
    from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    folder = QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)
    translator = QTranslator()
    assert translator.load("qtbase_fr", folder), "qtbase_fr.qm absent de {}".format(folder)
    QCoreApplication.installTranslator(translator)
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Yes
            | QDialogButtonBox.StandardButton.No
        )
        texts = sorted(button.text().replace("&", "") for button in buttons.buttons())
        assert texts == ["Annuler", "Fermer", "Non", "Oui"]
    finally:
        QCoreApplication.removeTranslator(translator)
