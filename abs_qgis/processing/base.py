"""Shared base of the ``abs`` algorithms: translation, groups, help, feedback helpers.

No per-run state lives on ``self``: ``processAlgorithm`` keeps everything in locals.
"""

import functools

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingUtils,
)
from qgis.PyQt.QtGui import QIcon

from ..__about__ import ICON_PATH
from ..compat import FAST_INSERT, WKB_NO_GEOMETRY
from ..core.errors import AbsError
from ..i18n import tr
from .layers.aliases import apply_aliases, describe_columns
from .layers.atomic_outputs import AtomicOutputs
from .layers.csv_text import CsvTextSink, is_csv_destination
from .layers.gpkg_copy import gpkg_destination, write_gpkg_table
from .layers.output_guard import check_outputs_are_not_inputs
from .layers.parameter_checks import absent_fields, unreadable_layers
from .layers.qvariant import plain_value  # noqa: F401 (re-exported: the algorithms import it from here)
from .layers.signals import cancel_on_signals

WRITE_BATCH = 2000  # features handed to a sink at once


def group_label(group_id):
    """French label of a group (literals listed here so that the extractor finds them)."""
    labels = {
        "tables": tr("Indicator tables"),
        "indicators": tr("Indicators and territories"),
        "secret": tr("Statistical secret"),
        "maps": tr("Maps and atlases"),
        "project": tr("ABS project"),
        "offer": tr("Social and medico-social offer"),
        "download": tr("INSEE data"),
    }
    return labels[group_id]


class AbsAlgorithm(QgsProcessingAlgorithm):
    """Base of every algorithm of the provider. Subclasses set ``NAME`` and ``GROUP``."""

    NAME = ""
    GROUP = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return group_label(self.GROUP)

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP

    def icon(self):
        return QIcon(str(ICON_PATH))

    def remember_aliases(self, output_id, fields):
        """Aliases of ``fields`` to apply to the output once it is written (postProcessAlgorithm).

        The only per-run state kept on the instance (Processing runs a fresh copy each time),
        as QGIS's own algorithms do for post-processing."""
        self._aliases = (output_id, {field.name(): field.alias() for field in fields if field.alias()})
        self._comments = {field.name(): field.comment() for field in fields if field.comment()}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API)
        output_id, aliases = getattr(self, "_aliases", (None, {}))
        comments = getattr(self, "_comments", {})
        # The written output, read once for both.
        layer = (
            QgsProcessingUtils.mapLayerFromString(output_id, context) if output_id and (aliases or comments) else None
        )
        if layer is not None and aliases:
            apply_aliases(layer, aliases, feedback)
        if layer is not None and comments:
            describe_columns(layer, (aliases, comments), feedback)
        return {}

    def write_batch(self, sink, batch, feedback):
        """Write and empty ``batch``; honour cancel; a failed write is an error, not a silent loss."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled"))
        if batch and not sink.addFeatures(batch, FAST_INSERT):
            raise QgsProcessingException(tr("Writing the output layer failed: {}").format(sink.lastError()))
        batch.clear()

    def parameter_as_list(self, parameters, name, context):
        """A comma-separated string parameter as a list of stripped, non-empty items."""
        return [part.strip() for part in self.parameterAsString(parameters, name, context).split(",") if part.strip()]

    def write_table(self, parameters, name, context, columns, rows, feedback=None):
        """Write the table output ``name`` (no geometry): ``columns`` = [(field, QVariant type)],
        ``rows`` = value lists; returns the output's id."""
        destination = gpkg_destination(self, parameters, name, context)
        if destination:
            return write_gpkg_table(destination, columns, rows)
        fields = QgsFields()
        for field_name, kind in columns:
            fields.append(QgsField(field_name, kind))
        sink, sink_id = self.parameterAsSink(parameters, name, context, fields, WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        batch = []
        for values in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(values))
            batch.append(feature)
            if len(batch) == WRITE_BATCH:
                self.write_batch(sink, batch, feedback)
        self.write_batch(sink, batch, feedback)
        return sink_id

    def __init_subclass__(cls, **kwargs):
        """Every algorithm's processAlgorithm first checks that no output is an input (see
        :mod:`.output_guard`): its French error is then the one Processing shows; while it runs,
        SIGINT/SIGTERM cancel it (:mod:`.signals`)."""
        super().__init_subclass__(**kwargs)
        method = cls.__dict__.get("processAlgorithm")
        if method is None:
            return

        @functools.wraps(method)
        def guarded(self, parameters, context, feedback):
            check_outputs_are_not_inputs(self, parameters, context)
            self._atomic_outputs = AtomicOutputs()
            try:
                with cancel_on_signals(feedback):  # Ctrl-C / kill from qgis_process: Processing's cancel
                    result = method(self, parameters, context, feedback)
            except BaseException:
                self._atomic_outputs.abort()
                raise
            return self._atomic_outputs.commit(result, context, self)

        cls.processAlgorithm = guarded

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """QGIS's checks, a layer file it cannot open said in French first (:mod:`.parameter_checks`)."""
        message = unreadable_layers(self, parameters, context) or absent_fields(self, parameters, context)
        if message:
            return False, message
        return super().checkParameterValues(self.without_text_choices(parameters), context)

    TEXT_CHOICES = ()  # (drop-down parameter, whether its raw value is text the algorithm reads itself)

    def without_text_choices(self, parameters):
        """``parameters`` as QGIS checks them: a drop-down given as text (a layout's name, indicator
        ids, as scripts do) is left to the algorithm, which checks it when it reads it."""
        left = {name for name, given_as_text in self.TEXT_CHOICES if given_as_text(parameters.get(name))}
        return {key: value for key, value in parameters.items() if key not in left} if left else parameters

    def parameterAsSink(self, parameters, name, context, *args):  # noqa: N802 (QGIS API)
        """QGIS's sink; for a CSV destination, one that writes no cell a spreadsheet would run,
        under a partial name renamed when the algorithm has returned (:mod:`.atomic_outputs`)."""
        atomic = getattr(self, "_atomic_outputs", None)
        if atomic is None or not is_csv_destination(self, parameters, name, context):
            return super().parameterAsSink(parameters, name, context, *args)
        final = self.parameterAsOutputLayer(parameters, name, context)
        redirected, partial = atomic.redirect(parameters, name, final)
        sink, sink_id = super().parameterAsSink(redirected, name, context, *args)
        if sink is None:
            return sink, sink_id
        sink = CsvTextSink(sink)
        atomic.hold(sink, sink_id, final)
        return sink, sink_id

    def run_core(self, function, *args, **kwargs):
        """Call plain-Python logic, turning its French :class:`AbsError` into a Processing error."""
        try:
            return function(*args, **kwargs)
        except AbsError as error:
            raise QgsProcessingException(str(error)) from error


def progress_callbacks(feedback, start=0.0, end=100.0):
    """Return ``(progress, is_canceled)`` callables for the plain-Python logic.

    ``progress(fraction)`` maps 0..1 onto ``start..end`` of the feedback bar.
    """

    def progress(fraction):
        if feedback is not None:
            feedback.setProgress(start + (end - start) * max(0.0, min(1.0, fraction)))

    def is_canceled():
        return feedback is not None and feedback.isCanceled()

    return progress, is_canceled
