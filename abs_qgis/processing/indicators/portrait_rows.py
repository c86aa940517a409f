"""Rows of the portrait workbook read from the layers and tables abs:runproject wrote."""

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ...compat import NO_GEOMETRY_REQUEST
from ...core.published import missing_notes, parse_pairs
from ...core.tables import read_table
from ...core.values import numbers_or_none
from ..base import plain_value
from .aggregate_territories import COUNTS_FIELD, YEARS_FIELD
from .compute_indicators import REMARKS_FIELD

NAME_FIELDS = ("nom", "NOM_DEPCOM", "LIBGEO", "NOM_COM", "NOM")
LABEL_CODES = ("DEPCOM", "CODGEO", "INSEE_COM", "code", "COM")


def layer_rows(path, level, code_field, ids):
    """One row per feature: its values for ``ids`` and which ones the secret masked (abs_secret)."""
    layer = QgsVectorLayer(str(path), "portrait", "ogr")
    names = layer.fields().names()
    name_field = name_field_of(names, code_field)
    rows = [
        feature_row(feature, names, level, code_field, ids, name_field)
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(NO_GEOMETRY_REQUEST))
    ]
    return sorted(rows, key=lambda row: row["code"])


def name_field_of(names, code_field):
    """The territory's name: the first name field in the layer's order, so that the geometry's
    official names (its own fields come first) win over a name column a joined table brought."""
    return next((name for name in names if name in NAME_FIELDS), code_field)


def feature_row(feature, names, level, code_field, ids, name_field=None):
    """A portrait row of one feature: its values for ``ids`` and which ones the secret masked."""
    name_field = name_field or name_field_of(names, code_field)
    flags = plain_value(feature["abs_secret"]) if "abs_secret" in names else None
    masked = {key: bool(flags) and "; {}:".format(key) in "; " + flags for key in ids}
    values = {key: plain_value(feature[key]) if key in names else None for key in ids}
    years = parse_years(plain_value(feature[YEARS_FIELD])) if YEARS_FIELD in names else {}
    return {
        "niveau": level,
        "code": str(plain_value(feature[code_field]) or ""),
        "nom": str(plain_value(feature[name_field]) or ""),
        "values": values,
        "masked": masked,
        "years": years,
    }


def parse_years(text):
    """« densite=2022; taux_pauvrete=2016 » → {id: year}."""
    return {key: int(year) for key, year in parse_pairs(text).items() if year.isdigit()}


def parse_counts(text):
    """« densite=1234.0; taux_chomage=56.0 » → {id: float}."""
    counts = {}
    for key, value in parse_pairs(text).items():
        try:
            counts[key] = float(value)
        except ValueError:
            continue
    return counts


def reference_rows(path, ids):
    """The territory and its references, from the table abs:aggregateterritories wrote: values, the
    year of each value (``years``), why a value is missing when it is said (``notes``) and the count
    each value rests on (``counts``, when the table has them)."""
    frame = read_table(path).frame
    parsed = {key: numbers_or_none(frame[key]) for key in ids if key in frame.columns}
    rows = []
    for position in range(len(frame)):
        values = {key: parsed[key][position] if key in parsed else None for key in ids}
        cell = {name: frame[name].iloc[position] if name in frame.columns else "" for name in TEXT_COLUMNS}
        notes = missing_notes(cell[REMARKS_FIELD], ids)
        row = {
            "niveau": str(frame["niveau"].iloc[position]),
            "code": str(frame["code"].iloc[position] or ""),
            "nom": str(frame["nom"].iloc[position] or ""),
            "values": values,
            "masked": {},
            "years": parse_years(cell[YEARS_FIELD]),
            "notes": notes,
        }
        if COUNTS_FIELD in frame.columns:
            row["counts"] = parse_counts(cell[COUNTS_FIELD])
        rows.append(row)
    return rows


TEXT_COLUMNS = (YEARS_FIELD, REMARKS_FIELD, COUNTS_FIELD)
