"""The chapters, the summary and the annex of the ABS document (plain data, see document_model)."""

from .block_settings import SECRET_THRESHOLD
from .document_model import THEMES, DocumentModel
from .sentences import NEAR_POINTS, NEAR_RELATIVE


def theme_ids(model, theme):
    return [key for key in model.inputs.ids if key in model.catalogue and model.catalogue[key].theme == theme]


def known_theme_ids(model, theme):
    """The theme's indicators whose territory value is known (not missing, not masked)."""
    return [key for key in theme_ids(model, theme) if model.territory_figure(key).known]


def chapter(model, theme, key, title):
    """``themes.<key>``: title, whether its data are present, its key-figures table, sentences,
    chart, map, definitions — or the one line saying its data are absent."""
    keys = theme_ids(model, theme)
    present = [name for name in keys if model.territory_figure(name).known or model.territory_figure(name).masked]
    if not present:
        examples = [
            item.libelle for item in model.catalogue.values() if item.theme == theme and item.type != "effectif"
        ]
        absence = "Les sources du projet ne permettent de calculer aucun indicateur de ce thème{}.".format(
            " (par exemple : {})".format(", ".join(examples[:3]).lower()) if examples else ""
        )
        return _empty_chapter(key, title, absence)
    indicators = [model.indicator(name) for name in present]
    groups = model.inputs.groups
    return {
        "cle": key,
        "titre": title,
        "present": True,
        "absence": "",
        "tableau": model.key_table(present),
        "phrases": [item["phrase"] for item in indicators]
        + [item["phrase_evolution"] for item in indicators if item["phrase_evolution"]],
        "graphique": model.inputs.charts.get(key) or "",
        "carte": _theme_map(model, present),
        "definitions": [
            "{} : {}. Source : {}.".format(item["libelle"], item["definition"].rstrip("."), item["source"])
            for item in indicators
        ],
        "groupes": model.place_table(groups, present, "regroupement") if len(groups) > 1 else None,
    }


def _empty_chapter(key, title, absence):
    return {
        "cle": key,
        "titre": title,
        "present": False,
        "absence": absence,
        "tableau": None,
        "phrases": [],
        "graphique": "",
        "carte": "",
        "definitions": [],
        "groupes": None,
    }


def _theme_map(model, keys):
    """The map of the theme: the first of its indicators that has one."""
    return next((model.inputs.maps[key] for key in keys if key in model.inputs.maps), "")


def summary_ids(model):
    """The summary's indicators: the project's key figures, else the first one of each theme."""
    chosen = [key for key in model.inputs.key_ids if key in model.inputs.ids]
    if chosen:
        return chosen
    return [keys[0] for keys in (known_theme_ids(model, theme) for theme, _key, _title in THEMES) if keys]


def _threshold_choice(secret):
    """The sentence of a threshold below the usual rule, which the project file had to state."""
    if secret is None or not secret.below_rule:
        return ""
    return (
        " Le seuil de {} retenu par la collectivité est inférieur à la règle usuelle de {} : des effectifs de {} "
        "à {} personnes sont publiés.".format(
            secret.threshold, SECRET_THRESHOLD, secret.threshold, SECRET_THRESHOLD - 1
        )
    )


def methods(model):
    """The annex of methods: sources and millésimes, the secret's rules, the reliability rule."""
    inputs = model.inputs
    secret = inputs.secret
    threshold = secret.threshold if secret else None
    hierarchy = (", ".join(secret.hierarchy) if secret else "") or "aucun regroupement"
    return {
        "secret": (
            "Secret statistique : aucun effectif inférieur à {} n'est publié (secret primaire). Les valeurs qui "
            "permettraient de le retrouver par différence avec un total publié ({} et l'ensemble du territoire) "
            "sont masquées aussi (secret secondaire), ainsi que les taux calculés sur un effectif masqué (secret "
            "induit). Une valeur masquée s'écrit « s » ; aucune phrase ni évolution n'est écrite à partir "
            "d'elle.{}".format(threshold, hierarchy, _threshold_choice(secret))
            if inputs.secret
            else "Secret statistique : le projet n'applique pas de secret statistique ; les valeurs sont celles "
            "des sources."
        ),
        "fiabilite": (
            "Fiabilité : une valeur calculée sur moins de {} personnes de l'exploitation complémentaire du "
            "recensement (un sondage : emploi, professions, diplômes…) est suivie d'un astérisque et « à "
            "interpréter avec prudence », comme l'INSEE le recommande ; les effectifs exhaustifs (état civil, "
            "populations), les densités et les valeurs nulles ne le sont jamais.".format(inputs.reliability)
        ),
        "comparaisons": (
            "Comparaisons : un écart inférieur à {} point (taux en %, en ‰ ou pour 100) ou à {} % (autres "
            "indicateurs) est dit « proche ». Les valeurs des regroupements et des références sont recalculées "
            "par la somme des numérateurs sur la somme des dénominateurs de leurs communes, jamais par la "
            "moyenne des taux communaux.".format(str(NEAR_POINTS).replace(".", ","), int(NEAR_RELATIVE))
        ),
    }


def build_context(inputs):
    """Every placeholder's value (see the README's list), as plain data."""
    model = DocumentModel(inputs)
    chapters = [chapter(model, theme, key, title) for theme, key, title in THEMES]
    summary = summary_ids(model)
    indicators = {key: model.indicator(key) for key in inputs.ids if key in inputs.catalogue}
    key_ids = [key for key in (inputs.key_ids or summary) if key in inputs.ids] or summary
    return {
        "abs": {"titre": inputs.title, "date": inputs.date_text, "organisation": inputs.organisation},
        "logos": list(inputs.logos),
        "territoire": {"nom": inputs.territory_name, "nb_communes": len(inputs.communes)},
        "references": [{"niveau": row["niveau"], "nom": row["nom"] or row["niveau"]} for row in model.references],
        "ind": indicators,
        "themes": {item["cle"]: item for item in chapters},
        "chapitres": chapters,
        "synthese": {
            "tableau": model.key_table(summary),
            "phrases": [indicators[key]["phrase"] for key in summary if key in indicators],
        },
        "communes": model.place_table(inputs.communes, key_ids, inputs.level_label),
        "sources": list(dict.fromkeys(inputs.sources + [indicators[key]["source"] for key in indicators])),
        "methodes": methods(model),
        "secret": methods(model)["secret"],
        "fiabilite": methods(model)["fiabilite"],
    }
