"""The offer inside the ABS (issue 18): equipment rates from Σ places / Σ population for every EPCI
and both départements of 63/03, the sample ABS's offer figures, maps and workbook, and a hand edit
of the offer layer between two runs.

Expected values are computed here from the raw files: the EHPAD extract's places (``capacite``) by
the EPCI of its point (``epci_jointure_spatiale``, a point-in-polygon on the same COG 2025 communes,
data README) and INSEE's 75+ of RP 2023 (``POP75P``) or RP 2022 (bands 75-89 + 90+) by commune."""

import csv
from collections import defaultdict

import pytest
from qgis.core import QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_run_project import project_copy
from tests.realdata import passage_2025, read_rows

EHPAD = "finess/ehpad_63_03_trouver-mon-ehpad.csv"
POP75 = "population/pop75_rp2023_63_03_trouver-mon-ehpad.csv"
AGES = "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv"
AMBERT = "200070761"
BPE = "bpe/bpe_ens_2018_63_03.csv"


def _epci_of_communes():
    return {row["DEPCOM"]: row["EPCI"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")}


@pytest.fixture(scope="module")
def offer_63_03(tmp_path_factory):
    """The offer layer made from the 143 EHPAD of the extract (import into a new layer)."""
    import processing

    folder = tmp_path_factory.mktemp("offre")
    created = processing.run("abs:createofferlayer", {"OUTPUT": str(folder / "offre.gpkg")})
    layer = QgsVectorLayer("{}|layername=offre".format(created["OUTPUT"]), "offre", "ogr")
    imported = processing.run(
        "abs:importfiness",
        {"TABLE": str(shared(EHPAD)), "OFFER": layer, "DEFAULT_CATEGORY": "EHPAD", "SKIPPED": "TEMPORARY_OUTPUT"},
    )
    assert imported["CREATED"] == 143
    return "{}|layername=offre".format(created["OUTPUT"])


def _communes_with_offer(run_alg, offer, folder, **extra):
    """The communes of 63/03 with their population aged 75+ (RP) and the offer's places (``extra``:
    more parameters of abs:offerbycommune)."""
    joined = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(shared("geo/communes_63_03_cog2025_l93.gpkg")),
            "TABLE": str(shared(POP75)),
            "RENAME": "POP75P=P23_POP75P",
            "OUTPUT": str(folder / "pop75.gpkg"),
            "UNMATCHED": str(folder / "rejets.csv"),
        },
    )["OUTPUT"]
    return run_alg(
        "abs:offerbycommune", dict({"COMMUNES": joined, "OFFER": offer, "OUTPUT": str(folder / "offre.gpkg")}, **extra)
    )


def test_ehpad_places_per_1000_aged_75_for_every_epci_and_departement(run_alg, offer_63_03, tmp_path):
    with_offer = _communes_with_offer(run_alg, offer_63_03, tmp_path)
    assert with_offer["FACILITIES"] == 143 and "SSIAD" in with_offer["ABSENT"]
    places, elderly = defaultdict(float), defaultdict(float)
    for row in read_rows(EHPAD):
        places[row["epci_jointure_spatiale"]] += float(row["capacite"])
        places["dep" + row["nofinesset"][:2]] += float(row["capacite"])
    epci = _epci_of_communes()
    for row in read_rows(POP75):
        elderly[epci[row["CODGEO"]]] += float(row["POP75P"])
        elderly["dep" + row["CODGEO"][:2]] += float(row["POP75P"])
    for group_field, prefix in (("EPCI", ""), ("DEP", "dep")):
        run_alg(
            "abs:aggregateterritories",
            {
                "INPUT": with_offer["OUTPUT"],
                "GROUP_FIELD": group_field,
                "INDICATORS": "places_ehpad_75_plus",
                "OUTPUT": str(tmp_path / "groupes_{}.gpkg".format(group_field)),
                "REFERENCES": str(tmp_path / "references_{}.csv".format(group_field)),
            },
        )
        groups = QgsVectorLayer(str(tmp_path / "groupes_{}.gpkg".format(group_field)), "g", "ogr")
        seen = 0
        for feature in groups.getFeatures():
            code = prefix + str(feature["code"])
            expected = places[code] / elderly[code] * 1000  # Σ places / Σ 75+ × 1 000
            assert feature["places_ehpad_75_plus"] == pytest.approx(expected), code
            seen += 1
        assert seen == (2 if group_field == "DEP" else len({epci[c] for c in epci if c[:2] in ("63", "03")}))


def _sector(code):
    """An MSD-like sectorisation of 63/03 that follows no official level: four sectors per département."""
    return "{}-S{}".format(code[:2], int(code[2:]) % 4)


