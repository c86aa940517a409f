"""INSEE's Melodi API (``https://api.insee.fr/melodi``) in plain Python: the queries, the reading of
its JSON answers and the long table the plugin joins (no network here: the client sits in
``processing/download``).

A query is a dataset (``DS_POPULATIONS_REFERENCE``) and filters in order (``GEO=EPCI-244400404*COM``,
``POPREF_MEASURE=PMUN``). As INSEE's own client does, it asks first for the count
(``totalCount=TRUE&maxResult=0``), then for the observations (``idTerritoire=TRUE&maxResult=…``,
``page=2``… when the answer has a next page). Each observation is ``dimensions{GEO: "2025-COM-44109",
TIME_PERIOD, …}`` and ``measures.OBS_VALUE_NIVEAU.value``; it becomes one row of a long table
``GEO;TIME_PERIOD;…;OBS_VALUE``, the format of INSEE's downloads that the join already reads.
"""

import csv
import hashlib
import json
import os
import re
from datetime import date
from urllib.parse import quote, urlsplit

from .errors import AbsError

MELODI_URL = "https://api.insee.fr/melodi"
MAX_RESULTS = 100_000  # observations per request (the API's limit)
VALUE_MEASURE = "OBS_VALUE_NIVEAU"
STATUS_ATTRIBUTES = ("OBS_STATUS", "CONF_STATUS")
GEO_VINTAGE = re.compile(r"^(\d{4})-")  # « 2025-COM-44109 »: the geography's vintage
DATASET_ID = re.compile(r"^[A-Z][A-Z0-9_]{2,80}$")
FILTER_KEY = re.compile(r"^[A-Z][A-Z0-9_]{0,40}$")


def parse_filters(text):
    """« GEO=EPCI-244400404*COM; POPREF_MEASURE=PMUN » → [(key, value)] in the order given."""
    filters = []
    for part in re.split(r"[;&]", text or ""):
        if not part.strip():
            continue
        key, sign, value = part.partition("=")
        key, value = key.strip().upper(), value.strip()
        if not sign or not FILTER_KEY.match(key) or not value:
            raise AbsError("Filtre Melodi « {} » : écrire DIMENSION=valeur (par ex. GEO=DEP-69*COM)".format(part))
        filters.append((key, value))
    return filters


def check_dataset(dataset):
    if not DATASET_ID.match(dataset or ""):
        raise AbsError(
            "Jeu de données Melodi « {} » : un identifiant comme DS_POPULATIONS_REFERENCE est attendu".format(dataset)
        )
    return dataset


def _query(filters, extra):
    pairs = list(filters) + list(extra)
    return "&".join("{}={}".format(key, quote(str(value), safe="-_.")) for key, value in pairs)


def count_url(base, dataset, filters):
    """The count-only request: how many observations the query has."""
    return "{}/data/{}?{}".format(
        base.rstrip("/"), dataset, _query(filters, [("totalCount", "TRUE"), ("maxResult", 0)])
    )


def data_url(base, dataset, filters, page=None):
    extra = [("idTerritoire", "TRUE"), ("maxResult", MAX_RESULTS)] + ([("page", page)] if page else [])
    return "{}/data/{}?{}".format(base.rstrip("/"), dataset, _query(filters, extra))


def same_server(url, base):
    """``url`` (a next page the API wrote with its own host) on the server of ``base``."""
    parts, own = urlsplit(url), urlsplit(base)
    path = parts.path
    own_path = own.path.rstrip("/")
    api_path = urlsplit(MELODI_URL).path
    if path.startswith(api_path) and not path.startswith(own_path + "/"):
        path = own_path + path[len(api_path) :]
    return "{}://{}{}{}".format(own.scheme, own.netloc, path, "?" + parts.query if parts.query else "")


