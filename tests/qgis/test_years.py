"""Issue 17 on the sample ABS: each figure at the freshest year its sources give, with that year,
the evolution from the earlier year of the same definition, and the producer's own values of the
non-summable indicators at the EPCI level. Expected values computed here from the raw files."""

import csv
import json

import openpyxl
import pytest
from qgis.core import QgsVectorLayer

from tests.paths import shared
from tests.realdata import read_rows

AGES = "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv"
TERRITORY, COMPARISON = "200070761", "200070712"


def _references(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["niveau"]: row for row in csv.DictReader(handle)}


def _members(field, code):
    return {row["DEPCOM"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv") if row[field] == code}


def _share_75(codes, year):
    """Σ (75-89 + 90+) / Σ population × 100 over ``codes``, from the raw age table."""
    rows = [row for row in read_rows(AGES) if row["codgeo"] in codes]
    assert len(rows) == len(codes)
    old = sum(float(row["pop_75_89_{}".format(year)]) + float(row["pop_90_plus_{}".format(year)]) for row in rows)
    return 100.0 * old / sum(float(row["population_{}".format(year)]) for row in rows)


def _pairs(text):
    return dict(part.split("=", 1) for part in text.split("; ") if "=" in part)


def test_ageing_at_2022_and_its_evolution_from_2016(sample_run):
    folder, _result = sample_run
    latest = _references(folder / "couches_publiables" / "territoire_et_references.csv")
    earlier = _references(folder / "couches_publiables" / "territoire_et_references_precedent.csv")
    territory, departement = _members("EPCI", TERRITORY), _members("DEP", "63")
    for rows, year in ((latest, 2022), (earlier, 2016)):
        assert float(rows["Territoire étudié"]["part_75_plus"]) == pytest.approx(_share_75(territory, year))
        assert float(rows["Département"]["part_75_plus"]) == pytest.approx(_share_75(departement, year))
        assert _pairs(rows["Territoire étudié"]["abs_annees"])["part_75_plus"] == str(year)
    # Unemployment has no 2022 column: it stays at the comparateur's RP 2018.
    assert _pairs(latest["Territoire étudié"]["abs_annees"])["taux_chomage"] == "2018"


def test_published_epci_values_with_their_year_and_source(sample_run):
    folder, _result = sample_run
    rows = _references(folder / "couches_publiables" / "territoire_et_references.csv")
    published = {row["CODGEO"]: row for row in read_rows("filosofi/filosofi_epci_2016.csv")}
    for level, code in (("Territoire étudié", TERRITORY), ("Territoire de comparaison", COMPARISON)):
        row = rows[level]
        assert float(row["taux_pauvrete"]) == pytest.approx(float(published[code]["TP6016"]))
        assert float(row["mediane_niveau_vie"]) == pytest.approx(float(published[code]["MED16"]))
        assert _pairs(row["abs_annees"])["taux_pauvrete"] == "2016"
        assert "taux_pauvrete: INSEE, Filosofi 2016 (EPCI)" in row["abs_sources"]
    assert rows["Territoire étudié"]["nom"] == "CC Ambert Livradois Forez"
    # No département file was given: said, not left blank, and never recomputed from the communes.
    assert rows["Département"]["taux_pauvrete"] == ""
    assert "taux_pauvrete: non fourni pour ce niveau" in rows["Département"]["abs_remarques"]


def test_workbook_and_layer_name_the_year(sample_run):
    folder, _result = sample_run
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    ageing = workbook["Vieillissement"]
    header = [cell.value for cell in ageing[4]]
    assert "Part des 75 ans et plus (%), RP 2022" in header and "Part des 75 ans et plus (%), RP 2016" in header
    assert "Évolution 2016-2022 (points)" in header
    territory_row = next(row for row in ageing.iter_rows(min_row=5) if row[0].value == "Territoire étudié")
    assert territory_row[2].value == "CC Ambert Livradois Forez"
    poverty = workbook["Précarité et accès aux droits"]
    rows = {row[0].value: row for row in poverty.iter_rows(min_row=5)}
    cell = rows["Territoire étudié"][3]
    assert isinstance(cell.value, float) and "(Filosofi 2016)" in cell.number_format  # a number, dated
    assert rows["Département"][3].value == "non fourni"
    layer = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "c", "ogr")
    assert layer.fields().field("part_75_plus").alias().endswith("RP 2022")


ESTIMATES = "population/rp2022_age_com_63_03_derived.csv"


def _ageing_index(codes):
    """Σ 65+ / Σ under 20 × 100 over ``codes``, from the estimated counts of the derived file."""
    rows = [row for row in read_rows(ESTIMATES) if row["CODGEO"] in codes]
    assert len(rows) == len(codes)
    old = sum(float(row["P22_POP65P_EST"]) for row in rows)
    return 100.0 * old / sum(float(row["P22_POP0019_EST"]) for row in rows)


def test_ageing_index_from_estimates_is_labelled_as_an_estimate(sample_run):
    """The sample's census table has no 65+ nor under-20 band: its ageing index comes from the
    estimated counts, through the collectivité's catalogue, and says so wherever it is shown."""
    folder, _result = sample_run
    latest = _references(folder / "couches_publiables" / "territoire_et_references.csv")
    for level, codes in (
        ("Territoire étudié", _members("EPCI", TERRITORY)),
        ("Département", _members("DEP", "63")),
        ("Territoire de comparaison", _members("EPCI", COMPARISON)),
    ):
        assert float(latest[level]["indice_vieillissement_estime"]) == pytest.approx(_ageing_index(codes))
    sheet = openpyxl.load_workbook(folder / "portrait_social.xlsx")["Vieillissement"]
    headers = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "Niveau")
    assert "Indice de vieillissement (pour 100 moins de 20 ans), RP 2022, estimation" in headers
    layer = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "communes", "ogr")
    assert layer.isValid()
    alias = layer.fields().field("indice_vieillissement_estime").alias()
    assert alias == "Indice de vieillissement (pour 100 moins de 20 ans), RP 2022, estimation"
    from docx import Document

    document = Document(str(next(folder.glob("ABS_*.docx"))))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "L'indice de vieillissement atteint" in text and "en 2022 (RP 2022, estimation)" in text
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "RP 2022, estimation" in cells  # the « Année » column of the ageing index


