"""A corpus of broken and hostile inputs, built at run time from the sample territory and the
real files of ../shared, run through the algorithms and « Produire l'ABS » in real QGIS (issue 21,
part 5). Each must end in a French QgsProcessingException naming what is wrong: any other
exception (a Python traceback: KeyError, TypeError, TopologyException…) fails the test."""

import re

import openpyxl
import pytest
from qgis.core import QgsGeometry, QgsProcessingException, QgsVectorLayer

from tests.paths import sample
from tests.qgis.sample_steps import join_comparateur
from tests.qgis.test_run_project import project_copy

UNABLE = re.compile(r"^(Unable to execute algorithm|Impossible d'exécuter l'algorithme)\s*")
PYTHON_ERRORS = re.compile(r"Traceback|\b(KeyError|TypeError|ValueError|IndexError|AttributeError|RecursionError)\b")


def _comparateur_rows():
    lines = sample("base_cc_comparateur.csv").read_text(encoding="utf-8").splitlines()
    return lines[0].split(";"), [line.split(";") for line in lines[1:] if line.strip()]


def _header_other_separator(folder):
    header, rows = _comparateur_rows()
    path = folder / "entete_virgules.csv"
    path.write_text(",".join(header) + "\n" + "\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def _formulas(folder):
    header, rows = _comparateur_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header[:3] + ["DOUBLE"])
    for row in rows:
        sheet.append(row[:3] + ["=B{}*2".format(sheet.max_row + 1)])
    path = folder / "formules.xlsx"
    workbook.save(path)
    return path


def _variant(name, change, encoding="utf-8"):
    """A copy of the sample comparateur whose text ``change`` alters (header, rows) → text."""

    def build(folder):
        header, rows = _comparateur_rows()
        path = folder / name
        path.write_bytes(change(";".join(header), [";".join(row) for row in rows]).encode(encoding))
        return path

    return build


def _with_cell(value, column="P18_POP", row=3):
    def change(header, rows):
        cells = rows[row].split(";")
        cells[header.split(";").index(column)] = value
        return "\n".join([header] + rows[:row] + [";".join(cells)] + rows[row + 1 :]) + "\n"

    return change


def _cut_workbook(folder):
    path = _formulas(folder)
    cut = folder / "coupe.xlsx"
    cut.write_bytes(path.read_bytes()[:2000])
    return cut


def _bow_tie_communes(folder):
    """The sample communes joined to the comparateur, one of them drawn as a self-intersecting bow tie."""
    import processing

    target = folder / "noeud_papillon.gpkg"
    processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "PASSAGE": str(sample("passage_communes_cog2025.csv")),
            "OUTPUT": str(target),
            "UNMATCHED": str(folder / "rejets_jointure.csv"),
        },
    )
    layer = QgsVectorLayer(str(target), "communes", "ogr")
    feature = next(layer.getFeatures())
    box = feature.geometry().boundingBox()
    bow = "POLYGON(({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(
        box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    )
    layer.startEditing()
    layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(bow))
    assert layer.commitChanges()
    assert not next(layer.getFeatures()).geometry().isGeosValid()
    return target


def _shared_codes(folder):
    """The sample communes, three polygons carrying the same commune code."""
    import processing

    target = folder / "codes_en_double.gpkg"
    processing.run("native:savefeatures", {"INPUT": str(sample("communes.gpkg")), "OUTPUT": str(target)})
    layer = QgsVectorLayer(str(target), "communes", "ogr")
    features = list(layer.getFeatures())
    index = layer.fields().lookupField("DEPCOM")
    layer.startEditing()
    for feature in features[1:3]:
        layer.changeAttributeValue(feature.id(), index, features[0]["DEPCOM"])
    assert layer.commitChanges()
    return target


