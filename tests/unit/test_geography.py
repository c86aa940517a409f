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