def test_ehpad_rate_by_sector_from_a_commune_sector_table(run_alg, offer_63_03, tmp_path):
    with_offer = _communes_with_offer(run_alg, offer_63_03, tmp_path)["OUTPUT"]
    codes = [row["CODGEO"] for row in read_rows(POP75)]
    table = tmp_path / "secteurs.csv"
    table.write_text("commune;secteur\n" + "".join("{};{}\n".format(c, _sector(c)) for c in codes), encoding="utf-8")
    run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": with_offer,
            "GROUP_TABLE": str(table),
            "GROUP_TABLE_FIELD": "secteur",
            "INDICATORS": "places_ehpad_75_plus,part_75_plus_loin_personnes_agees",
            "OUTPUT": str(tmp_path / "secteurs.gpkg"),
            "REFERENCES": str(tmp_path / "references.csv"),
        },
    )
    places, elderly = defaultdict(float), defaultdict(float)
    for row in read_rows(EHPAD):
        places[_sector(row["code_insee_jointure_spatiale"])] += float(row["capacite"])
    for row in read_rows(POP75):
        elderly[_sector(row["CODGEO"])] += float(row["POP75P"])
    sectors = {f["code"]: f for f in QgsVectorLayer(str(tmp_path / "secteurs.gpkg"), "g", "ogr").getFeatures()}
    assert set(sectors) == set(elderly) and len(sectors) == 8
    for code, feature in sectors.items():
        assert feature["places_ehpad_75_plus"] == pytest.approx(places[code] / elderly[code] * 1000), code
        assert 0 <= feature["part_75_plus_loin_personnes_agees"] <= 100


def _references(folder):
    path = folder / "couches_publiables" / "territoire_et_references.csv"
    with open(path, encoding="utf-8") as handle:
        return {row["nom"]: row for row in csv.DictReader(handle)}


def _ambert_expected(extra_places=0, removed=None):
    """EHPAD places per 1 000 aged 75+ (RP 2022 bands) of the CC Ambert Livradois Forez."""
    epci = _epci_of_communes()
    ages = {row["codgeo"]: row for row in read_rows(AGES)}
    communes = [code for code, group in epci.items() if group == AMBERT]
    elderly = sum(float(ages[c]["pop_75_89_2022"]) + float(ages[c]["pop_90_plus_2022"]) for c in communes)
    rows = [r for r in read_rows(EHPAD) if r["epci_jointure_spatiale"] == AMBERT and r["nofinesset"] != removed]
    return (sum(float(r["capacite"]) for r in rows) + extra_places) / elderly * 1000


def _listed_facilities(sheet):
    """{FINESS: (category, places)} of the workbook's « Établissements » rows (under the header)."""
    header = [cell.value for cell in sheet[4]]
    listed = {}
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if not row[0]:
            break
        values = dict(zip(header, row))
        listed[values["N° FINESS"]] = (values["Catégorie"], values["Places"])
    return listed


def _atlas_page(pdf, title):
    """The text of the atlas page titled ``title`` (pdftotext, pages split at form feeds)."""
    import subprocess
    import unicodedata

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip() and page.strip().splitlines()[0].strip() == title]
    assert len(pages) == 1, title
    return " ".join(unicodedata.normalize("NFKC", pages[0]).split())  # « ﬀ » ligatures → « ff »


def _in_ambert(code, epci):
    return epci.get(code) == AMBERT


def _in_63(code, _epci):
    return code[:2] == "63"


def _bpe_per_10000(kind, member):
    """Σ BPE 2018 facilities of type ``kind`` / Σ 75+ (RP 2022 bands) × 10 000 over the communes
    (COG 2025) for which ``member(code, epci)`` holds; BPE codes of 2018 brought to 2025."""
    epci, passage = _epci_of_communes(), passage_2025()
    count = sum(
        float(r["NB_EQUIP"])
        for r in read_rows(BPE)
        if r["TYPEQU"] == kind and member(passage.get(r["DEPCOM"], r["DEPCOM"]), epci)
    )
    ages = [r for r in read_rows(AGES) if member(r["codgeo"], epci)]
    return count / sum(float(r["pop_75_89_2022"]) + float(r["pop_90_plus_2022"]) for r in ages) * 10000


def _offer_legend_labels(project_file):
    """The labels of the offer layer's entries in the offer map's legend (categories and sizes)."""
    from qgis.core import QgsLayoutItemLegend, QgsProject
    from qgis.PyQt.QtCore import Qt

    project = QgsProject()
    assert project.read(str(project_file))
    layout = project.layoutManager().layouts()[0]
    legend = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLegend))
    model = legend.model()
    nodes = [node for node in model.rootGroup().findLayers() if node.name().startswith("Offre")]
    assert len(nodes) == 1
    return [legend_node.data(Qt.ItemDataRole.DisplayRole) for legend_node in model.layerLegendNodes(nodes[0])]