def _text_file(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _billion_laughs():
    """A 1 KB YAML whose aliases expand to a billion values."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append("{0}: &{0} [{1}]".format(level, ",".join(["*" + previous] * 9)))
    return "\n".join(lines) + "\n"


def _offer_layer(folder):
    """An offer layer holding the EHPAD of the real FINESS extract (created, then imported)."""
    import processing

    created = processing.run("abs:createofferlayer", {"OUTPUT": str(folder / "offre.gpkg")})["OUTPUT"]
    layer = "{}|layername=offre".format(created)
    processing.run(
        "abs:importfiness",
        {
            "TABLE": str(sample("ehpad_63_03_finess.csv")),
            "OFFER": QgsVectorLayer(layer, "offre", "ogr"),
            "DEFAULT_CATEGORY": "EHPAD",
            "SKIPPED": "TEMPORARY_OUTPUT",
        },
    )
    return layer


def _with_offer(algorithm, **values):
    def parameters(folder):
        offer = _offer_layer(folder)
        built = {key: value(folder) if callable(value) else value for key, value in values.items()}
        return {key: offer if value == "OFFRE" else value for key, value in built.items()}

    return algorithm, parameters


def _project(folder, old, new):
    path = project_copy(folder)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _join(table, **extra):
    def parameters(folder):
        values = {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(table(folder)) if callable(table) else table,
            "OUTPUT": str(folder / "sortie.gpkg"),
            "UNMATCHED": str(folder / "rejets.csv"),
        }
        values.update({key: str(value(folder)) if callable(value) else value for key, value in extra.items()})
        return values

    return "abs:joinindicators", parameters


def _compute(**extra):
    """« Calculer les indicateurs » on the sample communes, with ``extra`` parameters (values or
    functions of the test folder)."""

    def parameters(folder):
        values = {"INPUT": str(sample("communes.gpkg")), "OUTPUT": str(folder / "indicateurs.gpkg")}
        values.update({key: value(folder) if callable(value) else value for key, value in extra.items()})
        return values

    return "abs:computeindicators", parameters


def _run_project(old, new):
    return "abs:runproject", lambda folder: {"PROJECT": str(_project(folder, old, new))}


def _two_layers(folder):
    """The sample communes and the département in one GeoPackage under names that do not say which
    is the communes' (« communes_2024 », « departement »): the run cannot choose and lists them."""
    import shutil

    import processing

    communes = folder / "communes_2024.gpkg"
    shutil.copyfile(sample("communes.gpkg"), communes)
    target = folder / "deux_couches.gpkg"
    processing.run(
        "native:package",
        {"LAYERS": [str(sample("departement.gpkg")), str(communes)], "OUTPUT": str(target)},
    )
    return target


def _with_file(folder, name, build):
    """The sample project with the file ``name`` replaced by what ``build(folder)`` writes."""
    return _project(folder, str(sample(name)), str(build(folder)))


def _with_template(folder):
    """The sample project with a « Word template » that is a text file renamed .docx."""
    template = folder / "modele_abime.docx"
    template.write_text("pas un document Word", encoding="utf-8")
    return _project(folder, "  document:\n", "  document:\n    modele: {}\n".format(template))


def _text_counts(folder):
    """The sample communes joined to a comparateur whose NAISD20 cells are all « inf »: a count to
    protect that the join can only read as text."""
    import processing

    header, rows = _comparateur_rows()
    column = header.index("NAISD20")
    table = folder / "naissances_texte.csv"
    lines = [";".join(header)] + [";".join(row[:column] + ["inf"] + row[column + 1 :]) for row in rows]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = folder / "naissances_texte.gpkg"
    processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(table),
            "PASSAGE": str(sample("passage_communes_cog2025.csv")),
            "OUTPUT": str(output),
            "UNMATCHED": str(folder / "rejets_texte.csv"),
        },
    )
    return output


