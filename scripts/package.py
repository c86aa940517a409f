"""Build the installable plugin zip: dist/abs_qgis-<version>.zip (tests and scripts left out).

    /usr/bin/python3 scripts/package.py

The zip holds one folder, ``abs_qgis/``, as QGIS's « Installer depuis un ZIP » expects;
``metadata.txt`` (a link in the source tree) is stored as a real file and the French
``.qm`` is built first.
"""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "abs_qgis"
EXCLUDED_SUFFIXES = {".pyc", ".ts"}
EXCLUDED_PARTS = {"__pycache__"}


def build_translations():
    for ts_file in (PACKAGE / "resources" / "i18n").glob("*.ts"):
        subprocess.run(["lrelease", "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)


def package_files():
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(ROOT)
        if path.is_dir() or EXCLUDED_PARTS & set(relative.parts) or path.suffix in EXCLUDED_SUFFIXES:
            continue
        yield path, relative


def main():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    version = parser["general"]["version"]
    build_translations()
    output = ROOT / "dist" / "abs_qgis-{}.zip".format(version)
    output.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, relative in package_files():
            archive.write(path.resolve(), str(relative))  # resolve(): the metadata link becomes a file
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
