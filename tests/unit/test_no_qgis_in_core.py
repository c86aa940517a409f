"""The statistics package never imports QGIS (it must run in plain Python)."""

import ast

from tests.paths import ROOT


def test_core_has_no_qgis_import():
    offenders = []
    for path in (ROOT / "abs_qgis" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += ["{}: {}".format(path.name, n) for n in names if n.split(".")[0] in ("qgis", "PyQt5", "PyQt6")]
    assert offenders == []
