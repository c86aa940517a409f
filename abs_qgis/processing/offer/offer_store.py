"""Where the offer layer lives: a GeoPackage file (the default), or a PostgreSQL/PostGIS database
when several agents edit the atlas of the offer at once (a GeoPackage on a network share does not
take concurrent edits well).

A database is named by a QGIS connection (Settings › Data sources › PostgreSQL) or given as a
connection string (``service=abs`` or ``host=… port=… dbname=… user=…``)."""

import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

from ...compat import EXPORT_LAYER_SUCCESS, OVERWRITE_LAYER, WRITER_NO_ERROR
from ...core.errors import AbsError


class GeoPackageStore:
    def __init__(self, path):
        self.path = path

    def label(self):
        return self.path

    def exists(self, _table):
        return os.path.exists(self.path)

    def write(self, layer, table, crs, transform_context, new_file):
        """Write ``layer`` as table ``table`` (reprojected to ``crs``); ``new_file``: replace the file."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", table
        if not new_file:
            options.actionOnExistingFile = OVERWRITE_LAYER
        if layer.crs() != crs:  # intersects() in the commune default compares coordinates of one CRS
            options.ct = QgsCoordinateTransform(layer.crs(), crs, transform_context)
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, self.path, transform_context, options)
        if error[0] != WRITER_NO_ERROR:
            raise AbsError("Écriture impossible : {}".format(error[1]), path=self.path)

    def open(self, table):
        return QgsVectorLayer("{}|layername={}".format(self.path, table), table, "ogr")

    def uri(self, table):
        return "{}|layername={}".format(self.path, table)


class PostgresStore:
    def __init__(self, connection, schema="public"):
        self.base = _connection_uri(connection)
        self.schema = schema or "public"

    def label(self):
        uri = QgsDataSourceUri(self.base)
        return "PostgreSQL {} (schéma {})".format(uri.database() or uri.service() or self.base, self.schema)

    def _uri(self, table):
        uri = QgsDataSourceUri(self.base)
        uri.setDataSource(self.schema, table, "geom", "", "fid")
        return uri

    def uri(self, table):
        return self._uri(table).uri(False)

    def exists(self, table):
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").createConnection(self.base, {})
        try:
            return table in [t.tableName() for t in connection.tables(self.schema)]
        except Exception as error:  # QgsProviderConnectionException: the server cannot be reached
            raise AbsError("Base PostgreSQL inaccessible ({}) : {}".format(self.label(), error)) from error

    def write(self, layer, table, crs, _transform_context, _new_file):
        error, message = QgsVectorLayerExporter.exportLayer(
            layer, self._uri(table).uri(False), "postgres", crs, False, {"overwrite": True}
        )
        if error != EXPORT_LAYER_SUCCESS:
            raise AbsError("Écriture impossible dans {} : {}".format(self.label(), message))

    def open(self, table):
        return QgsVectorLayer(self.uri(table), table, "postgres")


def _connection_uri(connection):
    """The connection string of a QGIS PostgreSQL connection's name, or ``connection`` as given."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        found = metadata.findConnection(connection)
    except Exception:  # QgsProviderConnectionException: no such name
        found = None
    if found is not None:
        return found.uri()
    if "=" not in connection:
        raise AbsError(
            "Connexion PostgreSQL « {} » inconnue : donnez le nom d'une connexion de QGIS ou une chaîne "
            "« host=… dbname=… user=… » (ou « service=… »)".format(connection)
        )
    return connection
