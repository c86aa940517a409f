"""The ABS by IRIS with the same algorithms: real CAF tables onto the real IRIS polygons of the Allier
and the Clermont-Ferrand agglomeration, aggregation to communes, secret within each commune, atlas.

Expected values: the CAF CSV read with the csv module, the IRIS codes read from the GeoPackage
with sqlite3 (no QGIS, no abs_qgis code)."""

import sqlite3
from collections import defaultdict

import pytest
from qgis.core import QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_export_maps import pdf_pages, undo_ligatures
from tests.qgis.test_join_algorithm import plain
from tests.realdata import read_rows

IRIS_GPKG = "geo/iris_63_03_l93.gpkg"
CAF_2020 = "caf/data_CAF_2020_IRIS.csv"
COUNTS = ["A", "ARSAS", "AAAH", "AM"]


def features(path):
    """Attributes of every feature as dicts, QGIS NULL as None."""
    layer = QgsVectorLayer(str(path), "x", "ogr")
    names = layer.fields().names()
    return [{name: plain(feature[name]) for name in names} for feature in layer.getFeatures()]


def gpkg_iris():
    """{IRIS code: (commune code, IRIS name)} of the layer ``iris``, read with sqlite3."""
    with sqlite3.connect(str(shared(IRIS_GPKG))) as connection:
        rows = connection.execute("select code_iris, code_insee, nom_iris from iris").fetchall()
    return {code: (commune, name) for code, commune, name in rows}


def caf_number(text):
    return float(text) if text.strip() else None


@pytest.fixture(scope="module")
def iris_joined(plugin, tmp_path_factory):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder = tmp_path_factory.mktemp("iris")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": "{}|layername=iris".format(shared(IRIS_GPKG)),
            "TABLE": str(shared(CAF_2020)),
            "OUTPUT": str(folder / "iris_caf.gpkg"),
            "UNMATCHED": str(folder / "non_jointes.csv"),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return result, folder


def test_caf_onto_iris_polygons_detects_the_level(iris_joined):
    result, _folder = iris_joined
    layer = gpkg_iris()
    rows = read_rows(CAF_2020)
    assert result["LEVEL"] == "iris"
    assert result["ROWS_READ"] == len(rows)
    assert result["ROWS_JOINED"] == sum(row["CODGEO"] in layer for row in rows) == 123  # README 7d
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    output = {f["code_iris"]: f for f in features(result["OUTPUT"])}
    assert len(output) == len(layer) == 463  # every IRIS kept, with or without data
    by_code = {row["CODGEO"]: row for row in rows}
    for code, feature in output.items():
        row = by_code.get(code)
        if row is None:
            assert feature["ARSAS"] is None and feature["abs_origine"] == "aucune ligne dans la table"
            continue
        for name in COUNTS:
            expected = caf_number(row[name])
            assert (None if feature[name] is None else float(feature[name])) == expected, (code, name)
        if row["NOTE"] != "0":
            assert "secret à la source (NOTE = {})".format(row["NOTE"]) in feature["abs_marques"]


def test_iris_aggregated_to_communes(run_alg, iris_joined, tmp_path):
    """IRIS → commune with the catalogue's rule: Σ ARSAS / Σ A, NULL when one IRIS is secret."""
    result, _folder = iris_joined
    grouped = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": result["OUTPUT"],
            "GROUP_FIELD": "code_insee",
            "NAME_FIELD": "nom_commune",
            "INDICATORS": "part_allocataires_rsa,part_allocataires_aah",
            "ALLOW_PARTIAL": False,
            "OUTPUT": str(tmp_path / "communes.gpkg"),
            "REFERENCES": str(tmp_path / "references.csv"),
        },
    )
    layer = gpkg_iris()
    members = defaultdict(list)
    for code, (commune, _name) in layer.items():
        members[commune].append(code)
    caf = {row["CODGEO"]: row for row in read_rows(CAF_2020)}
    output = {f["code"]: f for f in features(grouped["OUTPUT"])}
    assert len(output) == len(members)
    checked = 0
    for commune, codes in members.items():
        rows = [caf.get(code) for code in codes]
        value = output[commune]["part_allocataires_rsa"]
        if all(row is not None and row["ARSAS"] and row["A"] for row in rows):
            expected = sum(float(r["ARSAS"]) for r in rows) / sum(float(r["A"]) for r in rows) * 100
            assert value == pytest.approx(expected), commune
            checked += 1
        else:
            assert value is None, commune
    assert checked >= 3  # e.g. Montluçon, Vichy, Moulins when all their IRIS are published


