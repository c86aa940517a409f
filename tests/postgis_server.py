"""A throwaway PostgreSQL + PostGIS server for the tests: Debian's packages (postgresql,
postgresql-15-postgis-3), a cluster in a temporary folder, listening on a Unix socket there only,
started for the tests and stopped after them. No mock: QGIS's postgres provider talks to it."""

import glob
import os
import shutil
import subprocess
import tempfile

DATABASE = "abs"
USER = "abs"
PORT = "55439"


def binaries():
    """The folder of initdb / pg_ctl (the highest PostgreSQL version installed), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(found[-1]) if found else None


def why_not():
    """Why no server can be started here, or None."""
    if binaries() is None:
        return "PostgreSQL absent (Debian : apt-get install postgresql postgresql-15-postgis-3)"
    if not glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
        return "PostGIS absent (Debian : apt-get install postgresql-15-postgis-3)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "root sans runuser : PostgreSQL refuse de tourner sous root"
    return None


class Server:
    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="abs_postgis_")
        self.bin = binaries()
        # PostgreSQL refuses to run as root: the cluster belongs to the « postgres » account then.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        self.data = os.path.join(self.folder, "data")

    def _run(self, *command):
        subprocess.run(self.as_user + list(command), check=True, capture_output=True, text=True)

    def start(self):
        self._run(os.path.join(self.bin, "initdb"), "-D", self.data, "-A", "trust", "-U", USER, "-E", "UTF8")
        options = "-p {} -k {} -c listen_addresses=''".format(PORT, self.folder)
        self._run(
            os.path.join(self.bin, "pg_ctl"),
            "-D",
            self.data,
            "-o",
            options,
            "-w",
            "-l",
            os.path.join(self.folder, "log"),
            "start",
        )
        self.sql("postgres", "CREATE DATABASE {}".format(DATABASE))
        self.sql(DATABASE, "CREATE EXTENSION postgis")
        return self

    def sql(self, database, statement):
        self._run(
            "psql", "-h", self.folder, "-p", PORT, "-U", USER, "-d", database, "-v", "ON_ERROR_STOP=1", "-c", statement
        )

    def connection(self):
        """The connection string QGIS takes (``host`` = the socket's folder)."""
        return "host={} port={} dbname={} user={}".format(self.folder, PORT, DATABASE, USER)

    def stop(self):
        try:
            self._run(os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
