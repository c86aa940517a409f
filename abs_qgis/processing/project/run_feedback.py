"""The feedback of « Produire l'ABS »: one bar that only moves forward over all its steps, and a
journal a person reads. Each child algorithm gets its own feedback: its progress maps onto its
step's share of the bar (never below what was already shown — a step's second algorithm starts
again at 0), its messages reach the run's journal, except Processing's raw « Results: {…} » dict
and the indicators « non calculable », which the run says once, grouped."""

import re

from qgis.core import QgsProcessingFeedback

RESULTS_LINE = re.compile(r"^\s*(Results|Résultats)\s*:\s*\{")
NOT_COMPUTABLE = re.compile(r"^(?P<id>[\w-]+)\s*:\s*non calculable\b")


class RunProgress:
    """The run's bar: ``steps`` equal shares; :meth:`child` gives each algorithm its feedback."""

    def __init__(self, feedback, steps):
        self.feedback = feedback
        self.steps = max(1, steps)
        self.shown = 0.0
        self.step = 0
        self.not_computable = []  # indicator ids, in the order first said

    def _show(self, value):
        if self.feedback is not None and value > self.shown:
            self.shown = min(100.0, value)
            self.feedback.setProgress(self.shown)

    def start(self, step):
        """Begin ``step`` (0-based); the bar never goes back to an earlier one."""
        self.step = max(self.step, step)
        self._show(100.0 * self.step / self.steps)

    def child(self):
        return ChildFeedback(self)

    def child_progress(self, percent):
        share = 100.0 / self.steps
        self._show(share * self.step + share * max(0.0, min(100.0, percent)) / 100.0)


class ChildFeedback(QgsProcessingFeedback):
    """A child algorithm's feedback: progress through :class:`RunProgress`, messages to the run's
    feedback, cancel from it."""

    def __init__(self, progress):
        super().__init__()
        self._progress = progress
        self._parent = progress.feedback
        self.progressChanged.connect(progress.child_progress)
        if self._parent is not None:
            self._parent.canceled.connect(self.cancel)
            if self._parent.isCanceled():
                self.cancel()

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        if RESULTS_LINE.match(info):
            return
        found = NOT_COMPUTABLE.match(info)
        if found:
            if found.group("id") not in self._progress.not_computable:
                self._progress.not_computable.append(found.group("id"))
            return
        self._parent.pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self._parent.pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self._parent.reportError(error, fatalError)

    def pushCommandInfo(self, info):  # noqa: N802 (QGIS API)
        self._parent.pushCommandInfo(info)

    def pushDebugInfo(self, info):  # noqa: N802 (QGIS API)
        self._parent.pushDebugInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802 (QGIS API)
        self._parent.pushConsoleInfo(info)
