"""Territory → group from a table the collectivité keeps in a spreadsheet: commune → sector (MSD,
TSD…), or IRIS → quartier prioritaire (QPV), the approximation of a QPV by whole IRIS."""

import numpy as np

from .code_names import code_column_for, find_code_column
from .codes import visible
from .errors import AbsError
from .levels import COMMUNE, IRIS, QPV, detect_level

MAX_LISTED = 20
REST = "HORS_QPV"  # group of the IRIS the correspondence table leaves out
REST_NAME = "Hors quartiers prioritaires (IRIS non rattachés)"
APPROXIMATION = "approximation : quartier estimé par les IRIS rattachés en entier (table de correspondance IRIS → QPV)"


def groups_from_table(raw_table, layer_codes, group_column=None, name_column=None, level=COMMUNE):
    """``(group per layer territory, {group: name}, approximate)``.

    Every commune must have exactly one group. IRIS grouped into QPV are an approximation (a QPV
    does not follow IRIS limits): IRIS the table leaves out form the group « hors QPV »."""
    frame = raw_table.frame
    code_column = code_column_for(frame, None, raw_table.label, level)
    if code_column is None:
        raise AbsError(
            "Aucune colonne de code {} dans la table des regroupements".format(level.label), path=raw_table.path
        )
    others = [name for name in frame.columns if name != code_column]
    group_column = group_column or (others[0] if others else None)
    if group_column not in frame.columns:
        raise AbsError(
            "Colonne de regroupement « {} » absente (colonnes : {})".format(
                group_column, ", ".join(map(str, frame.columns))
            ),
            path=raw_table.path,
        )
    if name_column and name_column not in frame.columns:
        raise AbsError("Colonne de nom « {} » absente".format(name_column), path=raw_table.path)
    mapping, names = {}, {}
    for line, code, group, name in zip(
        raw_table.line_numbers,
        frame[code_column],
        frame[group_column],
        frame[name_column] if name_column else [None] * len(frame),
    ):
        try:
            code = level.normalize(code)
        except ValueError as error:
            raise AbsError(
                "Code {} invalide « {} »".format(level.label, visible(code)),
                path=raw_table.path,
                row=line,
                column=code_column,
            ) from error
        group = None if group is None or str(group).strip() == "" else str(group).strip()
        if code is None:
            continue
        if group is None:
            raise AbsError(
                "{} {} sans regroupement".format(level.label.capitalize(), code),
                path=raw_table.path,
                row=line,
                column=group_column,
            )
        if mapping.get(code, group) != group:
            raise AbsError(
                "{} {} rattaché(e) à deux regroupements ({} et {})".format(
                    level.label.capitalize(), code, mapping[code], group
                ),
                path=raw_table.path,
                row=line,
            )
        mapping[code] = group
        if name is not None and str(name).strip():
            names.setdefault(group, str(name).strip())
    approximate = level is IRIS and detect_level(list(mapping.values())) is QPV
    missing = [code for code in layer_codes if code not in mapping]
    if missing and approximate:
        names[REST] = REST_NAME
        return [mapping.get(code, REST) for code in layer_codes], names, approximate
    if missing:
        raise AbsError(
            "{} {} de la couche {} de la table des regroupements : {}{}".format(
                len(missing),
                level.plural,
                "absentes" if level is COMMUNE else "absents",
                ", ".join(missing[:MAX_LISTED]),
                "…" if len(missing) > MAX_LISTED else "",
            ),
            path=raw_table.path,
        )
    return [mapping[code] for code in layer_codes], names, approximate


def provided_columns(raw_table, group_codes, columns):
    """Values a source gives directly at the groups' level (e.g. INSEE's Filosofi file of the
    EPCI), aligned on ``group_codes``: {column: float array, NaN where the group has no row}."""
    from .values import parse_number_column

    frame = raw_table.frame
    code_column = find_code_column(list(frame.columns), None, raw_table.label) or frame.columns[0]
    codes = [str(code).strip() for code in frame[code_column]]
    position = {code: index for index, code in enumerate(codes)}
    result = {}
    for column in columns:
        if column not in frame.columns:
            continue
        values = parse_number_column(frame[column]).values.to_numpy(dtype=float)
        result[column] = np.array([values[position[c]] if c in position else np.nan for c in group_codes])
    return result
