"""Fills a Word template (docxtpl) with the document's values and writes the .docx.

Tables become Word tables (a sub-document per table: its columns follow the references the
project has), image paths become pictures, every other value is text, escaped as text. The file
is written under a temporary name beside the target and renamed when complete.
"""

import os
import tempfile

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docxtpl import DocxTemplate, InlineImage
from jinja2 import TemplateError

from ..core.errors import AbsError
from .placeholders import check_placeholders, environment

IMAGE_WIDTH_MM = 160
TABLE_WIDTH_MM = 170
HEADER_COLOUR = "D9D9D9"
FIRST_COLUMNS_MM = {"Indicateur": (52, 18), "Code": (14, 36)}  # label columns; the values share the rest


def table_widths_mm(headers):
    """Millimetres per column: the label columns first, the values sharing what is left."""
    first = FIRST_COLUMNS_MM.get(headers[0], (40,))[: len(headers)]
    rest = len(headers) - len(first)
    share = (TABLE_WIDTH_MM - sum(first)) / rest if rest else 0
    return list(first) + [share] * rest


def _cell_borders(table):
    """Borders drawn on the table itself: a user template may have no « Table Grid » style."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement("w:{}".format(edge))
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")):
            element.set(qn(key), value)
        borders.append(element)
    properties.append(borders)


def _shade(cell, colour):
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _write_cell(cell, text, bold=False, right=False, size=8):
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(str(text))
    run.bold, run.font.size = bold, Pt(size)
    if right:
        paragraph.alignment = 2  # right


def table_subdoc(template, table, header_colour=HEADER_COLOUR):
    """A Word table of ``{"entetes", "lignes", "notes"}``: header row repeated on each page,
    numbers right-aligned, notes under it."""
    subdoc = template.new_subdoc()
    headers, rows = table["entetes"], table["lignes"]
    size = 8 if len(headers) <= 6 else 7
    word_table = subdoc.add_table(rows=1 + len(rows), cols=len(headers))
    word_table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_borders(word_table)
    header_row = word_table.rows[0]
    header_properties = header_row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_properties.append(repeat)
    for position, text in enumerate(headers):
        _write_cell(header_row.cells[position], text, bold=True, size=size)
        _shade(header_row.cells[position], header_colour)
    for word_row in word_table.rows:  # a row is never cut across two pages
        word_row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))  # before tblHeader (schema order)
    for number, row in enumerate(rows, start=1):
        cells = word_table.rows[number].cells
        for position, text in enumerate(row):
            _write_cell(cells[position], text, right=position >= 2, size=size)
    word_table.autofit = False
    widths = table_widths_mm(headers)
    for grid_column, width in zip(word_table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        grid_column.set(qn("w:w"), str(int(Mm(width).twips)))  # LibreOffice reads the grid
    for position, width in enumerate(widths):
        for cell in word_table.columns[position].cells:
            cell.width = Mm(width)  # Word reads the cells
    for note in table.get("notes") or []:
        run = subdoc.add_paragraph().add_run(note)
        run.italic, run.font.size = True, Pt(7)
        run.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    return subdoc


def _word_values(template, value, header_colour):
    """The context with tables as sub-documents and image paths as pictures."""
    if isinstance(value, dict):
        if set(value) >= {"entetes", "lignes"}:
            return table_subdoc(template, value, header_colour)
        return {key: _word_values(template, item, header_colour) for key, item in value.items()}
    if isinstance(value, list):
        return [_word_values(template, item, header_colour) for item in value]
    return value


def _images(template, context):
    """Each map and chart path (``graphique``, ``carte``) as a picture 16 cm wide; "" if absent."""
    for chapter in context["chapitres"]:
        for key in ("graphique", "carte"):
            path = chapter.get(key)
            chapter[key] = (
                InlineImage(template, path, width=Mm(IMAGE_WIDTH_MM)) if path and os.path.isfile(path) else ""
            )
    context["logos"] = [InlineImage(template, path, height=Mm(18)) for path in context.get("logos") or []]
    return context


def render_document(template_path, context, output_path, header_colour=HEADER_COLOUR):
    """Write ``output_path`` from the template; AbsError (French) on an unknown placeholder."""
    try:
        template = DocxTemplate(str(template_path))
        template.init_docx()
    except Exception as error:  # noqa: BLE001 (python-docx raises many types on a bad file)
        raise AbsError(
            "Modèle de document illisible (un .docx est attendu) : {}".format(error), path=template_path
        ) from error
    check_placeholders(template, context, template_path)
    # « themes » holds the chapters under their keys: converted once, through « chapitres ».
    values = _word_values(template, {key: item for key, item in context.items() if key != "themes"}, header_colour)
    values["themes"] = {chapter["cle"]: chapter for chapter in values["chapitres"]}
    values = _images(template, values)
    try:
        template.render(values, jinja_env=environment(), autoescape=True)
    except TemplateError as error:
        raise AbsError("Modèle de document : {}".format(error), path=template_path) from error
    folder = os.path.dirname(os.path.abspath(output_path))
    handle, temporary = tempfile.mkstemp(suffix=".docx", prefix=".abs-", dir=folder)
    os.close(handle)
    try:
        template.save(temporary)
        os.replace(temporary, output_path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return output_path
