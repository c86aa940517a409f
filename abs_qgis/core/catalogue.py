"""The indicator catalogue: a YAML file shipped with the plugin, plus an optional user file.

Loading checks everything that can be checked without data: required keys, types, themes,
factors, expression syntax, references between entries (unknown type, cycles), duplicate ids.
Errors are French and name the file, the indicator and its line.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import expressions
from .errors import AbsError
from .yamlfile import read_yaml

DEFAULT_CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "catalogue" / "indicateurs.yaml"
TYPES = ("ratio", "effectif", "importe", "tcam", "evolution")
THEMES = (
    "démographie",
    "vieillissement",
    "familles",
    "précarité et accès aux droits",
    "emploi",
    "logement",
    "handicap",
    "offre",
)
GAPS = ("points", "indice")
KEYS = {
    "id",
    "libelle",
    "definition",
    "theme",
    "type",
    "numerateur",
    "denominateur",
    "facteur",
    "unite",
    "source",
    "ecart",
    "effectifs",
    "secret_seuil",
    "debut",
    "fin",
    "annees",
    "millesime",
    "par_commune",
}
REQUIRED_BY_TYPE = {
    "ratio": ("numerateur", "denominateur"),
    "effectif": ("numerateur",),
    "importe": ("numerateur",),
    "tcam": ("debut", "fin", "annees"),
    "evolution": ("debut", "fin"),
}


YEAR_MARK = re.compile(r"\{annee(?:\s*([+-])\s*(\d+))?\}")


def _offset(match):
    return int(match.group(2) or 0) * (-1 if match.group(1) == "-" else 1)


def default_year_template(source):
    """« RP {annee} » for the census, « Filosofi {annee} », « CAF {annee} », « FINESS {annee} »,
    else the year alone."""
    text = (source or "").lower()
    if "filosofi" in text:
        return "Filosofi {annee}"
    if "recensement" in text:
        return "RP {annee}"
    if "cnaf" in text or "caf" in text.split():
        return "CAF {annee}"
    if "finess" in text:
        return "FINESS {annee}"
    return "{annee}"


def unit_said(label, unit):
    """Whether ``label`` already says its ``unit``: « Places en EHPAD pour 1 000 personnes de 75 ans
    et plus » and « places pour 1 000 personnes de 75 ans et plus » (the unit's words after its
    first one are in the label), and « Superficie (km²) » (the unit in brackets)."""
    words = unit.split()
    if "({})".format(unit.strip()).lower() in label.lower():
        return True
    return len(words) >= 3 and " ".join(words[1:]).lower() in label.lower()


@dataclass
class Indicator:
    id: str
    libelle: str
    definition: str
    theme: str
    type: str = "ratio"
    numerateur: str = None
    denominateur: str = None
    facteur: float = 1.0
    unite: str = ""
    source: str = ""
    ecart: str = "points"
    effectifs: list = field(default_factory=list)
    secret_seuil: int = None
    debut: str = None
    fin: str = None
    annees: float = None
    millesime: str = ""  # how the year of a value is written: « RP {annee} », « état civil {annee+2}… »
    par_commune: bool = False  # an imported value of each commune only (a distance): none for groups
    line: int = None
    path: str = None

    @property
    def titled(self):
        """« Libellé (unité) », the unit left out when the label already says it."""
        return (
            "{} ({})".format(self.libelle, self.unite)
            if self.unite and not unit_said(self.libelle, self.unite)
            else self.libelle
        )

    @property
    def summable(self):
        """Re-aggregable by summing its parts (everything but imported values)."""
        return self.type != "importe"

    def year_text(self, year):
        """The year of a value as readers know it: « RP 2022 », « Filosofi 2021 », « 2023 »."""
        if year is None:
            return ""
        template = self.millesime or default_year_template(self.source)
        return YEAR_MARK.sub(lambda match: str(int(year) + _offset(match)), template)

    def dated_label(self, year):
        """« Indice de vieillissement (RP 2022) »; the label alone without a year."""
        text = self.year_text(year)
        return "{} ({})".format(self.libelle, text) if text else self.libelle

    def expressions(self):
        """(role, text) of every expression of the indicator."""
        roles = ("numerateur", "denominateur", "debut", "fin")
        return [(role, getattr(self, role)) for role in roles if getattr(self, role)]


def _read_yaml(path):
    return read_yaml(path, "Catalogue")


def _where(entry_id, line):
    return "indicateur « {} » (ligne {})".format(entry_id, line)


def _indicator(entry, path):
    line = entry.pop("__line__", None)
    entry.pop("__keys__", None)
    entry_id = str(entry.get("id", "")).strip()
    if not entry_id:
        raise AbsError("Indicateur sans « id »", path=path, row=line)
    unknown = sorted(set(entry) - KEYS)
    if unknown:
        raise AbsError("{} : clé(s) inconnue(s) {}".format(_where(entry_id, line), ", ".join(unknown)), path=path)
    kind = entry.get("type", "ratio")
    if kind not in TYPES:
        raise AbsError(
            "{} : type « {} » inconnu (types : {})".format(_where(entry_id, line), kind, ", ".join(TYPES)), path=path
        )
    for key in ("libelle", "definition", "theme") + REQUIRED_BY_TYPE[kind]:
        if entry.get(key) in (None, ""):
            raise AbsError("{} : « {} » manquant".format(_where(entry_id, line), key), path=path)
    if entry["theme"] not in THEMES:
        raise AbsError(
            "{} : thème « {} » inconnu (thèmes : {})".format(_where(entry_id, line), entry["theme"], ", ".join(THEMES)),
            path=path,
        )
    for key in ("facteur", "annees", "secret_seuil"):
        value = entry.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise AbsError(
                "{} : « {} » doit être un nombre, pas « {} »".format(_where(entry_id, line), key, value), path=path
            )
    per_commune = entry.get("par_commune")
    if (per_commune is not None and not isinstance(per_commune, bool)) or (per_commune and kind != "importe"):
        raise AbsError(
            "{} : « par_commune » vaut true ou false, pour un indicateur de type importe".format(
                _where(entry_id, line)
            ),
            path=path,
        )
    if entry.get("ecart", "points") not in GAPS:
        raise AbsError(
            "{} : écart « {} » inconnu (points ou indice)".format(_where(entry_id, line), entry["ecart"]), path=path
        )
    counts = entry.get("effectifs") or []
    if isinstance(counts, str):
        counts = [part.strip() for part in counts.split(",") if part.strip()]
    default_factor = 1.0 if kind in ("ratio", "tcam") else None
    indicator = Indicator(
        id=entry_id,
        libelle=str(entry["libelle"]),
        definition=str(entry["definition"]),
        theme=entry["theme"],
        type=kind,
        numerateur=_text(entry.get("numerateur")),
        denominateur=_text(entry.get("denominateur")),
        facteur=float(entry.get("facteur", default_factor))
        if entry.get("facteur", default_factor) is not None
        else None,
        unite=str(entry.get("unite", "")),
        source=str(entry.get("source", "")),
        ecart=entry.get("ecart", "points"),
        effectifs=counts,
        secret_seuil=entry.get("secret_seuil"),
        debut=_text(entry.get("debut")),
        fin=_text(entry.get("fin")),
        annees=entry.get("annees"),
        millesime=str(entry.get("millesime") or ""),
        par_commune=bool(entry.get("par_commune")),
        line=line,
        path=str(path),
    )
    if "{" in YEAR_MARK.sub("", indicator.millesime):
        raise AbsError(
            "{} : millésime « {} » : seule la marque {{annee}} (ou {{annee+2}}…) est permise".format(
                _where(entry_id, line), indicator.millesime
            ),
            path=path,
        )
    for role, text in indicator.expressions():
        for variant in expressions.variants(text):
            where = " ({}, {})".format(_where(entry_id, line), role)
            try:
                expressions.parse(expressions.substitute_year(variant, 2000), where)
            except AbsError as error:
                raise AbsError(error.message, path=path) from error
    return indicator


def _text(value):
    return None if value is None else str(value)


def _load_file(path):
    data = _read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("indicateurs"), list):
        raise AbsError("Catalogue sans liste « indicateurs: »", path=path)
    result = {}
    for entry in data["indicateurs"]:
        if not isinstance(entry, dict):
            raise AbsError("Chaque indicateur doit être un bloc « - id: … »", path=path)
        indicator = _indicator(dict(entry), path)
        if indicator.id in result:
            raise AbsError(
                "Indicateur « {} » défini deux fois (lignes {} et {})".format(
                    indicator.id, result[indicator.id].line, indicator.line
                ),
                path=path,
            )
        result[indicator.id] = indicator
    return result


def load_catalogue(user_path=None):
    """The shipped catalogue, with the user's file merged over it (same id = replaced)."""
    catalogue = _load_file(DEFAULT_CATALOGUE)
    if user_path:
        catalogue.update(_load_file(user_path))
    check_references(catalogue)
    return catalogue


