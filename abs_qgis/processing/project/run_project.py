"""abs:runproject — « Produire l'ABS »: the whole chain from one project file."""

import os
from datetime import datetime

import processing
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorLayer,
)

from ...cartography.results_import import add_results, desktop_running, show_on_canvas
from ...core.indicators import plan_text
from ...core.millesimes import source_year
from ...core.output_layout import (
    INCOMPLETE_MARKER,
    OFFER_COMMUNES,
    OFFER_FACILITIES,
    IndicatorPass,
    PassFiles,
    joined_communes,
    unmatched_rows,
    work_path,
)
from ...core.output_manifest import write_manifest
from ...core.project import load_project
from ...core.project_checks import in_project_terms
from ..base import AbsAlgorithm
from ..layers.flags import NO_THREADING
from .maps_step import project_maps
from .offer_step import check_offer, offer_columns, prepare_offer, summary_lines
from .outputs_step import write_document, write_portrait_workbook
from .pass_parameters import check_project_fields, grouping_parameters, prepare_folder, secret_parameters
from .references_step import join_parameters, reference_parameters
from .run_feedback import RunProgress
from .territory_step import check_filter, check_some_communes, territory_layer
from .year_plans import earlier_suffix, project_plans, single_year_columns

INCOMPLETE_TEXT = (
    "Production de l'ABS commencée le {} et pas terminée (en cours, interrompue ou en échec) :\n"
    "les fichiers de ce dossier ne forment pas une ABS complète. Relancez « Produire l'ABS ».\n"
)


