"""abs:downloadinsee — « Télécharger les données INSEE »: a Melodi dataset for a territory, written
as the long table the join reads, cached by dataset, query and vintage."""

import os

from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...compat import NUMBER_DOUBLE
from ...core import melodi
from ..base import AbsAlgorithm
from ..layers.flags import advanced
from .melodi_client import MelodiClient

FOLDER_BEHAVIOR = QgsProcessingParameterFile.Behavior.Folder


def default_cache():
    """The cache in the user's QGIS profile (…/profiles/default/abs_qgis/melodi)."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "abs_qgis", "melodi")


class DownloadInseeAlgorithm(AbsAlgorithm):
    NAME = "downloadinsee"
    GROUP = "download"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Download INSEE data (Melodi API)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Fetches a dataset of INSEE's Melodi API (populations de référence, census, Filosofi, BPE…) for a "
            "territory — GEO=COM-44109, GEO=EPCI-244400404*COM (every commune of an EPCI), GEO=DEP-69*COM — and "
            "writes it as a long table (GEO;TIME_PERIOD;…;OBS_VALUE) that « Join an indicator table » reads, with "
            "its PROVENANCE note. The answer is kept in a cache (your QGIS profile, or the folder given): a second "
            "run reads it without the network; tick « Refresh » to fetch again. A newer vintage is a new file. "
            "Through QGIS's network settings (proxy, authentication)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterString(
                "DATASET", self.tr("Melodi dataset (e.g. DS_POPULATIONS_REFERENCE)"), "DS_POPULATIONS_REFERENCE"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "FILTERS",
                self.tr("Territory and filters, in order (e.g. GEO=EPCI-244400404*COM; POPREF_MEASURE=PMUN)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("REFRESH", self.tr("Refresh (fetch again)"), False))
        self.addParameter(
            QgsProcessingParameterFile(
                "CACHE", self.tr("Cache folder (default: your QGIS profile)"), FOLDER_BEHAVIOR, optional=True
            )
        )
        # ABS_QGIS_MELODI_URL: a mirror or proxy of the API an administrator sets for every run.
        default = os.environ.get("ABS_QGIS_MELODI_URL") or melodi.MELODI_URL
        address = QgsProcessingParameterString("BASE_URL", self.tr("Address of the API"), default)
        self.addParameter(advanced(address))
        pause = QgsProcessingParameterNumber(
            "PAUSE",
            self.tr("Seconds between two requests (the API allows about 30 a minute)"),
            NUMBER_DOUBLE,
            2.0,
            minValue=0,
        )
        self.addParameter(advanced(pause))
        timeout = QgsProcessingParameterNumber(
            "TIMEOUT", self.tr("Seconds without answer before a request is abandoned"), NUMBER_DOUBLE, 60.0, minValue=1
        )
        self.addParameter(advanced(timeout))
        self.addOutput(QgsProcessingOutputFile("OUTPUT", self.tr("Long table (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", self.tr("Observations")))
        self.addOutput(QgsProcessingOutputBoolean("FROM_CACHE", self.tr("Read from the cache")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        dataset = self.run_core(melodi.check_dataset, self.parameterAsString(parameters, "DATASET", context).strip())
        filters = self.run_core(melodi.parse_filters, self.parameterAsString(parameters, "FILTERS", context))
        folder = self.parameterAsFile(parameters, "CACHE", context) or default_cache()
        if not self.parameterAsBoolean(parameters, "REFRESH", context):
            cached = melodi.cached_query(folder, dataset, filters)
            if cached:
                feedback.pushInfo(self.tr("Read from the cache, without the network: {}").format(cached))
                return {"OUTPUT": cached, "ROWS": _row_count(cached), "FROM_CACHE": True}
        base = self.parameterAsString(parameters, "BASE_URL", context).strip() or melodi.MELODI_URL
        if not base.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise QgsProcessingException(self.tr("Address of the API: https:// expected ({})").format(base))
        client = MelodiClient(
            feedback,
            pause=self.parameterAsDouble(parameters, "PAUSE", context),
            timeout=self.parameterAsDouble(parameters, "TIMEOUT", context),
        )
        columns, rows, url = self._fetch(client, base, dataset, filters, feedback)
        vintage = melodi.geography_vintage(rows)
        path = melodi.cache_file(folder, dataset, filters, vintage)
        try:
            provenance = melodi.provenance_text(dataset, filters, url, len(rows), vintage)
            melodi.write_long_table(path, columns, rows, provenance)
            melodi.remember_query(folder, dataset, filters, path)
        except OSError as error:
            raise QgsProcessingException(self.tr("Cannot write {}: {}").format(path, error.strerror)) from error
        feedback.pushInfo(
            self.tr("{} observations of {} written in {} (geography {}; {} requests)").format(
                len(rows), dataset, path, vintage or "?", client.requests
            )
        )
        return {"OUTPUT": path, "ROWS": len(rows), "FROM_CACHE": False}

    def _fetch(self, client, base, dataset, filters, feedback):
        """(columns, rows, first data URL): the count first, then every page, progress forward."""
        count_url = melodi.count_url(base, dataset, filters)
        _observations, count, _next = self.run_core(melodi.parse_answer, client.get(count_url), count_url)
        if count == 0:
            raise QgsProcessingException(
                self.tr("Melodi has no observation of {} for {} (territory or period without data)").format(
                    dataset, "; ".join("{}={}".format(k, v) for k, v in filters) or "-"
                )
            )
        if count is not None and count > melodi.MAX_RESULTS:
            raise QgsProcessingException(
                self.tr(
                    "The request counts {} observations (at most {} per request): restrict the territory "
                    "(GEO=DEP-69*COM, one département at a time) or the measures"
                ).format(count, melodi.MAX_RESULTS)
            )
        feedback.setProgress(10)
        url = first = melodi.data_url(base, dataset, filters)
        observations, seen = [], set()
        while url and url not in seen:
            seen.add(url)
            page, _count, following = self.run_core(melodi.parse_answer, client.get(url), url)
            observations += page
            if count:
                feedback.setProgress(10 + 85 * min(1.0, len(observations) / count))
            url = melodi.same_server(following, base) if following else None
        columns, rows = self.run_core(melodi.observation_rows, observations, first)
        return columns, rows, first


def _row_count(path):
    with open(path, encoding="utf-8") as handle:
        return max(0, sum(1 for _line in handle) - 1)
