"""What the ABS document says, as plain data: every placeholder's value, built from the rows the
run wrote (territory and references, groups, communes) and the catalogue.

Values are French text (« 16,6 », « s », « n.d. »); tables are {"entetes", "lignes", "notes"};
images are file paths. The renderer (:mod:`abs_qgis.document`) turns tables and images into
Word objects. Nothing here prints a masked value: a masked cell is « s », and a sentence or an
evolution that would rest on it is not written.
"""

import math
import re
from dataclasses import dataclass, field

from .places import kind_of_level
from .portrait import evolution, evolution_unit
from .sentences import Figure, comparison_sentence, evolution_sentence, shown_value, whole_numbers

THEMES = (  # catalogue theme → (placeholder key, chapter title), in the document's order
    ("démographie", "demographie", "Démographie"),
    ("vieillissement", "vieillissement", "Vieillissement"),
    ("familles", "familles", "Familles et jeunesse"),
    ("handicap", "handicap", "Handicap"),
    ("précarité et accès aux droits", "precarite", "Précarité et accès aux droits"),
    ("emploi", "emploi", "Emploi"),
    ("logement", "logement", "Logement"),
    ("offre", "offre", "Offre sociale et médico-sociale"),
)
LEVEL_KEYS = {"departement": "departement", "region": "region", "pays": "france"}
YEAR_PREFIX = re.compile(r"^[A-Z]+(\d{2})_")
YEAR_SUFFIX = re.compile(r"^[A-Z][A-Z0-9]*?(\d{2})$")  # MED19, TP6019, NAISD20, NAIS1318
RELIABILITY_DEFAULT = 200  # INSEE: census counts under 200 are to be handled with caution


@dataclass
class DocumentInputs:
    title: str
    territory_name: str
    territory_kind: str
    date_text: str
    organisation: str
    catalogue: dict
    ids: list  # indicators shown (catalogue ids computed by the run)
    places: list  # territory first, then references: dict(niveau, code, nom, values, masked, counts…)
    communes: list = field(default_factory=list)  # rows of the published communes (same shape)
    groups: list = field(default_factory=list)
    years: tuple = None  # (earlier, latest) census years, or None
    columns: dict = field(default_factory=dict)  # id → source columns it was computed from
    key_ids: list = field(default_factory=list)  # the summary's and the communes table's indicators
    maps: dict = field(default_factory=dict)  # id → image path
    charts: dict = field(default_factory=dict)  # theme key → image path
    sources: list = field(default_factory=list)
    secret: dict = None
    reliability: int = RELIABILITY_DEFAULT
    level_label: str = "commune"
    logos: list = field(default_factory=list)  # logo image paths of the charter


def column_years(columns):
    """Census/source years named in INSEE's column names: P18_POP → 2018, MED19 → 2019."""
    years = set()
    for name in columns or []:
        match = YEAR_PREFIX.match(str(name)) or YEAR_SUFFIX.match(str(name))
        if match:
            two = int(match.group(1))
            years.add(2000 + two if two <= 60 else 1900 + two)
    return sorted(years)


def when_of(indicator, columns):
    """(« 2018 », « en 2018 ») — « entre 2013 et 2018 » for an evolution — or ("", "")."""
    years = column_years(columns)
    if not years:
        return "", ""
    if indicator.type in ("tcam", "evolution") and len(years) >= 2:
        text = "{}-{}".format(years[0], years[-1])
        return text, "entre {} et {}".format(years[0], years[-1])
    if len(years) == 1:
        return str(years[0]), "en {}".format(years[0])
    text = " et ".join(str(year) for year in years)
    return text, "(données {})".format(text)


def figure_of(row, key, threshold, name=None, kind=None):
    """The Figure of indicator ``key`` in a row; prudent when its count is under ``threshold``."""
    value = row["values"].get(key)
    count = (row.get("counts") or {}).get(key)
    prudent = count is not None and not math.isnan(count) and count < threshold
    return Figure(
        value=None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value),
        masked=bool(row["masked"].get(key)),
        name=name or row["nom"],
        kind=kind or kind_of_level(row["niveau"]),
        prudent=prudent and value is not None,
    )


def evolution_cell(indicator, row, key):
    """The territory's change between the two census years, « s » when either value is masked."""
    if row.get("previous_masked", {}).get(key) or row["masked"].get(key):
        return "s"
    change = evolution(indicator, row.get("previous", {}).get(key), row["values"].get(key))
    if change is None:
        return "n.d."
    unit = "pt" if evolution_unit(indicator) == "points" else "%"
    sign = "+" if change > 0 else ("\u2212" if change < 0 else "")
    return "{}{}\u00a0{}".format(sign, shown_value(Figure(abs(change)), None), unit)


