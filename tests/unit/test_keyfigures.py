"""Key figures of the atlas pages and proportional-circle legend values (plain Python).

Expected texts are written by hand from the inputs."""

import pytest

from abs_qgis.core.classify import circle_legend_values, nice_floor
from abs_qgis.core.errors import AbsError
from abs_qgis.core.keyfigures import key_figure_rows, read_references, read_references_and_notes

INDICATORS = [
    ("taux_chomage", "Taux de chômage", "%", "ratio"),
    ("population", "Population municipale", "habitants", "effectif"),
]


def test_rows_are_french_and_say_why_a_value_is_missing():
    territories = [
        ("63001", {"taux_chomage": 12.345, "population": 1234.4}, set()),
        ("63002", {"taux_chomage": None, "population": None}, {"taux_chomage"}),
    ]
    references = [("Puy-de-Dôme", {"taux_chomage": 10.04, "population": 662152.0})]
    rows = key_figure_rows(territories, INDICATORS, references)
    assert rows == [
        {"code": "63001", "ordre": 1, "indicateur": "Taux de chômage (%)", "valeur": "12,3", "ref_1": "10,0"},
        {
            "code": "63001",
            "ordre": 2,
            "indicateur": "Population municipale (habitants)",
            "valeur": "1\u202f234",
            "ref_1": "662\u202f152",
        },
        {"code": "63002", "ordre": 1, "indicateur": "Taux de chômage (%)", "valeur": "secret", "ref_1": "10,0"},
        {
            "code": "63002",
            "ordre": 2,
            "indicateur": "Population municipale (habitants)",
            "valeur": "n.d.",
            "ref_1": "662\u202f152",
        },
    ]


def test_references_table_as_a_collectivite_writes_it(tmp_path):
    path = tmp_path / "references.csv"
    path.write_bytes(
        "niveau;nom;taux_chomage;autre\r\nDépartement;Puy-de-Dôme;10,5;x\r\nFrance;;s;1\r\n".encode("cp1252")
    )
    assert read_references(path, ["taux_chomage", "absent"]) == [
        ("Puy-de-Dôme", {"taux_chomage": 10.5}),
        ("France", {"taux_chomage": None}),  # « s »: secret at the source, no number
    ]


def test_references_table_without_names_is_refused(tmp_path):
    path = tmp_path / "references.csv"
    path.write_text("code;taux_chomage\n63;10,5\n", encoding="utf-8")
    with pytest.raises(AbsError, match="colonne de nom"):
        read_references(path, ["taux_chomage"])


def test_round_legend_values_for_circles():
    assert nice_floor(6874) == 5000 and nice_floor(2291.3) == 2000 and nice_floor(687.4) == 500
    assert nice_floor(1) == 1 and nice_floor(0.35) == 0.2
    assert circle_legend_values([6874, 12, None, float("nan"), 0]) == [5000, 2000, 500]
    assert circle_legend_values([60]) == [50, 20, 5]
    with pytest.raises(AbsError, match="positive"):
        circle_legend_values([0, None])


def test_atlas_chart_bars_index_against_the_first_reference():
    from abs_qgis.core.charts import key_figure_bars

    indicators = [
        ("densite", "Densité de population", "hab./km²", "ratio"),
        ("P18_POP", "Population", "habitants", "effectif"),
        ("taux_natalite", "Taux de natalité", "‰", "ratio"),
        ("mediane", "Médiane", "€", None),
    ]
    values = {"densite": 57.6, "P18_POP": 1200.0, "taux_natalite": 2.0, "mediane": None}
    bars = key_figure_bars(values, {"taux_natalite"}, indicators, {"densite": 22.4, "taux_natalite": 7.1})
    assert [bar.key for bar in bars] == ["densite", "taux_natalite", "mediane"]  # no index of a count
    assert bars[0].label == "Densité de population" and bars[0].unit == "hab./km²"  # the unit beside the value
    assert bars[0].index == pytest.approx(57.6 / 22.4 * 100)
    assert bars[1].masked and bars[1].value is None and bars[1].index is None  # the value never travels
    assert bars[2].index is None  # no value, no reference: no bar


def test_no_index_for_negative_values_or_evolutions():
    from abs_qgis.core.charts import Bar, key_figure_bars

    assert Bar("solde", "Solde naturel", value=-2.0, reference=-4.0).index is None
    assert Bar("solde", "Solde naturel", value=2.0, reference=0.0).index is None
    assert Bar("densite", "Densité", value=30.0, reference=20.0).index == 150.0
    indicators = [
        ("tcam_population", "TCAM", "% par an", "tcam"),
        ("variation_population", "Variation", "", "evolution"),
    ]
    assert key_figure_bars({"tcam_population": 0.4, "variation_population": 12.0}, set(), indicators, {}) == []


def test_references_say_why_the_producer_gives_no_value(tmp_path):
    """A non-summable indicator the producer does not publish (or that the project was not given)
    reads « non publié » / « non fourni » in the atlas, as in the workbook, never « n.d. »."""
    path = tmp_path / "territoire_et_references.csv"
    path.write_text(
        "niveau;nom;taux_pauvrete;taux_chomage;abs_remarques\n"
        "Territoire étudié;CC A;16,6;10,1;\n"
        "Département;Puy-de-Dôme;;9,4;taux_pauvrete: non fourni pour ce niveau : donnez le fichier\n"
        "Région;Auvergne;;9,0;taux_pauvrete: non publié à ce niveau\n",
        encoding="utf-8",
    )
    fields = ["taux_pauvrete", "taux_chomage"]
    references, notes = read_references_and_notes(path, fields)
    assert references == read_references(path, fields)
    assert notes == [{}, {"taux_pauvrete": "non fourni"}, {"taux_pauvrete": "non publié"}]
    indicators = [("taux_pauvrete", "Taux de pauvreté", "%", "importe"), INDICATORS[0]]
    rows = key_figure_rows(
        [("63001", {"taux_pauvrete": 20.0, "taux_chomage": 12.0}, set())], indicators, references, notes
    )
    assert [rows[0]["ref_{}".format(n)] for n in (1, 2, 3)] == ["16,6", "non fourni", "non publié"]
    assert [rows[1]["ref_{}".format(n)] for n in (1, 2, 3)] == ["10,1", "9,4", "9,0"]


def test_a_unit_the_label_already_says_is_not_repeated():
    indicators = [
        (
            "places",
            "Places en EHPAD pour 1 000 personnes de 75 ans et plus",
            "places pour 1 000 personnes de 75 ans et plus",
            "taux",
        ),
        ("chomage", "Taux de chômage des 15-64 ans", "%", "taux"),
        ("densite", "Densité de population", "hab./km²", "ratio"),
    ]
    rows = key_figure_rows([("63003", {"places": 151.7, "chomage": 10.3, "densite": 108.4}, set())], indicators, [])
    labels = [row["indicateur"] for row in rows]
    assert labels == [
        "Places en EHPAD pour 1 000 personnes de 75 ans et plus",
        "Taux de chômage des 15-64 ans (%)",
        "Densité de population (hab./km²)",
    ]
