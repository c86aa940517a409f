"""An output GeoPackage written as a copy of the input file plus new columns, by GDAL and SQLite.

Joining, computing indicators and masking keep every input feature and its geometry and add
columns. QGIS's feature sink makes a Python object of every feature and every value on the way;
France-wide (35 000 communes × 40 columns) that is most of an algorithm's time. Here GDAL copies
the geometries and the kept fields in C++ (``gdal.VectorTranslate``, the engine of ogr2ogr), the
new columns are added and filled by SQLite in one statement, and the spatial index is built last,
as the QGIS writer does. Used only when the input is a plain OGR file read whole and the output a
new GeoPackage file; every other case goes through the feature sink.
"""

import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsWkbTypes

from ...compat import INTEGER, INTEGER64, REAL, TEXT, WKB_NO_GEOMETRY, WKB_UNKNOWN
from ...i18n import tr

# SQLite binds Python numbers only: numpy's integers (counts from the engine) are bound as ints.
for _numpy_type in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64, np.bool_):
    sqlite3.register_adapter(_numpy_type, int)

SQL_TYPES = {
    REAL: "REAL",
    INTEGER: "MEDIUMINT",
    INTEGER64: "INTEGER",
    TEXT: "TEXT",
}
PROVIDER_PREFIX = re.compile(r"^[A-Za-z]{2,}:")  # ogr:, memory:, postgres:… (not a Windows drive)


def ogr_geometry_name(wkb_type):
    """The ``-nlt`` name of a QGIS geometry type (MULTIPOLYGON, MULTIPOLYGONZ, NONE…)."""
    if wkb_type in (WKB_NO_GEOMETRY, WKB_UNKNOWN):
        return "NONE" if wkb_type == WKB_NO_GEOMETRY else "GEOMETRY"
    return QgsWkbTypes.displayString(wkb_type).upper()


def peek_destination(algorithm, parameters, name, context):
    """What an output parameter designates (a path, « memory: »…), read without the side effect of
    ``parameterAsOutputLayer``: in the desktop, that call registers the destination as a layer to
    load, and a memory destination registered so (« memory:Communes avec indicateurs ») is then
    reported in red as « not generated correctly »."""
    value = parameters.get(name)
    if value is None:
        definition = algorithm.parameterDefinition(name)
        value = definition.defaultValue() if definition is not None else None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.valueAsString(context.expressionContext(), "")[0]
    text = str(value or "").strip()
    return "memory:" if text in ("", "TEMPORARY_OUTPUT") else text


def gpkg_destination(algorithm, parameters, name, context):
    """The new GeoPackage file an output parameter designates, or None (memory layer, other format,
    a table in an existing database, appending to a layer…)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
        return None
    if not peek_destination(algorithm, parameters, name, context).lower().endswith(".gpkg"):
        return None
    path = algorithm.parameterAsOutputLayer(parameters, name, context)
    if not path or "|" in path or PROVIDER_PREFIX.match(path) or not path.lower().endswith(".gpkg"):
        return None
    return path


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def sql_type(field):
    return SQL_TYPES.get(field.type(), "TEXT")


def _connect(path):
    """SQLite on a new output file, which is deleted on any failure: no rollback journal (it would
    copy every page, geometries included, before an update) and no waiting for the disk."""
    connection = sqlite3.connect(str(path))
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def partial_path(final):
    """The hidden name beside ``final`` under which a file is written until it is whole."""
    final = Path(final)
    return str(final.with_name(".{}.partiel{}".format(final.stem, final.suffix)))


def _remove(path):
    """Delete a GeoPackage output (with its -wal/-shm files), as QGIS's writer replaces its outputs."""
    if Path(path).exists():
        ogr.GetDriverByName("GPKG").DeleteDataSource(str(path))


