"""Older layer, newer table: which commune groups the table already counts as one."""

import json

from abs_qgis.core.geography import stale_groups, stale_reasons
from tests.paths import shared
from tests.realdata import passage_2025, read_rows


def test_cog2018_puy_de_dome_layer_against_the_cog2021_comparateur():
    features = json.loads(shared("geo/communes-63-puy-de-dome.geojson").read_text(encoding="utf-8"))["features"]
    layer_codes = [feature["properties"]["code"] for feature in features]
    table_codes = {row["CODGEO"] for row in read_rows("population/base_cc_comparateur.CSV")}
    groups = stale_groups(layer_codes, table_codes, passage_2025())
    # By hand from the data README: 63127→63335, 63078→63448, 63133→63226 merged before 2021
    # (the 2021 table has only the new code); 63330→63109 merged later (both rows in 2021).
    assert groups == {"63335": ["63127", "63335"], "63448": ["63078", "63448"], "63226": ["63133", "63226"]}
    reasons = stale_reasons(groups)
    assert reasons["63127"] == ("63335", ["63335"]) and reasons["63335"] == ("63335", ["63127"])


def test_same_geography_has_no_stale_group():
    passage = {"63127": "63335", "63335": "63335"}
    assert stale_groups(["63335", "63127"], {"63335", "63127"}, passage) == {}
    assert stale_groups(["63335"], {"63335"}, passage) == {}
    assert stale_groups(["63335", "63127"], {"63335"}, None) == {}


def test_restored_communes_from_insee_movements():
    from abs_qgis.core.geography import read_splits, split_groups
    from abs_qgis.core.tables import read_table

    splits = read_splits(read_table(shared("cog/cogiter_mvtcommunes_cog2025.csv")))
    for code in ("15031", "15035", "15047", "15171"):
        assert splits[code] == ("15141", "2025-01-01")
    assert splits["85212"] == ("85084", "2024-01-01")
    layer = ["15141", "15031", "15035", "15047", "15171", "15001"]
    assert split_groups(layer, {"15141", "15001"}, splits) == {"15141": ["15031", "15035", "15047", "15141", "15171"]}
    # A table of the new geography (the restored communes have rows): nothing to dissolve.
    assert split_groups(layer, set(layer), splits) == {}
