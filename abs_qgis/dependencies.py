"""Python modules the plugin needs, checked before anything imports them (no QGIS import).

A QGIS without pandas or openpyxl must get a French message saying what to install, not a
traceback at start-up.
"""

import importlib.util

# (module, Debian package, pip name)
REQUIRED = (
    ("pandas", "python3-pandas", "pandas"),
    ("openpyxl", "python3-openpyxl", "openpyxl"),
)


# Optional: without them the ABS is produced, minus what they make (the log says so in French).
# (module, what needs it)
OPTIONAL = (
    ("pyqtgraph", "graphiques de l'atlas et panneau de graphiques"),
    ("odf", "classeur .ods"),
    ("docxtpl", "document de l'ABS (.docx)"),
)
VENDOR_DIR = "_vendor"  # pure-Python libraries the packaged zip carries (scripts/package.py)


def use_vendored_libraries():
    """Put the plugin's private folder of libraries at the *end* of sys.path: a library the user
    installed (OSGeo4W, pip, Debian) is always the one imported; the vendored copy only fills a gap."""
    import os
    import sys

    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), VENDOR_DIR)
    if os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)


def available(module):
    """True when ``module`` imports (found is not enough: a broken install raises on import)."""
    try:
        importlib.import_module(module)
    except Exception:  # noqa: BLE001 (any failure of a third-party import means « not available »)
        return False
    return True


def missing_modules(required=None):
    """Entries of ``required`` (default: ``REQUIRED``) whose module cannot be imported."""
    return [
        entry for entry in (REQUIRED if required is None else required) if importlib.util.find_spec(entry[0]) is None
    ]


def missing_message(missing):
    """French explanation of what is missing and how to install it, per system."""
    modules = ", ".join(entry[0] for entry in missing)
    return (
        "Extension ABS désactivée : modules Python manquants : {}. "
        "Debian/Ubuntu : sudo apt-get install {} ; "
        "Windows (installateur OSGeo4W) : ajoutez les paquets python3-{} ; "
        "autres systèmes : python3 -m pip install {} (avec le Python de QGIS), puis redémarrez QGIS."
    ).format(
        modules,
        " ".join(entry[1] for entry in missing),
        " python3-".join(entry[0] for entry in missing),
        " ".join(entry[2] for entry in missing),
    )