CASES = {
    "champ de code absent de la couche": (_join(str(sample("base_cc_comparateur.csv")), COMMUNE_FIELD="CODE"), "CODE"),
    "colonne de code absente de la table": (
        _join(str(sample("base_cc_comparateur.csv")), TABLE_FIELD="NOPE"),
        "NOPE",
    ),
    "périphérique au lieu d'une table": (_join("/dev/zero"), "/dev/zero"),
    "trois polygones pour un code": (
        _join(str(sample("base_cc_comparateur.csv")), COMMUNES=_shared_codes),
        "portés par plusieurs polygones",
    ),
    "en-tête séparé par des virgules": (_join(_header_other_separator), "entete_virgules.csv"),
    "formules sans valeurs": (_join(_formulas), "formules sans valeur enregistrée"),
    "classeur coupé": (_join(_cut_workbook), "coupe.xlsx"),
    "seuil non entier": (_run_project("seuil: 5 ", "seuil: 4.9 "), "secret.seuil"),
    "seuil en lettres": (_run_project("seuil: 5 ", 'seuil: "cinq" '), "secret.seuil"),
    "effectif inconnu": (_run_project("effectifs: [NAISD20,", "effectifs: [NAISD21,"), "NAISD21"),
    # Issue 31: the secret is never weakened by the file's form.
    "seuil sous 5 non assumé": (_run_project("seuil: 5 ", "seuil: 1 "), "seuil_inferieur_a_5_assume: true"),
    "bloc secret écrit deux fois": (
        _run_project("  regroupement:\n", "  secret:\n    seuil: 2\n  regroupement:\n"),
        "« secret » est écrite deux fois",
    ),
    "seuil écrit deux fois": (_run_project("seuil: 5 ", "seuil: 11\n    seuil: 2 "), "« seuil » est écrite deux fois"),
    "cercles d'effectifs non protégés": (_run_project("publics: [P18_POP]", "publics: []"), "cartes.cercles"),
    "classes en lettres": (_run_project("classes: 5", 'classes: "cinq"'), "cartes.classes"),
    "filtre illisible": (
        _run_project("    champ_code: DEPCOM\n", "    champ_code: DEPCOM\n    filtre: '\"EPCI\" = '\n"),
        "territoire.filtre : expression illisible",
    ),
    "filtre sans commune": (
        _run_project("    champ_code: DEPCOM\n", '    champ_code: DEPCOM\n    filtre: "\\"EPCI\\" = \'0\'"\n'),
        "aucune commune",
    ),
    "GeoPackage de plusieurs couches": (
        ("abs:runproject", lambda folder: {"PROJECT": str(_with_file(folder, "communes.gpkg", _two_layers))}),
        "nommez la couche des communes",
    ),
    "millésime vrai": (_run_project("  secret:\n", "  millesime: true\n  secret:\n"), "« millesime » doit être"),
    "millésime en texte": (_run_project("  secret:\n", '  millesime: "2018"\n  secret:\n'), "« millesime » doit"),
    "modèle Word abîmé": (
        ("abs:runproject", lambda folder: {"PROJECT": str(_with_template(folder))}),
        "n'est pas un document Word lisible",
    ),
    "classification inconnue": (_run_project("classification: jenks", "classification: kmeans"), "kmeans"),
    "effectif listé qui n'est pas un nombre": (
        (
            "abs:statisticalsecret",
            lambda folder: {
                "INPUT": str(_text_counts(folder)),
                "COUNT_FIELDS": ["NAISD20"],
                "OUTPUT": str(folder / "secret.gpkg"),
                "REPORT": str(folder / "rapport.csv"),
            },
        ),
        "« NAISD20 » n'est pas un champ numérique",
    ),
    "hiérarchie inconnue": (_run_project("hierarchie: [EPCI]", "hierarchie: [EPCI_2030]"), "EPCI_2030"),
    "regroupement inconnu": (_run_project("champ: EPCI\n", "champ: EPCI_2030\n"), "regroupement.champ"),
    "secret sur un champ inconnu": (
        (
            "abs:statisticalsecret",
            lambda folder: {
                "INPUT": str(sample("communes.gpkg")),
                "COUNT_FIELDS": ["P18_POP_ABSENT"],
                "OUTPUT": str(folder / "secret.gpkg"),
                "REPORT": str(folder / "rapport.csv"),
            },
        ),
        "P18_POP_ABSENT",
    ),
    "lignes de longueur inégale": (
        _join(_variant("inegale.csv", lambda h, r: "\n".join([h] + r[:5] + [r[5] + ";x;y;z"] + r[6:]) + "\n")),
        "ligne 7",
    ),
    "guillemet jamais fermé": (
        _join(_variant("guillemet.csv", lambda h, r: "\n".join([h] + r[:5] + ['"' + r[5]] + r[6:]) + "\n")),
        "guillemet ouvert et jamais fermé",
    ),
    "fichier vide": (_join(_variant("vide.csv", lambda h, r: "")), "vide.csv"),
    # Issue 31: its first commune's row was read as the header (« Colonne « 13 » présente 2 fois »).
    "CSV sans ligne d'en-tête": (
        _join(_variant("sans_entete.csv", lambda h, r: "\n".join(r) + "\n")),
        "la première ligne ressemble à des données",
    ),
    "en-tête sans données": (_join(_variant("entete_seul.csv", lambda h, r: h + "\n")), "aucune ligne de données"),
    "fichier binaire": (
        _join(
            lambda folder: (folder / "binaire.csv").write_bytes(b"\x00\x01PK\x03\x04" * 500) and folder / "binaire.csv"
        ),
        "binaire.csv",
    ),
    "cellule géante": (
        _join(_variant("geante.csv", lambda h, r: "\n".join([h] + r[:3] + [r[3] + "x" * 200000] + r[4:]) + "\n")),
        "geante.csv",
    ),
    "couche de communes illisible": (
        _join(
            str(sample("base_cc_comparateur.csv")),
            COMMUNES=lambda folder: (folder / "pas_un_gpkg.gpkg").write_text("texte") and folder / "pas_un_gpkg.gpkg",
        ),
        "pas_un_gpkg.gpkg",
    ),
    "couche de communes absente": (
        _join(str(sample("base_cc_comparateur.csv")), COMMUNES=lambda folder: folder / "absente.gpkg"),
        "absente.gpkg",
    ),
    "table qui est un dossier": (_join(lambda folder: folder), "pas un dossier"),
    "feuille absente du classeur": (_join(_formulas, SHEET="Feuille_absente"), "Feuille_absente"),
    "table de passage absente": (
        _join(str(sample("base_cc_comparateur.csv")), PASSAGE=lambda folder: folder / "passage_absent.csv"),
        "passage_absent.csv",
    ),
    "table de passage sans codes": (
        _join(str(sample("base_cc_comparateur.csv")), PASSAGE=_variant("passage_faux.csv", lambda h, r: "a;b\n1;2\n")),
        "passage_faux.csv",
    ),
    "indicateur inconnu": (
        _compute(INDICATORS="densite,indicateur_inconnu"),
        "indicateur_inconnu",
    ),
    "catalogue illisible": (
        _compute(
            CATALOGUE=lambda folder: str(_text_file(folder, "catalogue_casse.yaml", "indicateurs:\n  - id: [densite\n"))
        ),
        "catalogue_casse.yaml",
    ),
    "catalogue en cascade d'alias": (
        _compute(CATALOGUE=lambda folder: str(_text_file(folder, "catalogue_lol.yaml", _billion_laughs()))),
        "catalogue_lol.yaml",
    ),
    "clé de projet inconnue": (_run_project("  secret:\n", "  secrets:\n"), "secrets"),
    "projet YAML cassé": (_run_project("  secret:\n", "  secret: [\n"), "ligne"),
    "table du projet absente": (
        _run_project(str(sample("cc_filosofi_2019_COM.csv")), str(sample("cc_filosofi_2019_COM.csv")) + "_absente"),
        "cc_filosofi_2019_COM.csv_absente",
    ),
    "table de passage qui tourne en rond": (
        _join(
            str(sample("base_cc_comparateur.csv")),
            PASSAGE=lambda folder: _text_file(folder, "boucle.csv", "DEPCOM_HIST;DEPCOM\n63002;63003\n63003;63002\n"),
        ),
        "63002 → 63003 → 63002",
    ),
    "GeoPackage donné comme table": (_join(str(sample("communes.gpkg"))), "pas une table"),
    "champ de l'offre absent (vérification)": (
        _with_offer("abs:checkoffer", FACILITIES="OFFRE", FINESS_FIELD="NUMERO", OUTPUT="TEMPORARY_OUTPUT"),
        "NUMERO",
    ),
    "champ des places absent (taux d'équipement)": (
        _with_offer(
            "abs:equipmentrate",
            FACILITIES="OFFRE",
            CAPACITY_FIELD="PLACES",
            TERRITORIES=str(sample("communes.gpkg")),
            CODE_FIELD="DEPCOM",
            POPULATION_FIELD="AREA",
            OUTPUT="TEMPORARY_OUTPUT",
            GROUPS="TEMPORARY_OUTPUT",
            OUTSIDE="TEMPORARY_OUTPUT",
        ),
        "PLACES",
    ),
    "champ de population absent (accès)": (
        _with_offer(
            "abs:offeraccess",
            TERRITORIES=str(sample("communes.gpkg")),
            FACILITIES="OFFRE",
            POPULATION_FIELD="POP75P",
            OUTPUT="TEMPORARY_OUTPUT",
        ),
        "POP75P",
    ),
    "catalogue cassé (offre par commune)": (
        _with_offer(
            "abs:offerbycommune",
            COMMUNES=str(sample("communes.gpkg")),
            OFFER="OFFRE",
            CATALOGUE=lambda folder: str(_text_file(folder, "catalogue_offre.yaml", "indicateurs: [\n")),
            OUTPUT="TEMPORARY_OUTPUT",
        ),
        "catalogue_offre.yaml",
    ),
    "charte cassée": (
        (
            "abs:exportmaps",
            lambda folder: {
                "INPUT": str(sample("communes.gpkg")),
                "INDICATORS": ["AREA"],
                "CHARTER": str(_text_file(folder, "charte.yaml", "couleurs: [\n")),
                "OUTPUT_FOLDER": str(folder / "cartes"),
            },
        ),
        "Fichier de charte graphique mal formé",
    ),
    "connexion PostgreSQL inconnue": (
        ("abs:createofferlayer", lambda folder: {"DATABASE": "connexion_inexistante", "OUTPUT": "TEMPORARY_OUTPUT"}),
        "connexion_inexistante",
    ),
    "effectif inconnu (vérification du secret)": (
        (
            "abs:checksecret",
            lambda folder: {
                "INPUT": str(sample("communes.gpkg")),
                "COUNT_FIELDS": ["P18_POP_ABSENT"],
                "REPORT": str(folder / "rapport.csv"),
            },
        ),
        "P18_POP_ABSENT",
    ),
    "règles du secret à clé inconnue": (
        (
            "abs:statisticalsecret",
            lambda folder: {
                "INPUT": str(sample("communes.gpkg")),
                "COUNT_FIELDS": ["AREA"],
                "RULES": str(_text_file(folder, "regles.yaml", "champs:\n  AREA: 11\n")),
                "OUTPUT": str(folder / "secret.gpkg"),
                "REPORT": str(folder / "rapport.csv"),
            },
        ),
        "champs",
    ),
    "extrait FINESS vide": (
        _with_offer(
            "abs:importfiness",
            TABLE=lambda folder: str(_text_file(folder, "finess_vide.csv", "")),
            OFFER="OFFRE",
            SKIPPED="TEMPORARY_OUTPUT",
        ),
        "finess_vide.csv",
    ),
    "polygone qui se recoupe": (
        (
            "abs:aggregateterritories",
            lambda folder: {
                "INPUT": str(_bow_tie_communes(folder)),
                "GROUP_FIELD": "EPCI",
                "OUTPUT": str(folder / "regroupements.gpkg"),
                "REFERENCES": str(folder / "references.csv"),
            },
        ),
        None,  # accepted, the polygon repaired and said: never a traceback, never an empty layer
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_input_gives_a_french_error_never_a_traceback(run_alg, tmp_path, case):
    (algorithm, parameters), named = CASES[case]
    try:
        result = run_alg(algorithm, parameters(tmp_path))
    except QgsProcessingException as error:
        # processing.run puts « Unable to execute algorithm » before a check's reason: the reason
        # that follows must be French and name what is wrong.
        message = UNABLE.sub("", str(error)).strip()
        assert message and not PYTHON_ERRORS.search(message), message
        assert "Unable to execute" not in message and "Impossible d'exécuter" not in message
        assert not message.startswith(("Could not", "Incorrect parameter")), message
        if named:
            assert named in message, message
        if algorithm == "abs:runproject" and (tmp_path / "resultats").exists():
            # A run that had begun writing says its folder is incomplete, and leaves the marker in it.
            assert "est incomplet (ABS_INCOMPLETE.txt)" in message
            assert (tmp_path / "resultats" / "ABS_INCOMPLETE.txt").exists()
        return
    assert named is None, "{}: accepted without a word ({})".format(case, sorted(result))
    assert "polygone(s) invalide(s) (qui se recoupent) réparé(s)" in result["_log"]
    groups = QgsVectorLayer(result["OUTPUT"], "regroupements", "ogr")
    assert groups.featureCount() == 1 and not next(groups.getFeatures()).geometry().isEmpty()


WARNED = {
    "nombre aux séparateurs ambigus": (_with_cell("1,234.5"), "« 1,234.5 »"),
    "nombre infini": (_with_cell("inf"), "« inf »"),
    "effectif négatif": (_with_cell("-12"), "« -12"),
}


@pytest.mark.parametrize("case", sorted(WARNED))
def test_a_value_that_would_be_silently_wrong_is_set_aside_and_named(run_alg, tmp_path, case):
    """Accepted, the cell left empty (never read as 1.2345, never published), with a warning naming
    the line, the column and the raw text; every row still in the output."""
    change, raw = WARNED[case]
    algorithm, parameters = _join(_variant("valeur.csv", change))
    result = run_alg(algorithm, parameters(tmp_path))
    assert "ligne 5, colonne P18_POP : {}".format(raw) in result["_log"], result["_log"][-800:]
    assert result["ROWS_READ"] == result["ROWS_JOINED"] + result["ROWS_REJECTED"]
    layer = QgsVectorLayer(result["OUTPUT"], "sortie", "ogr")
    code = _comparateur_rows()[1][3][0]
    values = [f["P18_POP"] for f in layer.getFeatures() if f["DEPCOM"] == code]
    assert values == [None] or str(values[0]) == "NULL"


def test_two_outputs_may_not_be_the_same_file(run_alg, tmp_path):
    """OUTPUT and UNMATCHED given the same file left only the unmatched rows (exit 0): refused first."""
    same = tmp_path / "sortie.csv"
    parameters = {
        "COMMUNES": str(sample("communes.gpkg")),
        "TABLE": str(sample("base_cc_comparateur.csv")),
        "OUTPUT": str(same),
        "UNMATCHED": str(same),
    }
    with pytest.raises(QgsProcessingException) as error:
        run_alg("abs:joinindicators", parameters)
    assert "Les sorties OUTPUT et UNMATCHED sont le même fichier" in str(error.value), str(error.value)
    assert not same.exists()


@pytest.mark.parametrize("output", ["UNMATCHED", "OUTPUT"])
def test_no_output_may_be_an_input_and_the_input_is_left_intact(run_alg, tmp_path, output):
    import shutil

    table = tmp_path / "comparateur.csv"
    communes = tmp_path / "communes.gpkg"
    shutil.copyfile(sample("base_cc_comparateur.csv"), table)
    shutil.copyfile(sample("communes.gpkg"), communes)
    before = (table.read_bytes(), communes.read_bytes())
    parameters = {
        "COMMUNES": str(communes),
        "TABLE": str(table),
        "OUTPUT": str(tmp_path / "sortie.gpkg"),
        "UNMATCHED": str(tmp_path / "rejets.csv"),
    }
    parameters[output] = str(table if output == "UNMATCHED" else communes)
    with pytest.raises(QgsProcessingException) as error:
        run_alg("abs:joinindicators", parameters)
    assert "La sortie {}".format(output) in str(error.value) and "rien n'a été écrit" in str(error.value)
    assert (table.read_bytes(), communes.read_bytes()) == before


def test_a_table_never_renames_the_communes_and_hostile_names_stay_text(run_alg, tmp_path):
    """A partner's table with a « nom » column of formulas: the workbook keeps the official names
    of the geometry layer, and no cell of it is a formula."""
    header, rows = _comparateur_rows()
    hostile = tmp_path / "noms_partenaire.csv"
    lines = ["CODGEO;nom;NB_PARTENAIRE"]
    lines += ['{};=HYPERLINK("http://exemple.invalid/{}","clic");3'.format(row[0], row[0]) for row in rows]
    hostile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = _project(
        tmp_path,
        '      libelle: "INSEE, comparateur de territoires (RP 2018)"\n',
        '      libelle: "INSEE, comparateur de territoires (RP 2018)"\n    - table: {}\n'.format(hostile),
    )
    text = path.read_text(encoding="utf-8").replace('  nom: "ABS de la CC Ambert', "  nom: \"=cmd|' /C calc'!A1 ABS", 1)
    path.write_text(text, encoding="utf-8")
    run_alg("abs:runproject", {"PROJECT": str(path)})
    workbook = openpyxl.load_workbook(tmp_path / "resultats" / "portrait_social.xlsx")
    cells = [cell for sheet in workbook.worksheets for line in sheet.iter_rows() for cell in line]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    communes = QgsVectorLayer(str(sample("communes.gpkg")), "communes", "ogr")
    official = {feature["DEPCOM"]: feature["NOM_DEPCOM"] for feature in communes.getFeatures()}
    sheet = workbook.worksheets[0]
    named = {row[1]: row[2] for row in sheet.iter_rows(values_only=True) if row[0] == "commune"}
    assert named and named == {code: official[code] for code in named}
    assert any(str(cell.value).startswith("=cmd") for cell in cells)  # the project's name, as text


def test_csv_outputs_neutralise_cells_a_spreadsheet_would_run(run_alg, tmp_path):
    """OWASP's rule for CSV: a rejected code « =cmd|… » is written « '=cmd|… » in the CSV of
    rejected rows; numbers (the line) stay numbers."""
    import csv

    header, rows = _comparateur_rows()
    table = tmp_path / "comparateur_hostile.csv"
    hostile = ["=cmd|' /C calc'!A1", "@SUM(1+1)", "+33 1", "-2"]
    lines = [";".join(header)] + [";".join(row) for row in rows]
    lines += [";".join([code] + rows[0][1:]) for code in hostile]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(table),
            "PASSAGE": str(sample("passage_communes_cog2025.csv")),
            "OUTPUT": str(tmp_path / "sortie.gpkg"),
            "UNMATCHED": str(tmp_path / "rejets.csv"),
        },
    )
    assert result["ROWS_REJECTED"] == len(hostile)
    with open(tmp_path / "rejets.csv", encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert sorted(row["code_lu"] for row in written) == sorted("'" + code for code in hostile)
    assert sorted(int(row["ligne"]) for row in written) == list(range(len(rows) + 2, len(rows) + 2 + len(hostile)))


def test_a_lambert_93_geojson_without_crs_is_warned_about(run_alg, tmp_path):
    """GeoJSON says nothing of its system unless it has « crs »: GDAL reads Lambert-93 metres as
    degrees. The join warns, naming the layer; the sample's own Lambert-93 layer draws no warning."""
    import json

    import processing

    geojson = tmp_path / "communes_l93_sans_crs.geojson"
    processing.run(
        "native:savefeatures",
        {"INPUT": str(sample("communes.gpkg")), "OUTPUT": str(geojson), "LAYER_OPTIONS": "RFC7946=NO"},
    )
    data = json.loads(geojson.read_text(encoding="utf-8"))
    data.pop("crs", None)
    geojson.write_text(json.dumps(data), encoding="utf-8")
    parameters = {
        "TABLE": str(sample("base_cc_comparateur.csv")),
        "PASSAGE": str(sample("passage_communes_cog2025.csv")),
        "OUTPUT": str(tmp_path / "sortie.gpkg"),
        "UNMATCHED": str(tmp_path / "rejets.csv"),
    }
    result = run_alg("abs:joinindicators", dict(parameters, COMMUNES=str(geojson)))
    assert "communes_l93_sans_crs.geojson" in result["_log"]
    assert "hors de la zone de son système de coordonnées EPSG:4326" in result["_log"]
    clean = run_alg("abs:joinindicators", dict(parameters, COMMUNES=str(sample("communes.gpkg"))))
    assert "système de coordonnées" not in clean["_log"]


def test_features_without_geometry_or_not_polygons_are_warned_about(run_alg, tmp_path):
    """A commune layer where one commune lost its geometry and another became its centre point
    (GeoJSON mixes them freely): the join warns, naming the layer and the count; every row is kept."""
    import json

    import processing

    geojson = tmp_path / "communes_abimees.geojson"
    processing.run("native:savefeatures", {"INPUT": str(sample("communes.gpkg")), "OUTPUT": str(geojson)})
    data = json.loads(geojson.read_text(encoding="utf-8"))
    data["features"][3]["geometry"] = None
    data["features"][7]["geometry"] = {"type": "Point", "coordinates": [3.74, 45.55]}
    geojson.write_text(json.dumps(data), encoding="utf-8")
    result = run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(geojson),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "PASSAGE": str(sample("passage_communes_cog2025.csv")),
            "OUTPUT": str(tmp_path / "sortie.gpkg"),
            "UNMATCHED": str(tmp_path / "rejets.csv"),
        },
    )
    assert "1 entité de la couche {} n'a pas de géométrie".format(geojson) in result["_log"]
    assert "1 entité de la couche {} n'est pas un polygone".format(geojson) in result["_log"]
    assert QgsVectorLayer(result["OUTPUT"], "sortie", "ogr").featureCount() == len(data["features"])


