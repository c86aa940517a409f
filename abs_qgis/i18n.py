"""Translation: one Qt context for the whole plugin, French shipped as a compiled ``.qm``.

Every visible string is a literal passed to :func:`tr` (or ``self.tr`` of the algorithms,
which calls it), formatted *after* translation: ``tr("{} rows").format(n)``.
``scripts/i18n.py`` extracts those literals into ``resources/i18n/abs_qgis_fr.ts``.
"""

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .__about__ import I18N_DIR

CONTEXT = "abs_qgis"
PRINT_LANGUAGE = "fr"  # maps, legends and reports are French documents whatever the UI language
_print_translators = {}


def tr(text):
    """Translate ``text`` in the plugin's single context."""
    return QCoreApplication.translate(CONTEXT, text)


def by_count(count, singular, plural):
    """``singular`` or ``plural`` (both already translated) for ``count``, as French says it: 0 and
    1 take the singular (« 0 ligne signalée », « 1 regroupement »)."""
    return singular if count <= 1 else plural


def tr_print(text):
    """Translate a text printed on a map or report: always French (``PRINT_LANGUAGE``)."""
    translator = _print_translators.get(PRINT_LANGUAGE)
    if translator is None:
        translator = QTranslator()
        translator.load(str(I18N_DIR / "abs_qgis_{}.qm".format(PRINT_LANGUAGE)))
        _print_translators[PRINT_LANGUAGE] = translator
    try:
        translated = translator.translate(CONTEXT, text)
    except UnicodeEncodeError:  # PyQt5 converts ``const char *`` arguments as ASCII
        translated = translator.translate(CONTEXT.encode("utf-8"), text.encode("utf-8"))
    return translated or text


def current_locale():
    """Two-letter language QGIS is using (``locale/userLocale`` or the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (name or "en")[:2].lower()


def install_translator(locale=None):
    """Install the translator of ``locale`` (default: QGIS's) and return it, or ``None``.

    English (the source strings) needs no translator. Any other language without a catalogue
    of its own — including the ``C`` locale of servers and CI — gets French: the plugin's users
    are French administrations. The caller keeps the returned object and removes it on unload.
    """
    language = (locale or current_locale())[:2].lower()
    if language == "en":
        return None
    qm_file = I18N_DIR / "abs_qgis_{}.qm".format(language)
    if not qm_file.exists():
        qm_file = I18N_DIR / "abs_qgis_{}.qm".format(PRINT_LANGUAGE)
    if not qm_file.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
