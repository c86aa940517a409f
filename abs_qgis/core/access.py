"""Access to the offer: nearest facility distances and the population beyond a distance (plain Python)."""

import math


def nearest_distances(origins, facilities):
    """Distance from each origin (x, y) to the nearest facility (x, y), brute force: the layers of an
    ABS hold hundreds of communes and facilities, far from needing an index."""
    if not facilities:
        return [None] * len(origins)
    result = []
    for ox, oy in origins:
        result.append(min(math.hypot(ox - fx, oy - fy) for fx, fy in facilities))
    return result


def share_beyond(distances, populations, limit):
    """(population beyond ``limit``, share of the population with a known distance, in %)."""
    known = [(d, p) for d, p in zip(distances, populations) if d is not None and p is not None and p == p]
    total = sum(p for _d, p in known)
    beyond = sum(p for d, p in known if d > limit)
    return beyond, (beyond / total * 100.0 if total else None)


def nearest_by_network(costs_by_facility, origin_vertices, legs):
    """Road distance from each origin to its nearest facility.

    ``costs_by_facility``: for each facility, its network costs to every vertex (Dijkstra from its
    snapped point; infinite or negative = unreachable); ``origin_vertices``: each origin's snapped
    vertex; ``legs``: ((origin → network for each origin), (facility → network for each facility))
    straight-line legs to and from the network, added to the road distance. None when no facility
    is reachable."""
    origin_legs, facility_legs = legs
    result = []
    for origin, vertex in enumerate(origin_vertices):
        best = None
        for facility, costs in enumerate(costs_by_facility):
            cost = costs[vertex]
            if cost is None or cost < 0 or cost == float("inf"):
                continue
            total = cost + origin_legs[origin] + facility_legs[facility]
            best = total if best is None else min(best, total)
        result.append(best)
    return result
