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
