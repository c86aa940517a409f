"""Hostile and broken input (issue 21): what would be silently wrong is refused or listed with its
reason, resources are bounded, and every refusal is a French message naming the file. The broken
files are built at run time from the real files of ../shared."""

import re
import time
import zipfile

import openpyxl
import pytest

from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.tables import read_table
from abs_qgis.core.values import parse_number_column
from abs_qgis.core.yamlfile import read_yaml
from tests.realdata import read_rows

COMPARATEUR = "population/base_cc_comparateur.CSV"


def _rows(departement="03", count=40):
    return [row for row in read_rows(COMPARATEUR) if row["CODGEO"][:2] == departement][:count]


def test_infinite_and_ambiguous_numbers_are_unreadable_not_figures():
    import pandas as pd

    parsed = parse_number_column(pd.Series(["12,5", "inf", "-inf", "1e999", "1,234.5", "1.234,5", "7"]))
    values = list(parsed.values)
    assert values[0] == 12.5 and values[5] == 1234.5 and values[6] == 7.0
    assert all(value != value for value in values[1:5])  # NaN: never ±inf, never 1.2345
    assert sorted(position for position, _raw in parsed.unreadable) == [1, 2, 3, 4]


def test_negative_counts_are_refused_with_their_reason(tmp_path):
    rows = _rows()
    path = tmp_path / "comparateur_negatif.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("CODGEO;P18_POP;P18_LOG\n")
        for position, row in enumerate(rows):
            population = "-{}".format(row["P18_POP"]) if position == 3 else row["P18_POP"]
            handle.write("{};{};{}\n".format(row["CODGEO"], population, row["P18_LOG"]))
    result = join_table(read_table(path), [row["CODGEO"] for row in rows])
    assert result.rows_joined == len(rows)
    refused = rows[3]["CODGEO"]
    values = dict(zip([column.name for column in result.columns], result.values[refused]))
    assert values["P18_POP"] is None and values["P18_LOG"] == pytest.approx(float(rows[3]["P18_LOG"]))
    assert "P18_POP: effectif négatif refusé" in result.markers[refused]
    assert [(line, column) for line, column, _value in result.unreadable_cells] == [(5, "P18_POP")]


def test_a_header_with_another_separator_than_its_data_is_refused(tmp_path):
    rows = _rows()
    path = tmp_path / "entete_virgules.csv"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("CODGEO,P18_POP,P18_LOG\n")
        for row in rows:
            handle.write("{};{};{}\n".format(row["CODGEO"], row["P18_POP"], row["P18_LOG"]))
    with pytest.raises(AbsError, match=r"séparé par « , » et les données par « ; ».*entete_virgules.csv.*ligne 1"):
        read_table(path)


def _workbook(path, rows, formula=False):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["CODGEO", "P18_POP", "DOUBLE"])
    for row in rows:
        sheet.append([row["CODGEO"], float(row["P18_POP"]), "=B{}*2".format(sheet.max_row + 1) if formula else 0])
    workbook.save(path)


def test_formulas_without_cached_values_are_refused_naming_the_cells(tmp_path):
    rows = _rows(count=12)
    path = tmp_path / "formules.xlsx"
    _workbook(path, rows, formula=True)  # openpyxl writes formulas without their values
    with pytest.raises(AbsError) as error:
        read_table(path)
    message = str(error.value)
    assert "12 formules sans valeur enregistrée (C2, C3" in message and "enregistrez-le" in message
    assert "formules.xlsx" in message


def test_a_sheet_declaring_a_huge_range_is_read_as_stored(tmp_path):
    rows = _rows(count=300)
    plain = tmp_path / "plain.xlsx"
    _workbook(plain, rows)
    hostile = tmp_path / "dimension.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
            target.writestr(item, data)
    started = time.perf_counter()
    table = read_table(hostile)
    assert time.perf_counter() - started < 30  # 17 billion declared cells are never built
    assert list(table.frame.columns) == ["CODGEO", "P18_POP", "DOUBLE"] and len(table.frame) == len(rows)


def test_a_cut_workbook_gives_a_french_error(tmp_path):
    path = tmp_path / "coupe.xlsx"
    _workbook(path, _rows(count=200))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(AbsError, match="illisible.*coupe.xlsx"):
        read_table(path)


