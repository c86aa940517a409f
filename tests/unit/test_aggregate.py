"""Re-aggregation in plain Python: sums, strict vs partial, gaps, rows without group."""

import numpy as np
import pytest

from abs_qgis.core.aggregate import compute_grouped, gaps, group_sums
from abs_qgis.core.catalogue import load_catalogue
from abs_qgis.core.errors import AbsError


def test_ratio_of_sums_not_mean_of_ratios():
    columns = {"P18_CHOM1564": np.array([10.0, 90.0, 5.0]), "P18_ACT1564": np.array([100.0, 300.0, 50.0])}
    grouped = group_sums(columns, ["A", "A", "B"], ["P18_CHOM1564", "P18_ACT1564"])
    result = compute_grouped(grouped, load_catalogue(), ["taux_chomage"], 2018)
    assert grouped.codes == ["A", "B"]
    assert result.values["taux_chomage"][0] == pytest.approx(100 * 100 / 400)  # 25 %, not the mean 20 %
    assert result.values["taux_chomage"][1] == pytest.approx(10.0)


def test_missing_commune_strict_and_partial():
    columns = {"P18_CHOM1564": np.array([10.0, np.nan]), "P18_ACT1564": np.array([100.0, 300.0])}
    needed = ["P18_CHOM1564", "P18_ACT1564"]
    strict = compute_grouped(group_sums(columns, ["A", "A"], needed), load_catalogue(), ["taux_chomage"], 2018)
    assert np.isnan(strict.values["taux_chomage"][0])
    assert strict.reasons["taux_chomage"][0] == "incomplet : sans valeur dans la source pour P18_CHOM1564 (1 commune)"
    partial = compute_grouped(
        group_sums(columns, ["A", "A"], needed, allow_partial=True), load_catalogue(), ["taux_chomage"], 2018
    )
    assert partial.values["taux_chomage"][0] == pytest.approx(100 * 10 / 400)
    assert partial.reasons["taux_chomage"][0].startswith("partiel :")


def test_imported_values_are_not_aggregated():
    columns = {"TP6019": np.array([12.0, 20.0])}
    result = compute_grouped(group_sums(columns, ["A", "A"], ["TP6019"]), load_catalogue(), ["taux_pauvrete"], 2019)
    assert np.isnan(result.values["taux_pauvrete"][0])
    assert result.reasons["taux_pauvrete"][0].startswith("non agrégeable")


def test_rows_without_group_are_listed():
    with pytest.raises(AbsError, match="2 communes n'ont pas de regroupement \\(champ vide\\) : 63003, 03185"):
        group_sums({"P18_POP": np.array([1.0, 2.0, 3.0])}, ["A", None, ""], ["P18_POP"], ["63113", "63003", "03185"])


def test_gaps_points_and_index():
    values = np.array([12.0, 8.0])
    assert list(gaps(values, 10.0, "points")) == pytest.approx([2.0, -2.0])
    assert list(gaps(values, 10.0, "indice")) == pytest.approx([120.0, 80.0])
    assert np.isnan(gaps(values, 0.0, "indice")).all()
