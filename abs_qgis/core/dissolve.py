"""Union of polygons that tile a territory: communes into EPCI, sectors, départements, régions.

Communes form a *coverage* (no overlap, shared edges with the same vertices on both sides).
GEOS's coverage union only drops the edges shared by two polygons: France's 34 875 communes are
dissolved into EPCI, départements and régions in about a quarter of the time of the general
union (``unary_union``, which re-nodes every edge). The coverage union trusts its input, so each
result is checked: it must be valid and have exactly the area of its parts (any overlap would make
the true union smaller). Otherwise — a hand-drawn layer with slivers, overlaps or unmatched
vertices — the general union is used for that group.

The polygons travel as WKB: a group's members are handed to GEOS as one collection, without a
Python object per commune.
"""

import ctypes
import struct

import shapely
from shapely import errors as shapely_errors
from shapely import wkb as shapely_wkb
from shapely.geometry import MultiPolygon
from shapely.ops import unary_union

GEOS_ERRORS = (
    ValueError,
    getattr(shapely_errors, "ShapelyError", ValueError),
    getattr(shapely_errors, "TopologicalError", ValueError),  # shapely 1.8
)
AREA_TOLERANCE = 1e-9  # relative: the rounding of a sum of areas, far below any real overlap
WKB_COLLECTION = 7


def _shapely1_coverage_union():
    """GEOSCoverageUnion_r through shapely 1.8's own GEOS handle (shapely 2 exposes it)."""
    try:
        from shapely.geometry.base import geom_factory
        from shapely.geos import lgeos

        function = lgeos._lgeos.GEOSCoverageUnion_r
    except (ImportError, AttributeError):
        return None
    function.restype = ctypes.c_void_p
    function.argtypes = [ctypes.c_void_p, ctypes.c_void_p]

    def union(collection):
        pointer = function(lgeos.geos_handle, collection._geom)
        if not pointer:
            raise ValueError("coverage union failed")
        return geom_factory(pointer)

    return union


def _shapely2_coverage_union():
    function = getattr(shapely, "coverage_union_all", None)
    if function is None:
        return None
    return lambda collection: function(shapely.get_parts(shapely.get_parts(collection)))


COVERAGE_UNION = _shapely2_coverage_union() or _shapely1_coverage_union()


def collection_wkb(members):
    """One WKB GeometryCollection of the 2D WKB ``members`` (each keeps its own byte order)."""
    return struct.pack("<BII", 1, WKB_COLLECTION, len(members)) + b"".join(members)


def _polygons(geometry):
    if geometry.geom_type == "Polygon":
        return [] if geometry.is_empty else [geometry]
    if hasattr(geometry, "geoms"):
        return [polygon for part in geometry.geoms for polygon in _polygons(part)]
    return []


def _as_multi(geometry):
    if geometry.geom_type == "MultiPolygon":
        return geometry
    return MultiPolygon(_polygons(geometry))


def dissolve_wkb(members, expected_area, repaired=None):
    """Union of the 2D polygons and multipolygons ``members`` (WKB) as a MultiPolygon (shapely).

    ``expected_area``: the sum of their areas (what a coverage's union measures). Invalid polygons
    (a bow tie drawn by hand) that make the union fail are repaired first; ``repaired`` (a list)
    then receives their number, for the warning."""
    if not members:
        return MultiPolygon()
    collection = shapely_wkb.loads(collection_wkb(members))
    if len(members) > 1 and COVERAGE_UNION is not None:
        try:
            result = COVERAGE_UNION(collection)
        except GEOS_ERRORS:
            result = None
        tolerance = AREA_TOLERANCE * max(expected_area, 0.0)
        if result is not None and result.is_valid and abs(result.area - expected_area) <= tolerance:
            return _as_multi(result)
    polygons = _polygons(collection)
    try:
        return _as_multi(unary_union(polygons))
    except GEOS_ERRORS:
        invalid = [polygon for polygon in polygons if not polygon.is_valid]
        if repaired is not None:
            repaired.append(len(invalid))
        return _as_multi(unary_union([part for polygon in polygons for part in _polygons(_repair(polygon))]))


def _repair(polygon):
    """A valid version of ``polygon``: GEOS's make_valid when shapely has it, else buffer(0)."""
    if polygon.is_valid:
        return polygon
    try:
        from shapely.validation import make_valid

        return make_valid(polygon)
    except ImportError:
        return polygon.buffer(0)


def dissolve(geometries):
    """Union of shapely ``geometries`` (None and empty skipped) as a MultiPolygon."""
    parts = [polygon for geometry in geometries if geometry is not None for polygon in _polygons(geometry)]
    return dissolve_wkb([part.wkb for part in parts], sum(part.area for part in parts))
