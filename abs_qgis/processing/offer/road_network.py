"""Distances along a road layer the user supplies, with QGIS's own network analysis (the graph
builder and Dijkstra of qgis.analysis, as native:shortestpathpointtolayer uses)."""

from qgis.analysis import (
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkDistanceStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import QgsPointXY, QgsProcessingParameterFeatureSource, QgsProcessingParameterNumber

from ...compat import DIRECTION_BOTH, NUMBER_DOUBLE, SOURCE_LINE
from ...core.access import nearest_by_network


def add_distance_parameters(algorithm):
    """DISTANCE_KM (the population beyond it is counted) and ROADS (distances along this network
    instead of a straight line), as the access algorithms share them."""
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "DISTANCE_KM",
            algorithm.tr("Distance beyond which the population is counted (km)"),
            NUMBER_DOUBLE,
            15.0,
            minValue=0.0,
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterFeatureSource(
            "ROADS",
            algorithm.tr("Roads (optional): distances along this network instead of a straight line"),
            [SOURCE_LINE],
            optional=True,
        )
    )


def road_distances(roads, crs, points, feedback=None, tolerance=1.0):
    """Road distance (in the units of ``crs``, metres for Lambert-93) from each origin to its nearest
    facility; ``points`` = (origins, facilities) as (x, y) in ``crs``. Roads are two-way; points are
    snapped onto the nearest road, the straight legs to the road included."""
    origins, facilities = points
    director = QgsVectorLayerDirector(roads, -1, "", "", "", DIRECTION_BOTH)
    director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(crs, True, tolerance)
    tie_points = [QgsPointXY(x, y) for x, y in list(origins) + list(facilities)]
    snapped = director.makeGraph(builder, tie_points, feedback)
    graph = builder.graph()
    vertices = [graph.findVertex(point) for point in snapped]
    legs = [point.distance(snap) for point, snap in zip(tie_points, snapped)]
    count = len(origins)
    costs = []
    for number, vertex in enumerate(vertices[count:]):
        if feedback is not None and feedback.isCanceled():
            break
        _tree, cost = QgsGraphAnalyzer.dijkstra(graph, vertex, 0)
        costs.append(cost)
        if feedback is not None:
            feedback.setProgress(100.0 * (number + 1) / max(1, len(facilities)))
    return nearest_by_network(costs, vertices[:count], (legs[:count], legs[count:]))
