"""The ABS project file (YAML): everything needed to rebuild the ABS, paths relative to the file.

Checked on loading: unknown keys (typos), missing files, wrong types — French errors naming the
line of the project file.
"""

from dataclasses import dataclass, field
from pathlib import Path

from .block_settings import DocumentSettings, Grouping, MapSettings, SecretSettings, project_relative, read_block
from .errors import AbsError
from .levels import level_named
from .melodi import check_dataset, parse_filters
from .project_checks import check_keys
from .project_offer import read_offer
from .published import level_key
from .yamlfile import read_yaml

SECTIONS = {
    "nom": str,
    "territoire": dict,
    "sources": list,
    "millesime": int,
    "millesime_precedent": int,
    "evolutions": bool,
    "indicateurs": list,
    "catalogue": str,
    "regroupement": dict,
    "secret": dict,
    "cartes": dict,
    "references": dict,
    "valeurs_publiees": list,
    "document": dict,
    "offre": dict,
    "sortie": str,
}
SUBKEYS = {
    "territoire": {"communes", "champ_code", "filtre", "niveau"},
    "source": {
        "table",
        "feuille",
        "passage",
        "mouvements",
        "libelle",
        "additionner_iris",
        "colonnes",
        "millesime",
        "dimensions",
        "melodi",
        "filtres",
    },
    "references": {"communes", "champ_code", "niveaux", "ensemble", "comparaison", "sources"},
    "comparaison": {"champ", "code", "nom"},
    "valeurs_publiees": {"table", "niveau", "libelle"},
}  # the typed blocks (secret, cartes, document, regroupement) list their keys in block_settings


@dataclass
class Source:
    table: str
    sheet: str = None
    passage: str = None
    movements: str = None
    label: str = ""
    sum_iris: bool = False
    renames: dict = field(default_factory=dict)  # the file's column names → INSEE's
    millesime: int = None  # the year of its figures, when given (else read from INSEE's column names)
    dimensions: str = ""  # long tables: the dimension values kept, « SEX=_T; AGE=Y_GE75,Y_LT15 »
    melodi: str = None  # a dataset of INSEE's Melodi API fetched at the run (table: the cached file)
    melodi_filters: str = ""  # its territory and filters, « GEO=EPCI-200070761*COM; POPREF_MEASURE=PMUN »


@dataclass
class Project:
    path: str
    name: str
    communes: str
    code_field: str = None
    filter: str = None
    filter_line: int = None  # the line of « territoire.filtre » (its errors name it)
    level: object = None  # levels.Level of the polygons; None: detected from the codes
    sources: list = field(default_factory=list)
    millesime: int = None  # preferred year (None: each indicator at the freshest year of its columns)
    previous_millesime: int = None  # preferred earlier year of the evolutions (None: the freshest earlier one)
    evolutions: bool = True  # the earlier pass: each indicator at an earlier year, and its evolution
    indicators: list = field(default_factory=list)
    catalogue: str = None
    grouping: Grouping = field(default_factory=Grouping)  # « regroupement »: EPCI, sectors…
    secret: SecretSettings = None  # « secret »; None: the project applies no statistical secret
    maps: MapSettings = field(default_factory=MapSettings)
    references: object = None  # References
    published: list = field(default_factory=list)  # (niveau, table path, libellé): the producer's own values
    document: DocumentSettings = field(default_factory=DocumentSettings)  # the ABS document
    offer: object = None  # project_offer.Offer: the offer layer, its imports, the access distance
    output: str = None


@dataclass
class References:
    """The wider communes the references are computed from (département, région, France, and
    territories of comparison chosen by the user), with the tables joined to them."""

    communes: str
    code_field: str = None
    levels: list = field(default_factory=list)
    whole: str = None  # name of the whole layer as a reference, or None
    equivalents: list = field(default_factory=list)  # (field, code, name)
    lines: list = field(default_factory=list)  # line of each equivalent in the project file
    sources: list = field(default_factory=list)  # Source; default: the project's


def _line(mapping):
    return mapping.get("__line__") if isinstance(mapping, dict) else None


def _file(base, value, what, path, line, must_exist=True):
    if not isinstance(value, str) or not value.strip():
        raise AbsError("{} : chemin de fichier attendu".format(what), path=path, row=line)
    resolved, layer = project_relative(base, value)
    if must_exist and not resolved.exists():
        raise AbsError("{} : fichier introuvable « {} »".format(what, value.partition("|")[0]), path=path, row=line)
    return str(resolved) + layer


