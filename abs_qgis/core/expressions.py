"""Catalogue expressions: column names, numbers, + − × / and parentheses, nothing else.

``{aa}`` is the millésime on two digits (``P{aa}_POP`` → ``P18_POP`` for 2018), ``{aa-5}``
five years earlier; ``a | b`` lists variants, the first computable one is used.
Evaluation is vectorised over pandas columns; no Python code of the file is ever executed.
"""

import ast
import re

import numpy as np

from .errors import AbsError

PLACEHOLDER_RE = re.compile(r"\{aa(?:\s*([+-])\s*(\d+))?\}")
_OPERATORS = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide}


def substitute_year(text, millesime):
    """Replace ``{aa}``, ``{aa-5}``, ``{aa+1}`` by two-digit years of ``millesime``."""

    def replace(match):
        offset = int(match.group(2) or 0) * (-1 if match.group(1) == "-" else 1)
        return "{:02d}".format((int(millesime) + offset) % 100)

    return PLACEHOLDER_RE.sub(replace, text)


def variants(text):
    """The ``|``-separated variants of an expression, stripped, empty ones dropped."""
    return [part.strip() for part in str(text).split("|") if part.strip()]


MAX_LENGTH = 4000  # characters of one expression: the catalogue's longest is under 200
MAX_DEPTH = 200  # nesting of its terms (A + B + C is two deep)


def _depth(tree):
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def parse(text, where=""):
    """Parse one variant into a checked AST; raise :class:`AbsError` in French if malformed."""
    if "{" in text or "}" in text:
        raise AbsError("Expression « {} » : marque d'année inconnue (attendu {{aa}}, {{aa-5}}…){}".format(text, where))
    if len(text) > MAX_LENGTH:
        raise AbsError("Expression « {}… » trop longue (plus de {} caractères){}".format(text[:60], MAX_LENGTH, where))
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as error:
        raise AbsError("Expression « {} » mal formée{}".format(text, where)) from error
    except (RecursionError, MemoryError) as error:  # thousands of nested terms
        raise AbsError("Expression « {}… » trop imbriquée{}".format(text[:60], where)) from error
    if _depth(tree) > MAX_DEPTH:  # evaluated recursively: a chain of a thousand terms would overflow
        raise AbsError("Expression « {}… » : plus de {} termes imbriqués{}".format(text[:60], MAX_DEPTH, where))
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.UAdd, ast.Name, ast.Load, ast.Constant)
        if isinstance(node, ast.operator) and type(node) in _OPERATORS:
            continue
        if not isinstance(node, allowed) or (isinstance(node, ast.Constant) and not _is_number(node.value)):
            raise AbsError(
                "Expression « {} » : seuls les noms de colonnes, les nombres, + - * / et les parenthèses "
                "sont permis{}".format(text, where)
            )
    return tree.body


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def names(node):
    """Column or catalogue names used by a parsed expression, in order of appearance."""
    found = []
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and child.id not in found:
            found.append(child.id)
    return found


def substitute_names(node, replacements):
    """A copy of ``node`` where each name of ``replacements`` is replaced by its AST."""

    class Replacer(ast.NodeTransformer):
        def visit_Name(self, name_node):  # noqa: N802 (ast API)
            return replacements.get(name_node.id, name_node)

    return Replacer().visit(_copy(node))


def _copy(node):
    return ast.parse(ast.unparse(node), mode="eval").body


def evaluate(node, columns):
    """Evaluate over ``columns`` (name → float numpy array); NaN propagates, x/0 gives inf/NaN."""
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return columns[node.id]
    if isinstance(node, ast.UnaryOp):
        operand = evaluate(node.operand, columns)
        return -operand if isinstance(node.op, ast.USub) else operand
    with np.errstate(divide="ignore", invalid="ignore"):
        return _OPERATORS[type(node.op)](evaluate(node.left, columns), evaluate(node.right, columns))


def to_text(node):
    return ast.unparse(node)
