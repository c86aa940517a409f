"""Plugin metadata, read once from ``metadata.txt`` (no QGIS import)."""

import configparser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
STYLES_DIR = PLUGIN_DIR / "styles"
ICON_PATH = RESOURCES_DIR / "icons" / "abs.svg"
I18N_DIR = RESOURCES_DIR / "i18n"


def _read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


METADATA = _read_metadata()
__version__ = METADATA["version"]
__title__ = METADATA["name"]
