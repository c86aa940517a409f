"""QGIS values as plain Python."""


def plain_value(value):
    """An attribute as plain Python: QGIS NULL (a null QVariant before QGIS 3.30) becomes None."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if is_null is not None and not isinstance(value, str) and is_null():
        return None
    return value


def number_or_nan(value):
    """An attribute as a float; NaN for NULL, empty or unreadable (a capacity, a population)."""
    value = plain_value(value)
    try:
        return float(value) if value not in (None, "") else float("nan")
    except (TypeError, ValueError):
        return float("nan")