def references(indicator, catalogue):
    """Catalogue ids named in the indicator's expressions."""
    found = []
    for _role, text in indicator.expressions():
        for variant in expressions.variants(text):
            tree = expressions.parse(expressions.substitute_year(variant, 2000))
            found += [name for name in expressions.names(tree) if name in catalogue and name not in found]
    return found


def check_references(catalogue):
    """Referenced entries must be counts (type effectif); no cycle."""
    for indicator in catalogue.values():
        for name in references(indicator, catalogue):
            if catalogue[name].type != "effectif":
                raise AbsError(
                    "{} : « {} » est un indicateur de type {}, seul un effectif peut entrer dans une expression".format(
                        _where(indicator.id, indicator.line), name, catalogue[name].type
                    ),
                    path=indicator.path,
                )
    state = {}

    def visit(entry_id, path):
        if state.get(entry_id) == "done":
            return
        if state.get(entry_id) == "visiting":
            cycle = path[path.index(entry_id) :] + [entry_id]
            first = catalogue[cycle[0]]
            raise AbsError(
                "Définition circulaire : {} ({})".format(" → ".join(cycle), _where(first.id, first.line)),
                path=first.path,
            )
        state[entry_id] = "visiting"
        for name in references(catalogue[entry_id], catalogue):
            visit(name, path + [entry_id])
        state[entry_id] = "done"

    for entry_id in catalogue:
        visit(entry_id, [])
