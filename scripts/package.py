"""Build the installable plugin zip: dist/abs_qgis-<version>.zip (tests and scripts left out).

    /usr/bin/python3 scripts/package.py              # with the vendored libraries (from PyPI)
    /usr/bin/python3 scripts/package.py --no-vendor  # without them (offline)

QGIS's Windows installer ships pandas, openpyxl, shapely, PyYAML, jinja2, lxml and numpy, but not
pyqtgraph (atlas charts, charts panel), odfpy (the .ods workbook) nor docxtpl (the ABS document).
The zip carries their pure-Python wheels, pinned below, downloaded from PyPI at packaging time
(never committed), under ``abs_qgis/_vendor/``: the plugin appends that folder at the *end* of
``sys.path`` (``dependencies.use_vendored_libraries``), so a copy the user installed always wins.

The zip holds one folder, ``abs_qgis/``, as QGIS's « Installer depuis un ZIP » expects;
``metadata.txt`` (a link in the source tree) is stored as a real file and the French
``.qm`` is built first.
"""

import configparser
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "abs_qgis"
EXCLUDED_SUFFIXES = {".pyc", ".ts", ".qm"}  # .qm: built afresh (build_translations)
EXCLUDED_PARTS = {"__pycache__"}
VENDOR_CACHE = ROOT / "dist" / "vendor-cache"
# Pure-Python libraries the Windows installer lacks, with what they need that it lacks too.
VENDORED = (
    "pyqtgraph==0.14.0",
    "colorama==0.4.6",
    "odfpy==1.4.1",
    "defusedxml==0.7.1",
    "docxtpl==0.20.2",
    "docxcompose==2.2.0",
    "python-docx==1.2.0",
    "typing_extensions==4.16.0",
    "babel==2.19.0",
)


def download_vendored():
    """The pinned wheels (or sdists) in dist/vendor-cache, downloaded once with pip."""
    VENDOR_CACHE.mkdir(parents=True, exist_ok=True)
    for requirement in VENDORED:
        name, version = requirement.split("==")
        stem = name.replace("-", "_").lower()
        if any(
            path.name.lower().replace("-", "_").startswith("{}-{}".format(stem, version))
            for path in VENDOR_CACHE.iterdir()
        ):
            continue
        subprocess.run(  # pip from PyPI, the only registry reached
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(VENDOR_CACHE), requirement],
            check=True,
        )
    return sorted(VENDOR_CACHE.iterdir())


def vendored_members(archive_path):
    """(name inside _vendor/, bytes) of one wheel (all of it) or of odfpy's sdist (odf/ and licences)."""
    if archive_path.suffix == ".whl":
        with zipfile.ZipFile(archive_path) as wheel:
            for info in wheel.infolist():
                if not info.is_dir() and "__pycache__" not in info.filename:
                    yield info.filename, wheel.read(info)
        return
    import tarfile

    with tarfile.open(archive_path) as sdist:
        for member in sdist.getmembers():
            parts = member.name.split("/")
            if not member.isfile() or len(parts) < 2:
                continue
            if parts[1] == "odf" or parts[-1].endswith("LICENSE-2.0.txt") or parts[-1].endswith("LICENSE-2.txt"):
                target = "/".join(parts[1:]) if parts[1] == "odf" else "odfpy_licences/" + parts[-1]
                yield target, sdist.extractfile(member).read()


def build_translations():
    """{name in the archive: .qm bytes}, built apart: the working tree's .qm is never rewritten (a
    running QGIS or test session has it loaded)."""
    built = {}
    with tempfile.TemporaryDirectory() as folder:
        for ts_file in (PACKAGE / "resources" / "i18n").glob("*.ts"):
            qm_file = Path(folder) / ts_file.with_suffix(".qm").name
            subprocess.run(["lrelease", "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
            built[str(ts_file.with_suffix(".qm").relative_to(ROOT))] = qm_file.read_bytes()
    return built


def package_files():
    for path in sorted(PACKAGE.rglob("*")):
        relative = path.relative_to(ROOT)
        if path.is_dir() or EXCLUDED_PARTS & set(relative.parts) or path.suffix in EXCLUDED_SUFFIXES:
            continue
        yield path, relative


def main():
    vendor = "--no-vendor" not in sys.argv[1:]
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    version = parser["general"]["version"]
    translations = build_translations()
    output = ROOT / "dist" / "abs_qgis-{}.zip".format(version)
    output.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, relative in package_files():
            archive.write(path.resolve(), str(relative))  # resolve(): the metadata link becomes a file
        for name, data in translations.items():
            archive.writestr(name, data)
        archive.write(ROOT / "LICENSE", "abs_qgis/LICENSE")  # the plugin repository requires it
        if vendor:
            for downloaded in download_vendored():
                for name, data in vendored_members(downloaded):
                    archive.writestr("abs_qgis/_vendor/" + name, data)
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
