import pytest

from abs_qgis.core.charter import load_charter
from abs_qgis.core.errors import AbsError


def test_default_charter():
    charter = load_charter()
    assert charter.ramp == ("#fff5eb", "#7f2704") and charter.font == "DejaVu Sans" and charter.logos == []
    # Issue 35: no « Traitement : abs_qgis » on every map until the collectivité names itself.
    assert charter.organisation == "" and charter.sources("INSEE, RP 2018") == "Source : INSEE, RP 2018"


def test_the_collectivite_named_in_its_charter_signs_the_maps(tmp_path):
    path = tmp_path / "charte.yaml"
    path.write_text('charte:\n  organisation: "CIAS Ambert Livradois Forez"\n', encoding="utf-8")
    charter = load_charter(path)
    assert charter.sources("INSEE, RP 2018") == "Source : INSEE, RP 2018 — Traitement : CIAS Ambert Livradois Forez"


@pytest.mark.parametrize(
    "body, message",
    [
        ("charte:\n  couleur_titre: rouge\n", "clé(s) inconnue(s) couleur_titre"),
        ('charte:\n  couleurs:\n    sequentielle: ["#fff", "#000000"]\n', "couleur « #fff » invalide"),
        ('charte:\n  couleurs:\n    turquoise: "#00ffff"\n', "dans « couleurs » : turquoise"),
        ("charte:\n  logos: [logo_absent.png]\n", "logo introuvable « logo_absent.png »"),
        ("autre: 1\n", "sans bloc « charte: »"),
    ],
)
def test_bad_charters(tmp_path, body, message):
    path = tmp_path / "charte.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(AbsError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        load_charter(path)
    assert "charte.yaml" in str(error.value)