def _blocks(entries, what, path, line):
    """(entry, its line) of each block of a list; ``what`` = (SUBKEYS key, where, message for a non-block)."""
    keys, where, not_a_block = what
    for entry in entries:
        if not isinstance(entry, dict):
            raise AbsError(not_a_block, path=path, row=line)
        check_keys(entry, SUBKEYS[keys], where, path)
        yield entry, _line(entry)


def _sources(entries, base, path, line):
    if not isinstance(entries, list) or not entries:
        raise AbsError("« sources » : liste de tables attendue", path=path, row=line)
    sources = []
    for entry, entry_line in _blocks(
        entries, ("source", "une source", "Chaque source est un bloc « - table: … »"), path, line
    ):
        melodi = _melodi(entry, path, entry_line)
        sources.append(
            Source(
                table=None if melodi else _file(base, entry.get("table"), "sources.table", path, entry_line),
                melodi=melodi,
                melodi_filters=str(entry.get("filtres") or ""),
                sheet=entry.get("feuille"),
                passage=_file(base, entry["passage"], "sources.passage", path, entry_line)
                if entry.get("passage")
                else None,
                movements=_file(base, entry["mouvements"], "sources.mouvements", path, entry_line)
                if entry.get("mouvements")
                else None,
                label=str(entry.get("libelle", "") or ("INSEE, {} (API Melodi)".format(melodi) if melodi else "")),
                sum_iris=bool(entry.get("additionner_iris", False)),
                renames=_renames(entry.get("colonnes"), path, entry_line),
                millesime=_year(entry.get("millesime"), "sources.millesime", path, entry_line),
                dimensions=_dimensions(entry.get("dimensions"), path, entry_line),
            )
        )
    return sources


def _melodi(entry, path, line):
    """The Melodi dataset of a source (« melodi: DS_POPULATIONS_REFERENCE » with its « filtres »), or None."""
    if not entry.get("melodi"):
        if entry.get("filtres"):
            raise AbsError(
                "sources.filtres : seulement avec « melodi » (un jeu de données de l'API)", path=path, row=line
            )
        return None
    if entry.get("table"):
        raise AbsError("une source donne « table » ou « melodi », pas les deux", path=path, row=line)
    try:
        dataset = check_dataset(str(entry["melodi"]).strip())
        parse_filters(str(entry.get("filtres") or ""))
    except AbsError as error:
        raise AbsError(error.message, path=path, row=line) from error
    return dataset


def _dimensions(value, path, line):
    """« dimensions » of a long table: {SEX: _T, AGE: [Y_LT15, Y_GE75]} or « SEX=_T; AGE=… » → text."""
    if value in (None, ""):
        return ""
    if isinstance(value, dict):
        parts = []
        for name, values in value.items():
            if str(name).startswith("__"):
                continue
            values = values if isinstance(values, list) else [values]
            parts.append("{}={}".format(name, ",".join(str(item) for item in values)))
        return "; ".join(parts)
    if isinstance(value, str):
        return value
    raise AbsError("« sources.dimensions » : DIMENSION: valeur ou liste de valeurs attendu", path=path, row=line)


def _published(entries, base, path, line):
    """« valeurs_publiees »: [(niveau, fichier, libellé)], each level one of EPCI, DEP, REG, FRANCE."""
    published = []
    what = (
        "valeurs_publiees",
        "« valeurs_publiees »",
        "Chaque valeur publiée est un bloc « - table: … niveau: … »",
    )
    for entry, entry_line in _blocks(entries, what, path, line):
        table = _file(base, entry.get("table"), "valeurs_publiees.table", path, entry_line)
        try:
            level = level_key(entry.get("niveau"))
        except AbsError as error:
            raise AbsError(error.message, path=path, row=entry_line) from error
        published.append((level, table, str(entry.get("libelle") or "")))
    return published


def _year(value, what, path, line):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1968 <= value <= 2100:
        raise AbsError(
            "{} : une année est attendue (par exemple 2021), pas « {} »".format(what, value), path=path, row=line
        )
    return value


