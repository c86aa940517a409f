"""The blocks of the project file as typed settings: every key, its type, its range and its
default written once, here.

Each block is a dataclass whose fields name their YAML key (``metadata["cle"]``) and the check that
turns the file's value into the setting (``metadata["lire"]``); :func:`read_block` builds it from
the file's block, refusing an unknown key or a wrong value with a French error naming the key and
its line. The run, the dialog (which shows these defaults), the document and the checks read the
same fields, so adding a key to a block is one field here.
"""

import os
import zipfile
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path

from .errors import AbsError
from .project_checks import check_keys, threshold_of

SECRET_THRESHOLD = 5  # no published count under 5 (INSEE's rule for counts of people)
RELIABILITY_THRESHOLD = 200  # INSEE's caution for census counts under 200
CLASSIFICATIONS = ("jenks", "quantiles", "intervalles", "ecart_type", "arrondis", "q6")  # abs:exportmaps' order
REPRESENTATIONS = ("automatique", "classes", "cercles")  # order of abs:exportmaps' REPRESENTATION
CLASSES_RANGE = (2, 9)


class BlockReader:
    """Where a block comes from: the project file (for messages and relative paths) and the block."""

    def __init__(self, block, prefix, path):
        self.block, self.prefix, self.path = block, prefix, Path(path)

    def line_of(self, key):
        return self.block.get("__keys__", {}).get(key, self.block.get("__line__"))

    def error(self, key, text):
        return AbsError("{}.{} : {}".format(self.prefix, key, text), path=self.path, row=self.line_of(key))


def setting(key, default=None, read=None, factory=None):
    """A field of a block: its YAML ``key``, its default and the function ``read(reader, key,
    value)`` that checks the file's value."""
    metadata = {"cle": key, "lire": read or read_text}
    if factory is not None:
        return field(default_factory=factory, metadata=metadata)
    return field(default=default, metadata=metadata)


def read_text(reader, key, value):
    if isinstance(value, (dict, list)):
        raise reader.error(key, "un texte est attendu")
    return str(value)


def read_bool(reader, key, value):
    if not isinstance(value, bool):
        raise reader.error(key, "oui ou non attendu (true / false)")
    return value


def read_names(reader, key, value):
    """A list of field or indicator names (« [NAISD20, DECESD20] » or « NAISD20, DECESD20 »)."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise reader.error(key, "une liste de noms de champs est attendue (reçu : {})".format(value))
    return [item.strip() for item in value]


def read_threshold(reader, key, value):
    return threshold_of(value, "{}.{}".format(reader.prefix, key), reader.path, reader.line_of(key))


def read_positive_int(reader, key, value):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise reader.error(
            key, "un entier positif est attendu (par ex. {}), pas « {} »".format(RELIABILITY_THRESHOLD, value)
        )
    return value


def read_classes(reader, key, value):
    low, high = CLASSES_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise reader.error(key, "un nombre entier de {} à {} est attendu, pas « {} »".format(low, high, value))
    return value


def one_of(choices):
    def read(reader, key, value):
        text = str(value).strip().lower()
        if text not in choices:
            raise reader.error(key, "« {} » inconnue ({})".format(value, ", ".join(choices)))
        return text

    return read


def project_relative(base, value):
    """(the file's Path, its layer part) of a path written in the project file: « ~/ » the home
    folder (never a folder named « ~ »), relative to the file's folder ``base`` or absolute, and a
    « communes.gpkg|layername=commune » keeping its layer part."""
    value, bar, layer = os.path.expanduser(value).partition("|")
    resolved = Path(value) if Path(value).is_absolute() else (Path(base) / value).resolve()
    return resolved, bar + layer


def read_file(suffixes=None, must_exist=True):
    """A path relative to the project file, made absolute; ``suffixes``: the extensions allowed."""

    def read(reader, key, value):
        if not isinstance(value, str) or not value.strip():
            raise reader.error(key, "chemin de fichier attendu")
        resolved, _layer = project_relative(reader.path.parent, value)
        if must_exist and not resolved.exists():
            raise reader.error(key, "fichier introuvable « {} »".format(value))
        if suffixes and resolved.suffix.lower() not in suffixes:
            raise reader.error(key, "un fichier {} est attendu".format(" ou ".join(suffixes)))
        return str(resolved)

    return read


def read_layout(reader, key, value):
    """A shipped layout's name (« a4_paysage ») or the collectivité's own .qpt file."""
    text = read_text(reader, key, value).strip()
    if text.lower().endswith(".qpt"):
        return read_file()(reader, key, text)
    return text


def read_word_template(reader, key, value):
    """The collectivité's Word template, checked when the project is loaded (not at the end of
    the run): a .docx that is a Word document."""
    path = read_file((".docx",))(reader, key, value)
    try:
        with zipfile.ZipFile(path) as archive:
            whole = "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        whole = False
    if not whole:
        raise reader.error(key, "« {} » n'est pas un document Word lisible (fichier abîmé ou renommé ?)".format(value))
    return path


def read_docx_name(reader, key, value):
    name = str(value)
    if not name.lower().endswith(".docx") or "/" in name or "\\" in name:
        raise reader.error(key, "un nom de fichier .docx, sans dossier, est attendu")
    return name


def block_keys(cls):
    """The YAML keys of a block (what the file may hold)."""
    return {spec.metadata["cle"] for spec in fields(cls) if "cle" in spec.metadata}


def block_default(cls, key):
    """The default of the block's YAML ``key`` (the dialog shows it)."""
    for spec in fields(cls):
        if spec.metadata.get("cle") == key:
            return spec.default_factory() if spec.default is MISSING else spec.default
    raise KeyError(key)