class DocumentModel:
    """Builds the placeholders' values from :class:`DocumentInputs`."""

    def __init__(self, inputs):
        self.inputs = inputs
        self.catalogue = inputs.catalogue
        self.territory = inputs.places[0]
        self.references = inputs.places[1:]

    def territory_figure(self, key):
        inputs = self.inputs
        return figure_of(self.territory, key, inputs.reliability, inputs.territory_name, inputs.territory_kind)

    def reference_figures(self, key):
        return [figure_of(row, key, self.inputs.reliability) for row in self.references]

    def place_columns(self):
        return [self.inputs.territory_name] + [row["nom"] or row["niveau"] for row in self.references]

    def indicator(self, key):
        """The placeholders of one indicator: ``ind.<id>.…``."""
        indicator = self.catalogue[key]
        year, when = when_of(indicator, self.inputs.columns.get(key))
        subject, references = self.territory_figure(key), self.reference_figures(key)
        known = [reference for reference in references if reference.known]
        whole = whole_numbers(indicator)
        levels = {"territoire": shown_value(subject, whole=whole)}
        for row, reference in zip(self.references, references):
            level = LEVEL_KEYS.get(kind_of_level(row["niveau"]))
            if level is None and row["niveau"].lower().startswith("territoire de comparaison"):
                level = "comparaison" if "comparaison" not in levels else "comparaison_{}".format(len(levels))
            levels.setdefault(level or "ensemble", shown_value(reference, whole=whole))
        phrases = [comparison_sentence(indicator, when, subject, reference) for reference in known] or [
            comparison_sentence(indicator, when, subject)
        ]
        evolution = ""
        if self.inputs.years and indicator.type not in ("tcam", "evolution"):
            evolution = evolution_cell(indicator, self.territory, key)
        return {
            "libelle": indicator.libelle,
            "definition": indicator.definition,
            "source": indicator.source,
            "unite": indicator.unite,
            "annee": year,
            "valeur": shown_value(subject, whole=whole),
            "prudence": subject.prudent,
            "niveaux": levels,
            "phrase": phrases[0],
            "phrases": phrases,
            "evolution": evolution,
            "phrase_evolution": self._evolution_sentence(indicator, key) or "",
        }

    def _evolution_sentence(self, indicator, key):
        if not self.inputs.years or indicator.type in ("tcam", "evolution"):
            return None
        row = self.territory
        before = Figure(row.get("previous", {}).get(key), bool(row.get("previous_masked", {}).get(key)))
        after = self.territory_figure(key)
        before.name, before.kind = after.name, after.kind
        return evolution_sentence(indicator, self.inputs.years, before, after)

    def key_table(self, keys):
        """Indicators as rows, the territory and each reference as columns (and the evolution)."""
        headers = ["Indicateur", "Année"] + self.place_columns()
        with_evolution = bool(self.inputs.years)
        if with_evolution:
            headers.append("Évolution {}-{}".format(*self.inputs.years))
        rows = []
        for key in keys:
            indicator = self.catalogue[key]
            label = indicator.libelle + (" ({})".format(indicator.unite) if indicator.unite else "")
            year, _when = when_of(indicator, self.inputs.columns.get(key))
            whole = whole_numbers(indicator)
            cells = [label, year, shown_value(self.territory_figure(key), whole=whole)]
            cells += [shown_value(figure, whole=whole) for figure in self.reference_figures(key)]
            if with_evolution:
                cells.append(
                    evolution_cell(indicator, self.territory, key)
                    if indicator.type not in ("tcam", "evolution")
                    else "—"
                )
            rows.append(cells)
        return {"entetes": headers, "lignes": rows, "notes": self.table_notes()}

    def place_table(self, rows, keys, label):
        """One row per commune (or group): its name and its values of ``keys``."""
        headers = ["Code", label[:1].upper() + label[1:]]
        for key in keys:
            indicator = self.catalogue[key]
            headers.append(indicator.libelle + (" ({})".format(indicator.unite) if indicator.unite else ""))
        lines = []
        for row in sorted(rows, key=lambda item: (item["nom"], item["code"])):
            figures = [figure_of(row, key, self.inputs.reliability) for key in keys]
            wholes = [whole_numbers(self.catalogue[key]) for key in keys]
            lines.append(
                [row["code"], row["nom"]] + [shown_value(figure, whole=whole) for figure, whole in zip(figures, wholes)]
            )
        return {"entetes": headers, "lignes": lines, "notes": self.table_notes()}

    def table_notes(self):
        return [
            "s : secret statistique (valeur non diffusée) ; n.d. : non disponible.",
            "* : à interpréter avec prudence (valeur calculée sur un effectif inférieur à {}).".format(
                self.inputs.reliability
            ),
        ]
