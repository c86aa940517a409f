"""The collectivité's graphic charter (« charte graphique »): colours, font, logos, text patterns.

A YAML file; the plugin ships ``resources/charters/defaut.yaml``. Errors are French and name the
file and the item (unknown key, colour that is not #rrggbb, missing logo file…).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import AbsError
from .yamlfile import read_yaml

DEFAULT_CHARTER = Path(__file__).resolve().parent.parent / "resources" / "charters" / "defaut.yaml"
COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
KEYS = {"organisation", "police", "couleurs", "textes", "logos"}
COLOR_KEYS = {"sequentielle", "pas_de_donnee", "secret", "contour"}
TEXT_KEYS = {"sources", "date", "format_date"}


@dataclass
class Charter:
    path: str
    organisation: str
    font: str
    ramp: tuple
    no_data: str
    secret: str
    outline: str
    sources_pattern: str
    date_pattern: str
    date_format: str
    logos: list = field(default_factory=list)

    def sources(self, source):
        return _without_organisation(self.sources_pattern, self.organisation).format(
            source=source, organisation=self.organisation
        )

    def date_line(self, day):
        pattern = _without_organisation(self.date_pattern, self.organisation)
        return pattern.format(date=day.strftime(self.date_format), organisation=self.organisation)


def _without_organisation(pattern, organisation):
    """The pattern without its « — Traitement : {organisation} » part while the collectivité has not
    named itself (the shipped charter): no map says « Traitement : » followed by nothing."""
    if str(organisation).strip():
        return pattern
    return " — ".join(part for part in pattern.split(" — ") if "{organisation}" not in part)


def _color(value, name, path):
    if not isinstance(value, str) or not COLOR_RE.match(value):
        raise AbsError("Charte : couleur « {} » invalide pour {} (attendu #rrvvbb)".format(value, name), path=path)
    return value


def load_charter(path=None):
    path = Path(path) if path else DEFAULT_CHARTER
    data = read_yaml(path, "Fichier de charte graphique", with_lines=False)
    body = (data or {}).get("charte") if isinstance(data, dict) else None
    if not isinstance(body, dict):
        raise AbsError("Charte graphique sans bloc « charte: »", path=path)
    unknown = sorted(set(body) - KEYS)
    if unknown:
        raise AbsError("Charte : clé(s) inconnue(s) {}".format(", ".join(unknown)), path=path)
    default = yaml.safe_load(DEFAULT_CHARTER.read_text(encoding="utf-8"))["charte"]
    colors = dict(default["couleurs"], **(body.get("couleurs") or {}))
    texts = dict(default["textes"], **(body.get("textes") or {}))
    for group, allowed, values in (("couleurs", COLOR_KEYS, colors), ("textes", TEXT_KEYS, texts)):
        extra = sorted(set(values) - allowed)
        if extra:
            raise AbsError("Charte : clé(s) inconnue(s) dans « {} » : {}".format(group, ", ".join(extra)), path=path)
    ramp = colors["sequentielle"]
    if not isinstance(ramp, list) or len(ramp) != 2:
        raise AbsError("Charte : « sequentielle » doit donner deux couleurs [claire, foncée]", path=path)
    logos = []
    for logo in body.get("logos") or []:
        logo_path = Path(logo) if Path(logo).is_absolute() else path.parent / logo
        if not logo_path.is_file():
            raise AbsError("Charte : logo introuvable « {} »".format(logo), path=path)
        logos.append(str(logo_path))
    return Charter(
        path=str(path),
        organisation=str(body.get("organisation", default["organisation"])),
        font=str(body.get("police", default["police"])),
        ramp=tuple(_color(color, "sequentielle", path) for color in ramp),
        no_data=_color(colors["pas_de_donnee"], "pas_de_donnee", path),
        secret=_color(colors["secret"], "secret", path),
        outline=_color(colors["contour"], "contour", path),
        sources_pattern=str(texts["sources"]),
        date_pattern=str(texts["date"]),
        date_format=str(texts["format_date"]),
        logos=logos,
    )
