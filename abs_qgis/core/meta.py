"""INSEE variable dictionaries (``meta_*.CSV``): column code → French label.

Format: ``COD_VAR;LIB_VAR;LIB_VAR_LONG;COD_MOD;LIB_MOD;TYPE_VAR;LONG_VAR``; a variable's own line
has an empty ``COD_MOD``, the other lines describe modalities (e.g. the CODGEO names).
"""

from pathlib import Path

from .archives import dictionary_in_archive
from .errors import AbsError
from .tables import read_table


def labels_in_archive(table_path):
    """{code: label} of the dictionary inside an INSEE .zip (``meta_…`` or ``…_metadata``), or None."""
    return dictionary_in_archive(table_path, read_labels)


def find_meta_file(table_path):
    """``meta_<name>.<ext>`` next to the table (any case), or ``None``."""
    table_path = Path(table_path)
    wanted = "meta_" + table_path.stem.lower()
    for candidate in table_path.parent.iterdir():
        if candidate.is_file() and candidate.stem.lower() == wanted:
            return candidate
    return None


def read_labels(meta_path):
    """{variable code: label} from an INSEE meta file (long label when the short one is cut)."""
    table = read_table(meta_path)
    columns = {str(name).upper(): name for name in table.frame.columns}
    if "COD_VAR" not in columns or "LIB_VAR" not in columns:
        raise AbsError("Dictionnaire des variables sans colonnes COD_VAR et LIB_VAR", path=meta_path)
    frame = table.frame
    if "COD_MOD" in columns:
        frame = frame[frame[columns["COD_MOD"]].fillna("").astype(str).str.strip() == ""]
    long_column = columns.get("LIB_VAR_LONG")
    labels = {}
    for _, row in frame.iterrows():
        code = str(row[columns["COD_VAR"]]).strip()
        label = str(row[columns["LIB_VAR"]] or "").strip()
        if long_column is not None and str(row[long_column] or "").strip():
            label = str(row[long_column]).strip()
        if code and label:
            labels[code] = label
    return labels