def read_block(cls, block, prefix, path):
    """The settings ``cls`` of the file's ``block`` (``prefix``: the block's name in messages):
    unknown keys refused, each value checked, the defaults of the keys not given."""
    check_keys(block, block_keys(cls), "« {} »".format(prefix), path)
    reader, values = BlockReader(block, prefix, path), {}
    for spec in fields(cls):
        key = spec.metadata.get("cle")
        if key is not None and block.get(key) is not None:
            values[spec.name] = spec.metadata["lire"](reader, key, block[key])
    settings = cls(**values)
    if hasattr(settings, "lines"):
        settings.lines = {key: reader.line_of(key) for key in block_keys(cls)}
    if hasattr(settings, "check"):
        settings.check(reader)
    return settings


@dataclass
class SecretSettings:
    """« secret »: no count under ``threshold`` published, nor recoverable by difference."""

    threshold: int = setting("seuil", SECRET_THRESHOLD, read_threshold)
    counts: list = setting("effectifs", read=read_names, factory=list)  # the count fields protected
    hierarchy: list = setting("hierarchie", read=read_names, factory=list)  # published totals (EPCI…)
    mask_zeros: bool = setting("masquer_zeros", False, read_bool)
    public: list = setting("publics", read=read_names, factory=list)  # counts published as they are
    below_rule_assumed: bool = setting("seuil_inferieur_a_5_assume", False, read_bool)
    lines: dict = field(default_factory=dict)  # key → its line in the project file

    def check(self, reader):
        """A threshold below the usual rule is a choice the file states, never an accident."""
        if self.below_rule and not self.below_rule_assumed:
            raise reader.error(
                "seuil",
                "{} est inférieur à la règle usuelle du secret ({}) : des effectifs de {} à {} seraient publiés ; "
                "écrivez « seuil_inferieur_a_5_assume: true » dans le bloc « secret » si c'est voulu".format(
                    self.threshold, SECRET_THRESHOLD, self.threshold, SECRET_THRESHOLD - 1
                ),
            )

    @property
    def below_rule(self):
        return self.threshold < SECRET_THRESHOLD


@dataclass
class MapSettings:
    """« cartes »: what is mapped and how (abs:exportmaps' parameters)."""

    indicators: list = setting("indicateurs", read=read_names, factory=list)
    charter: str = setting("charte", read=read_file((".yaml", ".yml")))
    atlas_field: str = setting("atlas")
    atlas_label_field: str = setting("atlas_libelle")
    classification: str = setting("classification", "jenks", one_of(CLASSIFICATIONS))
    classes: int = setting("classes", 5, read_classes)
    sources: str = setting("sources")
    label_field: str = setting("etiquettes")
    layout: str = setting("mise_en_page", read=read_layout)
    atlas_layout: str = setting("atlas_mise_en_page", read=read_layout)
    atlas_split: bool = setting("atlas_par_territoire", False, read_bool)
    inset: str = setting("carton", read=read_file())
    representation: str = setting("representation", "automatique", one_of(REPRESENTATIONS))
    key_figures: list = setting("chiffres_cles", read=read_names, factory=list)
    circles: list = setting("cercles", read=read_names, factory=list)

    @property
    def any(self):
        """Something to map: indicators or counts in circles."""
        return bool(self.indicators or self.circles)


@dataclass
class DocumentSettings:
    """« document »: the ABS document written from the collectivité's Word template."""

    template: str = setting("modele", read=read_word_template)
    title: str = setting("titre", "Analyse des besoins sociaux")
    territory: str = setting("territoire")  # default: the single group's name
    reliability: int = setting("seuil_fiabilite", RELIABILITY_THRESHOLD, read_positive_int)
    pdf: bool = setting("pdf", True, read_bool)
    file_name: str = setting("fichier", read=read_docx_name)  # default: ABS_<territoire>.docx
    write: bool = setting("ecrire", True, read_bool)


@dataclass
class Grouping:
    """« regroupement »: the field (or the table commune → sector) the groups are made of."""

    field: str = setting("champ")
    name_field: str = setting("nom")
    table: str = setting("table", read=read_file())

    @property
    def any(self):
        return bool(self.field or self.table)