CAF_2020 = "caf/data_CAF_2020_IRIS.csv"


def test_caf_figures_carry_the_year_of_their_file(run_alg, tmp_path):
    """CAF's columns (A, ARSAS) carry no year: the project says the file's year (read in its name),
    the workbook writes « CAF 2020 » and no evolution of the table with itself is made."""
    rows = [row for row in read_rows(CAF_2020) if row["CODGEO"][:2] == "63"]
    communes = sorted({row["CODGEO"][:5] for row in rows})
    project = tmp_path / "projet.yaml"
    project.write_text(
        "\n".join(
            (
                "projet:",
                '  nom: "ABS des communes à IRIS"',
                "  territoire:",
                "    communes: {}".format(shared("geo/communes_63_03_cog2025_l93.gpkg")),
                "    champ_code: DEPCOM",
                "    filtre: {}".format(json.dumps('"DEPCOM" IN ({})'.format(", ".join(map(repr, communes))))),
                "  sources:",
                "    - table: {}".format(shared(CAF_2020)),
                "      additionner_iris: true",
                '      libelle: "Cnaf, données CAF par IRIS 2020"',
                "  indicateurs: [part_allocataires_rsa]",
                "  document:",
                "    pdf: false",
                "  sortie: {}".format(tmp_path / "resultats"),
            )
        )
        + "\n",
        encoding="utf-8",
    )
    result = run_alg("abs:runproject", {"PROJECT": str(project)})
    assert "Millésime de data_CAF_2020_IRIS.csv : 2020 (lu dans le nom du fichier)" in result["_log"]
    assert result["ROWS_READ"] == len(read_rows(CAF_2020)) and result["ROWS_JOINED"] == len(rows)
    sheet = openpyxl.load_workbook(tmp_path / "resultats" / "portrait_social.xlsx")["Précarité et accès aux droits"]
    table = list(sheet.iter_rows(values_only=True))
    header = next(row for row in table if row[0] == "Niveau")
    assert header[3:] == ("Part des allocataires CAF percevant le RSA socle (%), CAF 2020",)
    shares = {row[1]: row[3] for row in table if row[0] == "commune"}
    assert sorted(shares) == communes
    for code in communes:
        iris = [row for row in rows if row["CODGEO"][:5] == code]
        if all(row["NOTE"] == "0" for row in iris) and shares[code] not in (None, "s"):
            expected = 100 * sum(float(row["ARSAS"]) for row in iris) / sum(float(row["A"]) for row in iris)
            assert shares[code] == pytest.approx(expected)