@pytest.mark.parametrize("hierarchy", [["code_insee"], []], ids=["commune-field", "derived-from-codes"])
def test_secret_within_each_commune(run_alg, iris_joined, tmp_path, hierarchy):
    """Threshold 5 on the IRIS counts, commune totals published: no masked IRIS is alone in its
    commune, and the masked IRIS of a commune add up to at least the threshold (from the CSV).
    Without a hierarchy field the commune is taken from the IRIS code."""
    result, _folder = iris_joined
    secret = run_alg(
        "abs:statisticalsecret",
        {
            "INPUT": result["OUTPUT"],
            "CODE_FIELD": "code_iris",
            "COUNT_FIELDS": ["ARSAS", "AAAH", "AM"],
            "THRESHOLD": 5,
            "HIERARCHY": hierarchy,
            "OUTPUT": str(tmp_path / "publiable.gpkg"),
            "REPORT": str(tmp_path / "rapport.gpkg"),
        },
    )
    caf = {row["CODGEO"]: row for row in read_rows(CAF_2020)}
    by_commune = defaultdict(list)
    for feature in features(secret["OUTPUT"]):
        by_commune[feature["code_insee"]].append(feature)
    masked_somewhere = 0
    for commune, iris in by_commune.items():
        for name in ("ARSAS", "AAAH", "AM"):
            hidden = [f["code_iris"] for f in iris if f[name] is None]
            published = [f[name] for f in iris if f[name] is not None]
            assert all(value >= 5 for value in published), (commune, name)
            if len(iris) == 1 or not hidden:
                continue
            masked_somewhere += 1
            assert len(hidden) >= 2, (commune, name, hidden)
            known = [caf_number(caf[c][name]) for c in hidden if c in caf and caf_number(caf[c][name]) is not None]
            # hidden values the source itself gave (not secret at source) must not be bounded below 5
            if len(known) == len(hidden):
                assert sum(known) >= 5, (commune, name, hidden)
    assert masked_somewhere > 0
    assert secret["MASKED"] > 0


def vichy_indicators(run_alg, iris_joined, tmp_path):
    """The 10 IRIS of Vichy (03310) with the RSA share computed: a city-scale layer to map."""
    import processing

    result, _folder = iris_joined
    vichy = processing.run(
        "native:extractbyattribute",
        {"INPUT": result["OUTPUT"], "FIELD": "code_insee", "OPERATOR": 0, "VALUE": "03310", "OUTPUT": "memory:"},
    )["OUTPUT"]
    computed = run_alg(
        "abs:computeindicators",
        {"INPUT": vichy, "INDICATORS": "part_allocataires_rsa", "OUTPUT": str(tmp_path / "vichy.gpkg")},
    )["OUTPUT"]
    return computed


def test_atlas_one_page_per_iris_of_a_city(run_alg, iris_joined, tmp_path):
    """Vichy (03310): 10 IRIS, one page each, named by the IRIS name."""
    computed = vichy_indicators(run_alg, iris_joined, tmp_path)
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": computed,
            "INDICATORS": ["part_allocataires_rsa"],
            "ATLAS_FIELD": "code_iris",
            "ATLAS_LABEL_FIELD": "nom_iris",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "atlas"),
        },
    )
    names = sorted((code, name) for code, (commune, name) in gpkg_iris().items() if commune == "03310")
    path = tmp_path / "atlas" / "atlas_part_allocataires_rsa.pdf"
    assert pdf_pages(path) == len(names) == 10
    import subprocess

    first = undo_ligatures(
        subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    )
    assert names[0][1] in first


