"""The « offre » block of the project file: the offer layer kept by hand in QGIS, the extracts
imported into it at each run, the access distance (plain Python; French errors with the line)."""

from dataclasses import dataclass, field

from .errors import AbsError
from .project_checks import check_keys

KEYS = {"couche", "base", "schema", "imports", "distance_km", "routes", "mois_mise_a_jour"}
IMPORT_KEYS = {"table", "categorie", "departements", "source"}


@dataclass
class OfferImport:
    table: str
    category: str = None  # when the extract has no category column (a list of EHPAD)
    departements: list = field(default_factory=list)  # kept départements (« 63 », « 2A »), all if empty
    source: str = "FINESS"


@dataclass
class Offer:
    layer: str = None  # GeoPackage of the offer (layer « offre »), created by the run when absent
    database: str = None  # or a PostgreSQL connection (QGIS name, « service=… », « host=… dbname=… »)
    schema: str = "public"
    imports: list = field(default_factory=list)
    distance_km: float = 15.0
    roads: str = None
    max_months: int = 24  # records not updated for longer are listed by the checks
    line: int = None


def _line(mapping):
    return mapping.get("__line__") if isinstance(mapping, dict) else None


def _imports(entries, resolve_file, path, line):
    if not isinstance(entries, list):
        raise AbsError("offre.imports : une liste de blocs « - table: … » est attendue", path=path, row=line)
    imports = []
    for entry in entries:
        entry = {"table": entry} if isinstance(entry, str) else entry
        if not isinstance(entry, dict) or not entry.get("table"):
            raise AbsError("offre.imports : chaque extrait est un bloc « - table: … »", path=path, row=line)
        check_keys(entry, IMPORT_KEYS, "un extrait de « offre.imports »", path)
        departements = entry.get("departements") or []
        departements = departements if isinstance(departements, list) else str(departements).split(",")
        imports.append(
            OfferImport(
                table=resolve_file(entry["table"], "offre.imports.table", _line(entry) or line),
                category=str(entry["categorie"]) if entry.get("categorie") else None,
                departements=[str(code).strip().zfill(2) for code in departements if str(code).strip()],
                source=str(entry.get("source") or "FINESS"),
            )
        )
    return imports


def _positive(body, key, default, kind, path, line):
    value = body.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0 or not isinstance(value, kind):
        raise AbsError(
            "offre.{} : un nombre positif est attendu (par ex. {:g}), pas « {} »".format(key, default, value),
            path=path,
            row=line,
        )
    return value


def read_offer(body, resolve_file, path):
    """The :class:`Offer` of the block ``body``; ``resolve_file(value, key, line)`` makes a path
    relative to the project file (``must_exist`` for inputs, not for the layer, created if absent)."""
    line = _line(body)
    check_keys(body, KEYS, "« offre »", path)
    if bool(body.get("couche")) == bool(body.get("base")):
        raise AbsError(
            "offre : donnez « couche » (le GeoPackage de l'offre) ou « base » (une base PostgreSQL), l'un des deux",
            path=path,
            row=line,
        )
    offer = Offer(line=line)
    if body.get("couche"):
        offer.layer = resolve_file(body["couche"], "offre.couche", line, must_exist=False)
        if not offer.layer.lower().endswith(".gpkg"):
            raise AbsError("offre.couche : un GeoPackage .gpkg est attendu", path=path, row=line)
    else:
        offer.database, offer.schema = str(body["base"]), str(body.get("schema") or Offer.schema)
    offer.imports = _imports(body.get("imports") or [], resolve_file, path, line)
    offer.distance_km = float(_positive(body, "distance_km", Offer.distance_km, (int, float), path, line))
    offer.max_months = int(_positive(body, "mois_mise_a_jour", Offer.max_months, int, path, line))
    if body.get("routes"):
        offer.roads = resolve_file(body["routes"], "offre.routes", line)
    return offer
