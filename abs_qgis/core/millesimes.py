"""The years INSEE writes in its column names, and the millésime of a source.

INSEE's wide files name each column after its year: ``P22_POP`` and ``C22_MEN`` (census 2022),
``MED21`` and ``TP6021`` (Filosofi 2021), ``NAISD23`` (births of 2023), ``NAIS1621`` (births from
2016 to 2021, ending in 2021). A source's millésime is the year most of its columns carry.
"""

import re
from collections import Counter

YEAR_PREFIX = re.compile(r"^[A-Z]+(\d{2})_")  # P22_POP, C22_MENPSEUL
YEAR_SUFFIX = re.compile(r"^[A-Z][A-Z0-9]*?(\d{2})$")  # MED19, TP6019, NAISD20, NAIS1318
FULL_YEAR_SUFFIX = re.compile(r"^[A-Z].*_((?:19|20)\d{2})$")  # FACILITIES_B201_2025 (long tables)


def year_of_name(name):
    """The year INSEE's column ``name`` carries (``P18_POP`` → 2018, ``MED19`` → 2019), or None."""
    text = str(name).upper()
    full = FULL_YEAR_SUFFIX.match(text)
    if full:
        return int(full.group(1))
    match = YEAR_PREFIX.match(text) or YEAR_SUFFIX.match(text)
    if not match:
        return None
    two = int(match.group(1))
    return 2000 + two if two <= 60 else 1900 + two


def column_years(columns):
    """The distinct years named in ``columns``, in order."""
    return sorted({year for year in map(year_of_name, columns or []) if year is not None})


def source_millesime(columns):
    """The millésime of a source: the year most of its columns carry (the freshest on a tie), or None."""
    counts = Counter(year for year in map(year_of_name, columns or []) if year is not None)
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))


FILE_YEAR = re.compile(r"(?<![0-9])((?:19|20)\d{2})(?![0-9])")
GEOGRAPHY_YEAR = re.compile(r"(?:geo|cog)[_-]?$", re.IGNORECASE)  # « geo2025 »: the geography's year


def file_year(path):
    """The year a file's name gives (``data_CAF_2020_IRIS.csv`` → 2020), not the year of its
    geography (``base-cc-filosofi-2021-geo2025`` → 2021); None when it gives none."""
    stem = str(path).replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for match in FILE_YEAR.finditer(stem):
        if not GEOGRAPHY_YEAR.search(stem[: match.start()]):
            return int(match.group(1))
    return None


def source_year(given, columns, path):
    """``(year, how)``: the millésime of a source, as the project gives it, else as INSEE's column
    names say it, else as its file name says it; ``(None, None)`` when nothing says it."""
    if given:
        return int(given), "donné dans le projet"
    named = source_millesime(columns)
    if named is not None:
        return named, "lu dans les noms de colonnes"
    from_file = file_year(path)
    if from_file is not None:
        return from_file, "lu dans le nom du fichier"
    return None, None
