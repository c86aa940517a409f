"""Reading the plugin's YAML files (catalogue, charter, project) with French errors and line numbers."""

from pathlib import Path

import yaml

# libyaml's parser when PyYAML was built with it (Debian's is): the catalogue is read by every
# algorithm run, five times faster than by the pure-Python parser.
BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 10 * 1024 * 1024  # a project, a catalogue or a charter is a few kilobytes
MAX_NODES = 200_000  # values once the aliases are expanded (« billion laughs » stops here)
MAX_DEPTH = 200  # nesting of [ ] and { }, and indentation in columns: libyaml's C stack has limits


MERGE_TAG = "tag:yaml.org,2002:merge"


class DuplicateKey(yaml.YAMLError):
    """A key written twice in one block: YAML would keep the last one without a word."""

    def __init__(self, key, first_line, second_line):
        super().__init__(key)
        self.key, self.first_line, self.second_line = key, first_line, second_line


class UniqueKeyLoader(BASE_LOADER):
    """Safe loader that refuses a key written twice in the same block (« seuil: 11 » then « seuil:
    2 » further down would silently weaken the secret). Keys brought by a merge (« <<: *base ») may
    be overridden: that is what a merge is for."""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen = {}
            for key_node, _value in node.value:
                if key_node.tag == MERGE_TAG or not isinstance(key_node, yaml.ScalarNode):
                    continue
                key = self.construct_object(key_node, deep=True)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise DuplicateKey(key, seen[key], line)
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


class LineLoader(UniqueKeyLoader):
    """Safe loader that records the line of each mapping (``__line__``) and of each key (``__keys__``)."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__keys__"] = {
            self.construct_object(key, deep=True): key.start_mark.line + 1 for key, _value in node.value
        }
        return mapping


def read_yaml(path, what, with_lines=True):
    """Parsed content of ``path``; ``what`` names the file in errors (« Catalogue », « Charte graphique »…)."""
    from .errors import AbsError

    try:
        text = _bounded_text(Path(path), what)
        _check_expansion(yaml.compose(text, Loader=BASE_LOADER), what, path)
        loader = LineLoader if with_lines else UniqueKeyLoader
        # Both loaders derive from (C)SafeLoader: plain data only, no Python object is ever built.
        return yaml.load(text, Loader=loader)  # nosec B506 # noqa: S506
    except DuplicateKey as error:
        raise AbsError(
            "{} : la clé « {} » est écrite deux fois dans le même bloc (lignes {} et {}) ; YAML garderait la "
            "seconde sans rien dire : supprimez l'une des deux".format(
                what, error.key, error.first_line, error.second_line
            ),
            path=path,
            row=error.second_line,
        ) from error
    except OSError as error:
        raise AbsError("{} illisible : {}".format(what, error.strerror), path=path) from error
    except RecursionError as error:
        raise AbsError("{} refusé : trop de niveaux imbriqués".format(what), path=path) from error
    except UnicodeDecodeError as error:
        raise AbsError("{} illisible : le fichier n'est pas en UTF-8".format(what), path=path) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        hint = " (un texte contenant « : » doit être entre guillemets)" if "mapping values" in problem else ""
        raise AbsError(
            "{} mal formé : {}{}".format(what, problem, hint), path=path, row=mark.line + 1 if mark else None
        ) from error


def _bounded_text(path, what):
    from .errors import AbsError

    if path.exists() and not path.is_file():
        raise AbsError(
            "{} : un fichier ordinaire est attendu (périphérique, tube ou dossier refusé)".format(what), path=path
        )
    if path.exists() and path.stat().st_size > MAX_BYTES:
        raise AbsError("{} trop gros (plus de {} Mo)".format(what, MAX_BYTES // (1024 * 1024)), path=path)
    text = path.read_text(encoding="utf-8")
    if _nesting(text) > MAX_DEPTH:
        raise AbsError("{} refusé : trop de niveaux imbriqués".format(what), path=path)
    return text


def _nesting(text):
    """The deepest nesting of flow brackets outside quotes, or the widest indentation."""
    depth = deepest = 0
    quote = None
    for character in text:
        if quote:
            quote = None if character == quote else quote
        elif character in "\"'":
            quote = character
        elif character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
        elif character == "\n":
            quote = None
    indentation = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    return max(deepest, indentation // 2)


def _check_expansion(root, what, path):
    """Refuse a document whose aliases expand to more than ``MAX_NODES`` values: the size is
    counted on the node graph, each shared node once per use but computed once."""
    from .errors import AbsError

    sizes = {}

    def size(node):
        key = id(node)
        if key not in sizes:
            sizes[key] = 0  # a node that refers to itself counts once
            if isinstance(node, yaml.MappingNode):
                total = sum(size(k) + size(v) for k, v in node.value)
            elif isinstance(node, yaml.SequenceNode):
                total = sum(size(item) for item in node.value)
            else:
                total = 0
            sizes[key] = 1 + total
        return sizes[key]

    if root is not None and size(root) > MAX_NODES:
        raise AbsError(
            "{} refusé : ses alias YAML (&, *) se développent en plus de {} valeurs".format(what, MAX_NODES), path=path
        )
