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
