"""Reading the plugin's YAML files (catalogue, charter, project) with French errors and line numbers."""

from pathlib import Path

import yaml

# libyaml's parser when PyYAML was built with it (Debian's is): the catalogue is read by every
# algorithm run, five times faster than by the pure-Python parser.
BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(BASE_LOADER):
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
        text = Path(path).read_text(encoding="utf-8")
        loader = LineLoader if with_lines else BASE_LOADER
        # Both loaders derive from (C)SafeLoader: plain data only, no Python object is ever built.
        return yaml.load(text, Loader=loader)  # nosec B506 # noqa: S506
    except OSError as error:
        raise AbsError("{} illisible : {}".format(what, error.strerror), path=path) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        hint = " (un texte contenant « : » doit être entre guillemets)" if "mapping values" in problem else ""
        raise AbsError(
            "{} mal formé : {}{}".format(what, problem, hint), path=path, row=mark.line + 1 if mark else None
        ) from error
