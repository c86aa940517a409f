"""The ABS document step of « Produire l'ABS »: maps and charts as pictures, the Word document
filled from the collectivité's template (or the default one), and its PDF with LibreOffice."""

import os
from datetime import date

from ...core.catalogue import load_catalogue
from ...core.charter import load_charter
from ...core.document_chapters import build_context, known_theme_ids
from ...core.document_model import THEMES, DocumentInputs, DocumentModel, document_file_name
from ...core.frenchformat import slugify
from ...core.levels import COMMUNE
from ...core.output_layout import document_charts_folder, document_maps_folder
from ...core.portrait import merge_previous
from ...core.sentences import whole_numbers
from ...i18n import tr
from ..indicators.portrait_rows import reference_rows
from .document_inputs import existing, layer_places, source_columns, whole_place


def evolution_years(latest, earlier):
    """{id: (earlier year, latest year)} of the indicators both passes computed, or None."""
    if not earlier:
        return None
    return {key: (year, latest.plan[key]) for key, year in earlier.plan.items() if key in latest.plan}


PUBLISHED_LEVELS = {"EPCI": "EPCI", "DEP": "départements", "REG": "régions", "FRANCE": "France"}
MAP_DPI = 110


def document_sources(project):
    """The sources the document's annex lists: the tables joined, then the producer's own files
    of published values (« INSEE, Filosofi 2016 (EPCI) — valeurs publiées par EPCI »)."""
    labels = [source.label for source in project.sources if source.label]
    for level, path, label in project.published:
        name = label or os.path.basename(path)
        text = "{} — valeurs publiées par le producteur, {}".format(name, PUBLISHED_LEVELS.get(level, level))
        if text not in labels:
            labels.append(text)
    return labels


class DocumentStep:
    """Everything the document needs from one run; ``write`` returns the files written."""

    def __init__(self, project, folder, run, feedback):
        self.project, self.run, self.feedback = project, run, feedback
        self.folder = folder
        self.settings = project.document
        self.catalogue = load_catalogue(project.catalogue)

    def inputs(self, latest, earlier, ids):
        project, millesime = self.project, latest.plan
        places = self._places(latest, earlier, ids)
        code_field = project.code_field or "DEPCOM"
        level = project.level or COMMUNE
        communes = layer_places(
            (latest.published, latest.indicators), level.label, code_field, self.catalogue, ids, millesime
        )
        # Without secret, the groups layer is the published one.
        groups_path = existing(latest.files.publishable_groups) or (
            existing(latest.files.groups) if not project.secret else None
        )
        groups = (
            layer_places((groups_path, latest.files.groups), "regroupement", "code", self.catalogue, ids, millesime)
            if groups_path
            else []
        )
        if not places:  # no group: the territory is the whole of its communes
            places = [whole_place(latest.indicators, self.catalogue, ids, millesime)]
        charter = load_charter(project.maps.charter)
        return DocumentInputs(
            title=self.settings.title,
            territory_name=self._territory_name(groups),
            territory_kind="epci" if len(groups) == 1 and (project.grouping.field or "").upper() == "EPCI" else "autre",
            date_text=date.today().strftime("%d/%m/%Y"),
            organisation=charter.organisation,
            catalogue=self.catalogue,
            ids=ids,
            places=places,
            communes=communes,
            groups=groups,
            years=evolution_years(latest, earlier),
            columns=source_columns(latest.indicators, self.catalogue, ids, millesime),
            key_ids=list(project.maps.key_figures),
            sources=document_sources(project),
            secret=project.secret,
            reliability=self.settings.reliability,
            level_label=level.label,
            logos=list(charter.logos),
        ), charter

    def _places(self, latest, earlier, ids):
        references = existing(latest.files.territory_and_references)
        if references is None:
            return []
        places = reference_rows(references, ids)
        if earlier is not None and existing(earlier.files.territory_and_references):
            earlier_places = reference_rows(earlier.files.territory_and_references, ids)
            merge_previous([("", places)], [("", earlier_places)])
        return places

    def _territory_name(self, groups):
        if self.settings.territory:
            return self.settings.territory
        if len(groups) == 1 and groups[0]["nom"]:
            return groups[0]["nom"]
        return self.project.name

    def theme_maps(self, inputs, layer):
        """One map per theme (its first mapped indicator, else its first computed one), as PNG."""
        model, wanted = DocumentModel(inputs), []
        mapped = list(self.project.maps.indicators)
        for theme, _key, _title in THEMES:
            keys = known_theme_ids(model, theme)
            chosen = next((key for key in mapped if key in keys), keys[0] if keys else None)
            if chosen:
                wanted.append(chosen)
        if not wanted:
            return {}
        folder = document_maps_folder(self.folder)
        maps = self.project.maps
        self.run(
            "abs:exportmaps",
            {
                "INPUT": layer,
                "INDICATORS": wanted,
                "CHARTER": maps.charter or "",
                "SUBTITLE": inputs.territory_name,
                "LAYOUT": "a4_paysage",
                "FORMAT": 1,  # PNG
                "DPI": MAP_DPI,
                "INSET": maps.inset or None,
                "LABEL_FIELD": maps.label_field or "",
                "OVERWRITE": True,
                "OUTPUT_FOLDER": folder,
            },
        )
        paths = {key: os.path.join(folder, "{}.png".format(slugify(key))) for key in wanted}
        return {key: path for key, path in paths.items() if os.path.isfile(path)}

    def theme_charts(self, inputs, charter):
        from ...document.chart_image import draw_chart

        model = DocumentModel(inputs)
        folder = document_charts_folder(self.folder)
        os.makedirs(folder, exist_ok=True)
        charts = {}
        for theme, key, _title in THEMES:
            # Rates and indices only: the counts of territories of unequal size go in the tables.
            keys = [name for name in known_theme_ids(model, theme) if not whole_numbers(self.catalogue[name])]
            if not keys:
                continue
            figures = [
                (self.catalogue[name], [model.territory_figure(name)] + model.reference_figures(name)) for name in keys
            ]
            path = os.path.join(folder, "{}.png".format(key))
            charts[key] = draw_chart(path, figures, (charter.ramp[1], None), charter.font)
        return charts

    def write(self, latest, earlier, ids):
        """Write the .docx (and .pdf); returns their paths."""
        from ...document.pdf import convert_to_pdf
        from ...document.render import render_document

        inputs, charter = self.inputs(latest, earlier, ids)
        inputs.maps = self.theme_maps(inputs, latest.published)
        inputs.charts = self.theme_charts(inputs, charter)
        context = build_context(inputs)
        template = self.settings.template or default_template_path()
        name = self.settings.file_name or document_file_name(inputs.territory_name)
        output = os.path.join(self.folder, name)
        render_document(template, context, output, header_colour=charter.ramp[0].lstrip("#"))
        written = [output]
        if self.settings.pdf:
            pdf = convert_to_pdf(output)
            if pdf is None:
                self.feedback.pushWarning(
                    tr("PDF of the document not written: LibreOffice was not found (install it to get the PDF)")
                )
            else:
                written.append(pdf)
        self.feedback.pushInfo(tr("ABS document: {}").format(", ".join(os.path.basename(p) for p in written)))
        return written


def default_template_path():
    from ...document.default_template import DEFAULT_TEMPLATE

    return str(DEFAULT_TEMPLATE)