def test_special_files_huge_cells_and_yaml_bombs_are_refused(tmp_path):
    with pytest.raises(AbsError, match="fichier ordinaire"):
        read_table("/dev/zero")
    with pytest.raises(AbsError, match="fichier ordinaire"):
        read_yaml("/dev/zero", "Projet")
    big = tmp_path / "grande_cellule.csv"
    big.write_text("CODGEO;NOM\n03001;{}\n".format("x" * 200_000), encoding="utf-8")
    with pytest.raises(AbsError, match="une cellule dépasse 131072 caractères.*grande_cellule.csv"):
        read_table(big)
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for letter, previous in zip("bcdefghi", "abcdefgh"):
        laughs.append("{0}: &{0} [{1}]".format(letter, ", ".join(["*" + previous] * 9)))
    bomb = tmp_path / "projet.yaml"
    bomb.write_text("\n".join(laughs) + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(AbsError, match="alias YAML.*projet.yaml"):
        read_yaml(bomb, "Projet")
    assert time.perf_counter() - started < 5
    deep = tmp_path / "profond.yaml"
    deep.write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    with pytest.raises(AbsError, match="imbriqués"):
        read_yaml(deep, "Projet")


def _project(tmp_path, secret_lines, extra=""):
    from tests.paths import sample

    text = "\n".join(
        [
            "projet:",
            '  nom: "ABS"',
            "  territoire:",
            "    communes: {}".format(sample("communes.gpkg")),
            "  sources:",
            "    - table: {}".format(sample("base_cc_comparateur.csv")),
            "  secret:",
        ]
        + ["    " + line for line in secret_lines]
        + ([extra] if extra else [])
        + ["  sortie: {}".format(tmp_path / "sortie")]
    )
    path = tmp_path / "projet.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("written", ["4.9", '"cinq"', "0", "true", "100000"])
def test_a_threshold_that_is_not_a_whole_number_is_refused_never_rounded(tmp_path, written):
    from abs_qgis.core.project import load_project

    path = _project(tmp_path, ["seuil: {}".format(written)])
    with pytest.raises(AbsError) as error:
        load_project(path)
    message = str(error.value)
    assert "secret.seuil : un nombre entier de 1 à 1000 est attendu" in message
    assert "projet.yaml" in message and "ligne 8" in message  # the line of « seuil: »


def test_project_values_of_the_wrong_kind_are_french_errors(tmp_path):
    from abs_qgis.core.project import load_project

    assert load_project(_project(tmp_path, ["seuil: 5.0"])).secret.threshold == 5
    with pytest.raises(AbsError, match=r"Clé\(s\) inconnue\(s\) dans « projet » : 12"):
        load_project(_project(tmp_path, ["seuil: 5"], extra="  12: douze"))
    with pytest.raises(AbsError, match="secret.effectifs : une liste de noms de champs est attendue"):
        load_project(_project(tmp_path, ["effectifs: {a: 1}"]))


def test_expressions_are_bounded_in_length_and_depth():
    from abs_qgis.core.expressions import parse

    with pytest.raises(AbsError, match="trop longue"):
        parse(" + ".join(["P22_POP"] * 20000))
    with pytest.raises(AbsError, match="plus de 200 termes imbriqués"):
        parse(" + ".join(["A"] * 999))
    assert parse("(P22_POP7589 + P22_POP90P) / P22_POP * 100") is not None


FILOSOFI_2016 = "filosofi/filosofi_com_2016.csv"


def test_utf16_without_bom_and_mixed_encodings_are_read_right(tmp_path):
    rows = [row for row in read_rows(FILOSOFI_2016) if row["CODGEO"][:2] == "63"][:60]
    lines = ["CODGEO;LIBGEO;MED16"] + ["{};{};{}".format(r["CODGEO"], r["LIBGEO"], r["MED16"]) for r in rows]
    utf16 = tmp_path / "utf16_sans_bom.csv"
    utf16.write_bytes("\n".join(lines).encode("utf-16-le"))
    table = read_table(utf16)
    assert table.encoding == "utf-16-le" and list(table.frame["LIBGEO"]) == [r["LIBGEO"] for r in rows]
    mixed = tmp_path / "deux_encodages.csv"
    half = len(lines) // 2
    mixed.write_bytes(("\n".join(lines[:half]) + "\n").encode("utf-8") + "\n".join(lines[half:]).encode("cp1252"))
    table = read_table(mixed)
    assert any(not name.isascii() for name in table.frame["LIBGEO"])  # the test holds accented names
    assert list(table.frame["LIBGEO"]) == [r["LIBGEO"] for r in rows]
    assert "mêlés" in table.encoding


def test_ragged_rows_unclosed_quotes_and_invisible_characters_are_named(tmp_path):
    rows = _rows(count=10)
    ragged = tmp_path / "lignes_inegales.csv"
    lines = ["Comparateur", "CODGEO;P18_POP"] + ["{};{}".format(r["CODGEO"], r["P18_POP"]) for r in rows]
    lines[5] += ";en trop"
    ragged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AbsError, match=r"3 cellules sur cette ligne, 2 attendues.*lignes_inegales.csv.*ligne 6"):
        read_table(ragged)
    quoted = tmp_path / "guillemet.csv"
    lines = ["CODGEO;P18_POP"] + ["{};{}".format(r["CODGEO"], r["P18_POP"]) for r in rows]
    lines[4] = lines[4].replace(";", ';"', 1)
    quoted.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(AbsError, match=r"guillemet ouvert et jamais fermé.*ligne 5"):
        read_table(quoted)
    hidden = tmp_path / "invisible.csv"
    lines = ["CODGEO;P18_POP"] + ["{};{}".format(r["CODGEO"], r["P18_POP"]) for r in rows]
    lines[2] = "\u200b" + lines[2]
    hidden.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = join_table(read_table(hidden), [r["CODGEO"] for r in rows])
    assert [row.reason for row in result.rejected] == ["code invalide « <U+200B>{} »".format(rows[1]["CODGEO"])]
