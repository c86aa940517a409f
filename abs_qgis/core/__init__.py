"""Plain-Python statistics of abs_qgis: no ``qgis`` import anywhere below this package.

Messages raised here are already in French: they are domain messages shown to the user
as they are (file, row, column named), whether the caller is QGIS or a script.
"""
