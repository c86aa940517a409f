"""An older commune layer and a newer table: which polygons the table already counts as one.

A commune nouvelle usually keeps the code of its chef-lieu: a 2021 table has one row 63335 for
Vodable + Saint-Floret (63127), while a 2018 layer has both polygons. Joining naively puts the
whole commune nouvelle on the chef-lieu's polygon. With a passage table (any past code → the
current code), layer communes are grouped by current code; a group is *stale* when the table
has rows for some of its codes but not all: the table is then at a newer geography for it.
A group whose codes all have rows (communes merged after the table's year) is joined as is.
"""


def group_by_current_code(layer_codes, passage):
    groups = {}
    for code in layer_codes:
        groups.setdefault(passage.get(code, code), []).append(code)
    return groups


def stale_groups(layer_codes, table_codes, passage):
    """{current code: sorted layer codes} for groups the table covers only partly."""
    if not passage:
        return {}
    table_codes = set(table_codes)
    result = {}
    for current, group in group_by_current_code(set(layer_codes), passage).items():
        if len(group) < 2:
            continue
        present = [code for code in group if code in table_codes]
        if present and len(present) < len(group):
            result[current] = sorted(group)
    return result


def stale_reasons(groups):
    """For every layer code of a stale group: (current code, the group's other codes)."""
    reasons = {}
    for current, group in groups.items():
        for code in group:
            reasons[code] = (current, [other for other in group if other != code])
    return reasons


# Written in a joined layer's origin field when the table was of another geography and no passage
# table was given: evolutions between years are refused on such a layer.
GEOGRAPHY_MISMATCH = "table d'une autre géographie, jointe sans table de passage"
SPLIT_MODS = ("20", "21")  # INSEE movement codes: création, rétablissement de commune


def read_splits(movements_table):
    """{new commune: (commune it was taken from, date)} from INSEE's movements file
    (``v_mvt_commune_AAAA``: MOD, DATE_EFF, TYPECOM_AV, COM_AV, TYPECOM_AP, COM_AP…)."""
    frame = movements_table.frame
    needed = ("MOD", "DATE_EFF", "TYPECOM_AV", "COM_AV", "TYPECOM_AP", "COM_AP")
    missing = [name for name in needed if name not in frame.columns]
    if missing:
        from .errors import AbsError

        raise AbsError(
            "Fichier des mouvements de communes sans colonnes {}".format(", ".join(missing)), path=movements_table.path
        )
    splits = {}
    for mod, date, type_before, before, type_after, after in zip(*(frame[name] for name in needed)):
        if str(mod) in SPLIT_MODS and type_before == "COM" and type_after == "COM" and before != after:
            splits[str(after)] = (str(before), str(date))
    return splits


def split_groups(layer_codes, table_codes, splits):
    """{parent: sorted layer codes} where the table still counts restored communes in their parent:
    the parent has a row, none of the communes taken from it has."""
    layer_codes, table_codes = set(layer_codes), set(table_codes)
    children = {}
    for child, (parent, _date) in splits.items():
        if child in layer_codes and parent in layer_codes:
            children.setdefault(parent, []).append(child)
    return {
        parent: sorted([parent] + kids)
        for parent, kids in children.items()
        if parent in table_codes and not any(kid in table_codes for kid in kids)
    }
