"""abs:runproject: the whole ABS from a project file — the sample, a second territory, bad input."""

import csv
import re
import subprocess

import openpyxl
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.paths import sample, shared
from tests.qgis.test_export_maps import pdf_pages, pdf_text
from tests.realdata import read_rows

EXPECTED_FILES = [
    "travail_non_diffusable/donnees_communes_1.gpkg",
    "travail_non_diffusable/donnees_communes_2.gpkg",
    "travail_non_diffusable/lignes_non_jointes_1.csv",
    "travail_non_diffusable/lignes_non_jointes_2.csv",
    "travail_non_diffusable/donnees_communes_3.gpkg",
    "travail_non_diffusable/lignes_non_jointes_3.csv",
    "travail_non_diffusable/indicateurs_communes.gpkg",
    "couches_publiables/communes_publiables.gpkg",
    "travail_non_diffusable/secret_cases_masquees.csv",
    "travail_non_diffusable/regroupements.gpkg",
    "couches_publiables/territoire_et_references.csv",
    "couches_publiables/regroupements_publiables.gpkg",
    "travail_non_diffusable/secret_regroupements.csv",
    "portrait_social.xlsx",
    "portrait_social.ods",
    "travail_non_diffusable/indicateurs_communes_precedent.gpkg",  # the evolutions' earlier years
    "couches_publiables/communes_publiables_precedent.gpkg",
    "travail_non_diffusable/secret_cases_masquees_precedent.csv",
    "travail_non_diffusable/regroupements_precedent.gpkg",
    "couches_publiables/territoire_et_references_precedent.csv",
    "cartes/densite.pdf",
    "cartes/taux_chomage.pdf",
    "cartes/part_logements_vacants.pdf",
    "cartes/taux_natalite.pdf",
    "cartes/cartes_abs.qgz",
    "atlas/atlas_densite.pdf",
    "cartes/effectifs/p18_pop.pdf",
    "cartes/effectifs/naisd20.pdf",
]


AGES = "population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv"


def project_copy(tmp_path, output="resultats", pdf=False):
    """The sample project, its paths made absolute, writing into ``tmp_path``; the document's PDF
    (LibreOffice, a few seconds) only when ``pdf``: test_document checks it."""
    text = sample("projet_abs.yaml").read_text(encoding="utf-8")
    for name in (
        "communes.gpkg",
        "base_cc_comparateur.csv",
        "cc_filosofi_2019_COM.csv",
        "rp2022_age_com.csv",
        "passage_communes_cog2025.csv",
        "departement.gpkg",
        "communes_departement.gpkg",
        "base_cc_comparateur_departement.csv",
        "cc_filosofi_2019_COM_departement.csv",
        "rp2022_age_com_departement.csv",
        "filosofi_epci_2016.csv",
        "rp2022_age_estimations_com.csv",
        "rp2022_age_estimations_com_departement.csv",
        "catalogue_exemple.yaml",
        "ehpad_63_03_finess.csv",
        "bpe_2018.csv",
        "bpe_2018_departement.csv",
    ):
        text = text.replace(" {}".format(name), " {}".format(sample(name)))
    text = text.replace(" offre.gpkg", " {}".format(tmp_path / "offre.gpkg"))  # each test its own offer layer
    text = text.replace(
        "  sortie: ../../resultats/abs_exemple",
        "  document:\n    pdf: {}\n  sortie: {}".format("true" if pdf else "false", tmp_path / output),
    )
    path = tmp_path / "projet.yaml"
    path.write_text(text, encoding="utf-8")
    return path


class _Recording(QgsProcessingFeedback):
    """The run's journal and every value its progress bar took."""

    def __init__(self):
        super().__init__()
        self.lines, self.values = [], []
        self.progressChanged.connect(self.values.append)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.lines.append(warning)