def test_counts_left_out_of_the_secret_with_small_values_are_warned_about(run_alg, tmp_path):
    """Only births are declared as counts: the deaths of the sample, some between 0 and 5, are
    published as they are, and the secret says so (number of communes computed from the raw file)."""
    joined = join_comparateur(run_alg, tmp_path)
    result = run_alg(
        "abs:statisticalsecret",
        {
            "INPUT": joined["OUTPUT"],
            "COUNT_FIELDS": ["NAISD20"],
            "THRESHOLD": 5,
            "OUTPUT": str(tmp_path / "publiables.gpkg"),
            "REPORT": str(tmp_path / "rapport.csv"),
        },
    )
    header, rows = _comparateur_rows()
    deaths = header.index("DECESD20")
    small = sum(1 for row in rows if row[deaths] and 0 < float(row[deaths]) < 5)
    assert small > 0
    assert "ne sont pas protégés par le secret" in result["_log"]
    assert "DECESD20 ({})".format(small) in result["_log"]
    # Every other column declared a count: one field left out, said in the singular.
    result = run_alg(
        "abs:statisticalsecret",
        {
            "INPUT": joined["OUTPUT"],
            "COUNT_FIELDS": [name for name in header[1:] if name != "DECESD20"],
            "THRESHOLD": 5,
            "OUTPUT": str(tmp_path / "publiables_2.gpkg"),
            "REPORT": str(tmp_path / "rapport_2.csv"),
        },
    )
    assert "1 champ d'effectifs n'est pas protégé par le secret" in result["_log"]
    assert "(territoires) : DECESD20 ({}) ;".format(small) in result["_log"]