class GpkgCopy:
    """``copy()``, then ``fids()`` / ``values()`` of the copy, ``add_columns()``, ``finish()``.
    Any failure removes the half-written file: no partial output is left as if complete."""

    def __init__(self, source, path, wkb_type, feedback):
        self.source = source
        self.final = str(path)
        # Written under a hidden name beside it and renamed when complete: an interrupted run
        # leaves the previous output (or nothing) under the output's name, never a half-filled file.
        self.path = partial_path(self.final)
        self.table = Path(self.final).stem  # the name QGIS's writer gives the layer
        self.wkb_type = wkb_type
        self.feedback = feedback
        self.fid = '"fid"'  # the copy's FID column (quoted), as GDAL named it

    def _fail(self, message):
        _remove(self.path)
        raise QgsProcessingException(tr("Writing {} failed: {}").format(self.final, message))

    def remove(self):
        _remove(self.path)

    def copy(self, keep_fields, progress=(0.0, 50.0)):
        """Copy the source's geometries and ``keep_fields`` (None: all) into the new file."""
        if Path(self.final).resolve() == Path(self.source.path).resolve():
            raise QgsProcessingException(
                tr("The output {} is the input file itself: choose another file").format(self.final)
            )
        self.remove()  # a hidden copy left by an interrupted run
        start, end = progress
        if keep_fields is not None:
            # QGIS lists a GeoPackage's fid among the fields; GDAL copies it as the FID, not as a field.
            dataset, layer = self.source.open()
            definition = layer.GetLayerDefn()
            ogr_fields = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
            keep_fields = [name for name in keep_fields if name in ogr_fields]
            del layer, dataset

        def callback(fraction, _message, _data):
            if self.feedback.isCanceled():
                return 0
            self.feedback.setProgress(start + (end - start) * fraction)
            return 1

        options = gdal.VectorTranslateOptions(
            format="GPKG",
            layers=[self.source.layer],
            layerName=self.table,
            geometryType=ogr_geometry_name(self.wkb_type),
            selectFields=keep_fields,
            layerCreationOptions=["SPATIAL_INDEX=NO"],
            callback=callback,
        )
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            dataset = gdal.VectorTranslate(self.path, self.source.path, options=options)
            message = gdal.GetLastErrorMsg()
        finally:
            gdal.PopErrorHandler()
        if self.feedback.isCanceled():
            self.remove()
            raise QgsProcessingException(tr("Cancelled"))
        if dataset is None:
            self._fail(message)
        layer = dataset.GetLayerByName(self.table)
        if layer is not None and layer.GetFIDColumn():
            self.fid = _quoted(layer.GetFIDColumn())
        layer = dataset = None  # closed: SQLite takes over

    def _select(self, columns):
        with closing(_connect(self.path)) as connection:
            return connection.execute(
                "SELECT {fid}{columns} FROM {table} ORDER BY {fid}".format(  # nosec B608: identifiers quoted by _quoted, no value in the text
                    fid=self.fid, columns="".join(", " + _quoted(name) for name in columns), table=_quoted(self.table)
                )
            ).fetchall()

    def values(self, field):
        """``[(fid, value)]`` of ``field`` in the copy, in the source's order."""
        return self._select([field])

    def fids(self):
        return [row[0] for row in self._select([])]

    def add_columns(self, columns, rows):
        """Add ``columns`` = [(name, SQL type)] filled from ``rows`` = [(fid, value, …)]."""
        names = [_quoted(name) for name, _kind in columns]
        table = _quoted(self.table)
        try:
            connection = _connect(self.path)
            with closing(connection), connection:
                for (_name, kind), quoted in zip(columns, names):
                    connection.execute("ALTER TABLE {} ADD COLUMN {} {}".format(table, quoted, kind))
                connection.execute(
                    "CREATE TEMP TABLE abs_new (abs_fid INTEGER PRIMARY KEY, {})".format(", ".join(names))
                )
                placeholders = ", ".join("?" * (len(columns) + 1))
                insert = "INSERT INTO abs_new VALUES ({})".format(placeholders)  # nosec B608: only ? placeholders
                connection.executemany(insert, rows)
                # A row-value subquery per row (SQLite ≥ 3.15; UPDATE … FROM needs 3.33, newer than some
                # distributions' QGIS 3.22): as fast here, through abs_new's primary key.
                update = "UPDATE {table} SET ({names}) = (SELECT {values} FROM abs_new WHERE abs_fid = {table}.{fid})"
                values = ", ".join("abs_new." + name for name in names)
                connection.execute(update.format(table=table, fid=self.fid, names=", ".join(names), values=values))
        except sqlite3.Error as error:
            self._fail(str(error))

    def finish(self):
        """Build the spatial index (after the updates: its triggers need GDAL's SQL functions)."""
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            dataset = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
            layer = dataset.GetLayerByName(self.table) if dataset is not None else None
            if layer is None:
                self._fail(gdal.GetLastErrorMsg())
            column = layer.GetGeometryColumn()
            if column:
                result = dataset.ExecuteSQL(
                    "SELECT CreateSpatialIndex('{}', '{}')".format(
                        self.table.replace("'", "''"), column.replace("'", "''")
                    )
                )
                if result is not None:
                    dataset.ReleaseResultSet(result)
            dataset = None
        finally:
            gdal.PopErrorHandler()
        _remove(self.final)  # an output file is replaced, as QGIS's writer does, once the new one is whole
        os.replace(self.path, self.final)
        return self.final