def test_sample_project(run_alg, tmp_path):
    feedback = _Recording()
    result = run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))}, feedback)
    # The bar only moves forward; the journal has no raw result dicts, one grouped « non calculable ».
    assert feedback.values == sorted(feedback.values) and feedback.values[-1] >= 90
    results = [line for line in feedback.lines if line.startswith(("Results", "Résultats"))]
    assert len(results) == 1 and "'DOCUMENT'" in results[0]  # the run's own, none of its steps
    assert not [line for line in feedback.lines if ": non calculable" in line]
    # Steps 6-8 twice: the second time named as the earlier census (issue 35).
    steps = [line for line in feedback.lines if line.startswith("Étape 6")]
    assert steps == ["Étape 6 : indicateurs", "Étape 6 (recensement précédent) : indicateurs"], steps
    folder = tmp_path / "resultats"
    for name in EXPECTED_FILES:
        assert (folder / name).exists(), name
    assert not (folder / "ABS_INCOMPLETE.txt").exists()  # removed when the run ends well
    # Every data row of the sample tables (comparateur, Filosofi, ages, estimated ages) is read; none rejected.
    tables = ("base_cc_comparateur.csv", "cc_filosofi_2019_COM.csv", "rp2022_age_com.csv")
    tables += ("rp2022_age_estimations_com.csv",)
    data_rows = sum(len(sample(name).read_text(encoding="utf-8").strip().splitlines()) - 1 for name in tables)
    # The BPE is read one row per commune (its rows per type of facility made columns).
    bpe_rows = sample("bpe_2018.csv").read_text(encoding="utf-8").strip().splitlines()[1:]
    data_rows += len({row.split(";")[2] for row in bpe_rows})
    assert result["ROWS_READ"] == data_rows and result["ROWS_REJECTED"] == 0
    assert result["MAP_COUNT"] == 9 and result["MASKED"] > 0  # 4 maps, 2 in circles, 1 atlas, 2 offer maps
    assert pdf_pages(folder / "atlas" / "atlas_densite.pdf") == 58
    # Atlas pages compare each commune with the references table the aggregation wrote.
    raw = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(folder / "atlas" / "atlas_densite.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page = " ".join(raw.split())  # table cells wrap their words over lines
    # The territory is named (issue 17): its column is « CC Ambert Livradois Forez », not « Territoire étudié ».
    assert "CC Ambert Livradois Forez" in page and "Médiane du niveau de vie" in page
    circles = pdf_text(folder / "cartes" / "effectifs" / "p18_pop.pdf")
    assert "Population en 2018" in circles  # the field's alias survives the secret step
    assert "INSEE, comparateur de territoires (RP 2018) ; INSEE, Filosofi 2019" in circles
    assert "ABS de la CC Ambert Livradois Forez" in pdf_text(folder / "cartes" / "taux_chomage.pdf")
    # Published layer: no small count left (secret), the indicator values equal the raw CSV.
    rows = {r["CODGEO"]: r for r in read_rows("population/base_cc_comparateur.CSV")}
    ages = {r["codgeo"]: r for r in read_rows(AGES)}
    for feature in QgsVectorLayer(
        str(folder / "couches_publiables" / "communes_publiables.gpkg"), "p", "ogr"
    ).getFeatures():
        births = feature["NAISD20"]
        assert births is None or str(births) == "NULL" or not (0 < births < 5)
        row = rows[feature["DEPCOM"]]
        # Density at the freshest census the sources give (RP 2022 of the age table), on INSEE's area.
        population = float(ages[feature["DEPCOM"]]["population_2022"])
        assert feature["densite"] == pytest.approx(population / float(row["SUPERF"]))
    # Running again rewrites its own folder without OVERWRITE.
    again = run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    assert again["MAP_COUNT"] == 9
    # Issue 31: a workbook the officer edited since is never replaced without being asked.
    workbook_path = folder / "portrait_social.xlsx"
    workbook = openpyxl.load_workbook(workbook_path)
    workbook.active["A1"] = "Relu par la direction, à ne pas écraser"
    workbook.save(workbook_path)
    edited = workbook_path.read_bytes()
    with pytest.raises(QgsProcessingException) as error:
        run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    assert "portrait_social.xlsx" in str(error.value) and "rien n'a été écrit" in str(error.value)
    assert workbook_path.read_bytes() == edited
    replaced = run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path)), "OVERWRITE": True})
    assert replaced["MAP_COUNT"] == 9 and workbook_path.read_bytes() != edited


