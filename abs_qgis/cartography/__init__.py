"""QGIS glue for maps: renderers and print layouts built with QGIS's own classes."""
