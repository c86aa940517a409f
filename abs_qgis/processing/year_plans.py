"""The year of every indicator of a project run, chosen once from the joined communes.

« Produire l'ABS » computes each indicator at the freshest year its columns allow (or at the
project's ``millesime`` when it resolves there), and the earlier pass of the evolutions at the
freshest year before it (or at ``millesime_precedent``). The plans are chosen once, from the joined
layer, and given to every step (YEARS), so that the communes, the secret, the groups, the
references, the maps and the document use the same year for the same indicator.
"""

from qgis.core import QgsVectorLayer

from ..core.catalogue import load_catalogue
from ..core.indicators import plan_years
from ..i18n import tr
from .layer_columns import AREA_COLUMN, numeric_field_names


def project_plans(project, communes, feedback, column_years=None):
    """``(latest plan, earlier plan)``, {id: year} each; the earlier one is empty when the data
    hold no earlier year or the project turns evolutions off (``evolutions: false``).
    ``column_years`` ({column: year}): the millésime of each source's columns, for the indicators
    whose columns carry no year (CAF, FINESS)."""
    catalogue = load_catalogue(project.catalogue)
    layer = communes if isinstance(communes, QgsVectorLayer) else QgsVectorLayer(str(communes), "communes", "ogr")
    available = set(numeric_field_names(layer)) | {AREA_COLUMN}
    ids = project.indicators or None
    latest = plan_years(catalogue, ids, available, preferred=project.millesime, column_years=column_years)
    earlier = {}
    if project.evolutions:
        earlier = plan_years(catalogue, ids, available, preferred=project.previous_millesime, before=latest)
    _log(feedback, catalogue, latest, earlier)
    return latest, earlier


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
