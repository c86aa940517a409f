"""Issue 31: what the sample ABS publishes holds only codes, names, indicators, counts the secret
protected and counts the project declares public; every other number of the joined tables stays
in travail_non_diffusable/ (nothing lost)."""

import csv

import yaml
from qgis.core import QgsVectorLayer

from abs_qgis.core.catalogue import load_catalogue
from tests.paths import sample

NUMERIC = {"Real", "Integer", "Integer64", "double", "int", "integer", "real", "int8"}


def _numeric_fields(path):
    """{layer name: [numeric field names]} of every layer of a GeoPackage."""
    found = {}
    probe = QgsVectorLayer(str(path), "probe", "ogr")
    for sub_layer in probe.dataProvider().subLayers() or [""]:
        name = sub_layer.split("!!::!!")[1] if "!!::!!" in sub_layer else ""
        layer = QgsVectorLayer("{}|layername={}".format(path, name) if name else str(path), name, "ogr")
        if name == "layer_styles" or not layer.isValid():
            continue
        found[name or path.stem] = [field.name() for field in layer.fields() if field.isNumeric()]
    return found


def _allowed(name, catalogue, protected):
    """What the brief lets a published layer carry, from the project file and the catalogue: a
    computed indicator (not a count), a protected or declared-public count, the plugin's own fields
    (« ordre »: the row's rank in the atlas key-figures table)."""
    if name in protected or name.lower() == "fid" or name.startswith(("abs_", "ecart_")) or name == "ordre":
        return True
    indicator = catalogue.get(name)
    return indicator is not None and indicator.type != "effectif"


def test_the_publishable_folder_holds_no_unprotected_count(sample_run):
    folder, _result = sample_run
    project = yaml.safe_load(sample("projet_abs.yaml").read_text(encoding="utf-8"))["projet"]
    protected = set(project["secret"]["effectifs"]) | set(project["secret"]["publics"])
    catalogue = load_catalogue(str(sample(project["catalogue"])))
    published = sorted((folder / "couches_publiables").glob("*.gpkg")) + sorted(folder.glob("cartes/**/*.gpkg"))
    published += sorted(folder.glob("atlas/**/*.gpkg"))
    assert len(published) >= 4, published  # communes, groups (latest and earlier pass), maps, atlas
    offenders = []
    for path in published:
        for layer, names in _numeric_fields(path).items():
            offenders += [
                "{}:{}:{}".format(path.relative_to(folder), layer, n)
                for n in names
                if not _allowed(n, catalogue, protected)
            ]
    assert offenders == []
    # The examples: births and deaths 2013-2018 (values of 1 to 4 in several communes).
    communes = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "c", "ogr")
    assert {"NAIS1318", "DECE1318", "P22_POP90P"}.isdisjoint(communes.fields().names())
    assert {"NAISD20", "P18_POP", "densite", "abs_secret"} <= set(communes.fields().names())


def test_nothing_is_lost_the_raw_counts_stay_in_the_working_folder(sample_run):
    folder, _result = sample_run
    work = QgsVectorLayer(str(folder / "travail_non_diffusable" / "indicateurs_communes.gpkg"), "w", "ogr")
    raw = {feature["DEPCOM"]: feature["NAIS1318"] for feature in work.getFeatures()}
    with open(sample("base_cc_comparateur.csv"), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    small = [row for row in rows if row["NAIS1318"] not in ("", None) and 0 < float(row["NAIS1318"]) < 5]
    assert small, "the sample has births 2013-2018 under 5 (the issue's case)"
    present = [row["CODGEO"] for row in small if row["CODGEO"] in raw]
    assert present and all(
        raw[code] == float(next(r for r in small if r["CODGEO"] == code)["NAIS1318"]) for code in present
    )