def test_a_second_territory_without_code_change(run_alg, tmp_path):
    """CA Montluçon Communauté (21 communes of the Allier), from the shared files directly."""
    project = tmp_path / "montlucon.yaml"
    project.write_text(
        'projet:\n  nom: "ABS de Montluçon Communauté"\n  territoire:\n    communes: {}\n'.format(
            shared("geo/communes_63_03_cog2025_l93.gpkg")
        )
        + '    filtre: "\\"EPCI\\" = \'200071082\'"\n  sources:\n    - table: {}\n'.format(
            shared("population/base_cc_comparateur.CSV")
        )
        + "      passage: {}\n".format(shared("cog/cogiter_table_passage_com_historique_cog2025.csv"))
        + "  millesime: 2018\n"
        "  indicateurs: [densite, taux_chomage]\n"
        "  cartes:\n"
        "    indicateurs: [taux_chomage]\n"
        "  sortie: {}\n".format(tmp_path / "montlucon"),
        encoding="utf-8",
    )
    result = run_alg("abs:runproject", {"PROJECT": str(project)})
    assert result["ROWS_JOINED"] == 21 and result["MAP_COUNT"] == 1
    # Issue 32: the France-wide table's other rows are outside the territory, not « non jointes ».
    raw = read_rows("population/base_cc_comparateur.CSV")
    invalid = sum(1 for row in raw if not re.fullmatch(r"(\d{5}|2[AB]\d{3})", row["CODGEO"].strip()))
    assert result["ROWS_READ"] == len(raw) and result["ROWS_OUTSIDE"] == len(raw) - 21 - invalid
    assert "hors du territoire : {} ; non jointes : {}".format(len(raw) - 21 - invalid, invalid) in result["_log"]
    layer = QgsVectorLayer(
        str(tmp_path / "montlucon" / "travail_non_diffusable" / "indicateurs_communes.gpkg"), "i", "ogr"
    )
    rows = {r["CODGEO"]: r for r in read_rows("population/base_cc_comparateur.CSV")}
    features = list(layer.getFeatures())
    assert len(features) == 21
    for feature in features:
        row = rows[feature["DEPCOM"]]
        assert feature["taux_chomage"] == pytest.approx(100 * float(row["P18_CHOM1564"]) / float(row["P18_ACT1564"]))


def test_project_file_errors_name_the_line(run_alg, tmp_path):
    path = project_copy(tmp_path)
    text = path.read_text(encoding="utf-8").replace("  sortie:", "  milesime: 2018\n  sortie:")
    path.write_text(text, encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if "milesime" in content)
    with pytest.raises(
        QgsProcessingException, match=r"Clé\(s\) inconnue\(s\) dans « projet » : milesime .*ligne {}".format(line)
    ):
        run_alg("abs:runproject", {"PROJECT": str(path)})
    later = project_copy(tmp_path)
    text = later.read_text(encoding="utf-8").replace(
        "  sortie:", "  millesime: 2018\n  millesime_precedent: 2021\n  sortie:"
    )
    later.write_text(text, encoding="utf-8")
    line = next(
        number
        for number, content in enumerate(text.splitlines(), start=1)
        if content.startswith("  millesime_precedent")
    )
    with pytest.raises(
        QgsProcessingException,
        match=r"millesime_precedent \(2021\) doit être antérieur au millésime \(2018\).*ligne {}".format(line),
    ):
        run_alg("abs:runproject", {"PROJECT": str(later)})
    missing = project_copy(tmp_path)
    missing.write_text(
        missing.read_text(encoding="utf-8").replace(str(sample("cc_filosofi_2019_COM.csv")), "absent.csv"),
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException, match="sources.table : fichier introuvable « absent.csv »"):
        run_alg("abs:runproject", {"PROJECT": str(missing)})
    unknown = project_copy(tmp_path)
    text = unknown.read_text(encoding="utf-8").replace('code: "200070712"', 'code: "200099999"')
    unknown.write_text(text, encoding="utf-8")
    line = next(number for number, content in enumerate(text.splitlines(), start=1) if "- champ: EPCI" in content)
    expected = r"« CC Thiers Dore et Montagne » \(EPCI = 200099999\) absent de communes_departement.gpkg.*ligne {}"
    with pytest.raises(QgsProcessingException, match=expected.format(line)):
        run_alg("abs:runproject", {"PROJECT": str(unknown)})


