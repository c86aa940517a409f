"""The « chiffres clés » table of an atlas page: each indicator's value for the page's territory,
next to the same indicator for the reference territories (whole territory, département, France…).

Plain Python: values come in as numbers (None = no value), go out as French text, one row per
(territory, indicator), in the order the indicators were given. A value the statistical secret
masked reads « secret », one the source does not give reads « n.d. »: never an empty cell that a
reader could take for zero.
"""

import math

from .catalogue import unit_said
from .errors import AbsError
from .frenchformat import format_number
from .published import missing_notes
from .tables import read_table
from .values import numbers_or_none

SECRET_TEXT = "secret"  # nosec B105: the statistical-secret mark, not a password
MISSING_TEXT = "n.d."
NAME_COLUMNS = ("nom", "libelle", "libellé", "niveau", "territoire")
REMARKS_COLUMN = "abs_remarques"  # per reference: why a value is missing (id: reason; …)


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def column_decimals(indicator_type, values):
    """0 for counts (catalogue type « effectif », or whole numbers only), else 1."""
    if indicator_type == "effectif":
        return 0
    present = [value for value in values if not is_missing(value)]
    if present and all(float(value).is_integer() for value in present):
        return 0
    return 1


def format_value(value, decimals, masked=False, note=None):
    """French text of a value; a missing one says why when it is known (« non publié »…)."""
    if is_missing(value):
        return SECRET_TEXT if masked else (note or MISSING_TEXT)
    return format_number(float(value), decimals)


def read_references(path, fields):
    """``[(name, {field: value})]`` from a references table (e.g. « territoire_et_references.csv »
    of « Agréger les territoires »): one reference per row, named by its ``nom`` column (else
    ``niveau``…); only ``fields`` are kept, cells without a number are None."""
    return read_references_and_notes(path, fields)[0]


def read_references_and_notes(path, fields):
    """``(references, notes)`` from one reading of the references table: the references of
    :func:`read_references`, and per row ``{field: note}``, why a value is missing when the table
    says it (« non publié » by the producer at this level, « non fourni », « non diffusé »)."""
    table = read_table(path)
    frame = table.frame
    lower = {str(column).strip().lower(): column for column in frame.columns}
    name_columns = [lower[name] for name in NAME_COLUMNS if name in lower]
    if not name_columns:
        raise AbsError("Table des références sans colonne de nom ({})".format(", ".join(NAME_COLUMNS)), path=table.path)
    parsed = {field: numbers_or_none(frame[lower[field.lower()]]) for field in fields if field.lower() in lower}
    remarks = frame[lower[REMARKS_COLUMN]] if REMARKS_COLUMN in lower else [""] * len(frame)
    references, notes = [], [missing_notes(text, fields) for text in remarks]
    for position in range(len(frame)):
        names = [str(frame[column].iloc[position]).strip() for column in name_columns]
        name = next((text for text in names if text and text.lower() != "nan"), "")
        if not name:
            raise AbsError("Référence sans nom", path=table.path, row=table.line_numbers[position])
        references.append((name, {field: column[position] for field, column in parsed.items()}))
    return references, notes


def key_figure_rows(territories, indicators, references, notes=None):
    """Rows of the key-figures table.

    ``territories`` = ``[(code, {field: value}, masked_fields)]``; ``indicators`` =
    ``[(field, label, unit, type)]``; ``references`` = ``[(name, {field: value})]``; ``notes`` =
    ``[{field: note}]`` aligned with ``references`` (see :func:`read_references_and_notes`).
    Each row: ``{"code", "ordre", "indicateur", "valeur", "ref_1", …}``, texts in French."""
    notes = notes or [{} for _ in references]
    decimals = {}
    for field, _label, _unit, indicator_type in indicators:
        values = [values.get(field) for _code, values, _masked in territories]
        values += [reference.get(field) for _name, reference in references]
        decimals[field] = column_decimals(indicator_type, values)
    rows = []
    for code, values, masked in territories:
        for order, (field, label, unit, _type) in enumerate(indicators, start=1):
            row = {
                "code": code,
                "ordre": order,
                "indicateur": "{} ({})".format(label, unit) if unit and not unit_said(label, unit) else label,
                "valeur": format_value(values.get(field), decimals[field], field in masked),
            }
            for number, (_name, reference) in enumerate(references, start=1):
                note = notes[number - 1].get(field)
                row["ref_{}".format(number)] = format_value(reference.get(field), decimals[field], note=note)
            rows.append(row)
    return rows
