"""Code history (table de passage): any past code → the code of the target millésime.

Commune codes (COG history) or IRIS codes (an IRIS passage table, after IRIS were renumbered)."""

from .codes import normalize_commune_code
from .errors import AbsError
from .levels import normalize_iris_code
from .tables import read_table

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
    mapping = {}
    for line, before, after in zip(table.line_numbers, table.frame[old], table.frame[new]):
        try:
            before_code, after_code = _code(before), _code(after)
        except ValueError as error:
            raise AbsError(
                "Code invalide « {} » dans la table de passage".format(error), path=path, row=line
            ) from error
        if before_code and after_code:
            mapping[before_code] = after_code
    if not mapping:
        raise AbsError("La table de passage ne contient aucune ligne", path=path)
    return mapping


def _code(value):
    try:
        return normalize_commune_code(value)
    except ValueError:
        return normalize_iris_code(value)