def test_references_departement_and_territory_of_comparison(run_alg, tmp_path):
    """The sample's references: the Puy-de-Dôme and the CC Thiers Dore et Montagne (chosen by the
    collectivité), each Σ population / Σ area of its communes in the raw CSV."""
    run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    with open(
        tmp_path / "resultats" / "couches_publiables" / "territoire_et_references.csv", encoding="utf-8"
    ) as handle:
        table = {row["nom"] or row["niveau"]: row for row in csv.DictReader(handle)}
    raw = read_rows("population/base_cc_comparateur.CSV")
    departement = [r for r in raw if r["CODGEO"].startswith("63")]
    thiers_codes = {
        f["DEPCOM"]
        for f in QgsVectorLayer(str(shared("geo/communes_63_03_cog2025_l93.gpkg")), "c", "ogr").getFeatures()
        if f["EPCI"] == "200070712"
    }
    thiers = [r for r in raw if r["CODGEO"] in thiers_codes]
    ages = {r["codgeo"]: r for r in read_rows(AGES)}
    assert len(thiers) == 30
    for name, rows, level in (
        ("Puy-de-Dôme", departement, "Département"),
        ("CC Thiers Dore et Montagne", thiers, None),
    ):
        # Density at RP 2022 (the age table, COG 2025 codes) over INSEE's area (the comparateur).
        codes_2025 = thiers_codes if level is None else {c for c in ages if c.startswith("63")}
        population = sum(float(ages[c]["population_2022"]) for c in codes_2025)
        density = population / sum(float(r["SUPERF"]) for r in rows)
        unemployment = 100 * sum(float(r["P18_CHOM1564"]) for r in rows) / sum(float(r["P18_ACT1564"]) for r in rows)
        assert float(table[name]["densite"]) == pytest.approx(density, rel=1e-9)
        assert float(table[name]["taux_chomage"]) == pytest.approx(unemployment, rel=1e-9)
        assert table[name]["niveau"] == (level or "Territoire de comparaison")


def test_a_foreign_output_folder_is_not_overwritten(run_alg, tmp_path):
    folder = tmp_path / "resultats"
    folder.mkdir()
    (folder / "notes_du_ccas.docx").write_bytes(b"document de l'utilisateur")
    with pytest.raises(QgsProcessingException, match="ne viennent pas d'abs_qgis"):
        run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    assert (folder / "notes_du_ccas.docx").read_bytes() == b"document de l'utilisateur"


