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

from .block_settings import RELIABILITY_THRESHOLD
from .frenchformat import french_order, slugify
from .millesimes import column_years
from .places import kind_of_level, without_article
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
    years: object = None  # {id: (earlier, latest)} years of the evolutions (or one pair for all), or None
    columns: dict = field(default_factory=dict)  # id → source columns it was computed from
    key_ids: list = field(default_factory=list)  # the summary's and the communes table's indicators
    maps: dict = field(default_factory=dict)  # id → image path
    charts: dict = field(default_factory=dict)  # theme key → image path
    sources: list = field(default_factory=list)
    secret: object = None  # block_settings.SecretSettings, or None: no secret applied
    reliability: int = RELIABILITY_THRESHOLD
    level_label: str = "commune"
    logos: list = field(default_factory=list)  # logo image paths of the charter


def document_file_name(territory_name):
    """« ABS_cc_thiers_dore_et_montagne.docx » for « la CC Thiers Dore et Montagne » (no article)."""
    return "ABS_{}.docx".format(slugify(without_article(territory_name.strip())))


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


SAMPLED_COLUMN = re.compile(r"^C\d\d_")  # the census's exploitation complémentaire: a sample


def rests_on_sample(columns):
    """Whether a figure rests on sampled census counts (C18_…), the only ones INSEE asks to handle
    with caution under 200; exhaustive counts (état civil, populations) and densities never."""
    return any(SAMPLED_COLUMN.match(str(column)) for column in columns or ())


def figure_of(row, key, threshold, name=None, kind=None):
    """The Figure of indicator ``key`` in a row; prudent when its count is under ``threshold``
    (None: never, the figure does not rest on a sample) and its value is not zero."""
    value = row["values"].get(key)
    count = (row.get("counts") or {}).get(key)
    prudent = threshold is not None and count is not None and not math.isnan(count) and count < threshold
    prudent = prudent and value not in (0, 0.0)
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

    def threshold(self, key):
        """The reliability threshold of indicator ``key``, or None when it rests on no sample."""
        return self.inputs.reliability if rests_on_sample(self.inputs.columns.get(key)) else None

    def pair(self, key):
        """(earlier, latest) years of indicator ``key``'s evolution, or None (no evolution)."""
        years = self.inputs.years
        pair = years.get(key) if isinstance(years, dict) else years
        if not pair or None in pair or self.catalogue[key].type in ("tcam", "evolution"):
            return None
        return tuple(pair)

    def territory_figure(self, key):
        inputs = self.inputs
        figure = figure_of(self.territory, key, self.threshold(key), inputs.territory_name, inputs.territory_kind)
        return self._dated(figure, self.territory, key)

    def reference_figures(self, key):
        return [self._dated(figure_of(row, key, self.threshold(key)), row, key) for row in self.references]

    def _dated(self, figure, row, key):
        """A value of its own year (published by the producer for that level) says which."""
        figure.note = (row.get("notes") or {}).get(key, "")
        own = (row.get("years") or {}).get(key)
        if figure.known and own and own not in column_years(self.inputs.columns.get(key)):
            figure.year, figure.year_text = own, self.catalogue[key].year_text(own)
        return figure

    def _as_catalogue_says(self, indicator, key, year, when):
        """``(year cell, « en … »)``: when the catalogue says how to write the year (« RP {annee},
        estimation », « état civil {annee+2}, RP {annee} »), as it says."""
        planned = (self.territory.get("years") or {}).get(key)
        if not indicator.millesime or not planned:
            return year, when
        text = indicator.year_text(planned)
        return text, "{} ({})".format(when, text) if when else "({})".format(text)

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
        if subject.year:  # the territory's value is the producer's, of its own year
            year, when = str(subject.year), "en {}".format(subject.year)
        else:
            year, when = self._as_catalogue_says(indicator, key, year, when)
        phrases = [comparison_sentence(indicator, when, subject, reference) for reference in known] or [
            comparison_sentence(indicator, when, subject)
        ]
        evolution = evolution_cell(indicator, self.territory, key) if self.pair(key) else ""
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
            "annees_evolution": "{}-{}".format(*self.pair(key)) if self.pair(key) else "",
            "phrase_evolution": self._evolution_sentence(indicator, key) or "",
        }

    def _evolution_sentence(self, indicator, key):
        if not self.pair(key):
            return None
        row = self.territory
        before = Figure(row.get("previous", {}).get(key), bool(row.get("previous_masked", {}).get(key)))
        after = self.territory_figure(key)
        before.name, before.kind = after.name, after.kind
        return evolution_sentence(indicator, self.pair(key), before, after)

    def key_table(self, keys):
        """Indicators as rows, the territory and each reference as columns (and the evolution)."""
        headers = ["Indicateur", "Année"] + self.place_columns()
        pairs = {key: self.pair(key) for key in keys}
        shown = {pair for pair in pairs.values() if pair}
        with_evolution = bool(shown)
        if with_evolution:  # one pair for all: in the header; else each cell names its years
            headers.append("Évolution {}-{}".format(*next(iter(shown))) if len(shown) == 1 else "Évolution")
        rows = []
        for key in keys:
            indicator = self.catalogue[key]
            label = indicator.titled
            year, _when = when_of(indicator, self.inputs.columns.get(key))
            whole = whole_numbers(indicator)
            subject = self.territory_figure(key)
            year = str(subject.year) if subject.year else self._as_catalogue_says(indicator, key, year, "")[0]
            cells = [label, year, shown_value(subject, whole=whole)]
            cells += [shown_value(figure, whole=whole) for figure in self.reference_figures(key)]
            if with_evolution:
                cell = evolution_cell(indicator, self.territory, key) if pairs[key] else "—"
                if pairs[key] and len(shown) > 1:
                    cell = "{} ({}-{})".format(cell, *pairs[key])
                cells.append(cell)
            rows.append(cells)
        return {"entetes": headers, "lignes": rows, "notes": self.table_notes()}

    def place_table(self, rows, keys, label):
        """One row per commune (or group): its name and its values of ``keys``."""
        headers = ["Code", label[:1].upper() + label[1:]]
        for key in keys:
            indicator = self.catalogue[key]
            headers.append(indicator.titled)
        lines = []
        for row in sorted(rows, key=lambda item: (french_order(item["nom"]), item["code"])):
            figures = [figure_of(row, key, self.threshold(key)) for key in keys]
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
