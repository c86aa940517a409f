"""The ABS document written by « Produire l'ABS »: read back with python-docx, its figures checked
against the raw files (formulas written here), the secret, the pictures, the PDF, and a
collectivité's own template refreshed for another census year."""

import re
import shutil
import subprocess
import zipfile

import pytest
from docx import Document
from qgis.core import QgsVectorLayer

from tests.paths import sample
from tests.qgis.test_run_project import project_copy
from tests.realdata import passage_2025, read_rows

DOCUMENT = "ABS_cc_ambert_livradois_forez.docx"
CHAPTERS = (
    "Démographie",
    "Vieillissement",
    "Familles et jeunesse (dont 16-25 ans)",
    "Handicap",
    "Précarité et accès aux droits",
    "Emploi",
    "Logement",
    "Offre sociale et médico-sociale",
)


def run_project(path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("abs:runproject", {"PROJECT": str(path)}, context=context, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def sample_abs(plugin, tmp_path_factory):
    """The sample ABS, run once for this module (document and PDF included)."""
    folder = tmp_path_factory.mktemp("document")
    result = run_project(project_copy(folder, pdf=True))
    return folder / "resultats", result


def french(value, decimals=1):
    return "{:,.{}f}".format(value, decimals).replace(",", "\u202f").replace(".", ",")


def territory_rows(epci=None, departement=None):
    """Raw comparateur rows of an EPCI (COG 2025 membership) or a département, codes brought to 2025."""
    passage = passage_2025()
    members = {row["DEPCOM"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv") if row["EPCI"] == epci}
    rows = []
    for row in read_rows("population/base_cc_comparateur.CSV"):
        code = passage.get(row["CODGEO"], row["CODGEO"])
        if (epci and code in members) or (departement and code.startswith(departement) and len(code) == 5):
            rows.append(row)
    return rows


def population_2022(epci=None, departement=None):
    """Σ population of RP 2022 (the raw age table, COG 2025 codes) of an EPCI or a département."""
    members = {row["DEPCOM"] for row in read_rows("cog/cogiter_communes_epci_cog2025.csv") if row["EPCI"] == epci}
    rows = [
        row
        for row in read_rows("population/rp2022_2016_2011_age_com_63_03_insee-territorial-observatory.csv")
        if (epci and row["codgeo"] in members) or (departement and row["codgeo"].startswith(departement))
    ]
    return sum(float(row["population_2022"]) for row in rows)


def ratio(rows, numerator, denominator, factor=1.0):
    return factor * sum(float(r[numerator]) for r in rows) / sum(float(r[denominator]) for r in rows)


def table_rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_document_is_written_with_every_placeholder_filled(sample_abs):
    folder, result = sample_abs
    path = folder / DOCUMENT
    assert result["DOCUMENT"] == str(path) and path.exists()
    with zipfile.ZipFile(path) as archive:
        parts = [name for name in archive.namelist() if name.startswith("word/") and name.endswith(".xml")]
        xml = {name: archive.read(name).decode("utf-8") for name in parts}
        pictures = [name for name in archive.namelist() if name.startswith("word/media/")]
    for name, text in xml.items():
        for tag in ("{{", "}}", "{%", "%}"):
            assert tag not in text, (name, tag)
    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for title in CHAPTERS:
        assert title in headings
    assert "Annexe : méthodes" in headings and headings[0] == "Synthèse : les chiffres clés"
    # Démographie, Familles, Emploi, Logement have data in the sample: a chart and a map each.
    assert len(pictures) >= 8
    text = "\n".join(p.text for p in document.paragraphs)
    # A theme without data says so in one line, never an empty table.
    assert "ne permettent de calculer aucun indicateur de ce thème" in text
    assert "CC Ambert Livradois Forez" in [p.text for p in document.paragraphs[:8]]  # the cover names it
    # The annex lists the producer's files of published values beside the tables joined.
    assert "INSEE, Filosofi 2016 (EPCI) — valeurs publiées par le producteur, EPCI" in text


def test_key_figures_equal_the_raw_files(sample_abs):
    folder, _result = sample_abs
    document = Document(str(folder / DOCUMENT))
    summary = table_rows(document.tables[0])
    assert summary[0][:5] == [
        "Indicateur",
        "Année",
        "CC Ambert Livradois Forez",
        "Puy-de-Dôme",
        "CC Thiers Dore et Montagne",
    ]
    places = (territory_rows(epci="200070761"), territory_rows(departement="63"), territory_rows(epci="200070712"))
    assert [len({passage_2025().get(r["CODGEO"], r["CODGEO"]) for r in rows}) for rows in places] == [58, 463, 30]
    populations = (
        population_2022(epci="200070761"),
        population_2022(departement="63"),
        population_2022(epci="200070712"),
    )
    # Density at the freshest census (RP 2022), over INSEE's areas; the other figures at RP 2018.
    expected = {
        "Densité de population (hab./km²)": [
            population / sum(float(r["SUPERF"]) for r in rows) for population, rows in zip(populations, places)
        ],
        "Taux de chômage des 15-64 ans (recensement) (%)": [
            ratio(rows, "P18_CHOM1564", "P18_ACT1564", 100) for rows in places
        ],
        "Part des logements vacants (%)": [ratio(rows, "P18_LOGVAC", "P18_LOG", 100) for rows in places],
    }
    by_label = {row[0]: row for row in summary[1:]}
    for label, values in expected.items():
        assert by_label[label][1] == ("2022" if label.startswith("Densité") else "2018")
        assert [cell.rstrip("*") for cell in by_label[label][2:5]] == [french(value) for value in values], label
    # The sentences name the territory, the reference, the year and the gap, in French.
    density = expected["Densité de population (hab./km²)"]
    sentence = (
        "La densité de population atteint {} hab./km² en 2022 dans la CC Ambert Livradois Forez, contre {} "
        "hab./km² dans le Puy-de-Dôme, soit {} fois moins.".format(
            french(density[0]), french(density[1]), french(density[1] / density[0])
        )
    ).replace(" hab.", "\u00a0hab.")
    assert sentence in [p.text for p in document.paragraphs]


def test_masked_cells_read_s_and_their_values_are_nowhere(sample_abs):
    folder, _result = sample_abs
    document = Document(str(folder / DOCUMENT))
    communes = table_rows(document.tables[-1])
    header = communes[0]
    column = header.index("Taux de chômage des 15-64 ans (recensement) (%)")
    rows = {row[0]: row for row in communes[1:]}
    raw = {r["CODGEO"]: r for r in read_rows("population/base_cc_comparateur.CSV")}
    published = QgsVectorLayer(str(folder / "couches_publiables" / "communes_publiables.gpkg"), "p", "ogr")
    masked = [f["DEPCOM"] for f in published.getFeatures() if "taux_chomage:" in str(f["abs_secret"] or "")]
    assert masked, "the sample has communes whose unemployment rate is masked"
    with zipfile.ZipFile(folder / DOCUMENT) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    for code in masked:
        assert rows[code][column] == "s"
        row = raw[code]
        value = 100 * float(row["P18_CHOM1564"]) / float(row["P18_ACT1564"])
        assert french(value) not in rows[code]
        assert french(value, 3) not in xml  # the raw value at any precision the document could print


def test_no_caution_mark_on_exhaustive_counts_densities_or_zeros(sample_abs):
    """Issue 34: 289 asterisks flagged densities, births and « 0,0 » of small communes. Births (état
    civil) and populations are exhaustive: the birth rate and the density of a commune of 200 births
    or fewer carry no mark; the rule is said once in the annex, with its threshold."""
    folder, _result = sample_abs
    document = Document(str(folder / DOCUMENT))
    communes = table_rows(document.tables[-1])
    raw = {r["CODGEO"]: r for r in read_rows("population/base_cc_comparateur.CSV")}
    small = 0
    for title in ("Taux de natalité (‰)", "Densité de population (hab./km²)"):
        column = communes[0].index(title)
        for row in communes[1:]:
            assert not row[column].endswith("*"), (title, row[1], row[column])
            small += title.startswith("Taux") and float(raw[row[0]]["NAISD20"] or 0) < 200
    assert small > 0  # the sample's communes have fewer than 200 births: they would have been flagged
    methods = "\n".join(p.text for p in document.paragraphs)
    assert "moins de 200 personnes de l'exploitation complémentaire" in methods
    assert "les densités et les valeurs nulles ne le sont jamais" in methods


def test_the_pdf_of_the_document(sample_abs):
    folder, _result = sample_abs
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice absent : pas de PDF du document")
    pdf = folder / DOCUMENT.replace(".docx", ".pdf")
    pages = int(
        re.search(
            r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        ).group(1)
    )
    assert pages >= 8
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Vieillissement" in text and "Annexe : les communes du territoire" in text


def test_the_output_folder_keeps_unmasked_data_apart(sample_abs):
    folder, _result = sample_abs
    top = sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))
    expected = [DOCUMENT, "atlas", "cartes", "couches_publiables", "portrait_social.ods", "portrait_social.xlsx"]
    expected += ["travail_non_diffusable"] + ([DOCUMENT.replace(".docx", ".pdf")] if shutil.which("soffice") else [])
    assert top == sorted(expected)
    assert not list(folder.glob("*.gpkg")) and not list(folder.glob("*.csv"))
    assert (folder / "travail_non_diffusable" / "indicateurs_communes.gpkg").exists()


def own_template(path):
    """The default template as a collectivité edits it: its own text and heading."""
    from abs_qgis.document.default_template import DEFAULT_TEMPLATE

    document = Document(str(DEFAULT_TEMPLATE))
    heading = next(p for p in document.paragraphs if p.text == "Démographie")
    heading.text = "Population et territoire"
    heading.insert_paragraph_before("Le mot de la présidente du CIAS : ce texte est le nôtre.")
    document.save(str(path))
    return path


def round_trip_project(tmp_path, template, millesime):
    project = tmp_path / "projet_{}.yaml".format(millesime)
    project.write_text(
        "projet:\n"
        '  nom: "ABS de la CC Ambert Livradois Forez"\n'
        "  territoire:\n    communes: {communes}\n    champ_code: DEPCOM\n"
        "  sources:\n    - table: {table}\n      passage: {passage}\n"
        "  millesime: {millesime}\n"
        "  regroupement:\n    champ: EPCI\n    nom: NOM_EPCI\n"
        "  references:\n    communes: {departement}\n    niveaux: [DEP]\n"
        "    sources:\n      - table: {table_departement}\n        passage: {passage}\n"
        "  document:\n    modele: {template}\n    pdf: false\n"
        "  sortie: {output}\n".format(
            communes=sample("communes.gpkg"),
            table=sample("base_cc_comparateur.csv"),
            passage=sample("passage_communes_cog2025.csv"),
            departement=sample("communes_departement.gpkg"),
            table_departement=sample("base_cc_comparateur_departement.csv"),
            template=template,
            millesime=millesime,
            output=tmp_path / "abs_{}".format(millesime),
        ),
        encoding="utf-8",
    )
    return project


def test_own_template_refreshed_for_another_census_year(plugin, tmp_path):
    template = own_template(tmp_path / "modele_du_cias.docx")
    places = territory_rows(epci="200070761")
    for millesime, population in ((2018, "P18_POP"), (2013, "P13_POP")):
        run_project(round_trip_project(tmp_path, template, millesime))
        document = Document(str(tmp_path / "abs_{}".format(millesime) / DOCUMENT))
        texts = [p.text for p in document.paragraphs]
        assert "Le mot de la présidente du CIAS : ce texte est le nôtre." in texts
        assert "Population et territoire" in texts and "Démographie" not in texts
        summary = {row[0]: row for row in table_rows(document.tables[0])}
        density = summary["Densité de population (hab./km²)"]
        assert density[1] == str(millesime)
        assert density[2] == french(ratio(places, population, "SUPERF"))


def test_chart_bars_say_why_a_value_is_missing(plugin):
    from abs_qgis.core.sentences import Figure
    from abs_qgis.document.chart_image import _bar_text

    assert _bar_text(Figure(None, False, note="non fourni"), "%") == "non fourni"
    assert _bar_text(Figure(None, True), "%") == "s (secret statistique)"
    assert _bar_text(Figure(None, False), "%") == "n.d."


def _colour_span(image, y, colour):
    """(first x, last x) of the pixels of ``colour`` on the row ``y`` of the PNG, or None."""
    from qgis.PyQt.QtGui import QColor

    wanted = QColor(colour).rgb()
    found = [x for x in range(image.width()) if image.pixel(x, y) == wanted]
    return (found[0], found[-1]) if found else None


def test_a_negative_value_is_drawn_left_of_the_zero_axis(plugin, tmp_path):
    """Issue 34: the natural balance of the CC Ambert (negative) was drawn as the longest positive
    bar. Read back from the picture: the territory's bar ends at the axis, the département's
    (computed here from the raw file) starts there."""
    from qgis.PyQt.QtGui import QImage

    from abs_qgis.core.catalogue import load_catalogue
    from abs_qgis.core.sentences import Figure
    from abs_qgis.document.chart_image import BAR_GAP, BAR_HEIGHT, LABEL_HEIGHT, draw_chart

    rows = read_rows("population/base_cc_comparateur.CSV")
    epci = {row["DEPCOM"]: row for row in read_rows("cog/cogiter_communes_epci_cog2025.csv")}
    passage = passage_2025()

    def balance(select):
        chosen = [row for row in rows if passage.get(row["CODGEO"]) in epci and select(epci[passage[row["CODGEO"]]])]
        births, deaths = (sum(float(row[name] or 0) for row in chosen) for name in ("NAIS1318", "DECE1318"))
        return (births - deaths) / 5 / sum(float(row["P18_POP"] or 0) for row in chosen) * 1000

    territory, departement = balance(lambda r: r["EPCI"] == "200070761"), balance(lambda r: r["DEP"] == "63")
    assert territory < 0 < departement or territory < departement  # the sample loses population naturally
    indicator = load_catalogue()["solde_naturel_annuel"]
    figures = [Figure(territory, name="CC Ambert Livradois Forez"), Figure(departement, name="Puy-de-Dôme")]
    path = draw_chart(tmp_path / "solde.png", [(indicator, figures)], ("#7f2704", ["#8c8c8c"]))
    image = QImage(str(path))
    first_row = 10 + LABEL_HEIGHT + BAR_HEIGHT // 2
    negative = _colour_span(image, first_row, "#7f2704")
    other = _colour_span(image, first_row + BAR_HEIGHT + BAR_GAP, "#8c8c8c")
    assert negative is not None and other is not None
    from qgis.PyQt.QtGui import QColor

    axis = QColor(image.pixel(negative[1] + 2, first_row))  # the zero axis, drawn in black after the bar
    assert max(axis.red(), axis.green(), axis.blue()) < 128
    if departement > 0:  # the département's bar starts at that axis and goes right
        assert abs(other[0] - negative[1]) <= 4 and other[1] > negative[1]
    else:  # both negative: both end at the axis
        assert abs(other[1] - negative[1]) <= 1
