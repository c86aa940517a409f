"""Processing provider ``abs`` and its algorithms (thin glue over ``abs_qgis.core``)."""