def test_portrait_workbook(run_alg, tmp_path):
    import openpyxl

    run_alg("abs:runproject", {"PROJECT": str(project_copy(tmp_path))})
    folder = tmp_path / "resultats"
    workbook = openpyxl.load_workbook(folder / "portrait_social.xlsx")
    assert {"Démographie", "Emploi", "Logement"} <= set(workbook.sheetnames)
    sheet = workbook["Emploi"]
    header = [cell.value for cell in sheet[4]]
    assert header[:3] == ["Niveau", "Code", "Territoire"] and sheet.freeze_panes == "D5"
    column = header.index("Taux de chômage des 15-64 ans (recensement) (%), RP 2018")
    rows = {row[1]: row for row in sheet.iter_rows(min_row=5, values_only=True) if row[1]}
    raw = {r["CODGEO"]: r for r in read_rows("population/base_cc_comparateur.CSV")}
    codes = [code for code in rows if code in raw]
    assert len(codes) == 58
    ambert = raw["63003"]
    assert rows["63003"][column] == pytest.approx(100 * float(ambert["P18_CHOM1564"]) / float(ambert["P18_ACT1564"]))
    # The EPCI row = Σ numerators / Σ denominators over the 58 communes.
    epci = rows["200070761"][column]
    assert epci == pytest.approx(
        100 * sum(float(raw[c]["P18_CHOM1564"]) for c in codes) / sum(float(raw[c]["P18_ACT1564"]) for c in codes)
    )
    # Masked cells are « s », with the footnote, and their raw values are nowhere in the workbook.
    natality = [cell.value for cell in workbook["Démographie"][4]].index(
        "Taux de natalité (‰), état civil 2020, RP 2018"
    )
    demography = {row[1]: row for row in workbook["Démographie"].iter_rows(min_row=5, values_only=True) if row[1]}
    masked = [code for code in codes if demography[code][natality] == "s"]
    assert masked
    raw_values = {
        f["DEPCOM"]: f["taux_natalite"]
        for f in QgsVectorLayer(
            str(folder / "travail_non_diffusable" / "indicateurs_communes.gpkg"), "i", "ogr"
        ).getFeatures()
    }
    # No masked value survives in the natality column (unless an unmasked commune has exactly it).
    # Other columns may hold equal numbers by coincidence: e.g. Auzelles' natural balance (births −
    # deaths over 5 years, not protected here) equals its masked 2020 natality; that is not a leak.
    published = {code: row[natality] for code, row in demography.items() if isinstance(row[natality], float)}
    for code in masked:
        value = raw_values[code]
        if value and value in published.values():
            assert any(raw_values[other] == value for other in published), code
    every_cell = {cell for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for cell in row}
    assert any("s : secret statistique" in str(cell) for cell in every_cell)
    # Evolution 2018 → 2022 (the two latest censuses of the same definition): density at both years,
    # its relative change, for a commune, the EPCI (Σ population / Σ area) and the département.
    header = [cell.value for cell in workbook["Démographie"][4]]
    before = header.index("Densité de population (hab./km²), RP 2018")
    after = header.index("Densité de population (hab./km²), RP 2022")
    change = header.index("Évolution 2018-2022 (%)")
    assert header[before : change + 1] == [header[before], header[after], header[change]]
    by_level = {(row[0], row[1]): row for row in workbook["Démographie"].iter_rows(min_row=5, values_only=True)}
    department = [r["CODGEO"] for r in raw.values() if r["CODGEO"].startswith("63") and r["SUPERF"]]
    ages = {r["codgeo"]: r for r in read_rows(AGES)}
    for key, members, members_2025 in (
        (("commune", "63003"), ["63003"], ["63003"]),
        (("EPCI", "200070761"), codes, codes),
        (("Département", "63"), department, [c for c in ages if c.startswith("63")]),
    ):
        p18 = sum(float(raw[c]["P18_POP"]) for c in members)
        p22 = sum(float(ages[c]["population_2022"]) for c in members_2025)
        area = sum(float(raw[c]["SUPERF"]) for c in members)
        row = by_level[key]
        assert row[before] == pytest.approx(p18 / area), key
        assert row[after] == pytest.approx(p22 / area), key
        assert row[change] == pytest.approx((p22 / p18 - 1) * 100), key
    # The same portrait for LibreOffice: same sheets, the values the XLSX shows (1 decimal), « s » kept.
    import pandas as pd

    ods = pd.read_excel(folder / "portrait_social.ods", sheet_name=None, header=None, engine="odf")
    assert list(ods) == workbook.sheetnames
    emploi = {row[1]: row for row in ods["Emploi"].itertuples(index=False) if isinstance(row[1], str)}
    assert emploi["63003"][column] == pytest.approx(
        round(100 * float(ambert["P18_CHOM1564"]) / float(ambert["P18_ACT1564"]), 1)
    )
    ods_demography = {row[1]: row for row in ods["Démographie"].itertuples(index=False) if isinstance(row[1], str)}
    assert [code for code in codes if ods_demography[code][natality] == "s"] == masked
