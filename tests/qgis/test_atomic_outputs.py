"""Outputs written whole or not at all (issue 21): a CSV output is written under a partial name
and renamed when the algorithm has returned; an algorithm that fails half-way leaves the previous
file as it was and no partial file; the GeoPackage tables the same."""

import csv

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsVectorLayer,
)

from abs_qgis.compat import SOURCE_VECTOR, TEXT, WKB_NO_GEOMETRY
from abs_qgis.processing.base import AbsAlgorithm
from abs_qgis.processing.layers.gpkg_copy import write_gpkg_table


class _Writes(AbsAlgorithm):
    """Writes ``ROWS`` rows to its CSV output, then fails when ``FAIL_AFTER`` rows are written."""

    NAME = "test_writes"
    GROUP = "tables"
    ROWS, FAIL_AFTER = 10, None

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def displayName(self):  # noqa: N802 (QGIS API)
        return "writes"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "table", SOURCE_VECTOR))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        fields = QgsFields()
        fields.append(QgsField("valeur", TEXT))
        sink, sink_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, WKB_NO_GEOMETRY)
        for number in range(self.ROWS):
            if self.FAIL_AFTER is not None and number == self.FAIL_AFTER:
                raise QgsProcessingException("échec simulé")
            feature = QgsFeature(fields)
            feature.setAttributes(["ligne {}".format(number)])
            sink.addFeature(feature)
        return {"OUTPUT": sink_id}


class _FailsHalfWay(_Writes):
    NAME = "test_fails_half_way"
    FAIL_AFTER = 5


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return [row[0] for row in csv.reader(handle)]


def _run(algorithm, path):
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    return algorithm.run({"OUTPUT": str(path)}, context, QgsProcessingFeedback())


def test_a_csv_output_is_renamed_when_whole(plugin, tmp_path):
    path = tmp_path / "lignes.csv"
    results, ok = _run(_Writes(), path)
    assert ok and results["OUTPUT"] == str(path)
    assert _rows(path) == ["valeur"] + ["ligne {}".format(n) for n in range(10)]
    assert [p.name for p in tmp_path.iterdir()] == ["lignes.csv"]


def test_a_failed_run_leaves_the_previous_csv(plugin, tmp_path):
    path = tmp_path / "lignes.csv"
    path.write_text("valeur\nancienne\n", encoding="utf-8")
    _results, ok = _run(_FailsHalfWay(), path)
    assert not ok
    assert path.read_text(encoding="utf-8") == "valeur\nancienne\n"
    assert [p.name for p in tmp_path.iterdir()] == ["lignes.csv"]  # no partial file left


def test_a_gpkg_table_replaces_the_previous_only_when_whole(plugin, tmp_path):
    path = tmp_path / "table.gpkg"
    write_gpkg_table(path, [("valeur", TEXT)], [["ancienne"]])

    def rows():
        yield ["nouvelle"]
        raise RuntimeError("interrompu")

    with pytest.raises(RuntimeError):
        write_gpkg_table(path, [("valeur", TEXT)], rows())
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert [f["valeur"] for f in layer.getFeatures()] == ["ancienne"]
    assert [p.name for p in tmp_path.iterdir()] == ["table.gpkg"]
    write_gpkg_table(path, [("valeur", TEXT)], [["nouvelle"], ["deuxième"]])
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert [f["valeur"] for f in layer.getFeatures()] == ["nouvelle", "deuxième"]