def test_sample_abs_has_its_offer_and_follows_a_hand_edit(run_alg, tmp_path):
    import openpyxl

    first = run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    folder = tmp_path / "resultats"
    assert (folder / "cartes" / "offre_personnes_agees" / "part_75_plus.pdf").exists()
    assert first["OFFER_PROBLEMS"] == 0
    # Its legend: the category and the sizes up to the largest EHPAD of the 63 (the imported part).
    labels = _offer_legend_labels(folder / "cartes" / "offre_personnes_agees" / "cartes_abs.qgz")
    largest = max(float(r["capacite"]) for r in read_rows(EHPAD) if r["code_insee_jointure_spatiale"][:2] == "63")
    assert "EHPAD" in labels and "Places" in labels and "{:.0f}".format(largest) in labels
    references = _references(folder)
    assert float(references["CC Ambert Livradois Forez"]["places_ehpad_75_plus"]) == pytest.approx(_ambert_expected())
    # Where places are not known, the BPE's count of facilities, per 10 000 of the target population.
    for name, member in (("CC Ambert Livradois Forez", _in_ambert), ("Puy-de-Dôme", _in_63)):
        expected = _bpe_per_10000("D401", member)
        assert float(references[name]["bpe_hebergement_personnes_agees_75_plus"]) == pytest.approx(expected), name
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    header = [cell.value for cell in workbook["Offre"][4]]
    assert any(str(name).startswith("Places en EHPAD pour 1 000 personnes de 75 ans et plus") for name in header)
    # A BPE 2018 count has no evolution: the same count over the censuses of 2016 and 2022 is none.
    bpe = [str(name) for name in header if "(BPE)" in str(name)]
    assert bpe and not [name for name in bpe if "RP 2016" in name or name.startswith("Évolution")]
    # The list behind the rate: every EHPAD of the extract lying in the EPCI, with its places.
    in_epci = [r for r in read_rows(EHPAD) if r["epci_jointure_spatiale"] == AMBERT]
    listed = _listed_facilities(workbook["Établissements"])
    assert listed == {r["nofinesset"]: ("EHPAD", float(r["capacite"])) for r in in_epci}
    # The atlas page of Ambert (63003) lists its EHPAD and shows all key figures, the last one included.
    page = _atlas_page(folder / "atlas" / "atlas_densite.pdf", "Ambert")
    for row in (r for r in in_epci if r["code_insee_jointure_spatiale"] == "63003"):
        assert row["rs"] in page and "{:.0f}".format(float(row["capacite"])) in page
    assert (
        "Établissements de l'offre dans le territoire : {}".format(
            sum(1 for r in in_epci if r["code_insee_jointure_spatiale"] == "63003")
        )
        in page
    )
    assert "éloignés de l'offre pour" in page  # the 8th key figure (the table used to cut it)
    assert "Aucun établissement de l'offre dans ce territoire" in _atlas_page(
        folder / "atlas" / "atlas_densite.pdf", "Aix-la-Fayette"
    )
    # The officer edits the layer in QGIS: 100 more places in one EHPAD of the territory, another closed.
    in_territory = [r["nofinesset"] for r in read_rows(EHPAD) if r["epci_jointure_spatiale"] == AMBERT]
    edited, closed = in_territory[0], in_territory[1]
    layer = QgsVectorLayer("{}|layername=offre".format(tmp_path / "offre.gpkg"), "offre", "ogr")
    count = layer.featureCount()
    assert layer.startEditing()
    for feature in layer.getFeatures():
        if feature["finess"] == edited:
            places = layer.fields().lookupField("places_permanentes")
            layer.changeAttributeValue(feature.id(), places, feature["places_permanentes"] + 100)
        if feature["finess"] == closed:
            layer.deleteFeature(feature.id())
    assert layer.commitChanges()
    run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    layer.reload()
    assert layer.featureCount() == count - 1  # the unchanged extract is not imported again
    references = _references(folder)
    assert float(references["CC Ambert Livradois Forez"]["places_ehpad_75_plus"]) == pytest.approx(
        _ambert_expected(extra_places=100, removed=closed)
    )


def test_a_departement_the_offer_does_not_cover_reads_unknown_never_zero(run_alg, offer_63_03, tmp_path):
    """Issue 32: a comparison département whose offer was not imported showed « 0,0 places pour
    1 000 » and « 97 % à plus de 10 km ». With the extracts limited to the Puy-de-Dôme, the Allier's
    communes have no offer value (NULL), while the Puy-de-Dôme's keep theirs (Σ of the raw file)."""
    result = _communes_with_offer(run_alg, offer_63_03, tmp_path, COVERED_DEPARTEMENTS="63")
    assert "317 communes outside" in result["_log"] or "317 communes hors" in result["_log"]
    layer = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    places = defaultdict(float)
    for feature in layer.getFeatures():
        value = feature["PLACES_EHPAD"]
        if feature["DEPCOM"].startswith("03"):
            assert value is None or str(value) == "NULL", feature["DEPCOM"]
            assert feature["DIST_PA_KM"] is None or str(feature["DIST_PA_KM"]) == "NULL"
        else:
            places["63"] += float(value)
    expected = sum(float(row["capacite"]) for row in read_rows(EHPAD) if row["nofinesset"][:2] == "63")
    assert places["63"] == pytest.approx(expected)
