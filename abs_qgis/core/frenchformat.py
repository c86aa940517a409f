"""French number and text formatting for legends and reports (no QGIS)."""

import math
import re
import unicodedata

NARROW_NBSP = "\u202f"  # thousands separator recommended by the Imprimerie nationale


def format_number(value, decimals=0):
    """``12345.6`` → ``12 345,6`` (narrow no-break space, decimal comma); ``None`` → ``""``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = "{:,.{}f}".format(value, max(0, decimals))
    text = text.replace(",", "\u0001").replace(".", ",").replace("\u0001", NARROW_NBSP)
    if text.startswith("-") and set(text[1:]) <= set("0," + NARROW_NBSP):
        text = text[1:]  # no "-0,0"
    return text


def decimals_for(values, significant=3):
    """Decimals needed to show class bounds with about ``significant`` significant digits."""
    finite = [abs(v) for v in values if v is not None and not math.isnan(v) and v != 0]
    if not finite:
        return 0
    smallest = min(finite)
    magnitude = math.floor(math.log10(smallest))
    return int(max(0, min(4, significant - 1 - magnitude)))


def range_label(lower, upper, decimals):
    """Legend label of a class: ``de 12,5 à 30``; a class of a single value is that value (``0,00``)."""
    low, high = format_number(lower, decimals), format_number(upper, decimals)
    return low if low == high else "de {} à {}".format(low, high)


def french_order(text):
    """The sort key of French alphabetical order: « Échandelys » with the E, « Saint-Éloy » with
    « Saint-Eloy », case and accents aside (then the accented after the plain, as dictionaries do)."""
    text = str(text or "")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return (plain.casefold().replace("-", " ").replace("'", " "), text)


def slugify(text, max_length=60):
    """``Densité de population (hab./km²)`` → ``densite_de_population_hab_km2``."""
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    return (slug or "carte")[:max_length].rstrip("_")
