"""The default ABS template (``resources/document/modele_abs.docx``), written with python-docx by
``scripts/build_document_template.py``: cover, key figures, one chapter per theme, annexes.

A collectivité copies the file and edits it in Word or LibreOffice Writer: its text, headings,
logos and layout are its own; the placeholders (``{{ … }}``, ``{%p … %}``) say where the figures go.
"""

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..core.document_model import THEMES

DEFAULT_TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "document" / "modele_abs.docx"
CHAPTER_INTRODUCTIONS = {
    "demographie": "Combien d'habitants compte le territoire, comment leur nombre évolue, où ils vivent.",
    "vieillissement": "La place des personnes âgées, qui annonce les besoins d'aide à domicile et d'hébergement.",
    "familles": "La taille et la composition des ménages et des familles, dont les jeunes de 16 à 25 ans.",
    "handicap": "Les personnes en situation de handicap et les allocations qui les concernent.",
    "precarite": "La pauvreté, les revenus et le recours aux minima sociaux (RSA, AAH, ASPA, CSS…).",
    "emploi": "L'activité, le chômage et l'emploi sur le territoire.",
    "logement": "Le parc de logements et les conditions de logement.",
    "offre": "Les établissements et services sociaux et médico-sociaux rapportés à la population concernée.",
}
CHAPTER_TITLES = {"familles": "Familles et jeunesse (dont 16-25 ans)"}


def _tag(document, text, style=None):
    """A paragraph holding only a template tag (``{%p … %}`` must be alone in its paragraph)."""
    return document.add_paragraph(text, style=style)


def _centered(document, text):
    paragraph = document.add_paragraph(text)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _loop(document, items, variable, style=None):
    _tag(document, "{%p for " + variable + " in " + items + " %}")
    _tag(document, "{{ " + variable + " }}", style)
    _tag(document, "{%p endfor %}")


def _page_number(paragraph):
    """A PAGE field (Word and Writer fill it)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _cover(document):
    _centered(document, "{% for logo in logos %}{{ logo }} {% endfor %}")
    for _blank in range(4):
        document.add_paragraph()
    title = document.add_paragraph("{{ abs.titre }}", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    territory = _centered(document, "{{ territoire.nom }}")
    territory.runs[0].font.size, territory.runs[0].bold = Pt(20), True
    _centered(document, "Diagnostic social du territoire et document de synthèse")
    for _blank in range(8):
        document.add_paragraph()
    _centered(document, "{% if abs.organisation %}{{ abs.organisation }} — {% endif %}{{ abs.date }}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _summary(document):
    document.add_heading("Synthèse : les chiffres clés", level=1)
    document.add_paragraph(
        "Ce document est l'analyse des besoins sociaux (article R.123-1 du code de l'action sociale et des "
        "familles) du territoire. Il compare le territoire à ses références, thème par thème."
    )
    # An instruction for the collectivité: a template comment, removed from the document it prints.
    _tag(
        document,
        "{#p Consigne du modèle, absente du document produit : remplacez le texte ci-dessus par le vôtre ; à "
        "chaque nouveau millésime, les chiffres, tableaux, cartes et graphiques sont refaits, votre texte reste. #}",
    )
    _tag(document, "{{p synthese.tableau }}")
    _loop(document, "synthese.phrases", "phrase", "List Bullet")


def _chapter(document, key, title):
    theme = "themes." + key
    document.add_heading(CHAPTER_TITLES.get(key, title), level=1)
    document.add_paragraph(CHAPTER_INTRODUCTIONS[key])
    _tag(document, "{%p if " + theme + ".present %}")
    document.add_heading("Chiffres clés", level=2)
    _tag(document, "{{p " + theme + ".tableau }}")
    _loop(document, theme + ".phrases", "phrase", "List Bullet")
    _tag(document, "{%p if " + theme + ".groupes %}")
    _tag(document, "{{p " + theme + ".groupes }}")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p if " + theme + ".graphique %}")
    _centered(document, "{{ " + theme + ".graphique }}")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p if " + theme + ".carte %}")
    _centered(document, "{{ " + theme + ".carte }}")
    _tag(document, "{%p endif %}")
    document.add_heading("Définitions et sources", level=3)
    _loop(document, theme + ".definitions", "definition")
    _tag(document, "{%p else %}")
    _tag(document, "{{ " + theme + ".absence }}")
    _tag(document, "{%p endif %}")


def _annexes(document):
    document.add_heading("Annexe : méthodes", level=1)
    document.add_heading("Sources et millésimes", level=2)
    _loop(document, "sources", "source", "List Bullet")
    document.add_heading("Secret statistique", level=2)
    document.add_paragraph("{{ methodes.secret }}")
    document.add_heading("Fiabilité des chiffres", level=2)
    document.add_paragraph("{{ methodes.fiabilite }}")
    document.add_heading("Comparaisons", level=2)
    document.add_paragraph("{{ methodes.comparaisons }}")
    document.add_heading("Annexe : les communes du territoire", level=1)
    _tag(document, "{{p communes }}")


def _french_language(document):
    """fr-FR as the language of every style (docDefaults): Word and Writer spell-check in French."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    properties = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), "fr-FR")


def build_default_template(path=DEFAULT_TEMPLATE):
    """Write the default template to ``path``."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    document.styles["Normal"].font.name = "DejaVu Sans"
    document.styles["Normal"].font.size = Pt(10)
    _french_language(document)
    section.different_first_page_header_footer = True  # no footer on the cover
    footer = section.footer.paragraphs[0]
    footer.text = "{{ abs.titre }} — {{ territoire.nom }} — page "
    _page_number(footer)
    core = document.core_properties
    core.title, core.author, core.comments = "Analyse des besoins sociaux", "abs_qgis", "Modèle abs_qgis"
    _cover(document)
    _summary(document)
    for _theme, key, title in THEMES:
        _chapter(document, key, title)
    _annexes(document)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path
