"""abs:aggregateterritories: EPCI of 63 and 03, references département / région / France.

Every expected value is Σ numerator / Σ denominator over the raw rows of base_cc_comparateur.CSV,
communes chosen with the COG 2025 tables (not with the plugin)."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import shared
from tests.qgis.test_join_algorithm import plain
from tests.realdata import passage_2025, read_rows

AMBERT = "200070761"


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("aggregate")
    paths = {}
    for name, layer in (("63_03", "communes_63_03_cog2025_l93.gpkg"), ("france", "communes_france_cog2025_l93.gpkg")):
        paths[name] = processing.run(
            "abs:joinindicators",
            {
                "COMMUNES": str(shared("geo/" + layer)),
                "TABLE": str(shared("population/base_cc_comparateur.CSV")),
                "PASSAGE": str(shared("cog/cogiter_table_passage_com_historique_cog2025.csv")),
                "OUTPUT": str(folder / (name + ".gpkg")),
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
    return paths


def raw_sums(select):
    """Σ of the raw comparateur columns over the rows whose 2025 commune satisfies ``select``."""
    passage = passage_2025()
    epci = {row["DEPCOM"]: row for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")}
    totals = {}
    for row in read_rows("population/base_cc_comparateur.CSV"):
        current = passage[row["CODGEO"]]
        if (
            current not in epci
            or not select(epci[current])
            or current in ("75056", "69123", "13055")
            and row["CODGEO"] != current
        ):
            continue
        for name in ("P18_POP", "P13_POP", "SUPERF", "P18_CHOM1564", "P18_ACT1564"):
            if row[name]:  # Mayotte's rows have no census value
                totals[name] = totals.get(name, 0.0) + float(row[name])
    return totals


def test_epci_and_references(run_alg, joined, tmp_path):
    result = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": joined["63_03"],
            "GROUP_FIELD": "EPCI",
            "NAME_FIELD": "NOM_EPCI",
            "MILLESIME": 2018,
            "INDICATORS": "densite,taux_chomage,tcam_population,taux_pauvrete",
            "REFERENCE_LAYER": joined["france"],
            "REFERENCE_FIELDS": "DEP,REG",
            "ALLOW_PARTIAL": True,
            "OUTPUT": str(tmp_path / "epci.gpkg"),
            "REFERENCES": str(tmp_path / "references.gpkg"),
        },
    )
    groups = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "g", "ogr").getFeatures()}
    epci_63_03 = {
        row["EPCI"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv") if row["DEP"] in ("63", "03")
    }
    assert set(groups) == epci_63_03

    ambert = groups[AMBERT]
    sums = raw_sums(lambda row: row["EPCI"] == AMBERT)
    assert ambert["nb_communes"] == 58 and ambert["nom"] == "CC Ambert Livradois Forez"
    assert ambert["densite"] == pytest.approx(sums["P18_POP"] / sums["SUPERF"])
    assert ambert["taux_chomage"] == pytest.approx(100 * sums["P18_CHOM1564"] / sums["P18_ACT1564"])
    assert ambert["tcam_population"] == pytest.approx(((sums["P18_POP"] / sums["P13_POP"]) ** 0.2 - 1) * 100)
    assert plain(ambert["taux_pauvrete"]) is None
    assert "taux_pauvrete: non agrégeable" in ambert["abs_remarques"]

    references = {(f["niveau"], f["code"]): f for f in QgsVectorLayer(result["REFERENCES"], "r", "ogr").getFeatures()}
    dep = raw_sums(lambda row: row["DEP"] == "63")
    dep_row = references[("Département", "63")]
    assert dep_row["nb_communes"] == 463
    assert dep_row["densite"] == pytest.approx(dep["P18_POP"] / dep["SUPERF"])
    assert dep_row["taux_chomage"] == pytest.approx(100 * dep["P18_CHOM1564"] / dep["P18_ACT1564"])
    assert dep_row["tcam_population"] == pytest.approx(((dep["P18_POP"] / dep["P13_POP"]) ** 0.2 - 1) * 100)
    region = raw_sums(lambda row: row["REG"] == "84")
    assert references[("Région", "84")]["taux_chomage"] == pytest.approx(
        100 * region["P18_CHOM1564"] / region["P18_ACT1564"]
    )
    # Region and France: communes restored in 2025 (15031…) and Mayotte have no 2021 value; the
    # 2021 rows of the parent communes hold their population, so the partial sum is the raw sum.
    assert (
        "taux_chomage: partiel : communes sans valeur laissées de côté pour P18_CHOM1564 (4 communes)"
        in (references[("Région", "84")]["abs_remarques"])
    )
    assert "(4 communes)" not in (references[("Département", "63")]["abs_remarques"] or "")
    france = raw_sums(lambda row: True)
    assert references[("France", "")]["densite"] == pytest.approx(france["P18_POP"] / france["SUPERF"], rel=1e-9)
    territory = raw_sums(lambda row: row["DEP"] in ("63", "03"))
    assert references[("Territoire étudié", "")]["taux_chomage"] == pytest.approx(
        100 * territory["P18_CHOM1564"] / territory["P18_ACT1564"]
    )

    # Gaps to the first reference (the département): points for a rate, index for a density.
    assert ambert["ecart_taux_chomage"] == pytest.approx(ambert["taux_chomage"] - dep_row["taux_chomage"])
    assert ambert["ecart_densite"] == pytest.approx(100 * ambert["densite"] / dep_row["densite"])


def test_group_field_with_nulls_is_refused_with_the_communes(run_alg, joined, tmp_path):
    import processing

    edited = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": joined["63_03"],
            "FIELD_NAME": "SECTEUR",
            "FIELD_TYPE": 2,
            "FIELD_LENGTH": 10,
            "FORMULA": "CASE WHEN \"DEPCOM\" IN ('63003', '03185') THEN NULL ELSE \"DEP\" END",
            "OUTPUT": str(tmp_path / "secteurs.gpkg"),
        },
    )["OUTPUT"]
    with pytest.raises(
        QgsProcessingException,
        match=r"2 communes n'ont pas de regroupement \(champ vide\) : (63003, 03185|03185, 63003)",
    ):
        run_alg(
            "abs:aggregateterritories",
            {
                "INPUT": edited,
                "GROUP_FIELD": "SECTEUR",
                "MILLESIME": 2018,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "REFERENCES": "TEMPORARY_OUTPUT",
            },
        )


def test_sectors_from_a_spreadsheet(run_alg, tmp_path):
    """MSD-like sectors of the 58 sample communes, kept in an XLSX with title rows."""
    import openpyxl
    import processing

    from tests.paths import sample

    joined = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "OUTPUT": str(tmp_path / "joined.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    codes = sorted(f["DEPCOM"] for f in QgsVectorLayer(joined, "j", "ogr").getFeatures())
    sector_of = {code: ("S1" if index % 3 else "S2") for index, code in enumerate(codes)}
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Sectorisation des maisons des solidarités"])
    sheet.append([])
    sheet.append(["Code commune", "Secteur", "Nom du secteur"])
    for code in codes:
        sheet.append([int(code), sector_of[code], "Secteur Nord" if sector_of[code] == "S1" else "Secteur Sud"])
    path = tmp_path / "secteurs.xlsx"
    workbook.save(path)
    result = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": joined,
            "GROUP_TABLE": str(path),
            "GROUP_TABLE_FIELD": "Secteur",
            "GROUP_TABLE_NAME": "Nom du secteur",
            "MILLESIME": 2018,
            "INDICATORS": "densite,taux_chomage",
            "OUTPUT": str(tmp_path / "secteurs.gpkg"),
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )
    groups = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "g", "ogr").getFeatures()}
    rows = {row["CODGEO"]: row for row in read_rows("population/base_cc_comparateur.CSV")}
    for sector, name in (("S1", "Secteur Nord"), ("S2", "Secteur Sud")):
        members = [rows[code] for code in codes if sector_of[code] == sector]
        assert groups[sector]["nom"] == name and groups[sector]["nb_communes"] == len(members)
        assert groups[sector]["densite"] == pytest.approx(
            sum(float(r["P18_POP"]) for r in members) / sum(float(r["SUPERF"]) for r in members)
        )
        assert groups[sector]["taux_chomage"] == pytest.approx(
            100 * sum(float(r["P18_CHOM1564"]) for r in members) / sum(float(r["P18_ACT1564"]) for r in members)
        )

    sheet.delete_rows(4)  # the first commune loses its sector
    workbook.save(path)
    with pytest.raises(
        QgsProcessingException, match="1 communes de la couche absentes de la table des regroupements : " + codes[0]
    ):
        run_alg(
            "abs:aggregateterritories",
            {
                "INPUT": joined,
                "GROUP_TABLE": str(path),
                "MILLESIME": 2018,
                "OUTPUT": "TEMPORARY_OUTPUT",
                "REFERENCES": "TEMPORARY_OUTPUT",
            },
        )


def test_non_summable_values_provided_for_the_level(run_alg, joined, tmp_path):
    """Poverty rates cannot be summed: with PROVIDED they come from a file of that level.
    Here the level is the commune itself and the file is INSEE's Filosofi commune file."""
    import processing

    ambert = processing.run(
        "native:extractbyattribute",
        {"INPUT": joined["63_03"], "FIELD": "EPCI", "OPERATOR": 0, "VALUE": AMBERT, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    filosofi = {row["CODGEO"]: row for row in read_rows("filosofi/cc_filosofi_2019_COM.CSV")}
    result = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": ambert,
            "GROUP_FIELD": "DEPCOM",
            "MILLESIME": 2018,
            "INDICATORS": "taux_pauvrete,mediane_niveau_vie",
            "PROVIDED": str(shared("filosofi/cc_filosofi_2019_COM.CSV")),
            "OUTPUT": str(tmp_path / "g.gpkg"),
            "REFERENCES": "TEMPORARY_OUTPUT",
        },
    )
    groups = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "g", "ogr").getFeatures()}
    assert len(groups) == 58
    with_rate = [code for code in groups if filosofi[code]["TP6019"]]
    assert "63003" in with_rate  # Ambert has a published poverty rate
    for code, feature in groups.items():
        rate, median = filosofi[code]["TP6019"], filosofi[code]["MED19"]
        if rate:
            assert feature["taux_pauvrete"] == pytest.approx(float(rate))
        else:
            assert plain(feature["taux_pauvrete"]) is None
            assert "taux_pauvrete: non fournie pour ce niveau" in feature["abs_remarques"]
        if median:
            assert feature["mediane_niveau_vie"] == pytest.approx(float(median))