def test_messages_of_a_project_run_name_the_project_keys(run_alg, tmp_path):
    """A commune layer whose code field has no known name, and no « champ_code »: the message names
    the project key to fill, not the Processing parameter of the step."""
    import processing

    renamed = tmp_path / "communes_ident.gpkg"
    processing.run(
        "native:renametablefield",
        {"INPUT": str(sample("communes.gpkg")), "FIELD": "DEPCOM", "NEW_NAME": "IDENT", "OUTPUT": str(renamed)},
    )
    path = _project(tmp_path, "    champ_code: DEPCOM\n", "")
    text = path.read_text(encoding="utf-8").replace(str(sample("communes.gpkg")), str(renamed), 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run_alg("abs:runproject", {"PROJECT": str(path)})
    message = str(error.value)
    assert "« territoire.champ_code »" in message and "COMMUNE_FIELD" not in message
    assert "projet.yaml" in message


def test_a_column_written_twice_in_the_header_is_said(run_alg, tmp_path):
    """Two « P18_POP » columns: the first is read under the name (as before), the journal says so."""
    algorithm, parameters = _join(
        _variant("doublon.csv", lambda h, r: "\n".join([h + ";P18_POP"] + [row + ";1" for row in r]) + "\n")
    )
    result = run_alg(algorithm, parameters(tmp_path))
    assert "Colonne « P18_POP » présente 2 fois dans l'en-tête" in result["_log"]
    header, rows = _comparateur_rows()
    layer = QgsVectorLayer(result["OUTPUT"], "sortie", "ogr")
    population = {f["DEPCOM"]: f["P18_POP"] for f in layer.getFeatures()}
    column = header.index("P18_POP")
    assert population[rows[0][0]] == float(rows[0][column])  # the first column's value, not the 1s