def _renames(value, path, line):
    """« colonnes: {nom_du_fichier: NOM_INSEE, …} » of a source."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AbsError("sources.colonnes : bloc « nom_du_fichier: NOM_INSEE » attendu", path=path, row=line)
    return {str(old): str(new) for old, new in value.items() if not str(old).startswith("__")}


def _references(body, base, path, project_sources):
    """The « references » block: wider communes, levels, whole layer, territories of comparison."""
    check_keys(body, SUBKEYS["references"], "« references »", path)
    line = _line(body)
    levels = body.get("niveaux") or []
    if not isinstance(levels, list):
        raise AbsError("references.niveaux : liste de champs attendue (par ex. [DEP, REG])", path=path, row=line)
    whole = body.get("ensemble")
    references = References(
        communes=_file(base, body.get("communes"), "references.communes", path, line),
        code_field=body.get("champ_code"),
        levels=[str(level) for level in levels],
        whole=None if whole in (None, False) else str(whole),
        sources=_sources(body["sources"], base, path, line) if body.get("sources") else list(project_sources),
    )
    for entry in body.get("comparaison") or []:
        if not isinstance(entry, dict) or not entry.get("champ") or not entry.get("code"):
            raise AbsError(
                "references.comparaison : chaque territoire est un bloc « - champ: EPCI / code: … / nom: … »",
                path=path,
                row=line,
            )
        check_keys(entry, SUBKEYS["comparaison"], "un territoire de comparaison", path)
        code = str(entry["code"])
        references.equivalents.append((str(entry["champ"]), code, str(entry.get("nom") or code)))
        references.lines.append(_line(entry))
    return references


def load_project(path):
    path = Path(path)
    data = read_yaml(path, "Fichier de projet")
    body = data.get("projet") if isinstance(data, dict) else None
    if not isinstance(body, dict):
        raise AbsError("Fichier de projet sans bloc « projet: »", path=path)
    check_keys(body, set(SECTIONS), "« projet »", path)
    for key, kind in SECTIONS.items():
        wrong_bool = kind is int and isinstance(body.get(key), bool)  # « millesime: true » is no year
        if key in body and (not isinstance(body[key], kind) or wrong_bool):
            raise AbsError(
                "« {} » doit être {}".format(
                    key,
                    {str: "un texte", dict: "un bloc", list: "une liste", int: "un entier", bool: "true ou false"}[
                        kind
                    ],
                ),
                path=path,
                row=body.get("__keys__", {}).get(key, _line(body)),
            )
    for key in ("millesime", "millesime_precedent"):
        _year(body.get(key), key, path, body.get("__keys__", {}).get(key))
    base = path.parent
    territory = body.get("territoire")
    if not territory:
        raise AbsError("Bloc « territoire » manquant", path=path, row=_line(body))
    check_keys(territory, SUBKEYS["territoire"], "« territoire »", path)
    project = Project(
        path=str(path),
        name=str(body.get("nom", path.stem)),
        communes=_file(base, territory.get("communes"), "territoire.communes", path, _line(territory)),
        code_field=territory.get("champ_code"),
        filter=territory.get("filtre"),
        filter_line=territory.get("__keys__", {}).get("filtre", _line(territory)),
        millesime=body.get("millesime"),
        indicators=[str(i) for i in body.get("indicateurs") or []],
        evolutions=body.get("evolutions", True),
    )
    if body.get("millesime_precedent") is not None:
        project.previous_millesime = body["millesime_precedent"]
        if project.millesime and project.previous_millesime >= project.millesime:
            raise AbsError(
                "millesime_precedent ({}) doit être antérieur au millésime ({})".format(
                    project.previous_millesime, project.millesime
                ),
                path=path,
                row=body.get("__keys__", {}).get("millesime_precedent", _line(body)),
            )
    if territory.get("niveau"):
        try:
            project.level = level_named(territory["niveau"])
        except ValueError as error:
            line = territory.get("__keys__", {}).get("niveau", _line(territory))
            raise AbsError(str(error), path=path, row=line) from error
    if not body.get("sources"):
        raise AbsError("Liste « sources » manquante ou vide", path=path, row=_line(body))
    project.sources = _sources(body["sources"], base, path, _line(body))
    if body.get("catalogue"):
        project.catalogue = _file(base, body["catalogue"], "catalogue", path, _line(body))
    if body.get("regroupement"):
        project.grouping = read_block(Grouping, body["regroupement"], "regroupement", path)
    if body.get("secret"):
        project.secret = read_block(SecretSettings, body["secret"], "secret", path)
    if body.get("cartes"):
        project.maps = read_block(MapSettings, body["cartes"], "cartes", path)
    if body.get("references"):
        project.references = _references(body["references"], base, path, project.sources)
    if body.get("valeurs_publiees"):
        project.published = _published(body["valeurs_publiees"], base, path, _line(body))
    if body.get("document"):
        project.document = read_block(DocumentSettings, body["document"], "document", path)
    if body.get("offre"):
        project.offer = read_offer(
            body["offre"],
            lambda value, what, line, must_exist=True: _file(base, value, what, path, line, must_exist),
            path,
        )
    if not body.get("sortie"):
        raise AbsError("« sortie » manquant : le dossier où écrire l'ABS", path=path, row=_line(body))
    project.output = _file(base, body["sortie"], "sortie", path, _line(body), must_exist=False)
    return project
