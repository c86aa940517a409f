"""INSEE's long tables in abs:joinindicators: pivoted before the join, said in the log, their rows
not pivoted added to the rejected rows (see :mod:`abs_qgis.core.long_table`)."""

from ...core.bpe import BpeTable, bpe_by_territory, is_bpe_table, zero_fill
from ...core.join import Rejected
from ...core.long_table import is_long_table, parse_keep, pivot_long_table
from ...i18n import tr

MAX_SHOWN = 8


def pivot_if_long(algorithm, raw_table, level, keep_text, feedback):
    """``(table to join, pivot or None)``: a long table made wide for ``level``, else as it is."""
    keep = algorithm.run_core(parse_keep, keep_text)
    if is_bpe_table(raw_table.frame):
        bpe = algorithm.run_core(bpe_by_territory, raw_table, level.key, feedback.isCanceled)
        _log_bpe(bpe, level, feedback)
        return bpe.table, bpe
    if not is_long_table(raw_table.frame):
        if keep:
            feedback.pushWarning(tr("Dimensions to keep ignored: the table is not a long table (no OBS_VALUE)"))
        return raw_table, None
    pivot = algorithm.run_core(pivot_long_table, raw_table, level.key, keep, feedback.isCanceled)
    _log_pivot(pivot, level, feedback)
    return pivot.table, pivot


def _log_bpe(bpe, level, feedback):
    columns = [name for name in bpe.table.frame.columns if name in bpe.table.numeric]
    shown = ", ".join(columns[:MAX_SHOWN]) + (" …" if len(columns) > MAX_SHOWN else "")
    feedback.pushInfo(
        tr("BPE (one row per territory and type of facility): {} rows → {} territories ({}) × {} types: {}").format(
            bpe.rows_read, len(bpe.table.frame), level.label, len(columns), shown
        )
    )
    if bpe.years:
        feedback.pushInfo(tr("Year of the BPE: {}").format(", ".join(map(str, bpe.years))))


def fill_bpe_zeros(result, pivot, layer_codes, feedback):
    """A territory of the layer without any row in the BPE has no facility: 0 for every type."""
    if not isinstance(pivot, BpeTable):
        return
    filled = zero_fill(result.values, [column.name for column in result.columns], layer_codes)
    for code in filled:
        result.origin[code] = "BPE : aucun équipement (aucune ligne dans le fichier)"
    if filled:
        shown = ", ".join(sorted(filled)[:MAX_SHOWN]) + (" …" if len(filled) > MAX_SHOWN else "")
        feedback.pushInfo(
            tr("{} territories of the layer have no row in the BPE: no facility, 0 for every type ({})").format(
                len(filled), shown
            )
        )


def _log_pivot(pivot, level, feedback):
    wide = pivot.table.frame
    columns = [name for name in wide.columns if name in pivot.table.numeric]
    shown = ", ".join(columns[:MAX_SHOWN]) + (" …" if len(columns) > MAX_SHOWN else "")
    feedback.pushInfo(
        tr("Long table (one row per observation): {} rows → {} territories ({}) × {} columns: {}").format(
            pivot.rows_read, len(wide), pivot.level_object or level.label, len(columns), shown
        )
    )
    if pivot.years:
        feedback.pushInfo(tr("Years of the long table: {}").format(", ".join(map(str, pivot.years))))
    if pivot.other_levels:
        listed = ", ".join("{} ({})".format(name or "-", count) for name, count in pivot.other_levels.most_common())
        feedback.pushInfo(tr("Rows of another level, not joined (listed with the rejected rows): {}").format(listed))
    if pivot.left_out:
        listed = ", ".join("{} ({})".format(name, count) for name, count in pivot.left_out.most_common(MAX_SHOWN))
        feedback.pushInfo(
            tr("{} rows left out by the dimensions kept: {}").format(sum(pivot.left_out.values()), listed)
        )
    for reason, count in pivot.markers.most_common():
        feedback.pushInfo(tr("{} observations without a value: {}").format(count, reason))
    for note, count in pivot.value_notes.most_common():
        feedback.pushInfo(tr("{} values kept with the status « {} »").format(count, note))


def add_pivot_rows(result, pivot):
    """The long rows not pivoted (other levels, repeated observations) and the unreadable values
    join ``result``'s rejected rows and unreadable cells; each rejected territory says how many
    long rows it stood for."""
    if pivot is None:
        return
    for row in result.rejected:
        count = pivot.rows_per_code.get(row.raw_code, 0)
        if count > 1:
            row.reason = "{} ({} lignes de la table longue dès la ligne {})".format(row.reason, count, row.line)
    for line, raw_code, reason in pivot.listed:
        result.rejected.append(Rejected(line, raw_code, None, reason))
    result.rows_read += len(pivot.listed)
    result.rows_rejected += len(pivot.listed)
    result.unreadable_cells.extend(pivot.unreadable)
