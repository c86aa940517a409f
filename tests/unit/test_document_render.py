"""The document's model and renderer without QGIS: values from hand-made rows, the secret, the
placeholder check, text escaping, the sandbox."""

import zipfile

import pytest
from docx import Document

from abs_qgis.core.block_settings import SecretSettings
from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.document_chapters import build_context
from abs_qgis.core.document_model import DocumentInputs, when_of
from abs_qgis.core.errors import AbsError
from abs_qgis.core.millesimes import column_years
from abs_qgis.document.default_template import DEFAULT_TEMPLATE, build_default_template
from abs_qgis.document.render import render_document


def row(niveau, code, nom, values, masked=None, counts=None):
    return {
        "niveau": niveau,
        "code": code,
        "nom": nom,
        "values": values,
        "masked": masked or {},
        "counts": counts or {},
    }


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def inputs(catalogue, **changes):
    ids = ["densite", "taux_chomage"]
    places = [
        row("Territoire étudié", "", "CC Test", {"densite": 22.4, "taux_chomage": 11.5}, counts={"taux_chomage": 1500}),
        row("Département", "63", "Puy-de-Dôme", {"densite": 82.7, "taux_chomage": 11.9}),
    ]
    communes = [
        # 987,654: a value a faulty layer kept under its mask; it must never be printed.
        row("commune", "63001", "Aix", {"densite": 10.0, "taux_chomage": 987.654}, masked={"taux_chomage": True}),
        row("commune", "63002", "Bort", {"densite": 30.0, "taux_chomage": 8.0}, counts={"taux_chomage": 12}),
    ]
    settings = dict(
        title="Analyse des besoins sociaux",
        territory_name="CC Test",
        territory_kind="epci",
        date_text="01/12/2026",
        organisation="CIAS de test",
        catalogue=catalogue,
        ids=ids,
        places=places,
        communes=communes,
        columns={"densite": ["P18_POP", "SUPERF"], "taux_chomage": ["P18_CHOM1564", "P18_ACT1564"]},
        secret=SecretSettings(threshold=5, hierarchy=["EPCI"]),
    )
    settings.update(changes)
    return DocumentInputs(**settings)


def document_text(path):
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


def test_years_from_insee_column_names():
    assert column_years(["P18_POP", "SUPERF"]) == [2018]
    assert column_years(["MED19"]) == [2019] and column_years(["TP6019"]) == [2019]
    assert column_years(["NAISD20", "P18_POP"]) == [2018, 2020]
    catalogue = load_catalogue()
    assert when_of(catalogue["tcam_population"], ["P13_POP", "P18_POP"]) == ("2013-2018", "entre 2013 et 2018")


def test_default_template_is_the_one_the_builder_writes(tmp_path):
    fresh = build_default_template(tmp_path / "modele.docx")
    shipped = [p.text for p in Document(str(DEFAULT_TEMPLATE)).paragraphs]
    assert shipped == [p.text for p in Document(str(fresh)).paragraphs]


def test_render_the_default_template(catalogue, tmp_path):
    output = render_document(DEFAULT_TEMPLATE, build_context(inputs(catalogue)), tmp_path / "abs.docx")
    xml = document_text(output)
    assert "{{" not in xml and "{%" not in xml and "{#" not in xml
    assert "987" not in xml  # the masked value is nowhere
    # Issue 34: the template's instruction stays in the template, never in the document the élus read;
    # the document is French for Word's and Writer's spelling.
    assert "remplacez le texte ci-dessus" in document_text(DEFAULT_TEMPLATE)
    assert "emplacez" not in xml and "Consigne" not in xml
    with zipfile.ZipFile(output) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert '<w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="fr-FR"/>' in styles
    assert Document(str(output)).sections[0].different_first_page_header_footer  # no footer on the cover
    tables = Document(str(output)).tables
    communes = [[cell.text for cell in r.cells] for r in tables[-1].rows]
    assert communes[1][:4] == ["63001", "Aix", "10,0", "s"]
    # 12 unemployed, under 200, but counted by the census's exhaustive part: no caution mark (issue 34).
    assert communes[2][3] == "8,0"
    assert [cell.text for cell in tables[0].rows[1].cells][:4] == [
        "Densité de population (hab./km²)",
        "2018",
        "22,4",
        "82,7",
    ]


def test_caution_marks_only_figures_resting_on_the_census_sample(catalogue, tmp_path):
    """The same 12 unemployed read from the exploitation complémentaire (C18_…, a sample) are marked;
    a density (exhaustive population) and a zero never are."""
    sampled = {"densite": ["P18_POP", "SUPERF"], "taux_chomage": ["C18_CHOM1564", "C18_ACT1564"]}
    output = render_document(
        DEFAULT_TEMPLATE, build_context(inputs(catalogue, columns=sampled)), tmp_path / "echantillon.docx"
    )
    communes = [[cell.text for cell in r.cells] for r in Document(str(output)).tables[-1].rows]
    assert communes[2][3] == "8,0*" and not communes[2][2].endswith("*")
    assert "exploitation complémentaire" in document_text(output)


def test_an_unknown_placeholder_is_named_with_its_paragraph(catalogue, tmp_path):
    template = Document(str(DEFAULT_TEMPLATE))
    template.add_paragraph("Notre taux : {{ ind.taux_chomge.valeur }} cette année.")
    template.save(str(tmp_path / "modele.docx"))
    with pytest.raises(AbsError) as raised:
        render_document(tmp_path / "modele.docx", build_context(inputs(catalogue)), tmp_path / "abs.docx")
    message = str(raised.value)
    assert "espace réservé inconnu « ind.taux_chomge »" in message
    assert "Notre taux : {{ ind.taux_chomge.valeur }} cette année." in message
    assert not (tmp_path / "abs.docx").exists()


def test_a_known_placeholder_of_a_user_template(catalogue, tmp_path):
    template = Document()
    template.add_paragraph("Chômage : {{ ind.taux_chomage.valeur }} % ({{ ind.taux_chomage.annee }}).")
    template.add_paragraph("{{ ind.taux_chomage.phrase }}")
    template.save(str(tmp_path / "modele.docx"))
    output = render_document(tmp_path / "modele.docx", build_context(inputs(catalogue)), tmp_path / "abs.docx")
    texts = [p.text for p in Document(str(output)).paragraphs]
    assert texts[0] == "Chômage : 11,5 % (2018)."
    assert texts[1].startswith("Le taux de chômage des 15-64 ans (recensement) atteint 11,5")


def test_text_is_text_and_templates_run_no_code(catalogue, tmp_path):
    hostile = inputs(catalogue, territory_name="<w:t>=cmd|' /C calc'!A1 & co")
    output = render_document(DEFAULT_TEMPLATE, build_context(hostile), tmp_path / "abs.docx")
    assert "=cmd|' /C calc'!A1 &amp; co" in document_text(output).replace("&apos;", "'")
    template = Document()
    template.add_paragraph("{{ abs.__class__.__mro__ }}")
    template.save(str(tmp_path / "code.docx"))
    with pytest.raises(AbsError):
        render_document(tmp_path / "code.docx", build_context(inputs(catalogue)), tmp_path / "code_out.docx")
