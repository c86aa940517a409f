"""Each indicator at the freshest year its columns give, from the real files' headers (issue 17)."""

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.indicators import parse_plan, plan_text, plan_years
from abs_qgis.core.millesimes import source_millesime
from tests.paths import shared


def _header(relative):
    with open(shared(relative), encoding="utf-8-sig") as handle:
        return handle.readline().strip().split(";")


def test_freshest_year_per_indicator_and_earlier_year_of_the_same_definition():
    comparateur = _header("population/base_cc_comparateur.CSV")
    renamed = {"P22_POP", "P22_POP6074", "P22_POP7589", "P22_POP90P", "P16_POP", "P16_POP6074", "P16_POP7589"}
    available = set(comparateur) | renamed | {"P16_POP90P"}
    catalogue = load_catalogue()
    latest = plan_years(catalogue, None, available)
    assert latest["part_75_plus"] == 2022 and latest["densite"] == 2022  # P22_* present
    assert latest["taux_chomage"] == 2018 and latest["taux_pauvrete"] == 2019  # no fresher columns
    earlier = plan_years(catalogue, None, available, before=latest)
    assert earlier["part_75_plus"] == 2016 and earlier["densite"] == 2018
    assert "taux_chomage" not in earlier and "tcam_population" not in earlier  # no P13 unemployment; no TCAM
    # A preferred year is kept where it suffices (old projects), the freshest elsewhere.
    preferred = plan_years(catalogue, None, available, preferred=2018)
    assert preferred["densite"] == 2018 and preferred["part_75_plus"] == 2022
    assert parse_plan(plan_text(latest)) == latest


def test_source_millesime_from_insee_names():
    assert source_millesime(_header("filosofi/filosofi_epci_2016.csv")) == 2016
    assert source_millesime(_header("filosofi/cc_filosofi_2019_COM.CSV")) == 2019
    assert source_millesime(_header("population/base_cc_comparateur.CSV")) == 2018
