"""What « Produire l'ABS » wrote in its folder, so that a file the user changed since is never
replaced without being asked (plain Python).

The run's marker file holds, for every file of the folder once the run ended, its size and its
modification time; the next run compares them: a workbook or a document edited by hand since
(a comment added, a page retouched) is a change, and the run stops unless « Remplacer les fichiers
existants » is ticked. Files the run never wrote are not its business (never replaced either).
"""

import json
import os

from .output_layout import INCOMPLETE_MARKER, RUN_MARKER, WORK_FOLDER

VERSION = 1


def _written_files(folder):
    """{relative path: (size, mtime_ns)} of the files a person may edit (the working folder aside)."""
    found = {}
    for directory, subfolders, files in os.walk(folder):
        if os.path.relpath(directory, folder) == ".":
            subfolders[:] = [name for name in subfolders if name != WORK_FOLDER]
        for name in files:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, folder)
            if relative in (RUN_MARKER, INCOMPLETE_MARKER):
                continue
            status = os.stat(path)
            found[relative.replace(os.sep, "/")] = (status.st_size, status.st_mtime_ns)
    return found


def write_manifest(folder):
    """Record what the run left in ``folder`` (in its marker file)."""
    content = {"version": VERSION, "fichiers": {name: list(state) for name, state in _written_files(folder).items()}}
    path = os.path.join(folder, RUN_MARKER)
    partial = path + ".partiel"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(content, handle, ensure_ascii=False)
    os.replace(partial, path)


def changed_since_run(folder):
    """The files of ``folder`` the last run wrote and a person changed since (sorted), or [] when
    the marker holds no record (a folder of an earlier version, or a run that did not end)."""
    path = os.path.join(folder, RUN_MARKER)
    try:
        with open(path, encoding="utf-8") as handle:
            recorded = json.load(handle).get("fichiers", {})
    except (OSError, ValueError, AttributeError):
        return []
    if not isinstance(recorded, dict):
        return []
    now = _written_files(folder)
    return sorted(name for name, state in recorded.items() if name in now and list(now[name]) != list(state))
