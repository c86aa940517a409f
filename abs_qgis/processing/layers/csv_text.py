"""Text written to a CSV output is never read as a formula by a spreadsheet (OWASP's advice for
« CSV injection »): a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe, which Excel and LibreOffice show as text. Numbers stay numbers."""

from qgis.core import QgsFeature

from .gpkg_copy import peek_destination

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """``value`` as it may be written to a CSV cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class CsvTextSink:
    """A feature sink whose text attributes are neutralised before they reach the CSV file."""

    def __init__(self, sink):
        self._sink = sink

    def _safe(self, feature):
        copy = QgsFeature(feature)
        copy.setAttributes([neutralised(value) for value in feature.attributes()])
        return copy

    def addFeature(self, feature, *flags):  # noqa: N802 (QGIS API)
        return self._sink.addFeature(self._safe(feature), *flags)

    def addFeatures(self, features, *flags):  # noqa: N802 (QGIS API)
        return self._sink.addFeatures([self._safe(feature) for feature in features], *flags)

    def __getattr__(self, name):
        return getattr(self._sink, name)


def is_csv_destination(algorithm, parameters, name, context):
    try:
        destination = peek_destination(algorithm, parameters, name, context)
    except Exception:  # noqa: BLE001 (a sink that is not a layer file: nothing to neutralise)
        return False
    return str(destination or "").split("|", 1)[0].lower().endswith((".csv", ".txt", ".tsv"))