def parse_answer(text, url):
    """(observations, total count or None, next page's URL or None) of one JSON answer; a French
    error naming the field when the answer is not of the expected shape."""
    try:
        answer = json.loads(text)
    except ValueError as error:
        raise AbsError(
            "Réponse de l'API Melodi illisible (pas du JSON) : {}".format(str(text)[:200]), path=url
        ) from error
    if not isinstance(answer, dict) or not isinstance(answer.get("observations"), list):
        raise AbsError("Réponse inattendue de l'API Melodi : champ « observations » absent ou mal formé", path=url)
    paging = answer.get("paging") if isinstance(answer.get("paging"), dict) else {}
    count = paging.get("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        raise AbsError("Réponse inattendue de l'API Melodi : « paging.count » n'est pas un nombre", path=url)
    following = paging.get("next") if isinstance(paging.get("next"), str) else None
    return answer["observations"], count, following


def observation_rows(observations, url):
    """(columns, rows) of the long table: GEO, the other dimensions in their order, OBS_VALUE and the
    status attributes; a French error naming the field an observation lacks."""
    dimensions, rows = [], []
    for number, observation in enumerate(observations, start=1):
        if not isinstance(observation, dict) or not isinstance(observation.get("dimensions"), dict):
            raise AbsError("Observation {} de l'API Melodi sans « dimensions »".format(number), path=url)
        values = observation["dimensions"]
        if "GEO" not in values:
            raise AbsError("Observation {} de l'API Melodi sans « dimensions.GEO »".format(number), path=url)
        for name in values:
            if name not in dimensions:
                dimensions.append(name)
        measures = observation.get("measures") if isinstance(observation.get("measures"), dict) else {}
        measure = measures.get(VALUE_MEASURE) if isinstance(measures.get(VALUE_MEASURE), dict) else {}
        attributes = observation.get("attributes") if isinstance(observation.get("attributes"), dict) else {}
        if "value" not in measure and not attributes:
            raise AbsError(
                "Observation {} de l'API Melodi sans « measures.{}.value »".format(number, VALUE_MEASURE), path=url
            )
        rows.append((values, measure.get("value"), attributes))
    dimensions = ["GEO"] + [name for name in dimensions if name != "GEO"]
    statuses = [name for name in STATUS_ATTRIBUTES if any(name in attributes for _v, _m, attributes in rows)]
    columns = dimensions + ["OBS_VALUE"] + statuses
    table = [
        [values.get(name, "") for name in dimensions]
        + [_number_text(value)]
        + [attributes.get(s, "") for s in statuses]
        for values, value, attributes in rows
    ]
    return columns, table


def _number_text(value):
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def geography_vintage(rows):
    """The vintage of the geography the observations are on (« 2025 » from « 2025-COM-44109 »)."""
    found = {match.group(1) for row in rows for match in [GEO_VINTAGE.match(str(row[0]))] if match}
    return ", ".join(sorted(found))


def cache_file(folder, dataset, filters, vintage):
    """The cached long table of a query: one file per dataset, query and vintage, so that a newer
    vintage is a new file and never replaces the older one silently."""
    query = _query(filters, [])
    digest = hashlib.sha256("{}?{}".format(dataset, query).encode("utf-8")).hexdigest()[:10]
    territory = next((value for key, value in filters if key == "GEO"), "tout")
    slug = re.sub(r"[^A-Za-z0-9]+", "_", territory).strip("_")[:40]
    name = "{}_{}_{}_{}.csv".format(dataset, slug, vintage.replace(", ", "-") or "sans-millesime", digest)
    return os.path.join(folder, dataset, name)


def index_path(folder):
    return os.path.join(folder, "index_melodi.json")


def _read_index(folder):
    """{query: {fichier, date}} of the cache's index, {} when it is absent or unreadable."""
    try:
        with open(index_path(folder), encoding="utf-8") as handle:
            index = json.load(handle)
    except (OSError, ValueError):
        return {}
    return index if isinstance(index, dict) else {}


def cached_query(folder, dataset, filters):
    """The file the last fetch of this query wrote, when it is still there, or None."""
    entry = _read_index(folder).get("{}?{}".format(dataset, _query(filters, [])))
    path = entry.get("fichier") if isinstance(entry, dict) else None
    return path if path and os.path.isfile(path) else None


def remember_query(folder, dataset, filters, path):
    index = _read_index(folder)
    index["{}?{}".format(dataset, _query(filters, []))] = {"fichier": path, "date": date.today().isoformat()}
    _write_atomic(index_path(folder), json.dumps(index, ensure_ascii=False, indent=1))


def write_long_table(path, columns, rows, provenance):
    """The long table (``;``-separated, UTF-8) and its PROVENANCE note beside it, each written whole
    or not at all (a hidden partial file renamed when complete)."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    partial = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".partiel")
    with open(partial, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(columns)
        writer.writerows(rows)
    os.replace(partial, path)
    _write_atomic(provenance_path(path), provenance)


def provenance_path(path):
    return os.path.splitext(path)[0] + "_PROVENANCE.txt"


def provenance_text(dataset, filters, url, count, vintage):
    return (
        "Source : INSEE, API Melodi (Licence Ouverte / Etalab 2.0)\n"
        "Jeu de données : {}\nRequête : {}\nAdresse : {}\nObservations : {}\nGéographie : millésime {}\n"
        "Téléchargé le : {}\n".format(
            dataset,
            _query(filters, []) or "(aucun filtre)",
            url,
            count,
            vintage or "non indiqué",
            date.today().isoformat(),
        )
    )


def _write_atomic(path, text):
    partial = path + ".partiel"
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(partial, path)
