"""QGIS/GDAL input-output and the algorithms' framework: GeoPackage copy through GDAL and SQLite, OGR
files, columns read in bulk, atomic outputs, the output guard, parameter checks, field aliases,
layer styles, signals (Ctrl-C), Processing flags.

May import: ``core``, ``compat``, ``processing.base``; never another room of ``processing``.
"""
