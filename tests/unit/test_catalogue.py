"""The shipped catalogue and every kind of bad catalogue a user can write."""

import textwrap

import numpy as np
import pytest

from abs_qgis.core.catalogue import THEMES, load_catalogue
from abs_qgis.core.errors import AbsError
from abs_qgis.core.indicators import compute


def test_shipped_catalogue():
    catalogue = load_catalogue()
    indicators = [item for item in catalogue.values() if item.type != "effectif"]
    assert len(indicators) >= 30
    assert {item.theme for item in indicators} == set(THEMES)
    ageing = catalogue["indice_vieillissement"]
    assert ageing.facteur == 100 and ageing.libelle == "Indice de vieillissement"
    assert not catalogue["taux_pauvrete"].summable and catalogue["taux_chomage"].summable


def write(tmp_path, body):
    path = tmp_path / "catalogue.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


BASE = """\
indicateurs:
  - id: part_jeunes
    libelle: "Part des jeunes"
    definition: "Part des 0-14 ans."
    theme: démographie
    numerateur: P{aa}_POP0014
    denominateur: P{aa}_POP
    facteur: 100
"""


@pytest.mark.parametrize(
    "body, message",
    [
        (BASE.replace("facteur: 100", "facteur: cent"), "« facteur » doit être un nombre, pas « cent »"),
        (BASE.replace("theme: démographie", "theme: sport"), "thème « sport » inconnu"),
        (BASE.replace("numerateur: P{aa}_POP0014", "numerateur: P{aa}_POP0014 +"), "mal formée"),
        (BASE.replace("numerateur: P{aa}_POP0014", "numerateur: __import__('os')"), "seuls les noms de colonnes"),
        (BASE.replace("numerateur: P{aa}_POP0014", "numerateur: P{yy}_POP0014"), "marque d'année inconnue"),
        (BASE.replace("    facteur: 100\n", "    facteur: 100\n    couleur: rouge\n"), "clé(s) inconnue(s) couleur"),
        (
            BASE.replace('definition: "Part des 0-14 ans."', "definition: Part des 0-14 ans : enfants"),
            "entre guillemets",
        ),
        (BASE + BASE.split("indicateurs:\n")[1], "défini deux fois (lignes 2 et 9)"),
        (BASE.replace("    denominateur: P{aa}_POP\n", ""), "« denominateur » manquant"),
    ],
)
def test_bad_catalogues_are_explained(tmp_path, body, message):
    with pytest.raises(AbsError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        load_catalogue(write(tmp_path, body))
    assert "catalogue.yaml" in str(error.value)


def test_circular_definition(tmp_path):
    body = """\
    indicateurs:
      - id: a
        type: effectif
        libelle: "A"
        definition: "A."
        theme: démographie
        numerateur: b + 1
      - id: b
        type: effectif
        libelle: "B"
        definition: "B."
        theme: démographie
        numerateur: a
    """
    with pytest.raises(AbsError, match="Définition circulaire : a → b → a"):
        load_catalogue(write(tmp_path, body))


def test_user_catalogue_adds_and_replaces(tmp_path):
    catalogue = load_catalogue(write(tmp_path, BASE.replace("part_jeunes", "densite")))
    assert catalogue["densite"].libelle == "Part des jeunes"
    assert "taux_chomage" in catalogue


def test_ratios_division_by_zero_and_missing_values():
    catalogue = load_catalogue()
    columns = {
        "P18_CHOM1564": np.array([10.0, 5.0, np.nan, 0.0]),
        "P18_ACT1564": np.array([100.0, 0.0, 50.0, 0.0]),
    }
    result = compute(columns, 4, catalogue, ["taux_chomage"], 2018)
    values, reasons = result.values["taux_chomage"], result.reasons["taux_chomage"]
    assert values[0] == pytest.approx(10.0)
    assert np.isnan(values[1]) and reasons[1] == "dénominateur nul"
    assert np.isnan(values[2]) and reasons[2] == "donnée manquante ou secrète dans la source"
    assert np.isnan(values[3]) and reasons[3] == "dénominateur nul"
    assert not np.isinf(values).any()


def test_missing_field_is_reported_or_refused():
    catalogue = load_catalogue()
    columns = {"P18_POP": np.array([100.0])}
    result = compute(columns, 1, catalogue, None, 2018)
    assert result.not_computable["indice_vieillissement"] == "non calculable : champ P18_POP65P absent"
    with pytest.raises(AbsError, match="Indicateur « indice_vieillissement » non calculable : champ P18_POP65P absent"):
        compute(columns, 1, catalogue, ["indice_vieillissement"], 2018, strict=True)
    with pytest.raises(AbsError, match="inconnu"):
        compute(columns, 1, catalogue, ["indice_inexistant"], 2018)


def test_variants_and_counts_expand():
    catalogue = load_catalogue()
    columns = {
        "P22_POP6579": np.array([30.0]),
        "P22_POP80P": np.array([10.0]),
        "P22_POP0014": np.array([25.0]),
        "P22_POP1519": np.array([15.0]),
    }
    result = compute(columns, 1, catalogue, ["indice_vieillissement"], 2022)
    assert result.values["indice_vieillissement"][0] == pytest.approx(100.0)
    assert result.resolved["indice_vieillissement"].text("numerateur") == "P22_POP6579 + P22_POP80P"


@pytest.mark.parametrize("value", ['"oui"', "1"])
def test_par_commune_is_a_boolean(tmp_path, value):
    imported = BASE.replace("    denominateur: P{aa}_POP\n    facteur: 100\n", "    type: importe\n")
    load_catalogue(write(tmp_path, imported + "    par_commune: true\n"))  # accepted
    with pytest.raises(AbsError, match="par_commune"):
        load_catalogue(write(tmp_path, imported + "    par_commune: {}\n".format(value)))


def test_par_commune_only_for_imported_values(tmp_path):
    with pytest.raises(AbsError, match="type importe"):
        load_catalogue(write(tmp_path, BASE + "    par_commune: true\n"))


def test_a_unit_the_label_already_says_is_not_repeated():
    from abs_qgis.core.catalogue import load_catalogue

    catalogue = load_catalogue()
    for indicator in catalogue.values():  # « Superficie (km²) (km²) » was printed
        if indicator.unite:
            assert indicator.titled.count("({})".format(indicator.unite)) <= 1, indicator.titled
    assert catalogue["densite"].titled == "{} ({})".format(catalogue["densite"].libelle, catalogue["densite"].unite)


def test_a_denominator_matches_its_label():
    """Issue 32: the AAH rate « pour 100 personnes de 20 à 64 ans » fell back on the 15-64 population;
    without the 20-64 column it is not computable, never computed on another age group."""
    catalogue = load_catalogue()
    columns = {"AAAH": np.array([120.0]), "P18_POP1564": np.array([4000.0])}
    result = compute(columns, 1, catalogue, None, 2018)
    assert "allocataires_aah_20_64" not in result.values
    columns["P18_POP2064"] = np.array([3000.0])
    result = compute(columns, 1, catalogue, ["allocataires_aah_20_64"], 2018)
    assert result.values["allocataires_aah_20_64"][0] == pytest.approx(100 * 120 / 3000)