def test_qpv_approximated_from_iris(run_alg, iris_joined, tmp_path):
    """An IRIS → QPV correspondence table (written here for the test: two IRIS of Vichy and two of
    Montluçon assigned to QPV codes of the Allier; not the real perimeters, which are not in
    ../shared): each QPV = Σ of its IRIS, the other IRIS form « hors QPV », every row is labelled
    as an approximation."""
    result, _folder = iris_joined
    caf = {row["CODGEO"]: row for row in read_rows(CAF_2020)}
    published = sorted(code for code, row in caf.items() if row["NOTE"] == "0" and row["ARSAS"] and row["A"])
    vichy = [code for code in published if code.startswith("03310")][:2]
    montlucon = [code for code in published if code.startswith("03185")][:2]
    table = tmp_path / "iris_qpv.csv"
    lines = ["code_iris;code_qpv;nom_qpv"]
    lines += ["{};QN00302I;Les Ailes".format(code) for code in vichy]
    lines += ["{};QN00306M;Bien-Assis".format(code) for code in montlucon]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    grouped = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": result["OUTPUT"],
            "GROUP_TABLE": str(table),
            "GROUP_TABLE_NAME": "nom_qpv",
            "INDICATORS": "part_allocataires_rsa",
            "ALLOW_PARTIAL": True,
            "OUTPUT": str(tmp_path / "qpv.gpkg"),
            "REFERENCES": str(tmp_path / "references.csv"),
        },
    )
    output = {f["code"]: f for f in features(grouped["OUTPUT"])}
    assert sorted(output) == ["HORS_QPV", "QN00302I", "QN00306M"]
    for code, members in (("QN00302I", vichy), ("QN00306M", montlucon)):
        expected = sum(float(caf[c]["ARSAS"]) for c in members) / sum(float(caf[c]["A"]) for c in members) * 100
        assert output[code]["part_allocataires_rsa"] == pytest.approx(expected)
        assert output[code]["nb_iris"] == 2
    assert output["QN00302I"]["nom"] == "Les Ailes"
    assert output["HORS_QPV"]["nb_iris"] == 463 - 4
    assert all(f["abs_remarques"].startswith("approximation") for f in output.values())
    assert "approximation" in grouped["_log"]
    # The atlas by QPV: one page per quartier (and « hors QPV »), titled by its name, its key figure
    # the Σ-ratio computed above from the raw CAF file.
    import subprocess

    run_alg(
        "abs:exportmaps",
        {
            "INPUT": grouped["OUTPUT"],
            "INDICATORS": ["part_allocataires_rsa"],
            "ATLAS_FIELD": "code",
            "ATLAS_LABEL_FIELD": "nom",
            "SOURCES": "Source : Cnaf, allocataires au 31/12/2020 (approximation par IRIS)",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "atlas_qpv"),
        },
    )
    pdf = next((tmp_path / "atlas_qpv").glob("atlas_*.pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           3" in info
    pages = [
        subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True).stdout
        for n in (1, 2, 3)
    ]
    assert [page.splitlines()[0] for page in pages] == [output[c]["nom"] for c in sorted(output)]
    expected = sum(float(caf[c]["ARSAS"]) for c in vichy) / sum(float(caf[c]["A"]) for c in vichy) * 100
    assert "{:.1f}".format(expected).replace(".", ",") in " ".join(pages[1].split())


def test_project_by_iris(run_alg, tmp_path):
    """The same project file, at IRIS level: Montluçon and Vichy (27 IRIS), CAF 2020, secret,
    communes as groups, maps and an atlas of one page per IRIS, the portrait workbook."""
    import openpyxl

    project = tmp_path / "iris.yaml"
    project.write_text(
        'projet:\n  nom: "ABS par IRIS de Montluçon et Vichy"\n  territoire:\n    communes: {}\n'.format(
            shared(IRIS_GPKG)
        )
        + "    niveau: iris\n"
        "    champ_code: code_iris\n"
        "    filtre: \"\\\"code_insee\\\" IN ('03185', '03310')\"\n"
        "  sources:\n"
        "    - table: {}\n".format(shared(CAF_2020))
        + '      libelle: "Cnaf, INSEE, données CAF par IRIS 2020"\n'
        "  indicateurs: [part_allocataires_rsa, part_allocataires_aah]\n"
        "  secret:\n"
        "    seuil: 5\n"
        "    effectifs: [A, ARSAS, AAAH]\n"
        "  regroupement:\n"
        "    champ: code_insee\n"
        "    nom: nom_commune\n"
        "  cartes:\n"
        "    indicateurs: [part_allocataires_rsa]\n"
        "    atlas: code_iris\n"
        "    atlas_libelle: nom_iris\n"
        "  sortie: {}\n".format(tmp_path / "abs_iris"),
        encoding="utf-8",
    )
    result = run_alg("abs:runproject", {"PROJECT": str(project)})
    layer = {code: value for code, value in gpkg_iris().items() if value[0] in ("03185", "03310")}
    caf = {row["CODGEO"]: row for row in read_rows(CAF_2020)}
    assert len(layer) == 27
    assert result["ROWS_JOINED"] == sum(code in caf for code in layer)
    folder = tmp_path / "abs_iris"
    assert pdf_pages(folder / "atlas" / "atlas_part_allocataires_rsa.pdf") == 27
    published = {f["code_iris"]: f for f in features(folder / "couches_publiables" / "communes_publiables.gpkg")}
    assert set(published) == set(layer)
    for feature in published.values():
        assert feature["ARSAS"] is None or feature["ARSAS"] >= 5
    groups = {f["code"]: f for f in features(folder / "travail_non_diffusable" / "regroupements.gpkg")}
    assert sorted(groups) == ["03185", "03310"] and groups["03310"]["nb_iris"] == 10
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    codes = {row[1] for ws in workbook.worksheets for row in ws.iter_rows(min_row=5, values_only=True)}
    assert set(layer) <= codes


def test_project_by_qpv(run_alg, tmp_path):
    """The same project file by QPV: « regroupement » reads an IRIS → QPV table (written here: two
    IRIS of Vichy in one made-up QPV, the real perimeters are not in ../shared); each QPV row is
    Σ of its IRIS from the raw CAF file, labelled as an approximation, named in the workbook."""
    import openpyxl

    caf = {row["CODGEO"]: row for row in read_rows(CAF_2020)}
    vichy = sorted(c for c, r in caf.items() if c.startswith("03310") and r["NOTE"] == "0" and r["A"])[:2]
    table = tmp_path / "iris_qpv.csv"
    table.write_text("code_iris;code_qpv;nom_qpv\n" + "".join("{};QN00302I;Les Ailes\n".format(c) for c in vichy))
    project = tmp_path / "qpv.yaml"
    project.write_text(
        'projet:\n  nom: "ABS par QPV de Vichy"\n  territoire:\n    communes: {}\n'.format(shared(IRIS_GPKG))
        + "    niveau: iris\n"
        "    champ_code: code_iris\n"
        '    filtre: "\\"code_insee\\" = \'03310\'"\n'
        "  sources:\n"
        "    - table: {}\n".format(shared(CAF_2020))
        + "  indicateurs: [part_allocataires_rsa]\n  regroupement:\n    table: {}\n".format(table)
        + "    champ: code_qpv\n    nom: nom_qpv\n  sortie: {}\n".format(tmp_path / "abs_qpv"),
        encoding="utf-8",
    )
    run_alg("abs:runproject", {"PROJECT": str(project)})
    groups = {f["code"]: f for f in features(tmp_path / "abs_qpv" / "travail_non_diffusable" / "regroupements.gpkg")}
    assert sorted(groups) == ["HORS_QPV", "QN00302I"] and groups["QN00302I"]["nom"] == "Les Ailes"
    expected = sum(float(caf[c]["ARSAS"]) for c in vichy) / sum(float(caf[c]["A"]) for c in vichy) * 100
    assert groups["QN00302I"]["part_allocataires_rsa"] == pytest.approx(expected)
    assert groups["QN00302I"]["abs_remarques"].startswith("approximation")
    workbook = openpyxl.load_workbook(tmp_path / "abs_qpv" / "portrait_social.xlsx")
    rows = [row for ws in workbook.worksheets for row in ws.iter_rows(min_row=5, values_only=True)]
    assert any(row[1] == "QN00302I" and row[2] == "Les Ailes" for row in rows)


def test_city_map_with_iris_names(run_alg, iris_joined, tmp_path):
    """A city-scale map: the 10 IRIS of Vichy, each labelled with its name (from the GeoPackage)."""
    import subprocess

    computed = vichy_indicators(run_alg, iris_joined, tmp_path)
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": computed,
            "INDICATORS": ["part_allocataires_rsa"],
            "LABEL_FIELD": "nom_iris",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "carte"),
        },
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "carte" / "part_allocataires_rsa.pdf"), "-"], capture_output=True, text=True
    ).stdout
    words = set(undo_ligatures(text).split())
    names = [name for code, (commune, name) in gpkg_iris().items() if commune == "03310"]
    assert len(names) == 10
    for name in names:
        assert set(name.split()) <= words, name
