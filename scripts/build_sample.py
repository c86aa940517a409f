"""Build the bundled sample territory (CC Ambert Livradois Forez, 58 communes) in data/.

Run with the Python that has the QGIS bindings (scripts/setup.sh does it):
    /usr/bin/python3 scripts/build_sample.py [--shared ../shared/data] [--output data/sample]

Files come from ../shared/data when it is there (as in CI); otherwise the public files are
downloaded from their producers (addresses in abs_qgis/resources/sample/sources.json).
Only rows and polygons of the territory are kept; values and formats are left as they are.
"""

import argparse
import csv
import io
import json
import os
import shutil
import sys
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "abs_qgis" / "resources" / "sample" / "sources.json"


def fail(message):
    print("Erreur : " + message, file=sys.stderr)
    sys.exit(2)


def territory_codes(communes_gpkg, epci, field="EPCI"):
    """The communes whose ``field`` is ``epci`` (the EPCI; the département with field="DEP")."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername=communes".format(communes_gpkg), "communes", "ogr")
    if not layer.isValid():
        fail("couche de communes illisible : {}".format(communes_gpkg))
    layer.setSubsetString("\"{}\" = '{}'".format(field, epci))
    return layer, sorted(f["DEPCOM"] for f in layer.getFeatures())


def write_communes(layer, output):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "communes"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(output), QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        fail("écriture impossible de {} : {}".format(output, error))


def write_departement(source, output, code):
    """The territory's département, in Lambert-93, for the maps' locator inset."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCoordinateTransformContext,
        QgsFeatureRequest,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(str(source), "departement", "ogr")
    if not layer.isValid():
        fail("couche des départements illisible : {}".format(source))
    selected = layer.materialize(QgsFeatureRequest().setFilterExpression("\"code\" = '{}'".format(code)))
    if selected.featureCount() != 1:
        fail("département {} absent de {}".format(code, source))
    if output.exists():
        output.unlink()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "departement"
    lambert93 = QgsCoordinateReferenceSystem("EPSG:2154")
    options.ct = QgsCoordinateTransform(selected.crs(), lambert93, QgsProject.instance())
    error = QgsVectorFileWriter.writeAsVectorFormatV3(selected, str(output), QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.NoError:
        fail("écriture impossible de {} : {}".format(output, error))


def historical_codes(passage_file, codes):
    """Every past code that leads to one of ``codes`` (to keep rows of merged communes)."""
    wanted = set(codes)
    result = set(codes)
    with open(passage_file, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if row["DEPCOM"] in wanted:
                result.add(row["DEPCOM_HIST"])
    return result


def extract_rows(source, output, codes, keep_all_non_code=False, column=0):
    """Copy the header and the rows whose field ``column`` (the first by default) is one of
    ``codes``, bytes unchanged."""
    data = source.read_bytes()
    lines = data.splitlines(keepends=True)
    kept = [lines[0]]
    for line in lines[1:]:
        fields = line.split(b";")
        first = fields[column].strip().strip(b'"').decode("ascii", "replace") if len(fields) > column else ""
        if first in codes or (keep_all_non_code and not first[:1].isdigit()):
            kept.append(line)
    output.write_bytes(b"".join(kept))
    return len(kept) - 1


def extract_meta(source, output, codes):
    """INSEE meta file: keep variable lines, and CODGEO modality lines of the territory only."""
    data = source.read_bytes().splitlines(keepends=True)
    kept = [data[0]]
    for line in data[1:]:
        fields = line.split(b";")
        if len(fields) > 3 and fields[0] == b"CODGEO" and fields[3].decode("ascii", "replace") not in codes:
            continue
        kept.append(line)
    output.write_bytes(b"".join(kept))


def extract_passage(source, output, codes):
    data = source.read_bytes().splitlines(keepends=True)
    kept = [data[0]] + [line for line in data[1:] if line.split(b";")[1].strip().strip(b'"\r\n').decode() in codes]
    output.write_bytes(b"".join(kept))


def download(entry, target):
    url = entry.get("download")
    if not url:
        return False
    print("Téléchargement de {} …".format(url))
    with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310 (public producers' https addresses)
        payload = response.read()
    if entry.get("download_member"):
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            payload = archive.read(entry["download_member"])
    target.write_bytes(payload)
    return True


def resolve(entry, shared, cache):
    """Path of the full source file: in ../shared/data, or downloaded into ``cache``."""
    if shared is not None and (shared / entry["shared"]).exists():
        return shared / entry["shared"]
    target = cache / Path(entry["shared"]).name
    if target.exists():
        return target
    try:
        if download(entry, target):
            return target
    except OSError as error:
        fail("téléchargement impossible de {} : {}".format(entry.get("download"), error))
    return None


def write_provenance(output, sources, shared):
    lines = [
        "# Territoire d'exemple : {} (EPCI {}, {} communes)".format(
            sources["territory"]["name"], sources["territory"]["epci"], sources["territory"]["communes"]
        ),
        "",
        "Construit par scripts/build_sample.py depuis {}.".format(
            "../shared/data" if shared else "les sites des producteurs"
        ),
        "",
    ]
    for entry in sources["files"]:
        lines += [
            "## {}".format(entry["output"]),
            "- producteur : {}".format(entry["producer"]),
            "- licence : {}".format(entry["licence"]),
            "- millésime : {}".format(entry["millesime"]),
            "- adresse officielle : {}".format(entry.get("download") or "—"),
            "- note : {}".format(entry.get("download_note", "")),
            "",
        ]
    (output / "PROVENANCE.md").write_text("\n".join(lines), encoding="utf-8")


def build(shared, output):
    from qgis.core import QgsApplication

    sources = json.loads(SOURCES.read_text(encoding="utf-8"))
    output.mkdir(parents=True, exist_ok=True)
    cache = output / ".telechargements"
    cache.mkdir(exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    entries = {entry["output"]: entry for entry in sources["files"]}
    communes_source = resolve(entries["communes.gpkg"], shared, cache)
    if communes_source is None:
        fail("couche de communes introuvable")
    layer, codes = territory_codes(communes_source, sources["territory"]["epci"])
    if len(codes) != sources["territory"]["communes"]:
        fail(
            "{} communes trouvées pour l'EPCI {}, {} attendues".format(
                len(codes), sources["territory"]["epci"], sources["territory"]["communes"]
            )
        )
    target = output / "communes.gpkg"
    if target.exists():
        target.unlink()
    write_communes(layer, target)
    passage_source = resolve(entries["passage_communes_cog2025.csv"], shared, cache)
    all_codes = historical_codes(passage_source, codes) if passage_source else set(codes)
    # The references: every commune of the département, with its own copy of the tables.
    departement, departement_codes = territory_codes(communes_source, sources["territory"]["departement"], "DEP")
    target = output / "communes_departement.gpkg"
    if target.exists():
        target.unlink()
    write_communes(departement, target)
    departement_all = historical_codes(passage_source, departement_codes) if passage_source else set(departement_codes)
    for name, entry in entries.items():
        if entry["kind"] == "communes":
            continue
        source = resolve(entry, shared, cache)
        if source is None:
            print("Avertissement : {} non disponible ({})".format(name, entry.get("download_note")))
            continue
        if entry["kind"] == "passage":
            extract_passage(source, output / name, set(departement_codes))  # territory ⊂ département
        elif entry["kind"] == "departement":
            write_departement(source, output / name, sources["territory"]["departement"])
        elif entry["kind"] == "copy":  # a file of another level (EPCI), kept whole
            shutil.copyfile(source, output / name)
        elif entry["kind"] == "meta":
            extract_meta(source, output / name, all_codes)
        else:
            column = entry.get("code_column", 0)
            rows = extract_rows(source, output / name, all_codes, column=column)
            print("{} : {} lignes".format(name, rows))
            if entry.get("references"):
                wider = Path(name).stem + "_departement" + Path(name).suffix
                wider_rows = extract_rows(source, output / wider, departement_all, column=column)
                print("{} : {} lignes".format(wider, wider_rows))
    write_provenance(output, sources, shared)
    for name in ("projet_abs.yaml", "catalogue_exemple.yaml"):
        shutil.copyfile(SOURCES.parent / name, output / name)
    print("Territoire d'exemple prêt : {} ({} communes)".format(output, len(codes)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--output", default=str(ROOT / "data" / "sample"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shared = Path(args.shared)
    build(shared if shared.exists() else None, Path(args.output))


if __name__ == "__main__":
    main()
