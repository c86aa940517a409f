"""Reading tables as received: real files, and messy variants of them built at run time."""

import openpyxl
import pytest

from abs_qgis.core.errors import AbsError
from abs_qgis.core.join import join_table
from abs_qgis.core.tables import read_table
from abs_qgis.core.values import parse_number_column
from tests.paths import shared
from tests.realdata import number, read_rows

FILOSOFI = "filosofi/cc_filosofi_2019_COM.CSV"


def test_comparateur_as_published():
    table = read_table(shared("population/base_cc_comparateur.CSV"))
    assert table.separator == ";"
    assert table.header_row == 1
    assert table.frame.shape == (35010, 33)
    assert table.line_numbers[0] == 2 and table.line_numbers[-1] == 35011
    assert table.frame.iloc[0]["CODGEO"] == "01001"
    assert table.frame.iloc[0]["P18_LOG"] == "353.730434782608"


def _filosofi_sample(count=300):
    rows = read_rows(FILOSOFI)
    return [row for row in rows if row["CODGEO"][:2] in ("03", "63")][:count]


def test_cp1252_decimal_comma_title_lines_integer_codes(tmp_path):
    rows = _filosofi_sample()
    path = tmp_path / "filosofi_messy.csv"
    lines = ["Revenus et pauvreté des ménages en 2019 — données communales", "Source : Insee-DGFiP, Filosofi", ""]
    lines.append(";".join(["Code géographique", "Médiane (€)", "Taux de pauvreté (%)", "Ménages fiscaux"]))
    for row in rows:
        code = str(int(row["CODGEO"]))  # lost leading zero
        med = row["MED19"].replace(".", ",") if row["MED19"] else "s"
        tp = row["TP6019"].replace(".", ",") if row["TP6019"] else "nd"
        lines.append(";".join([code, med, tp, row["NBMENFISC19"]]))
    path.write_bytes("\r\n".join(lines).encode("cp1252"))  # Excel « CSV (séparateur : point-virgule) »

    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.header_row == 4
    assert list(table.frame.columns) == ["Code géographique", "Médiane (€)", "Taux de pauvreté (%)", "Ménages fiscaux"]
    assert len(table.frame) == len(rows)
    assert table.line_numbers[0] == 5

    median = parse_number_column(table.frame["Médiane (€)"])
    for position, row in enumerate(rows):
        expected = number(row["MED19"])
        if expected is None:
            assert median.markers.iloc[position] == "secret statistique à la source"
        else:
            assert median.values.iloc[position] == pytest.approx(expected)
    result = join_table(table, [row["CODGEO"] for row in rows], code_column="Code géographique")
    assert result.rows_joined == len(rows) and result.rows_rejected == 0
    first = rows[0]["CODGEO"]
    assert first.startswith("0")  # 03xxx: the padded code joined
    assert result.values[first][0] == number(rows[0]["MED19"])


def test_xlsx_with_insee_title_rows_and_markers(tmp_path):
    rows = _filosofi_sample(120)
    path = tmp_path / "filosofi.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "COM"
    sheet.append(["Revenus, pauvreté et niveau de vie en 2019 (Filosofi)"])
    sheet.append([])
    sheet.append(["Source : Insee, Fichier localisé social et fiscal (Filosofi) 2019"])
    sheet.append(["Champ : ménages fiscaux"])
    sheet.append(["Code de la commune", "Nombre de ménages fiscaux", "Médiane du niveau de vie (€)"])
    sheet.append(["CODGEO", "NBMENFISC19", "MED19"])
    for index, row in enumerate(rows):
        code = int(row["CODGEO"]) if index % 2 else row["CODGEO"]  # half as numbers, as Excel does
        sheet.append(
            [
                code,
                number(row["NBMENFISC19"]) if row["NBMENFISC19"] else "s",
                number(row["MED19"]) if row["MED19"] else "nd",
            ]
        )
    workbook.create_sheet("Documentation").append(["Notes"])
    workbook.save(path)

    table = read_table(path, sheet="COM")
    assert table.header_row == 6
    assert list(table.frame.columns) == ["CODGEO", "NBMENFISC19", "MED19"]
    assert len(table.frame) == len(rows)
    result = join_table(table, [row["CODGEO"] for row in rows])
    assert result.rows_joined == len(rows)
    for row in rows:
        values = result.values[row["CODGEO"]]
        assert values[1] == number(row["MED19"])
        if not row["MED19"]:
            assert "MED19: non disponible" in result.markers[row["CODGEO"]]


