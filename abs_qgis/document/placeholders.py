"""Checks a Word template's placeholders against the document's values before rendering.

Every ``{{ … }}`` and ``{% … %}`` of the body, headers and footers is parsed by Jinja (the
template language of docxtpl); each name and each chain of attributes (``ind.taux_chomage.valeur``)
must exist in the context, except names a ``{% for %}`` or ``{% set %}`` of the template defines
(those are checked while rendering, with the same French error). An unknown placeholder is an
error naming it and the paragraph it is in: nothing is left unfilled silently.
"""

import re

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import SandboxedEnvironment

from ..core.errors import AbsError

JINJA_GLOBALS = {"range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "true", "false", "none"}
PARAGRAPH = re.compile(r"<w:p[ >]")
TAG = re.compile(r"<[^>]+>")


def environment():
    """The template engine: sandboxed (a template is data, never code), strict (an unknown name is
    an error), escaping every value as text."""
    return SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def template_sources(template):
    """[(part name, Jinja source)] of the body, headers and footers, one paragraph per line as
    docxtpl renders them."""
    template.init_docx(reload=False)
    parts = [("corps du document", template.patch_xml(template.get_xml()))]
    for uri, label in ((template.HEADER_URI, "en-tête"), (template.FOOTER_URI, "pied de page")):
        for _key, part in template.get_headers_footers(uri):
            parts.append((label, template.patch_xml(template.get_part_xml(part))))
    return [(label, PARAGRAPH.sub(lambda match: "\n" + match.group(0), xml)) for label, xml in parts]


def paragraph_text(source, line):
    """The visible text of the paragraph on ``line`` of a template source."""
    lines = source.splitlines()
    if not line or line > len(lines):
        return ""
    text = TAG.sub("", lines[line - 1]).strip()
    return text if len(text) <= 120 else text[:117] + "…"


def _chain(node):
    """``ind.taux_chomage.valeur`` → ("ind", ["taux_chomage", "valeur"]); None if not a plain chain."""
    keys = []
    while isinstance(node, (nodes.Getattr, nodes.Getitem)):
        if isinstance(node, nodes.Getattr):
            keys.append(node.attr)
        elif isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            keys.append(node.arg.value)
        else:
            keys = []  # a computed key: checked while rendering
        node = node.node
    if isinstance(node, nodes.Name):
        return node.name, list(reversed(keys))
    return None


def _defined_names(tree):
    names = set()
    for node in tree.find_all((nodes.For, nodes.Assign, nodes.Macro)):
        target = getattr(node, "target", None)
        for name in target.find_all(nodes.Name) if target is not None else []:
            names.add(name.name)
        if isinstance(target, nodes.Name):
            names.add(target.name)
    return names


def _unknown(context, root, keys):
    """The first part of ``root.keys…`` that the context lacks, or None."""
    if root not in context:
        return root
    value, path = context[root], root
    for key in keys:
        if not isinstance(value, dict):
            return None  # a list or a Word object: its use is checked while rendering
        path += "." + key
        if key not in value:
            return path
        value = value[key]
    return None


def _outermost(tree):
    """The name and attribute-chain nodes that are not part of a longer chain."""
    inner = set()
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        inner.add(id(node.node))
    return [node for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Name)) if id(node) not in inner]


def check_placeholders(template, context, path):
    """Raise an AbsError naming the first unknown placeholder and its paragraph."""
    env = environment()
    for label, source in template_sources(template):
        try:
            tree = env.parse(source)
        except TemplateSyntaxError as error:
            raise AbsError(
                "Modèle de document : balise mal écrite ({}) dans le paragraphe « {} » ({})".format(
                    error.message, paragraph_text(source, error.lineno), label
                ),
                path=path,
            ) from error
        defined = _defined_names(tree) | JINJA_GLOBALS
        for node in _outermost(tree):
            chain = _chain(node)
            if chain is None or chain[0] in defined or getattr(node, "ctx", "load") == "store":
                continue
            unknown = _unknown(context, *chain)
            if unknown:
                raise AbsError(
                    "Modèle de document : espace réservé inconnu « {} » dans le paragraphe « {} » ({}) ; "
                    "voir la liste des espaces réservés dans le README".format(
                        unknown, paragraph_text(source, node.lineno), label
                    ),
                    path=path,
                )
