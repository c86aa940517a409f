import pytest

from abs_qgis.core.finess import finess_problem, normalize_finess
from tests.realdata import read_rows


def test_every_real_ehpad_number_is_valid():
    numbers = [row["nofinesset"] for row in read_rows("finess/ehpad_63_03_trouver-mon-ehpad.csv")]
    assert len(numbers) == 143
    assert [n for n in numbers if finess_problem(n)] == []


def test_a_changed_digit_is_caught():
    number = "630002111"  # EHPAD de Ceyrat (real)
    assert finess_problem(number) is None
    assert finess_problem("630002112") == "clé de contrôle du numéro FINESS « 630002112 » fausse"
    assert finess_problem("630020111") is not None  # two digits swapped


@pytest.mark.parametrize("raw, expected", [(30001002, "030001002"), ("030001002", "030001002"), (" ", None)])
def test_normalize(raw, expected):
    assert normalize_finess(raw) == expected


def test_malformed_and_missing():
    assert finess_problem("") == "numéro FINESS manquant"
    assert finess_problem("6300021A1") == "numéro FINESS « 6300021A1 » mal formé (9 caractères attendus)"
    assert "mal formé" in finess_problem("6300021110")  # ten characters


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Etablissement d'hébergement pour personnes âgées dépendantes", "EHPAD"),
        ("Résidences autonomie", "Résidence autonomie"),
        ("Logement Foyer", "Résidence autonomie"),
        ("Etablissement de soins longue durée", "USLD"),
        ("Service de Soins Infirmiers A Domicile (S.S.I.A.D)", "SSIAD"),
        ("Service d'aide et d’accompagnement à domicile", "SAAD"),
        ("Centre de jour pour personnes âgées", "Accueil de jour"),
        ("Foyer de Vie pour Adultes Handicapés", "Foyer de vie"),
        ("Etablissement d'Accueil Non Médicalisé pour personnes handicapées", "Foyer de vie"),
        ("Foyer d'Accueil Médicalisé pour Adultes Handicapés (F.A.M.)", "FAM"),
        ("Maison d'Accueil Spécialisée (M.A.S.)", "MAS"),
        ("Etablissement et Service d'Aide par le Travail (E.S.A.T.)", "ESAT"),
        ("Service d'Accompagnement à la Vie Sociale", "SAVS/SAMSAH"),
        ("Institut Médico-Educatif (I.M.E.)", "IME"),
        ("Maison d'Enfants à Caractère Social", "MECS/Foyer de l'enfance"),
        ("Etablissement d'accueil du jeune enfant", "EAJE/Crèche"),
        ("Centre Hospitalier Régional (C.H.R.)", None),
        ("Famille d'accueil", None),  # « fam » only as a word
    ],
)
def test_category_from_its_label(label, expected):
    from abs_qgis.core.finess_import import category_of_label

    assert category_of_label(label) == expected


def test_extract_with_category_labels_only(tmp_path):
    """An extract that names categories in words (libcategetab) and leaves the code empty: the real
    EHPAD rows all become EHPAD; an unknown wording is skipped with both code and label in the reason."""
    from abs_qgis.core.finess_import import read_records
    from abs_qgis.core.tables import read_table

    rows = read_rows("finess/ehpad_63_03_trouver-mon-ehpad.csv")[:12]
    lines = ["nofinesset;rs;categetab;libcategetab;lat;lon;capacite"]
    for row in rows:
        label = "Etablissement d'hébergement pour personnes âgées dépendantes"
        lines.append(";".join([row["nofinesset"], row["rs"], "", label, row["lat"], row["lon"], row["capacite"]]))
    last = rows[-1]
    lines[-1] = ";".join([last["nofinesset"], last["rs"], "999", "Autre catégorie", last["lat"], last["lon"], ""])
    path = tmp_path / "extrait.csv"
    path.write_text("\n".join(lines), encoding="cp1252")
    imported = read_records(read_table(path))
    assert [record["categorie"] for record in imported.records] == ["EHPAD"] * 11
    assert [record["places_permanentes"] for record in imported.records] == [int(r["capacite"]) for r in rows[:11]]
    assert imported.skipped == [(13, last["nofinesset"], "catégorie FINESS « 999 Autre catégorie » non reconnue")]