def test_caf_2016_bom_and_narrow_nbsp_thousands():
    table = read_table(shared("caf/data_CAF_2016_IRIS.csv"))
    assert table.encoding == "utf-8-sig"
    assert table.frame.columns[0] == "CODGEO"
    allocataires = parse_number_column(table.frame["A"])
    in_63_03 = table.frame["CODGEO"].str[:2].isin(["63", "03"]).to_numpy()
    # Published check (data README): 91 921 allocataires in 63 + 03 in 2016.
    assert allocataires.values[in_63_03].sum() == pytest.approx(91921)
    assert not allocataires.unreadable


def test_tab_separated_utf8_bom(tmp_path):
    rows = _filosofi_sample(50)
    path = tmp_path / "t.txt"
    text = "\ufeffCODGEO\tNBPERSMENFISC19\n" + "\n".join(
        "{}\t{}".format(
            r["CODGEO"], "{:,.1f}".format(float(r["NBPERSMENFISC19"])).replace(",", "\u00a0").replace(".", ",")
        )
        for r in rows
        if r["NBPERSMENFISC19"]
    )
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.separator == "\t"
    persons = parse_number_column(table.frame["NBPERSMENFISC19"])
    expected = [float(r["NBPERSMENFISC19"]) for r in rows if r["NBPERSMENFISC19"]]
    assert list(persons.values) == pytest.approx(expected)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "Le fichier est vide"),
        (b"   \n\n", "Le fichier est vide"),
        (b"un seul mot\n", "Séparateur de colonnes non reconnu"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "mauvais.csv"
    path.write_bytes(content)
    with pytest.raises(AbsError, match=message) as error:
        read_table(path)
    assert "mauvais.csv" in str(error.value)


def test_missing_file_and_unknown_sheet(tmp_path):
    with pytest.raises(AbsError, match="Fichier introuvable"):
        read_table(tmp_path / "absent.csv")
    path = tmp_path / "classeur.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "COM"
    workbook.active.append(["CODGEO", "P18_POP"])
    workbook.active.append(["63113", 147284])
    workbook.save(path)
    with pytest.raises(AbsError, match="Feuille « ARM » absente du classeur \\(feuilles : COM\\)"):
        read_table(path, sheet="ARM")


def test_header_only_file_has_no_data_rows(tmp_path):
    path = tmp_path / "entete.csv"
    path.write_text("CODGEO;P18_POP\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(AbsError, match="aucune ligne de données"):
        join_table(table, ["63113"])


def test_insee_meta_labels():
    from abs_qgis.core.meta import find_meta_file, read_labels

    labels = read_labels(shared("filosofi/meta_cc_filosofi_2019_COM.CSV"))
    assert labels["MED19"] == "Médiane du niveau de vie (€)"  # the long label: the short one is cut
    assert labels["NBMENFISC19"] == "Nombre de ménages fiscaux"
    assert not [code for code in labels if code[:1].isdigit()]  # CODGEO modality lines are not variables
    assert len(labels) == 27  # the 27 variables of the file besides CODGEO
    assert find_meta_file(shared("filosofi/cc_filosofi_2019_COM.CSV")).name == "meta_cc_filosofi_2019_COM.CSV"


def test_ods_spreadsheet(tmp_path):
    import pandas as pd

    rows = _filosofi_sample(40)
    path = tmp_path / "filosofi.ods"
    frame = pd.DataFrame({"CODGEO": [r["CODGEO"] for r in rows], "MED19": [r["MED19"] or "s" for r in rows]})
    frame.to_excel(path, engine="odf", index=False)
    table = read_table(path)
    assert table.header_row == 1 and len(table.frame) == len(rows)
    result = join_table(table, [r["CODGEO"] for r in rows])
    for row in rows:
        assert result.values[row["CODGEO"]][0] == number(row["MED19"])


def test_legacy_xls_with_title_rows_integer_codes_and_markers(tmp_path):
    """A .xls (Excel 97-2003, as many partners still send) read with Debian 12's xlrd 1.2, which
    pandas 1.5 refuses: title rows above the header, codes typed as numbers, secret markers."""
    import xlwt  # python3-xlwt, installed by scripts/setup.sh for this test

    rows = _filosofi_sample(80)
    path = tmp_path / "filosofi.xls"
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Données")
    sheet.write(0, 0, "Revenus et pauvreté des ménages en 2019")
    sheet.write(2, 0, "Source : Insee-DGFiP, Filosofi 2019")
    for column, name in enumerate(["CODGEO", "NBMENFISC19", "TP6019"]):
        sheet.write(4, column, name)
    for index, row in enumerate(rows, start=5):
        sheet.write(index, 0, int(row["CODGEO"]) if index % 2 else row["CODGEO"])
        sheet.write(index, 1, number(row["NBMENFISC19"]) if row["NBMENFISC19"] else "s")
        if row["TP6019"]:
            sheet.write(index, 2, number(row["TP6019"]))
        # else: the cell is left empty, as INSEE leaves a secret rate
    workbook.add_sheet("Notes").write(0, 0, "Définitions")
    workbook.save(str(path))

    table = read_table(path)
    assert table.sheet == "Données" and table.header_row == 5
    assert list(table.frame.columns) == ["CODGEO", "NBMENFISC19", "TP6019"]
    assert len(table.frame) == len(rows) and table.line_numbers[0] == 6
    result = join_table(table, [row["CODGEO"] for row in rows])
    assert result.rows_joined == len(rows) and result.rows_rejected == 0
    for row in rows:
        values = result.values[row["CODGEO"]]
        assert values[0] == number(row["NBMENFISC19"])
        assert values[1] == number(row["TP6019"])
    with pytest.raises(AbsError, match="Feuille « COM » absente du classeur"):
        read_table(path, sheet="COM")
    broken = tmp_path / "casse.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 not really a workbook")
    with pytest.raises(AbsError, match="Classeur illisible.*casse.xls"):
        read_table(broken)


def test_percentages_read_as_shown(tmp_path):
    """A partner's rates: stored as fractions with a percent format in XLSX (0.125 shown « 12,5 % »),
    typed with a % sign in a CSV: both read 12.5, the number the reader sees and INSEE writes."""
    rows = [row for row in _filosofi_sample(60) if row["TP6019"]][:20]
    assert rows
    path = tmp_path / "taux.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["CODGEO", "Taux de pauvreté", "Ménages"])
    for row in rows:
        sheet.append([row["CODGEO"], number(row["TP6019"]) / 100, number(row["NBMENFISC19"])])
        sheet.cell(row=sheet.max_row, column=2).number_format = "0.0%"
    workbook.save(path)
    result = join_table(read_table(path), [row["CODGEO"] for row in rows])
    for row in rows:
        assert result.values[row["CODGEO"]][0] == pytest.approx(number(row["TP6019"]))
        assert result.values[row["CODGEO"]][1] == number(row["NBMENFISC19"])  # not a percentage: as it is

    csv = tmp_path / "taux.csv"
    lines = ["CODGEO;TP"] + ["{};{} %".format(r["CODGEO"], r["TP6019"].replace(".", ",")) for r in rows]
    csv.write_text("\n".join(lines), encoding="utf-8")
    result = join_table(read_table(csv), [row["CODGEO"] for row in rows])
    assert not result.unreadable_cells
    for row in rows:
        assert result.values[row["CODGEO"]][0] == pytest.approx(number(row["TP6019"]))


def test_excel_error_values_are_null_with_their_reason(tmp_path):
    """#N/A, #DIV/0!… (a failed formula in the partner's file): NULL, the reason kept, not a secret."""
    from abs_qgis.core.values import SECRET_MARKERS

    rows = _filosofi_sample(6)
    path = tmp_path / "erreurs.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["CODGEO", "NBMENFISC19"])
    errors = ["#N/A", "#DIV/0!", "#VALEUR!"]
    for index, row in enumerate(rows):
        sheet.append([row["CODGEO"], errors[index] if index < len(errors) else number(row["NBMENFISC19"])])
    workbook.save(path)
    parsed = parse_number_column(read_table(path).frame["NBMENFISC19"])
    assert not parsed.unreadable
    assert list(parsed.markers[:3]) == ["erreur de formule dans le fichier source"] * 3
    assert parsed.values[:3].isna().all() and parsed.values[3] == number(rows[3]["NBMENFISC19"])
    assert not {"#n/a", "#div/0!"} & SECRET_MARKERS


def test_renaming_columns_to_insee_names(tmp_path):
    """A partner's column names → INSEE's (sources.colonnes / RENAME); mistakes name file and column."""
    from abs_qgis.core.tables import parse_renames, rename_columns

    rows = _filosofi_sample(5)
    path = tmp_path / "partenaire.csv"
    lines = ["code_commune;menages_fiscaux"] + ["{};{}".format(r["CODGEO"], r["NBMENFISC19"]) for r in rows]
    path.write_text("\n".join(lines), encoding="utf-8")
    renames = parse_renames("code_commune=CODGEO; menages_fiscaux=NBMENFISC19")
    table = rename_columns(read_table(path), renames)
    assert list(table.frame.columns) == ["CODGEO", "NBMENFISC19"]
    result = join_table(table, [r["CODGEO"] for r in rows])
    assert [result.values[r["CODGEO"]][0] for r in rows] == [number(r["NBMENFISC19"]) for r in rows]
    with pytest.raises(AbsError, match="Colonne à renommer absente : « menages ».*partenaire.csv.*colonne « menages »"):
        rename_columns(read_table(path), {"menages": "NBMENFISC19"})
    with pytest.raises(AbsError, match="déjà une colonne de ce nom"):
        rename_columns(read_table(path), {"menages_fiscaux": "code_commune"})
    with pytest.raises(AbsError, match="ancien_nom=nouveau_nom"):
        parse_renames("menages_fiscaux NBMENFISC19")


def test_a_workbook_without_formulas_is_read_once(tmp_path, monkeypatch):
    """Empty cells used to make every XLSX be parsed twice (values, then formulas); the second
    parse now happens only when a worksheet holds a formula."""
    rows = _filosofi_sample(60)
    plain, with_formula = tmp_path / "valeurs.xlsx", tmp_path / "formules.xlsx"
    for path, formula in ((plain, False), (with_formula, True)):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["CODGEO", "NBMENFISC19", "VIDE", "TOTAL"])
        for row in rows:
            sheet.append([row["CODGEO"], number(row["NBMENFISC19"] or "0"), None, "=B2*2" if formula else 1])
        workbook.save(path)
    loads = []
    original = openpyxl.load_workbook
    monkeypatch.setattr(
        openpyxl, "load_workbook", lambda *a, **k: loads.append(k.get("data_only")) or original(*a, **k)
    )
    assert len(read_table(plain).frame) == len(rows)
    assert loads == [True]
    loads.clear()
    with pytest.raises(AbsError) as error:  # written by a program: no stored value, refused
        read_table(with_formula)
    assert "formules sans valeur enregistrée" in str(error.value)
    assert loads == [True, False]
