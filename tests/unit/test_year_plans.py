"""Each indicator at the freshest year its columns give, from the real files' headers (issue 17)."""

from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.indicators import freshest_year, parse_plan, plan_text, plan_years, resolve_at, uses_year
from abs_qgis.core.millesimes import file_year, source_millesime, source_year
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


CAF_IDS = ["part_allocataires_rsa", "part_allocataires_aah"]
CAF_COLUMNS = {"A", "ARSAS", "AAAH", "AM", "P18_POP", "P13_POP"}


def test_indicators_whose_columns_carry_no_year_take_their_sources_millesime():
    """CAF's ARSAS / A carry no year: never « 2040 » (the latest two-digit year) nor an evolution
    of a table with itself; the year is the source's when known, else none is said."""
    catalogue = load_catalogue()
    assert not uses_year(catalogue["part_allocataires_rsa"], catalogue)
    assert uses_year(catalogue["indice_vieillissement"], catalogue)  # through its counts
    assert freshest_year(catalogue["part_allocataires_rsa"], CAF_COLUMNS, catalogue) is None
    assert plan_years(catalogue, CAF_IDS, CAF_COLUMNS) == {}
    years = {"A": 2020, "ARSAS": 2020, "AAAH": 2020}
    latest = plan_years(catalogue, CAF_IDS, CAF_COLUMNS, column_years=years)
    assert latest == {"part_allocataires_rsa": 2020, "part_allocataires_aah": 2020}
    assert plan_years(catalogue, CAF_IDS, CAF_COLUMNS, before=latest, column_years=years) == {}
    resolved = resolve_at(catalogue, "part_allocataires_rsa", CAF_COLUMNS, {})
    assert resolved.columns == ["ARSAS", "A"] and resolved.year is None
    assert catalogue["part_allocataires_rsa"].year_text(2020) == "CAF 2020"


def test_a_source_millesime_is_given_read_in_columns_or_in_the_file_name():
    assert source_year(2023, ["A"], "caf.csv") == (2023, "donné dans le projet")
    assert source_year(None, ["P22_POP", "P22_POP0014", "SUPERF"], "x.csv") == (2022, "lu dans les noms de colonnes")
    assert source_year(None, ["A", "ARSAS"], "/d/data_CAF_2020_IRIS.csv") == (2020, "lu dans le nom du fichier")
    assert file_year("base-cc-filosofi-2021-geo2025_csv.zip") == 2021  # not the geography's year
    assert source_year(None, ["A"], "ehpad_63_03.csv") == (None, None)
