"""French field aliases and descriptions on an algorithm's output layer.

QGIS 3.22's file writer stores neither aliases nor field comments; the aliases are set on the
output layer once it is written and, for a GeoPackage, saved as the layer's default style (QGIS
desktop reloads it); the comments (an indicator's definition and source) go to the GeoPackage's
own column descriptions (schema extension, table gpkg_data_columns), which GDAL 3.7+ and the
QGIS versions built on it read as field comments, and any GeoPackage tool can read.
"""

import sqlite3

from qgis.core import QgsProviderRegistry

from ...compat import save_style_to_database
from ...i18n import tr
from .qvariant import plain_value

SCHEMA_EXTENSION = (
    "gpkg_data_columns",
    None,
    "gpkg_schema",
    "http://www.geopackage.org/spec121/#extension_schema",
    "read-write",
)


def apply_aliases(layer, aliases, feedback):
    for name, alias in aliases.items():
        index = layer.fields().lookupField(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    if layer.providerType() == "ogr" and layer.source().split("|")[0].lower().endswith(".gpkg"):
        error = save_style_to_database(layer, "abs_qgis", "Alias français des champs (abs_qgis)")
        if error:
            feedback.pushWarning(error)


def describe_columns(layer, texts, feedback):
    """Write each field's title (alias) and description (comment) into the GeoPackage's
    gpkg_data_columns; other formats are left as they are. ``texts`` = (aliases, comments)."""
    aliases, comments = texts
    if layer.providerType() != "ogr":
        return
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, table = plain_value(parts.get("path")) or "", plain_value(parts.get("layerName")) or ""
    if not path.lower().endswith(".gpkg"):
        return
    try:
        with sqlite3.connect(path) as connection:
            if not table:
                tables = [
                    row[0]
                    for row in connection.execute("SELECT table_name FROM gpkg_contents")
                    if row[0] != "layer_styles"  # the aliases' default style, saved just before
                ]
                if len(tables) != 1:
                    return
                table = tables[0]
            connection.execute(
                "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
                "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE (table_name, name))"
            )
            connection.execute(
                "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
                "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
                "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
            )
            connection.execute(
                "INSERT OR IGNORE INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                "VALUES (?, ?, ?, ?, ?)",
                SCHEMA_EXTENSION,
            )
            connection.executemany(
                "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, title, description) "
                "VALUES (?, ?, ?, ?, ?)",
                [(table, name, name, aliases.get(name), comment) for name, comment in comments.items()],
            )
    except sqlite3.Error as error:
        feedback.pushWarning(tr("Field descriptions not written in {}: {}").format(path, error))