def test_a_part_of_an_epci_never_takes_the_whole_epci_published_value(run_alg, joined, tmp_path):
    """Issue 32: 3 communes of the CC Ambert (58) grouped by EPCI, with the département as reference
    layer and Filosofi's EPCI file: the group reads « non publié » for the poverty rate (the value
    published is the whole EPCI's), while the whole CC Thiers keeps its published value; a
    département with no DEP file reads « non fourni », naming the file to give."""
    import processing

    epci = {row["DEPCOM"]: row["EPCI"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")}
    three = sorted(code for code, group in epci.items() if group == AMBERT)[:3]
    thiers = "200070712"
    chosen = '"DEPCOM" IN ({}) OR "EPCI" = \'{}\''.format(",".join("'{}'".format(c) for c in three), thiers)
    territory = processing.run(
        "native:extractbyexpression", {"INPUT": joined["63_03"], "EXPRESSION": chosen, "OUTPUT": "TEMPORARY_OUTPUT"}
    )["OUTPUT"]
    published = {row["CODGEO"]: row for row in read_rows("filosofi/filosofi_epci_2016.csv")}
    result = run_alg(
        "abs:aggregateterritories",
        {
            "INPUT": territory,
            "GROUP_FIELD": "EPCI",
            "INDICATORS": "taux_pauvrete,densite",
            "REFERENCE_LAYER": joined["63_03"],
            "REFERENCE_FIELDS": "DEP",
            "PUBLISHED": "EPCI={}=INSEE, Filosofi 2016 (EPCI)".format(shared("filosofi/filosofi_epci_2016.csv")),
            "OUTPUT": str(tmp_path / "groupes.gpkg"),
            "REFERENCES": str(tmp_path / "references.csv"),
        },
    )
    groups = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "g", "ogr").getFeatures()}
    part = groups[AMBERT]
    assert part["nb_communes"] == 3 and plain(part["taux_pauvrete"]) is None
    assert "taux_pauvrete: non publié pour une partie de l'EPCI (3 communes sur 58)" in part["abs_remarques"]
    assert groups[thiers]["taux_pauvrete"] == pytest.approx(float(published[thiers]["TP6016"]))
    references = {f["niveau"]: f for f in QgsVectorLayer(result["REFERENCES"], "r", "ogr").getFeatures()}
    remarks = references["Département"]["abs_remarques"]
    assert (
        "taux_pauvrete: non fourni pour ce niveau : donnez le fichier INSEE" in remarks
        and "des départements" in remarks
    )
