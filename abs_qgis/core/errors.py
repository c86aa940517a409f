"""The one exception type the plain-Python logic raises for bad input."""


class AbsError(Exception):
    """Bad input, explained in French for the user.

    ``path``, ``row`` (1-based line of the file as a spreadsheet shows it), ``column`` and
    ``sheet`` are kept as attributes so that callers (and tests) can point at the cell.
    """

    def __init__(self, message, path=None, row=None, column=None, sheet=None):
        self.message = message
        self.path = None if path is None else str(path)
        self.row = row
        self.column = column
        self.sheet = sheet
        super().__init__(self._full_message())

    def _full_message(self):
        where = []
        if self.path:
            where.append("fichier « {} »".format(self.path))
        if self.sheet:
            where.append("feuille « {} »".format(self.sheet))
        if self.row is not None:
            where.append("ligne {}".format(self.row))
        if self.column:
            where.append("colonne « {} »".format(self.column))
        if not where:
            return self.message
        return "{} ({})".format(self.message, ", ".join(where))


class Cancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user cancelled a long operation (raised when ``is_canceled()`` turns true)."""
