"""Bring an older commune layer up to a table's geography: dissolve the stale groups."""

from qgis.core import QgsFeature, QgsGeometry

from ...core.codes import normalize_commune_code
from ..base import plain_value


def dissolve_stale_groups(source, code_field, groups, feedback):
    """Features of ``source`` with each stale group's polygons dissolved into one feature.

    The merged feature takes the attributes of the polygon that already has the current code
    (the chef-lieu) or else of the first one, with its code set to the current code.
    Returns ``(features, merged_count)``.
    """
    index = source.fields().lookupField(code_field)
    member_of = {code: current for current, group in groups.items() for code in group}
    features, pending, parts = [], {}, {}
    for feature in source.getFeatures():
        if feedback.isCanceled():
            return [], 0
        try:
            code = normalize_commune_code(plain_value(feature.attribute(index)))
        except ValueError:
            code = None
        current = member_of.get(code)
        if current is None:
            features.append(feature)
            continue
        parts.setdefault(current, []).append(QgsGeometry(feature.geometry()))
        if current not in pending:
            pending[current] = len(features)
            features.append(None)  # placeholder: keeps the layer's order
        if code == current or features[pending[current]] is None:
            merged = QgsFeature(feature)
            merged.setAttribute(index, current)
            features[pending[current]] = merged
    for current, position in pending.items():
        geometry = QgsGeometry.unaryUnion(parts[current])
        geometry.convertToMultiType()
        features[position].setGeometry(geometry)
    for feature in features:
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isMultipart():
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
    return features, sum(len(group) for group in groups.values())
