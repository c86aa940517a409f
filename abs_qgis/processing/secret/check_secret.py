"""abs:checksecret — audit a layer prepared elsewhere against the same secret rules."""

from qgis.core import QgsProcessingParameterFeatureSink

from ...core.secret import audit
from ..base import AbsAlgorithm
from .secret_inputs import add_secret_parameters, read_secret_inputs
from .statistical_secret import write_report


class CheckSecretAlgorithm(AbsAlgorithm):
    NAME = "checksecret"
    GROUP = "secret"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Check the statistical secret")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Lists every violation of the secret rules in a layer prepared elsewhere (NULL = masked): published "
            "counts below the threshold, masked values recoverable by difference from a published total, ratios "
            "published on a masked or small count."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        add_secret_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("REPORT", self.tr("Violations")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        _source, _ogr_file, inputs = read_secret_inputs(self, parameters, context, feedback)
        violations = self.run_core(audit, *inputs.rules(), ratio_values=inputs.ratio_values)
        report_id = write_report(self, parameters, context, violations, feedback)
        feedback.pushInfo(self.tr("{} violations of the secret rules").format(len(violations)))
        return {"REPORT": report_id, "VIOLATIONS": len(violations)}
