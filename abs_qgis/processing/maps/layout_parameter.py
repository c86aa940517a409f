"""The page layout of « Exporter les cartes »: a drop-down of the shipped layouts by their French
names (« A4 paysage »…), or the user's own ``.qpt``. Scripts and « Produire l'ABS » may still give
the layout as text (``LAYOUT=a4_paysage`` or a ``.qpt`` path), as before the drop-down."""

from qgis.core import QgsProcessingParameterEnum, QgsProcessingParameterFile

LAYOUT = "LAYOUT"
LAYOUT_FILE = "LAYOUT_FILE"
LAYOUT_KEYS = ("", "a4_portrait", "a4_paysage", "a3_paysage", "atlas_a4_portrait")  # "": automatic


def layout_labels(tr):
    return [
        tr("Automatic (A4 portrait; the A4 portrait fiche for an atlas)"),
        tr("A4 portrait"),
        tr("A4 landscape"),
        tr("A3 landscape"),
        tr("Atlas fiche, A4 portrait"),
    ]


def add_layout_parameters(algorithm):
    algorithm.addParameter(
        QgsProcessingParameterEnum(
            LAYOUT, algorithm.tr("Page layout"), options=layout_labels(algorithm.tr), defaultValue=0
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFile(
            LAYOUT_FILE,
            algorithm.tr("Or your own page template (replaces the page layout above)"),
            optional=True,
            fileFilter=algorithm.tr("QGIS page template (*.qpt)"),
        )
    )


def _as_text(value):
    """The layout given as a name or a path (not an index of the drop-down), or None."""
    if isinstance(value, str) and value.strip() and not value.strip().isdigit():
        return value.strip()
    return None


def layout_as_text(value):
    """Whether LAYOUT holds a name or a .qpt path (checked when read), or "" (the automatic one)."""
    return _as_text(value) is not None or value == ""


def layout_choice(algorithm, parameters, context):
    """The shipped layout's name, the path of a .qpt, or "" (automatic)."""
    text = _as_text(parameters.get(LAYOUT))
    if text is not None:
        return text
    own = algorithm.parameterAsFile(parameters, LAYOUT_FILE, context)
    if own:
        return own
    if parameters.get(LAYOUT) in (None, ""):
        return ""
    return LAYOUT_KEYS[algorithm.parameterAsEnum(parameters, LAYOUT, context)]
