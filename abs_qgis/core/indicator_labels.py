"""French labels of indicators for pickers: « Thème — Libellé (unité) », the catalogue's
indicators by theme then label first, then the layer's other fields."""

from .catalogue import THEMES


def theme_title(theme):
    """« emploi » → « Emploi » (the catalogue writes themes in lower case)."""
    return theme[:1].upper() + theme[1:]


def themed_label(indicator):
    """« Emploi — Taux de chômage (%) »."""
    return "{} — {}".format(theme_title(indicator.theme), indicator.titled)


def ordered_indicators(catalogue):
    """The catalogue's indicators by theme (the catalogue's order of themes) then label."""
    return sorted(
        catalogue.values(),
        key=lambda item: (THEMES.index(item.theme) if item.theme in THEMES else len(THEMES), item.libelle.lower()),
    )


def field_choices(catalogue, field_names, aliases, others_label):
    """[(field, label)] for a picker of ``field_names``: those named after a catalogue indicator
    first (themed label, by theme then label), then the rest in the layer's order, labelled
    « <others_label> — alias » (or the name when it has no alias)."""
    present = set(field_names)
    choices = [(item.id, themed_label(item)) for item in ordered_indicators(catalogue) if item.id in present]
    known = {field for field, _label in choices}
    for name in field_names:
        if name not in known:
            choices.append((name, "{} — {}".format(others_label, aliases.get(name) or name)))
    return choices
