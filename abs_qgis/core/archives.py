"""Tables as producers ship them: compressed (``.gz``) or in a ``.zip`` (INSEE's downloads hold the
data CSV beside its ``meta_`` dictionary; Melodi's, ``…_data.csv`` beside ``…_metadata.csv``).

The member is unpacked into a temporary folder, read like any file, and the folder removed; an
error names the archive and the member. Sizes are checked before unpacking (the declared sizes
bound what is read).
"""

import gzip
import shutil
import tempfile
import zipfile
from pathlib import Path

from .errors import AbsError

ARCHIVE_SUFFIXES = (".gz", ".zip")
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".dat", ".xlsx", ".xlsm", ".xls", ".ods")
MAX_UNPACKED = 3 * 1024**3  # as for a plain file (tables.MAX_BYTES)
CHUNK = 16 * 1024 * 1024


def is_archive(path):
    return Path(path).suffix.lower() in ARCHIVE_SUFFIXES


def is_dictionary(name):
    """An INSEE variable dictionary rather than data: meta_<table>.csv, <table>_metadata.csv."""
    stem = Path(name).stem.lower()
    return stem.startswith("meta_") or stem.endswith(("_metadata", "_meta"))


def _zip_tables(archive):
    return [
        member
        for member in archive.infolist()
        if not member.is_dir() and Path(member.filename).suffix.lower() in TABLE_SUFFIXES
    ]


def _chosen_member(path, archive, wanted):
    """The data table of the zip: the one named ``wanted``, else the only one that is not a dictionary."""
    tables = _zip_tables(archive)
    data = [member for member in tables if not is_dictionary(member.filename)]
    if wanted:
        named = [member for member in tables if Path(member.filename).name.lower() == Path(wanted).name.lower()]
        if not named:
            raise AbsError(
                "« {} » n'est pas dans l'archive (tables : {})".format(
                    wanted, ", ".join(Path(m.filename).name for m in tables)
                ),
                path=path,
            )
        return named[0]
    if len(data) == 1:
        return data[0]
    if not data:
        raise AbsError("L'archive ne contient aucune table (CSV, XLSX, ODS…)", path=path)
    raise AbsError(
        "L'archive contient {} tables ({}) : nommez celle à lire dans « feuille » (SHEET)".format(
            len(data), ", ".join(Path(m.filename).name for m in data)
        ),
        path=path,
    )


def _unpack_zip_member(path, archive, member, folder):
    if member.file_size > MAX_UNPACKED:
        raise AbsError(
            "« {} » se décompresse en {:.1f} Go (au plus {} Go) : filtrez-le sur votre territoire".format(
                member.filename, member.file_size / 1024**3, MAX_UNPACKED // 1024**3
            ),
            path=path,
        )
    target = Path(folder) / Path(member.filename).name
    with archive.open(member) as source, open(target, "wb") as output:
        shutil.copyfileobj(source, output, CHUNK)
    return target


def _unpack_gzip(path, folder):
    """``x.csv.gz`` → ``x.csv``, stopped beyond ``MAX_UNPACKED`` bytes."""
    name = Path(path).stem if Path(Path(path).stem).suffix else Path(path).stem + ".csv"
    target = Path(folder) / name
    written = 0
    try:
        with gzip.open(path, "rb") as source, open(target, "wb") as output:
            while True:
                chunk = source.read(CHUNK)
                if not chunk:
                    break
                written += len(chunk)
                if written > MAX_UNPACKED:
                    raise AbsError(
                        "Le fichier se décompresse en plus de {} Go : filtrez-le sur votre territoire".format(
                            MAX_UNPACKED // 1024**3
                        ),
                        path=path,
                    )
                output.write(chunk)
    except (OSError, EOFError) as error:
        raise AbsError("Fichier .gz illisible : {}".format(error), path=path) from error
    return target


def read_in_archive(path, reader, wanted=None):
    """``reader(unpacked path)`` on the data table of the archive ``path`` (``wanted``: the
    member's name in a zip of several tables); its errors name the archive and the member."""
    with tempfile.TemporaryDirectory(prefix="abs_qgis_") as folder:
        if Path(path).suffix.lower() == ".gz":
            member = _unpack_gzip(path, folder)
        else:
            try:
                with zipfile.ZipFile(path) as archive:
                    member = _unpack_zip_member(path, archive, _chosen_member(path, archive, wanted), folder)
            except zipfile.BadZipFile as error:
                raise AbsError("Archive .zip illisible : {}".format(error), path=path) from error
        try:
            return reader(member)
        except AbsError as error:
            raise AbsError(
                error.message, path="{} › {}".format(path, member.name), row=error.row, column=error.column
            ) from error


def dictionary_in_archive(path, reader):
    """``reader(unpacked dictionary)`` on the zip's variable dictionary, or None when it has none."""
    if Path(path).suffix.lower() != ".zip":
        return None
    with tempfile.TemporaryDirectory(prefix="abs_qgis_") as folder:
        with zipfile.ZipFile(path) as archive:
            dictionaries = [member for member in _zip_tables(archive) if is_dictionary(member.filename)]
            if not dictionaries:
                return None
            member = _unpack_zip_member(path, archive, dictionaries[0], folder)
        return reader(member)
