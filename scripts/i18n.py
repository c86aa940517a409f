"""Extract the translatable literals of abs_qgis into the Qt ``.ts`` file, keeping translations.

    python3 scripts/i18n.py update    # add new literals (unfinished), drop vanished ones
    python3 scripts/i18n.py check     # exit 1 if a literal has no French translation
    python3 scripts/i18n.py set < fr.tsv  # "source<TAB>traduction" lines fill translations

Literals are the first argument of ``tr("…")`` / ``self.tr("…")`` / ``tr_print("…")`` calls (string constants
only: a formatted string passed to tr() is a bug, reported by ``check``).
"""

import ast
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "abs_qgis"
TS_FILE = PACKAGE / "resources" / "i18n" / "abs_qgis_fr.ts"
CONTEXT = "abs_qgis"


def extract():
    """{literal: [(relative path, line)]} and a list of non-literal tr() calls."""
    found, problems = {}, []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", None)
            if name not in ("tr", "tr_print") or not node.args:
                continue
            argument = node.args[0]
            where = (str(path.relative_to(ROOT)), node.lineno)
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, []).append(where)
            elif not (isinstance(argument, ast.Name) and argument.id == "text"):
                problems.append(where)
    return found, problems


def load_ts():
    if not TS_FILE.exists():
        return {}
    root = ElementTree.parse(TS_FILE).getroot()
    result = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        unfinished = translation is not None and translation.get("type") in ("unfinished", "obsolete")
        result[source] = (text or "", unfinished)
    return result


def write_ts(found, existing):
    root = ElementTree.Element("TS", version="2.1", language="fr_FR", sourcelanguage="en")
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    for source in sorted(found):
        message = ElementTree.SubElement(context, "message")
        for path, line in found[source]:
            ElementTree.SubElement(message, "location", filename="../../../" + path, line=str(line))
        ElementTree.SubElement(message, "source").text = source
        text, unfinished = existing.get(source, ("", True))
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if unfinished or not text:
            translation.set("type", "unfinished")
    ElementTree.indent(root)
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def check(found, problems, existing):
    errors = ["{}:{}: tr() must receive a string literal".format(p, line) for p, line in problems]
    for source, places in sorted(found.items()):
        text, unfinished = existing.get(source, ("", True))
        if not text or unfinished:
            errors.append("{}:{}: no French translation for {!r}".format(places[0][0], places[0][1], source))
    return errors


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    found, problems = extract()
    existing = load_ts()
    if command == "set":
        for line in sys.stdin.read().splitlines():
            if "\t" in line:
                source, translation = line.split("\t", 1)
                existing[source] = (translation, False)
        command = "update"
    if command == "update":
        write_ts(found, existing)
        print("{} messages in {}".format(len(found), TS_FILE))
    errors = check(found, problems, existing if command == "check" else load_ts())
    for error in errors:
        print(error)
    return 1 if errors and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
