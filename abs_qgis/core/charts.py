"""Chart series of a territory: its indicators as an index (base 100 = a reference territory),
built from the same rows as the portrait workbook (one source of truth)."""

from dataclasses import dataclass, field


@dataclass
class Bar:
    key: str
    label: str
    value: float = None  # the territory's value, None when missing
    masked: bool = False  # secret: the value is not shown
    reference: float = None  # the reference's value
    references: list = field(default_factory=list)  # (reference name, value) for the others
    unit: str = ""  # written after the value (« hab./km² », « % »)
    note: str = ""  # why there is no value (« non publié », « non calculable »), when known

    @property
    def index(self):
        """value / reference × 100, or None — also when either is negative or the reference is 0
        (a natural balance of −2 ‰ against −4 ‰ is no « index 50 »)."""
        if self.masked or self.value is None or self.reference is None:
            return None
        if self.reference <= 0 or self.value < 0:
            return None
        return self.value / self.reference * 100.0


# Indicators without an index: counts (a commune's count against the territory's is a share) and
# evolutions (a growth rate may be negative or near 0: « index 480 » of −0.19 % against −0.04 % says nothing).
NO_INDEX_TYPES = ("effectif", "tcam", "evolution")


def territory_bars(row, reference_rows, ids, catalogue):
    """Bars of ``row`` (a portrait row) against the first of ``reference_rows``, the others listed."""
    first = reference_rows[0] if reference_rows else None
    bars = []
    for key in ids:
        indicator = catalogue[key]
        if indicator.type in NO_INDEX_TYPES:
            continue
        bars.append(
            Bar(
                key=key,
                label=indicator.libelle,
                value=row["values"].get(key),
                masked=bool(row["masked"].get(key)),
                reference=first["values"].get(key) if first else None,
                references=[
                    (other["nom"] or other["niveau"], other["values"].get(key)) for other in reference_rows[1:]
                ],
                unit=indicator.unite,
                note=row.get("notes", {}).get(key) or "",
            )
        )
    return bars


def key_figure_bars(values, masked, indicators, reference_values):
    """Bars of one atlas territory: ``values`` {field: number or None}, ``masked`` the fields the
    secret masked, ``indicators`` [(field, label, unit, type)], ``reference_values`` {field: value}
    of the reference (index base 100). Counts and evolutions are left out (``NO_INDEX_TYPES``)."""
    bars = []
    for field_name, label, unit, indicator_type in indicators:
        if indicator_type in NO_INDEX_TYPES:
            continue
        bars.append(
            Bar(
                key=field_name,
                label=label,
                value=None if field_name in masked else values.get(field_name),
                masked=field_name in masked,
                reference=reference_values.get(field_name),
                unit=unit or "",
            )
        )
    return bars
