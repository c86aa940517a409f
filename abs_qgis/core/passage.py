"""Code history (table de passage): any past code → the code of the target millésime.

Commune codes (COG history) or IRIS codes (an IRIS passage table, after IRIS were renumbered)."""

import re

from .codes import normalize_commune_code
from .errors import AbsError
from .levels import normalize_iris_code
from .tables import read_table

# A commune or IRIS code as a file holds it, its leading zero possibly lost by a spreadsheet (1001).
WRITTEN_CODE = re.compile(r"^(?:\d{4,5}|2[AB]\d{3}|\d{8,9}|2[AB]\d{7})(?:\.0)?$", re.IGNORECASE)
HISTORY_NAMES = ("DEPCOM_HIST", "CODGEO_INI", "COM_INI", "CODE_HIST", "COM_AV", "ANCIEN", "IRIS_INI", "IRIS_AV")
CURRENT_NAMES = ("DEPCOM", "CODGEO", "COM", "COM_AP", "CODE", "NOUVEAU", "IRIS", "IRIS_AP", "CODE_IRIS")


def read_passage(path):
    """Read a passage table (COG history, INSEE ``table_passage`` or any two-column file)."""
    table = read_table(path)
    names = {str(name).upper(): name for name in table.frame.columns}
    old = next((names[n] for n in HISTORY_NAMES if n in names), None)
    new = next((names[n] for n in CURRENT_NAMES if n in names and names[n] != old), None)
    if old is None or new is None:
        if len(table.frame.columns) < 2:
            raise AbsError("La table de passage doit avoir deux colonnes (ancien code, code actuel)", path=path)
        old, new = table.frame.columns[:2]
        _check_code_columns(table.frame, (old, new), path)
    mapping, lines = {}, {}
    for line, before, after in zip(table.line_numbers, table.frame[old], table.frame[new]):
        try:
            before_code, after_code = _code(before), _code(after)
        except ValueError as error:
            raise AbsError(
                "Code invalide « {} » dans la table de passage".format(error), path=path, row=line
            ) from error
        if before_code and after_code:
            mapping[before_code], lines[before_code] = after_code, line
    if not mapping:
        raise AbsError("La table de passage ne contient aucune ligne", path=path)
    _check_no_cycle(mapping, lines, path)
    return mapping


def _check_no_cycle(mapping, lines, path):
    """A code that leads back to itself (63002 → 63003 → 63002) would swap the communes' values."""
    for start in mapping:
        path_codes, code = [start], mapping[start]
        while code in mapping and mapping[code] != code and len(path_codes) <= len(mapping):
            if code == start:
                raise AbsError(
                    "La table de passage tourne en rond : {} (un code ancien ne peut pas être aussi le code "
                    "actuel d'un autre)".format(" → ".join(path_codes + [code])),
                    path=path,
                    row=lines[start],
                )
            path_codes.append(code)
            code = mapping[code]


def _check_code_columns(frame, columns, path):
    """Two unnamed columns are taken as (old code, current code) only when they hold codes written
    in full (``63003``, ``630030101``): « 1 » would otherwise be read as commune 00001."""
    for name in columns:
        values = [str(value).strip() for value in frame[name].head(500) if value == value and str(value).strip()]
        if not values or sum(bool(WRITTEN_CODE.match(value)) for value in values) < 0.9 * len(values):
            raise AbsError(
                "La table de passage n'a pas de colonnes de codes reconnues : la colonne « {} » ne contient pas de "
                "codes de commune (5 caractères) ni d'IRIS (9). Nommez ses colonnes {} et {}".format(
                    name, HISTORY_NAMES[0], CURRENT_NAMES[0]
                ),
                path=path,
            )


def _code(value):
    try:
        return normalize_commune_code(value)
    except ValueError:
        return normalize_iris_code(value)
