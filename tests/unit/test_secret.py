"""Statistical secret: hand example, properties on generated hierarchies, audit, bad input."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from abs_qgis.core.errors import AbsError
from abs_qgis.core.secret import INDUCED, PRIMARY, SECONDARY, SOURCE, apply_secret, audit


def test_hand_example():
    codes = ["c1", "c2", "c3", "c4", "c5"]
    counts = {"N": np.array([3.0, 10.0, 20.0, 8.0, 9.0])}
    hierarchy = {"EPCI": ["A", "A", "A", "B", "B"]}
    result = apply_secret(codes, counts, {"taux": ["N"]}, hierarchy, threshold=5)
    masked = {
        (result.units[u].level, result.units[u].code): reason for (_f, u), reason in result.masked.items() if _f == "N"
    }
    # c1 = 3 is primary; EPCI A = 33 is published, so c2 (the smallest other) is masked too.
    assert masked == {("", "c1"): PRIMARY, ("", "c2"): SECONDARY}
    assert result.masked[("taux", 0)] == INDUCED and result.masked[("taux", 1)] == INDUCED
    assert ("taux", 2) not in result.masked


def test_small_parent_total_is_primary_and_small_masked_groups_grow():
    result = apply_secret(
        ["c1", "c2"], {"N": np.array([2.0, 0.0])}, {}, {"EPCI": ["A", "A"]}, threshold=5, whole_published=False
    )
    masked = {(result.units[u].level, result.units[u].code): r for (_f, u), r in result.masked.items()}
    assert masked == {("", "c1"): PRIMARY, ("EPCI", "A"): PRIMARY}  # the EPCI total (2) is small too
    # Two primary cells summing to 3 (< 5) would still be bounded: a third cell is masked.
    result = apply_secret(
        ["c1", "c2", "c3", "c4"], {"N": np.array([2.0, 1.0, 9.0, 6.0])}, {}, {"EPCI": ["A"] * 4}, whole_published=False
    )
    masked = {result.units[u].code: r for (_f, u), r in result.masked.items()}
    assert masked == {"c1": PRIMARY, "c2": PRIMARY, "c4": SECONDARY}


def test_source_secret_is_kept_and_protected():
    result = apply_secret(["c1", "c2", "c3"], {"N": np.array([np.nan, 12.0, 30.0])}, {}, {"EPCI": ["A"] * 3})
    reasons = {result.units[u].code: r for (_f, u), r in result.masked.items()}
    assert reasons["c1"] == SOURCE and reasons["c2"] == SECONDARY and "c3" not in reasons


@st.composite
def hierarchies(draw):
    size = draw(st.integers(min_value=2, max_value=25))
    values = draw(st.lists(st.integers(min_value=0, max_value=40), min_size=size, max_size=size))
    epci = draw(st.lists(st.sampled_from("ABCDE"), min_size=size, max_size=size))
    dep_of = {"A": "D1", "B": "D1", "C": "D2", "D": "D2", "E": "D3"}
    zero_mask = draw(st.booleans())
    return [str(i) for i in range(size)], np.array(values, dtype=float), epci, [dep_of[e] for e in epci], zero_mask


def equations(codes, epci, dep):
    """Independent: (total, parts) as (level, code) keys, incl. nesting of EPCI in DEP."""
    result = []
    for level, parents in (("EPCI", epci), ("DEP", dep)):
        for parent in set(parents):
            result.append(((level, parent), [("", codes[i]) for i, p in enumerate(parents) if p == parent]))
    for d in set(dep):
        result.append((("DEP", d), [("EPCI", e) for e in sorted({e for e, dd in zip(epci, dep) if dd == d})]))
    result.append((("ensemble", "ensemble"), [("", c) for c in codes]))
    result.append((("ensemble", "ensemble"), [("DEP", d) for d in sorted(set(dep))]))
    return result


@settings(max_examples=300, deadline=None)
@given(hierarchies())
def test_properties(data):
    codes, values, epci, dep, mask_zeros = data
    threshold = 5
    first = apply_secret(
        codes, {"N": values}, {"R": ["N"]}, {"EPCI": epci, "DEP": dep}, threshold, mask_zeros=mask_zeros
    )
    second = apply_secret(
        codes, {"N": values}, {"R": ["N"]}, {"EPCI": epci, "DEP": dep}, threshold, mask_zeros=mask_zeros
    )
    assert first.masked == second.masked  # deterministic
    masked = {(first.units[u].level, first.units[u].code) for (name, u), _r in first.masked.items() if name == "N"}
    value = {("", c): v for c, v in zip(codes, values)}
    for level, parents in (("EPCI", epci), ("DEP", dep)):
        for parent in set(parents):
            value[(level, parent)] = sum(v for v, p in zip(values, parents) if p == parent)
    value[("ensemble", "ensemble")] = values.sum()
    # 1. no published cell strictly between 0 and the threshold (nor 0 when zeros are masked)
    for key, v in value.items():
        if key not in masked:
            assert not (0 < v < threshold) and not (mask_zeros and v == 0)
    # 2. no masked part recoverable from a published total, no masked group bounded below the threshold
    for total, parts in equations(codes, epci, dep):
        if total in masked:
            continue
        hidden = [part for part in parts if part in masked]
        assert len(hidden) != 1
        if hidden:
            assert sum(value[part] for part in hidden) >= threshold
    # 3. the ratio is masked wherever its count is masked or small
    for row, code in enumerate(codes):
        if ("", code) in masked or 0 < values[row] < threshold:
            assert ("R", row) in first.masked


def test_audit_finds_violations():
    codes = ["c1", "c2", "c3"]
    counts = {"N": np.array([np.nan, 3.0, 30.0])}
    violations = audit(codes, counts, {"R": ["N"]}, {"EPCI": ["A"] * 3}, ratio_values={"R": np.array([1.0, 2.0, 3.0])})
    assert ("", "c1", "N", "récupérable par différence avec le total EPCI A") in violations
    assert ("", "c2", "N", "effectif publié inférieur au seuil (5)") in violations
    assert ("", "c1", "R", "ratio publié alors que l'effectif N est masqué") in violations
    assert ("", "c2", "R", "ratio calculé sur un effectif (N) inférieur au seuil") in violations


def test_audit_of_a_protected_layer_is_clean():
    codes = [str(i) for i in range(6)]
    values = np.array([3.0, 10.0, 20.0, 8.0, 9.0, 40.0])
    hierarchy = {"EPCI": ["A", "A", "A", "B", "B", "B"]}
    result = apply_secret(codes, {"N": values}, {}, hierarchy)
    published = values.copy()
    for (_name, unit), _reason in result.masked.items():
        if unit < len(codes):
            published[unit] = np.nan
    parents_masked = [u for (_n, u) in result.masked if u >= len(codes)]
    assert not parents_masked
    assert audit(codes, {"N": published}, {}, hierarchy) == []


@pytest.mark.parametrize("threshold", [0, -1, None])
def test_bad_threshold(threshold):
    with pytest.raises(AbsError, match="seuil"):
        apply_secret(["a"], {"N": np.array([1.0])}, {}, {}, threshold)


def test_parent_missing_and_unknown_ratio_count():
    with pytest.raises(AbsError, match="Niveau « EPCI » : 1 territoires sans parent : b"):
        apply_secret(["a", "b"], {"N": np.array([1.0, 2.0])}, {}, {"EPCI": ["A", None]})
    with pytest.raises(AbsError, match="Ratio « R » : effectif\\(s\\) M absent"):
        apply_secret(["a"], {"N": np.array([1.0])}, {"R": ["M"]}, {})


def test_cells_masked_by_another_level_stay_masked_and_protected():
    from abs_qgis.core.secret import PREMASKED

    codes = ["A", "B", "C"]
    counts = {"N": np.array([40.0, 30.0, 50.0])}
    result = apply_secret(codes, counts, {}, {}, premasked={("N", "B"), ("M", "A"), ("N", "inconnu")})
    reasons = {result.units[u].code: r for (_f, u), r in result.masked.items() if u < 3}
    # B was masked by the commune-level run; the whole total is published: a second cell must go.
    assert reasons == {"B": PREMASKED, "A": SECONDARY}


def naive_secondary(values, units, equations, count, threshold):
    """Rule 3 as the module's docstring states it, examined naively: every equation, every pass,
    until nothing changes (the engine skips equations whose cells did not change)."""
    value = list(values) + [None] * (len(units) - count)
    for total, parts in equations:
        if all(part < count for part in parts) and value[total] is None:
            value[total] = sum(0.0 if v != v else v for v in (values[p] for p in parts))
    masked = {i for i, v in enumerate(value) if v is not None and (v != v or 0 < v < threshold)}
    changed = True
    while changed:
        changed = False
        for total, parts in equations:
            if total in masked:
                continue
            hidden = [p for p in parts if p in masked]
            known = sum(0.0 if value[p] is None or value[p] != value[p] else value[p] for p in hidden)
            if not hidden or (len(hidden) >= 2 and known >= threshold):
                continue
            candidates = [p for p in parts if p not in masked and value[p] is not None and value[p] > 0]
            target = min(candidates, key=lambda p: (value[p], units[p].code)) if candidates else total
            masked.add(target)
            changed = True
    return masked


@settings(max_examples=200, deadline=None)
@given(hierarchies())
def test_secondary_suppression_equals_the_naive_passes(data):
    from abs_qgis.core.secret import build_units, suppress_field

    codes, values, epci, dep, _mask_zeros = data
    units, equations = build_units(codes, {"EPCI": epci, "DEP": dep})
    engine = suppress_field(values, units, equations, len(codes), 5)
    assert set(engine) == naive_secondary(list(values), units, equations, len(codes), 5)