class RunProjectAlgorithm(AbsAlgorithm):
    NAME = "runproject"
    GROUP = "project"

    PROJECT = "PROJECT"
    OVERWRITE = "OVERWRITE"
    ADD_TO_PROJECT = "ADD_TO_PROJECT"

    def flags(self):
        return super().flags() | NO_THREADING  # it prints maps

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Produce the ABS")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Runs the whole social needs analysis from one project file (YAML): joins every source table to the "
            "communes, computes the catalogue's indicators, applies the statistical secret, aggregates to the "
            "groups (EPCI, sectors) with references, prints the maps and the atlas. Re-run it with the tables of a "
            "new millésime to get the same documents with the new figures. The output folder is only rewritten "
            "when it was written by this algorithm, or when « Replace existing files » is ticked. In the QGIS desktop, "
            "« Add the maps and layouts to the open QGIS project » brings the maps into a group « ABS — <name> » "
            "(one map theme and one layout per map); a new run replaces them."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFile(
                self.PROJECT, self.tr("ABS project file (YAML)"), fileFilter=self.tr("ABS project (*.yaml *.yml)")
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Replace existing files"), False))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ADD_TO_PROJECT, self.tr("Add the maps and layouts to the open QGIS project"), True
            )
        )
        self.addOutput(QgsProcessingOutputFolder("OUTPUT_FOLDER", self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("ROWS_READ", self.tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber("ROWS_REJECTED", self.tr("Rows not joined")))
        self.addOutput(QgsProcessingOutputNumber("MASKED", self.tr("Masked cells")))
        self.addOutput(QgsProcessingOutputNumber("MAP_COUNT", self.tr("Number of maps")))
        self.addOutput(QgsProcessingOutputFile("DOCUMENT", self.tr("ABS document (.docx)")))
        self.addOutput(QgsProcessingOutputNumber("OFFER_PROBLEMS", self.tr("Offer rows flagged by the checks")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        project = self.run_core(load_project, self.parameterAsFile(parameters, self.PROJECT, context))
        folder = project.output
        prepare_folder(folder, self.parameterAsBoolean(parameters, self.OVERWRITE, context))
        incomplete = os.path.join(folder, INCOMPLETE_MARKER)
        with open(incomplete, "w", encoding="utf-8") as marker:
            marker.write(INCOMPLETE_TEXT.format(datetime.now().strftime("%d/%m/%Y %H:%M")))
        try:
            result = self._produce(project, folder, context, feedback)
        except BaseException as error:
            feedback.reportError(
                self.tr("The ABS is incomplete: {} says so, the folder is not to be shared").format(incomplete)
            )
            if isinstance(error, QgsProcessingException):
                raise QgsProcessingException(
                    "{}\n{}".format(
                        error, self.tr("The folder {} is incomplete ({})").format(folder, INCOMPLETE_MARKER)
                    )
                ) from error
            raise
        os.remove(incomplete)
        write_manifest(folder)  # what this run left: a file changed by hand later is never replaced unasked
        if self.parameterAsBoolean(parameters, self.ADD_TO_PROJECT, context):
            self._delivered = (folder, project.name)
        return result

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        """In the desktop, the run's maps, themes and layouts in the open project (main thread)."""
        delivered = getattr(self, "_delivered", None)
        if delivered is not None and desktop_running():
            target = context.project() or QgsProject.instance()
            was_empty = not target.mapLayers()
            try:
                group, rescued = add_results(target, *delivered)
            except OSError as error:
                feedback.reportError(self.tr("Maps not added to the open project: {}").format(error))
                return {}
            if rescued:
                feedback.pushWarning(
                    self.tr("Your layers found in the results group were kept, moved above it: {}").format(
                        ", ".join(rescued)
                    )
                )
            from qgis.utils import iface

            show_on_canvas(iface.mapCanvas(), group, target, was_empty)
            feedback.pushInfo(self.tr("Maps added to the open project, group « {} »").format(group.name()))
        return {}

    def _produce(self, project, folder, context, feedback):
        """Every step of the ABS into ``folder``; the results of the run."""
        steps = len(project.sources) + 6
        progress = RunProgress(feedback, steps)  # one bar, forward only; a journal a person reads
        summary = dict.fromkeys(
            ("ROWS_READ", "ROWS_JOINED", "ROWS_SUMMED", "ROWS_REJECTED", "ROWS_OUTSIDE", "MASKED", "MAP_COUNT"), 0
        )

        def run(step, algorithm, algorithm_parameters):
            progress.start(step)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled"))
            child = progress.child()
            try:
                return processing.run(
                    algorithm, algorithm_parameters, context=context, feedback=child, is_child_algorithm=True
                )
            except QgsProcessingException as error:  # in the words of the project file, not of Processing
                raise QgsProcessingException(in_project_terms(error, project.path)) from error

        self.run_core(check_filter, project)
        communes, said = self.run_core(territory_layer, project)
        if said:
            feedback.pushInfo(said)
        if project.filter:
            communes = run(
                0,
                "native:extractbyexpression",
                {"INPUT": communes, "EXPRESSION": project.filter, "OUTPUT": "TEMPORARY_OUTPUT"},
            )["OUTPUT"]
        self.run_core(check_some_communes, project, communes, context)
        for source in project.sources:  # INSEE's data fetched (or read from the cache) first
            if source.melodi:
                feedback.pushInfo(self.tr("INSEE data: {} ({})").format(source.melodi, source.melodi_filters))
                fetched = run(0, "abs:downloadinsee", {"DATASET": source.melodi, "FILTERS": source.melodi_filters})
                source.table = fetched["OUTPUT"]
        column_years = {}  # column → the millésime of its source (for columns without a year)
        single_year = []  # the columns of sources of one millésime (BPE, CAF)
        for number, source in enumerate(project.sources):
            feedback.pushInfo(self.tr("Step {}: joining {}").format(number + 1, os.path.basename(source.table)))
            joined = run(
                number,
                "abs:joinindicators",
                join_parameters(
                    (communes, project.code_field, project.level),
                    source,
                    joined_communes(folder, number + 1),
                    unmatched_rows(folder, number + 1),
                ),
            )
            communes = joined["OUTPUT"]
            for key in ("ROWS_READ", "ROWS_JOINED", "ROWS_SUMMED", "ROWS_REJECTED", "ROWS_OUTSIDE"):
                summary[key] += joined.get(key, 0)
            column_years.update(self._source_years(source, joined.get("COLUMNS", ""), feedback))
            single_year += single_year_columns(joined.get("COLUMNS", "").split(","))
        step = len(project.sources)
        offer, current = None, []
        if project.offer:
            offer, communes, current = self._offer(project, communes, column_years, lambda *a: run(step, *a), feedback)
        self.run_core(check_project_fields, project, communes)
        grouped = project.grouping.any
        references = reference_parameters(project, folder, offer, lambda *a: run(step + 2, *a)) if grouped else {}
        current = list(current) + single_year  # no evolution for them either
        latest_plan, earlier_plan = self.run_core(project_plans, project, communes, feedback, column_years, current)
        latest = self._indicator_pass(project, folder, communes, (latest_plan, ""), references, run, feedback)
        summary["MASKED"] = latest.masked
        earlier = None
        if earlier_plan:
            feedback.pushInfo(self.tr("Earlier years: the same indicators, secret and groups, for the evolutions"))
            earlier = self._indicator_pass(
                project, folder, communes, (earlier_plan, earlier_suffix(project)), references, run, feedback
            )
            summary["MASKED"] += earlier.masked
        feedback.pushInfo(self.tr("Step {}: maps and atlas").format(step + 4))
        summary["MAP_COUNT"] = project_maps(
            self, project, latest.published, folder, lambda *a: run(step + 3, *a), (offer, latest.plan)
        )
        feedback.pushInfo(self.tr("Step {}: portrait workbook").format(step + 5))
        ids = self.run_core(write_portrait_workbook, project, folder, (latest, earlier), feedback, offer)
        feedback.pushInfo(self.tr("Step {}: ABS document").format(step + 6))
        documents = write_document(
            self, project, folder, (latest, earlier, ids), lambda *a: run(step + 5, *a), feedback
        )
        summary["DOCUMENT"] = documents[0] if documents else ""
        self._summary(feedback, summary, folder)
        if progress.not_computable:  # said once here, not once per step and per pass
            feedback.pushInfo(
                self.tr("Indicators not computable (their columns are missing from the sources): {}").format(
                    ", ".join(progress.not_computable)
                )
            )
        for line in summary_lines(offer) if offer else ():
            feedback.pushInfo(line)
        summary["OFFER_PROBLEMS"] = offer.problems if offer else 0
        return dict(summary, OUTPUT_FOLDER=folder)

    def _offer(self, project, communes, column_years, run, feedback):
        """The offer layer prepared (created, extracts imported, checked) and its columns added to
        the communes; the offer's columns take the year of its latest update."""
        wider = project.references.communes if project.references else project.communes
        offer = self.run_core(prepare_offer, project, wider, run, feedback)
        feedback.pushInfo(self.tr("Offer: checks of {}").format(offer.label))
        check_offer(project, offer, wider, run)
        output = work_path(project.output, OFFER_COMMUNES)
        listing = work_path(project.output, OFFER_FACILITIES)
        communes, columns = offer_columns(project, offer, communes, output, run, listing)
        column_years.update(dict.fromkeys(columns, (offer.updated or datetime.now().date()).year))
        return offer, communes, columns

    def _indicator_pass(self, project, folder, communes, year, references, run, feedback):
        """Indicators, secret, groups and references of one pass ``year`` = ({id: year} plan,
        file-name suffix) on the joined communes: the :class:`IndicatorPass` it wrote."""
        plan, suffix = year
        this_pass = IndicatorPass(plan=plan, files=PassFiles(folder, suffix))
        files, millesime = this_pass.files, plan_text(plan)
        ids = ",".join(project.indicators if project.indicators and not suffix else plan)
        step = len(project.sources)
        # The earlier pass repeats steps 5 to 7: its lines say which census they are about.
        number = (lambda n: n) if not suffix else (lambda n: "{} ({})".format(n, self.tr("earlier census")))
        feedback.pushInfo(self.tr("Step {}: indicators").format(number(step + 1)))
        try:
            this_pass.indicators = run(
                step,
                "abs:computeindicators",
                {
                    "INPUT": communes,
                    "CATALOGUE": project.catalogue or "",
                    "INDICATORS": ids,
                    "YEARS": millesime,
                    "OUTPUT": files.commune_indicators,
                },
            )["OUTPUT"]
        except QgsProcessingException as error:
            raise QgsProcessingException(self.tr("Years {}: {}").format(millesime, error)) from error
        this_pass.published = this_pass.indicators
        feedback.pushInfo(self.tr("Step {}: statistical secret").format(number(step + 2)))
        if project.secret:
            secret = run(
                step + 1,
                "abs:statisticalsecret",
                dict(
                    secret_parameters(project, millesime),
                    INPUT=this_pass.indicators,
                    COUNT_FIELDS=project.secret.counts,
                    PUBLIC_FIELDS=project.secret.public,
                    HIERARCHY=project.secret.hierarchy,
                    OUTPUT=files.publishable_communes,
                    REPORT=files.masked_cells,
                ),
            )
            this_pass.published, this_pass.masked = secret["OUTPUT"], secret["MASKED"]
        feedback.pushInfo(self.tr("Step {}: groups and references").format(number(step + 3)))
        if project.grouping.any:
            run(
                step + 2,
                "abs:aggregateterritories",
                dict(
                    references,
                    **grouping_parameters(project.grouping),
                    **{
                        "INPUT": communes,
                        "CATALOGUE": project.catalogue or "",
                        "INDICATORS": ids,
                        "YEARS": millesime,
                        "PUBLISHED": ";".join(
                            "{}={}={}".format(level, table, label.replace(";", ","))
                            for level, table, label in project.published
                        ),
                        "TERRITORY_NAME": project.document.territory or "",
                        "OUTPUT": files.groups,
                        "REFERENCES": files.territory_and_references,
                    },
                ),
            )
            if project.secret:
                this_pass.masked += self._group_secret(project, (millesime, files), lambda *a: run(step + 2, *a))
        return this_pass

    def _group_secret(self, project, year, run):
        """The secret on the published groups too (their counts, the whole territory as total)."""
        millesime, files = year
        present = set(QgsVectorLayer(files.groups, "regroupements", "ogr").fields().names())
        counts = [name for name in project.secret.counts if name in present]
        if not counts:
            return 0
        return run(
            "abs:statisticalsecret",
            dict(
                secret_parameters(project, millesime),
                INPUT=files.groups,
                CODE_FIELD="code",
                COUNT_FIELDS=counts,
                PUBLIC_FIELDS=[name for name in project.secret.public if name in present],
                PREMASKED=files.masked_cells,
                PREMASKED_LEVEL=project.grouping.field or "",
                OUTPUT=files.publishable_groups,
                REPORT=files.group_secret_report,
            ),
        )["MASKED"]

    def _source_years(self, source, columns_text, feedback):
        """{column: year} of a source's columns, its millésime said in the log (as given in the
        project, read in INSEE's column names or in the file's name)."""
        columns = [name for name in columns_text.split(",") if name]
        year, how = source_year(source.millesime, columns, source.table)
        name = os.path.basename(source.table)
        if year is None:
            feedback.pushInfo(
                self.tr("Year of the data of {}: not given, not in its column or file names").format(name)
            )
            return {}
        feedback.pushInfo(self.tr("Year of the data of {}: {} ({})").format(name, year, how))
        return dict.fromkeys(columns, year)

    def _summary(self, feedback, summary, folder):
        feedback.pushInfo(self.tr("ABS produced in {}").format(folder))
        feedback.pushInfo(
            self.tr(
                "Rows read: {}; joined: {} (of which {} summed into a commune); outside the territory: {}; "
                "not joined: {}"
            ).format(
                summary["ROWS_READ"],
                summary["ROWS_JOINED"],
                summary["ROWS_SUMMED"],
                summary["ROWS_OUTSIDE"],
                summary["ROWS_REJECTED"] - summary["ROWS_OUTSIDE"],
            )
        )
        feedback.pushInfo(
            self.tr("{} cells masked by the statistical secret; {} maps").format(
                summary["MASKED"], summary["MAP_COUNT"]
            )
        )