def copy_with_columns(source, path, wkb_type, new_fields, rows, feedback, keep_fields=None):
    """Write ``path``: the features of ``source`` (an OgrFile) with ``keep_fields`` (None: all)
    and ``new_fields`` (QgsField) valued by ``rows``, one list per feature in the source's order."""
    writer = GpkgCopy(source, path, wkb_type, feedback)
    try:
        writer.copy(keep_fields)
        fids = writer.fids()
        if len(fids) != len(rows):
            writer._fail(tr("{} features copied, {} expected").format(len(fids), len(rows)))
        columns = [(field.name(), sql_type(field)) for field in new_fields]
        writer.add_columns(columns, [(fid, *row) for fid, row in zip(fids, rows)])
        feedback.setProgress(90.0)
        return writer.finish()
    except BaseException:
        writer.remove()
        raise


OGR_TYPES = {REAL: ogr.OFTReal, INTEGER: ogr.OFTInteger, INTEGER64: ogr.OFTInteger64}


def write_gpkg_table(path, columns, rows):
    """A new GeoPackage holding one table without geometry: ``columns`` = [(name, QVariant type)],
    ``rows`` = value lists. GDAL makes the table, SQLite fills it in one statement."""
    final = str(path)
    table = Path(final).stem
    path = partial_path(final)  # renamed when whole: an interrupted run leaves the previous file
    _remove(path)
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        layer = dataset.CreateLayer(table, geom_type=ogr.wkbNone) if dataset is not None else None
        if layer is None:
            _remove(path)
            raise QgsProcessingException(tr("Writing {} failed: {}").format(final, gdal.GetLastErrorMsg()))
        for name, kind in columns:
            layer.CreateField(ogr.FieldDefn(name, OGR_TYPES.get(kind, ogr.OFTString)))
        layer = dataset = None
    finally:
        gdal.PopErrorHandler()
    names = ", ".join(_quoted(name) for name, _kind in columns)
    insert = "INSERT INTO {} ({}) VALUES ({})".format(_quoted(table), names, ", ".join("?" * len(columns)))  # nosec B608: identifiers quoted by _quoted, values bound by ?
    try:
        connection = _connect(path)
        with closing(connection), connection:
            connection.executemany(insert, rows)
    except sqlite3.Error as error:
        _remove(path)
        raise QgsProcessingException(tr("Writing {} failed: {}").format(final, error)) from error
    except BaseException:
        _remove(path)
        raise
    _remove(final)
    os.replace(path, final)
    return final
