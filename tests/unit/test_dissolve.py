"""Union of a coverage (communes into groups): the fast coverage union where the polygons tile,
the general union otherwise — checked against shapely's unary_union, never against itself."""

import json
from collections import defaultdict

import pytest
from shapely.geometry import box, shape
from shapely.ops import unary_union

from abs_qgis.core import dissolve as dissolve_module
from abs_qgis.core.dissolve import dissolve
from tests.paths import shared


def _same(first, second):
    return first.symmetric_difference(second).area <= 1e-9 * max(first.area, second.area)


@pytest.fixture(scope="module")
def allier():
    data = json.loads(shared("geo/communes-03-allier.geojson").read_text(encoding="utf-8"))
    return {feature["properties"]["code"]: shape(feature["geometry"]) for feature in data["features"]}


def test_real_communes_grouped_equal_the_general_union(allier, monkeypatch):
    assert dissolve_module.COVERAGE_UNION is not None, "GEOS coverage union unavailable"
    # Groups of neighbouring communes: the same first four characters of the code (arbitrary but
    # contiguous enough), and the whole département.
    groups = defaultdict(list)
    for code, geometry in allier.items():
        groups[code[:4]].append(geometry)
    groups["03"] = list(allier.values())
    expected = {key: unary_union(members) for key, members in groups.items()}
    # The communes of IGN tile the département: the general union must not be needed.
    monkeypatch.setattr(dissolve_module, "unary_union", lambda parts: pytest.fail("fallback used on a coverage"))
    for key, members in groups.items():
        result = dissolve(members)
        assert result.geom_type == "MultiPolygon" and result.is_valid
        assert _same(result, expected[key]), key
    whole = dissolve(groups["03"])
    assert len(whole.geoms) == 1 and len(whole.geoms[0].interiors) == 0


def test_overlapping_polygons_fall_back_to_the_true_union():
    squares = [box(0, 0, 1, 1), box(0.5, 0.5, 1.5, 1.5)]
    result = dissolve(squares)
    assert result.area == pytest.approx(1.75)
    assert _same(result, unary_union(squares))


def test_polygons_not_noded_alike_fall_back():
    # The two upper squares meet at (1, 1), a point the lower rectangle's edge does not have.
    parts = [box(0, 0, 2, 1), box(0, 1, 1, 2), box(1, 1, 2, 2)]
    result = dissolve(parts)
    assert result.is_valid and _same(result, box(0, 0, 2, 2))


def test_separate_parts_and_empty_groups():
    islands = dissolve([box(0, 0, 1, 1), box(3, 0, 4, 1), None])
    assert len(islands.geoms) == 2 and islands.area == pytest.approx(2)
    assert dissolve([]).is_empty and dissolve([None]).is_empty
