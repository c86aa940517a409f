"""The plugin's sources keep to what runs on both PyQt5 (QGIS 3.22 – 3.44) and PyQt6 (QGIS 4):
no Qt5-only idiom comes back. What differs between versions lives in abs_qgis/compat.py only.

Checked by reading the sources (no Qt6 QGIS can run here: no Debian package exists)."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent.parent / "abs_qgis"
DEPRECATED = "API deprecated in 3.40/3.44 (compat.parameter_as_fields, set_legend_font)"
QT_ENUM_CLASSES = (
    "AlignmentFlag|DockWidgetArea|WidgetAttribute|PenStyle|BrushStyle|ItemDataRole|GlobalColor|CheckState|"
    "Orientation|MatchFlag|AspectRatioMode|TransformationMode|TextFlag|WindowType|CursorShape|ItemFlag|SortOrder|"
    "FocusPolicy|ScrollBarPolicy|Key|KeyboardModifier|ConnectionType|CaseSensitivity|TextFormat|LayoutDirection|"
    "ContextMenuPolicy|WindowModality|ToolButtonStyle|TextInteractionFlag|PenCapStyle|TextElideMode"
)
FORBIDDEN = {
    "unscoped Qt enum (Qt.AlignLeft → Qt.AlignmentFlag.AlignLeft)": r"\bQt\.(?!(?:{})\.)[A-Z][A-Za-z_]*".format(
        QT_ENUM_CLASSES
    ),
    "QVariant field type (compat.TEXT, REAL, INTEGER…)": (
        r"\bQVariant\.(?:Type\.)?(?:String|Double|Int|LongLong|Bool|Date)\b"
    ),
    "exec_() (exec())": r"\.exec_\(",
    "QRegExp (QRegularExpression)": r"\bQRegExp\b",
    "QAction from QtWidgets (compat.qaction_class)": r"QtWidgets import[^\n]*\bQAction\b",
    "PyQt5 imported directly (qgis.PyQt)": r"^\s*(?:from|import) PyQt[56]\b",
    "unscoped QGIS enum (compat.*)": r"\bQgs(?:FeatureRequest\.NoGeometry"
    r"|WkbTypes\.(?:NoGeometry|Unknown|PolygonGeometry)"
    r"|Processing\.TypeVector\w*|ProcessingParameterNumber\.(?:Integer|Double)|ProcessingParameterField\.Numeric"
    r"|UnitTypes\.(?:Layout|Distance)\w+|FeatureSink\.FastInsert|LayoutObject\.PictureSource"
    r"|LayoutExporter\.Success|VectorFileWriter\.(?:NoError|CreateOrOverwrite\w+)|VectorLayerExporter\.NoError"
    r"|LegendStyle\.(?:SymbolLabel|Title|Group|Subgroup|Hidden)|FieldConstraints\.Constraint\w+"
    r"|PalLayerSettings\.OverPoint|ScaleBarSettings\.SegmentSize\w+|RenderContext\.TextFormat\w+"
    r"|LayoutTable\.(?:WrapText|NoHeaders|FirstRow|HideTable)"
    r"|DataDefinedSizeLegend\.(?:LegendCollapsed|AlignBottom)"
    r"|SizeScaleTransformer\.Area|LayoutItemPicture\.Zoom|LayoutItemMap\.Auto|VectorLayerDirector\.DirectionBoth"
    r"|ProcessingAlgorithm\.FlagNoThreading|ProcessingFeatureSource\.FlagSkip\w+)\b",
    "unscoped message level (compat.MESSAGE_*)": r"\bQgis\.(?:Info|Warning|Critical|Success)\b",
    "default argument evaluated at import (Qt enum)": r"def \w+\([^)]*=\s*Qt\.",
    DEPRECATED: r"\.(?:parameterAsFields|setStyleFont|saveStyleToDatabase)\(",
}
ALLOWED = {"compat.py"}  # the one module that names the versions' differences


def offences():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name in ALLOWED or "_vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        code = re.sub(r'"""[\s\S]*?"""', lambda match: "\n" * match.group(0).count("\n"), text)  # not docstrings
        for what, pattern in FORBIDDEN.items():
            for match in re.finditer(pattern, code, re.M):
                line = code.count("\n", 0, match.start()) + 1
                found.append("{}:{}: {} — {}".format(path.relative_to(PACKAGE), line, match.group(0), what))
    return found


def test_no_qt5_only_idiom_in_the_plugin():
    assert offences() == []


def test_the_check_finds_each_idiom(tmp_path):
    """Each pattern catches the idiom it names (the check cannot pass by matching nothing)."""
    samples = {
        "unscoped Qt enum (Qt.AlignLeft → Qt.AlignmentFlag.AlignLeft)": "x = Qt.AlignLeft",
        "QVariant field type (compat.TEXT, REAL, INTEGER…)": "QgsField('a', QVariant.String)",
        "exec_() (exec())": "dialog.exec_()",
        "QRegExp (QRegularExpression)": "QRegExp('a')",
        "QAction from QtWidgets (compat.qaction_class)": "from qgis.PyQt.QtWidgets import QMenu, QAction",
        "PyQt5 imported directly (qgis.PyQt)": "from PyQt5.QtCore import Qt",
        "unscoped QGIS enum (compat.*)": "request.setFlags(QgsFeatureRequest.NoGeometry)",
        "unscoped message level (compat.MESSAGE_*)": "log(text, 'ABS', Qgis.Warning)",
        "default argument evaluated at import (Qt enum)": "def label(align=Qt.AlignmentFlag.AlignLeft):",
        DEPRECATED: "self.parameterAsFields(p, N, c)",
    }
    assert set(samples) == set(FORBIDDEN)
    for what, sample in samples.items():
        assert re.search(FORBIDDEN[what], sample, re.M), what
    assert not re.search(
        FORBIDDEN["unscoped Qt enum (Qt.AlignLeft → Qt.AlignmentFlag.AlignLeft)"], "Qt.AlignmentFlag.AlignLeft"
    )
