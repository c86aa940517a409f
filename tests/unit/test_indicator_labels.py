"""Labels of the indicator pickers (core/indicator_labels.py)."""

from abs_qgis.core.catalogue import THEMES, load_catalogue
from abs_qgis.core.indicator_labels import field_choices


def test_catalogue_fields_first_by_theme_then_the_others_in_layer_order():
    catalogue = load_catalogue()
    by_theme = {}
    for item in catalogue.values():
        by_theme.setdefault(item.theme, item)
    first, last = by_theme[THEMES[0]], by_theme[THEMES[-1]] if THEMES[-1] in by_theme else None
    names = ["CODGEO", "zz_total", last.id if last else "x", "P22_POP", first.id]
    choices = field_choices(catalogue, names, {"P22_POP": "Population 2022"}, "Autres champs")
    fields = [field for field, _label in choices]
    assert sorted(fields) == sorted(names)
    assert fields[0] == first.id
    assert choices[0][1] == "{} — {}".format(first.theme[:1].upper() + first.theme[1:], first.titled)
    assert fields[-3:] == ["CODGEO", "zz_total", "P22_POP"]  # the rest in the layer's order
    assert choices[-1][1] == "Autres champs — Population 2022"  # named by its alias
    assert choices[-3][1] == "Autres champs — CODGEO"
