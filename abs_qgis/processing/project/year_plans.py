"""The year of every indicator of a project run, chosen once from the joined communes.

« Produire l'ABS » computes each indicator at the freshest year its columns allow (or at the
project's ``millesime`` when it resolves there), and the earlier pass of the evolutions at the
freshest year before it (or at ``millesime_precedent``). The plans are chosen once, from the joined
layer, and given to every step (YEARS), so that the communes, the secret, the groups, the
references, the maps and the document use the same year for the same indicator.
"""

from qgis.core import QgsVectorLayer

from ...core.catalogue import load_catalogue
from ...core.expressions import substitute_year
from ...core.indicators import IDENTIFIER, plan_years
from ...core.millesimes import year_of_name
from ...i18n import tr
from ..layers.layer_columns import AREA_COLUMN, numeric_field_names


def project_plans(project, communes, feedback, column_years=None, current=()):
    """``(latest plan, earlier plan)``, {id: year} each; the earlier one is empty when the data
    hold no earlier year or the project turns evolutions off (``evolutions: false``).
    ``column_years`` ({column: year}): the millésime of each source's columns, for the indicators
    whose columns carry no year (CAF, FINESS). ``current``: columns that describe the present only
    (the offer layer's places and distances): an indicator resting on them has no earlier value —
    today's places over the population of 2016 is no equipment rate of 2016 — and the columns of a
    source of one millésime without years in their names (a BPE 2018 count over the populations of
    2016 and 2022 is no evolution either: :func:`single_year_columns`)."""
    catalogue = load_catalogue(project.catalogue)
    layer = communes if isinstance(communes, QgsVectorLayer) else QgsVectorLayer(str(communes), "communes", "ogr")
    available = set(numeric_field_names(layer)) | {AREA_COLUMN}
    ids = project.indicators or None
    latest = plan_years(catalogue, ids, available, preferred=project.millesime, column_years=column_years)
    earlier = {}
    if project.evolutions:
        earlier = plan_years(catalogue, ids, available, preferred=project.previous_millesime, before=latest)
        earlier = {key: year for key, year in earlier.items() if not _rests_on(catalogue, key, current)}
    _log(feedback, catalogue, latest, earlier)
    return latest, earlier


def _rests_on(catalogue, key, columns):
    """True when indicator ``key`` is computed from one of ``columns`` (``P22_POP75P_LOIN_PA`` is
    ``P{aa}_POP75P_LOIN_PA`` in the catalogue; a count of the catalogue stands for its own columns)."""
    texts = [str(text) for _role, text in catalogue[key].expressions()]
    texts += [str(catalogue[n].numerateur) for t in list(texts) for n in IDENTIFIER.findall(t) if n in catalogue]
    for column in columns:
        year = year_of_name(column) or 2000
        if any(column in IDENTIFIER.findall(substitute_year(text, year)) for text in texts):
            return True
    return False


def _log(feedback, catalogue, latest, earlier):
    by_year = {}
    for key, year in latest.items():
        by_year.setdefault(catalogue[key].year_text(year), []).append(key)
    for text, keys in sorted(by_year.items()):
        feedback.pushInfo(tr("Indicators of {}: {}").format(text, ", ".join(keys)))
    pairs = {}
    for key, year in earlier.items():
        pairs.setdefault("{}-{}".format(year, latest[key]), []).append(key)
    for text, keys in sorted(pairs.items()):
        feedback.pushInfo(tr("Evolutions {}: {}").format(text, ", ".join(keys)))


def earlier_suffix(project):
    """The file-name suffix of the earlier pass: « _2013 » for a given year, else « _precedent »."""
    return "_{}".format(project.previous_millesime) if project.previous_millesime else "_precedent"


def single_year_columns(columns):
    """The columns of a source none of whose names carries a year (BPE, CAF): one millésime, which
    an evolution would compare with itself. A source with dated columns (P18_POP…) keeps its
    undated ones (SUPERF, the area) for both years."""
    columns = [name for name in columns if name]
    return [] if any(year_of_name(name) for name in columns) else columns
