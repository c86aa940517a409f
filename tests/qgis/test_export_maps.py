"""abs:exportmaps in real QGIS: a printed PDF with title, French legend, sources and date."""

import re
import subprocess
from datetime import date

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.paths import sample
from tests.realdata import read_rows

TITLE = "Densité de population en 2018"
SOURCES = "Sources : INSEE, RP 2018 — Traitement : test"


@pytest.fixture(scope="module")
def density_layer(tmp_path_factory):
    """The sample communes joined to the comparateur, density computed by QGIS's field calculator."""
    import processing

    folder = tmp_path_factory.mktemp("density")
    joined = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "OUTPUT": str(folder / "joined.gpkg"),
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )
    result = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": joined["OUTPUT"],
            "FIELD_NAME": "densite",
            "FIELD_TYPE": 0,
            "FIELD_LENGTH": 12,
            "FIELD_PRECISION": 2,
            "FORMULA": '"P18_POP" / "SUPERF"',
            "OUTPUT": str(folder / "density.gpkg"),
        },
    )
    return result["OUTPUT"]


LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def undo_ligatures(text):
    """Font shaping may print « ﬀ » for « ff »: compare words, not glyphs."""
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    return text


def pdf_text(path):
    output = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return undo_ligatures(output.stdout)


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_density_map_pdf(plugin, run_alg, density_layer, tmp_path):
    result = run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "TITLE": TITLE,
            "SOURCES": SOURCES,
            "CLASSIFICATION": 1,
            "CLASSES": 4,
            "FORMAT": 0,
            "DPI": 150,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    path = tmp_path / "densite_de_population_en_2018.pdf"
    assert result["OUTPUT_FILES"] == str(path) and result["MAP_COUNT"] == 1
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert TITLE in text and SOURCES in text
    assert "Carte réalisée le {}".format(date.today().strftime("%d/%m/%Y")) in text
    assert "km" in text  # scale bar
    assert not re.search(r"\b\d+\.\d+\b", text), "a number printed with a decimal point"
    # Quantile classes: the lowest bound is the smallest density of the 58 communes (raw CSV).
    codes = {f["DEPCOM"] for f in QgsVectorLayer(str(sample("communes.gpkg")), "c", "ogr").getFeatures()}
    densities = sorted(
        float(r["P18_POP"]) / float(r["SUPERF"])
        for r in read_rows("population/base_cc_comparateur.CSV")
        if r["CODGEO"] in codes
    )
    lowest = "{:.2f}".format(densities[0]).replace(".", ",")
    assert "de {} à".format(lowest) in text  # French decimal comma in the legend


def test_existing_file_is_not_overwritten(plugin, run_alg, density_layer, tmp_path):
    target = tmp_path / "densite_de_population_en_2018.pdf"
    target.write_bytes(b"fichier de l'utilisateur")
    with pytest.raises(QgsProcessingException, match="OVERWRITE"):
        run_alg(
            "abs:exportmaps",
            {"INPUT": density_layer, "INDICATORS": ["densite"], "TITLE": TITLE, "OUTPUT_FOLDER": str(tmp_path)},
        )
    assert target.read_bytes() == b"fichier de l'utilisateur"


def test_non_numeric_field_is_refused(plugin, run_alg, density_layer, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_alg(
            "abs:exportmaps", {"INPUT": density_layer, "INDICATORS": ["NOM_DEPCOM"], "OUTPUT_FOLDER": str(tmp_path)}
        )


def test_unwritable_output_folder(plugin, run_alg, density_layer, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="fichier"):
        run_alg(
            "abs:exportmaps",
            {"INPUT": density_layer, "INDICATORS": ["densite"], "OUTPUT_FOLDER": str(blocker / "cartes")},
        )


def sample_densities(path):
    """The densities as mapped (the field calculator stored them to 0,01), read back from the layer."""
    return [f["densite"] for f in QgsVectorLayer(str(path), "d", "ogr").getFeatures()]


def assert_legend(text, bounds):
    """The legend's « de X à Y » classes equal ``bounds`` to the printed precision."""
    pairs = re.findall(r"de (-?[\d\u202f]+(?:,\d+)?) à (-?[\d\u202f]+(?:,\d+)?)", text)
    printed = [
        (float(a.replace("\u202f", "").replace(",", ".")), float(b.replace("\u202f", "").replace(",", ".")))
        for a, b in pairs
    ]
    decimals = max(len(a.split(",")[1]) if "," in a else 0 for a, _b in pairs)
    expected = list(zip(bounds, bounds[1:]))
    assert len(printed) == len(expected), printed
    for (low, high), (expected_low, expected_high) in zip(printed, expected):
        assert low == pytest.approx(expected_low, abs=0.51 * 10**-decimals)
        assert high == pytest.approx(expected_high, abs=0.51 * 10**-decimals)


def test_q6_legend_equals_independent_quantiles(plugin, run_alg, density_layer, tmp_path):
    import statistics

    run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "TITLE": "Q6",
            "CLASSIFICATION": 5,
            "DPI": 100,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    densities = sample_densities(density_layer)
    cuts = statistics.quantiles(densities, n=20, method="inclusive")  # 5 %, 10 %, …, 95 %
    bounds = [min(densities), cuts[0], cuts[4], cuts[9], cuts[14], cuts[18], max(densities)]
    assert_legend(pdf_text(tmp_path / "q6.pdf"), bounds)


def test_fixed_breaks_make_maps_comparable(plugin, run_alg, density_layer, tmp_path):
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "TITLE": "Fixe",
            "FIXED_BREAKS": "10;25;50",
            "DPI": 100,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    densities = sample_densities(density_layer)
    assert_legend(pdf_text(tmp_path / "fixe.pdf"), [min(densities), 10.0, 25.0, 50.0, max(densities)])


def charter_file(tmp_path):
    """A collectivité's charter: green ramp, serif font, its logo and its name."""
    from qgis.PyQt.QtGui import QColor, QImage

    logo = QImage(120, 60, QImage.Format_RGB32)
    logo.fill(QColor("#c8102e"))
    logo.save(str(tmp_path / "logo_cias.png"))
    path = tmp_path / "charte_cias.yaml"
    path.write_text(
        "charte:\n"
        '  organisation: "CIAS Test"\n'
        '  police: "DejaVu Serif"\n'
        "  couleurs:\n"
        '    sequentielle: ["#e5f5e0", "#00441b"]\n'
        "  logos: [logo_cias.png]\n",
        encoding="utf-8",
    )
    return path


def pixels(path, color):
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(path))
    wanted = QColor(color).rgb()
    return sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == wanted
    )


def test_switching_the_charter_changes_every_output(plugin, run_alg, density_layer, tmp_path):
    charter = charter_file(tmp_path)
    for name, extra in (("defaut", {}), ("cias", {"CHARTER": str(charter)})):
        for file_format in (0, 1):  # PDF, PNG
            run_alg(
                "abs:exportmaps",
                dict(
                    {
                        "INPUT": density_layer,
                        "INDICATORS": ["densite"],
                        "DPI": 60,
                        "FORMAT": file_format,
                        "OUTPUT_FOLDER": str(tmp_path / name / str(file_format)),
                    },
                    **extra,
                ),
            )
    # Colours: the darkest class takes the charter's dark colour.
    assert pixels(tmp_path / "defaut" / "1" / "densite.png", "#7f2704") > 0
    assert pixels(tmp_path / "defaut" / "1" / "densite.png", "#00441b") == 0
    assert pixels(tmp_path / "cias" / "1" / "densite.png", "#00441b") > 0
    assert pixels(tmp_path / "cias" / "1" / "densite.png", "#7f2704") == 0
    # Texts: the organisation in the sources line, the indicator's source from the catalogue.
    text = pdf_text(tmp_path / "cias" / "0" / "densite.pdf")
    assert "Densité de population (hab./km²)" in text  # no alias on the layer: the catalogue's label
    assert "Source : INSEE, recensement de la population ; IGN — Traitement : CIAS Test" in text
    # The shipped charter names no organisation (issue 35): its maps print no « Traitement : » line.
    default_text = pdf_text(tmp_path / "defaut" / "0" / "densite.pdf")
    assert "Source : INSEE, recensement de la population ; IGN" in default_text and "Traitement" not in default_text
    # Font and logo.
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "cias" / "0" / "densite.pdf")], capture_output=True, text=True
    ).stdout
    assert "DejaVuSerif" in fonts
    images = (
        subprocess.run(
            ["pdfimages", "-list", str(tmp_path / "cias" / "0" / "densite.pdf")], capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[2:]
    )
    default_images = (
        subprocess.run(
            ["pdfimages", "-list", str(tmp_path / "defaut" / "0" / "densite.pdf")], capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[2:]
    )
    assert len(images) == len(default_images) + 1


def test_missing_logo_is_a_french_error(plugin, run_alg, density_layer, tmp_path):
    path = tmp_path / "charte.yaml"
    path.write_text("charte:\n  logos: [logo_absent.png]\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="logo introuvable « logo_absent.png »"):
        run_alg(
            "abs:exportmaps",
            {
                "INPUT": density_layer,
                "INDICATORS": ["densite"],
                "CHARTER": str(path),
                "OUTPUT_FOLDER": str(tmp_path / "x"),
            },
        )


def test_atlas_one_page_per_commune(plugin, run_alg, density_layer, tmp_path):
    result = run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "TITLE": "Densité",
            "ATLAS_FIELD": "DEPCOM",
            "ATLAS_LABEL_FIELD": "NOM_DEPCOM",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    path = tmp_path / "atlas_densite.pdf"
    assert result["OUTPUT_FILES"] == str(path)
    communes = sorted((f["DEPCOM"], f["NOM_DEPCOM"]) for f in QgsVectorLayer(density_layer, "d", "ogr").getFeatures())
    assert pdf_pages(path) == len(communes) == 58
    first_page = undo_ligatures(
        subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True).stdout
    )
    # Pages sorted by code; the commune is the page's title, the indicator opens the subtitle.
    assert first_page.splitlines()[:2] == [communes[0][1], "Densité — density"], first_page[:200]
    # Key figures: the commune's value and the whole territory's, Σ population / Σ area (raw CSV).
    rows = [r for r in read_rows("population/base_cc_comparateur.CSV") if r["CODGEO"] in {c for c, _n in communes}]
    whole = sum(float(r["P18_POP"]) for r in rows) / sum(float(r["SUPERF"]) for r in rows)
    # The key-figures table: headings, then the commune's value beside the whole territory's.
    words = " ".join(first_page.split())  # table cells wrap their words over lines
    assert "Indicateur" in words and "Valeur" in words and "Ensemble du territoire cartographié" in words
    own = next(r for r in rows if r["CODGEO"] == communes[0][0])
    own_value = float(own["P18_POP"]) / float(own["SUPERF"])
    layout_text = undo_ligatures(
        subprocess.run(
            ["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True
        ).stdout
    )
    assert re.search(r"{}\s+{}\s*$".format(french(own_value, 1), french(whole, 1)), layout_text, re.M), layout_text
    # The page's chart: one SVG per commune (pyqtgraph), its bar reading the commune's value,
    # placed by QGIS in the fiche under the table.
    charts = sorted((tmp_path / "graphiques_atlas").glob("*.svg"))
    assert [chart.stem for chart in charts] == [code for code, _name in communes]
    svg = (tmp_path / "graphiques_atlas" / "{}.svg".format(communes[0][0])).read_text(encoding="utf-8")
    assert "Densité de population" in svg and "{} hab./km²".format(french(own_value, 1)) in svg  # beside its bar
    assert "Indice base 100 = Ensemble du territoire cartographié" in svg
    assert ink_share(path, "graphique") > 0.01  # drawn on the page, not an empty frame


def ink_share(pdf, item_id, page=1):
    """Share of non-white pixels of page ``page`` inside the atlas template's item ``item_id``."""
    from qgis.PyQt.QtGui import QColor, QImage

    from abs_qgis.cartography.templates import PAGE_FORMATS, zones

    width, height = PAGE_FORMATS["atlas_a4_portrait"]
    x, y, w, h = zones(width, height, atlas=True)[0][item_id]
    stem = pdf.parent / "page_{}".format(page)
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(page), "-l", str(page), str(pdf), str(stem)], check=True)
    image = QImage(str(next(pdf.parent.glob("page_{}*.png".format(page)))))
    factor = image.width() / width
    inked = total = 0
    for px in range(int(x * factor), int((x + w) * factor)):
        for py in range(int(y * factor), int((y + h) * factor)):
            total += 1
            inked += QColor(image.pixel(px, py)).lightness() < 200
    return inked / total


def french(value, decimals):
    return "{:.{}f}".format(value, decimals).replace(".", ",")


def test_atlas_key_figures_with_references(plugin, run_alg, density_layer, tmp_path):
    """Several indicators per page, compared with a references table given as a collectivité would
    (« ; », decimal comma): the département's density, computed here from the raw CSV."""
    rows = read_rows("population/base_cc_comparateur.CSV")
    department = [r for r in rows if r["CODGEO"].startswith("63") and r["P18_POP"] and r["SUPERF"]]
    reference = sum(float(r["P18_POP"]) for r in department) / sum(float(r["SUPERF"]) for r in department)
    table = tmp_path / "references.csv"
    table.write_text("niveau;nom;densite\nDépartement;Puy-de-Dôme;{}\n".format(french(reference, 4)), encoding="cp1252")
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "KEY_FIGURES": ["densite", "P18_POP"],
            "REFERENCES": str(table),
            "ATLAS_FIELD": "DEPCOM",
            "ATLAS_LABEL_FIELD": "NOM_DEPCOM",
            "LAYOUT": "a4_paysage",
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "atlas"),
        },
    )
    path = tmp_path / "atlas" / "atlas_densite_de_population_hab_km2.pdf"
    if not path.exists():
        path = next((tmp_path / "atlas").glob("atlas_*.pdf"))
    codes = sorted(f["DEPCOM"] for f in QgsVectorLayer(density_layer, "d", "ogr").getFeatures())
    last = next(r for r in rows if r["CODGEO"] == codes[-1])
    text = undo_ligatures(
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(len(codes)), "-l", str(len(codes)), str(path), "-"],
            capture_output=True,
            text=True,
        ).stdout
    )
    assert "Puy-de-Dôme" in text
    density = float(last["P18_POP"]) / float(last["SUPERF"])
    assert re.search(r"{}\s+{}\s*$".format(french(density, 1), french(reference, 1)), text, re.M), text
    population = "{:,.0f}".format(round(float(last["P18_POP"]))).replace(",", "\u202f")
    assert re.search(r"P18_POP\s+{}\s+n\.d\.".format(population), text), text  # no department count given


def test_atlas_one_file_per_territory(plugin, run_alg, density_layer, tmp_path):
    """ATLAS_SPLIT: one PDF (or PNG) per commune, named after its code, its page titled by its name."""
    communes = {f["DEPCOM"]: f["NOM_DEPCOM"] for f in QgsVectorLayer(density_layer, "d", "ogr").getFeatures()}
    common = {
        "INPUT": density_layer,
        "INDICATORS": ["densite"],
        "TITLE": "Densité",
        "ATLAS_FIELD": "DEPCOM",
        "ATLAS_LABEL_FIELD": "NOM_DEPCOM",
        "ATLAS_SPLIT": True,
        "DPI": 72,
    }
    result = run_alg("abs:exportmaps", dict(common, OUTPUT_FOLDER=str(tmp_path / "pdf")))
    files = sorted((tmp_path / "pdf").glob("atlas_densite_*.pdf"))
    assert [f.name for f in files] == ["atlas_densite_{}.pdf".format(code) for code in sorted(communes)]
    assert result["OUTPUT_FILES"].split(";") == [str(f) for f in files] and result["MAP_COUNT"] == 58
    ambert = tmp_path / "pdf" / "atlas_densite_63003.pdf"
    assert pdf_pages(ambert) == 1 and pdf_text(ambert).splitlines()[0] == communes["63003"]
    with pytest.raises(QgsProcessingException, match="atlas_densite_63002.pdf already exists|existe déjà"):
        run_alg("abs:exportmaps", dict(common, OUTPUT_FOLDER=str(tmp_path / "pdf")))
    run_alg("abs:exportmaps", dict(common, FORMAT=1, OUTPUT_FOLDER=str(tmp_path / "png")))
    assert len(list((tmp_path / "png").glob("atlas_densite_*.png"))) == 58
    with pytest.raises(QgsProcessingException, match="PDF"):
        run_alg("abs:exportmaps", dict(common, FORMAT=1, ATLAS_SPLIT=False, OUTPUT_FOLDER=str(tmp_path / "x")))


def test_atlas_pages_are_titled_by_name_without_a_label_field(plugin, run_alg, density_layer, tmp_path):
    """Issue 35: an atlas set up without « atlas_libelle » (the dialog sets none) titled its pages by
    code (« 63003 »); the layer's name field is taken: the page of 63003 reads « Ambert »."""
    communes = {f["DEPCOM"]: f["NOM_DEPCOM"] for f in QgsVectorLayer(density_layer, "d", "ogr").getFeatures()}
    run_alg(
        "abs:exportmaps",
        {
            "INPUT": density_layer,
            "INDICATORS": ["densite"],
            "TITLE": "Densité",
            "ATLAS_FIELD": "DEPCOM",
            "ATLAS_SPLIT": True,
            "DPI": 50,
            "OUTPUT_FOLDER": str(tmp_path / "pdf"),
        },
    )
    assert pdf_text(tmp_path / "pdf" / "atlas_densite_63003.pdf").splitlines()[0] == communes["63003"] == "Ambert"


def test_atlas_field_with_duplicates_is_refused(plugin, run_alg, density_layer, tmp_path):
    with pytest.raises(QgsProcessingException, match="valeurs en double \\(200070761\\)"):
        run_alg(
            "abs:exportmaps",
            {"INPUT": density_layer, "INDICATORS": ["densite"], "ATLAS_FIELD": "EPCI", "OUTPUT_FOLDER": str(tmp_path)},
        )


def test_maps_come_with_a_qgis_project_to_retouch_them(plugin, run_alg, tmp_path):
    """Two maps → one .qgz whose layers live in a GeoPackage beside it and reopen styled."""
    import processing
    from qgis.core import QgsGraduatedSymbolRenderer, QgsProject

    joined = processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNMATCHED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    layer = processing.run(
        "abs:computeindicators",
        {
            "INPUT": joined,
            "MILLESIME": 2018,
            "INDICATORS": "densite,taux_chomage",
            "OUTPUT": str(tmp_path / "abs.gpkg"),
        },
    )["OUTPUT"]
    result = run_alg(
        "abs:exportmaps",
        {
            "INPUT": layer,
            "INDICATORS": ["densite", "taux_chomage"],
            "CLASSES": 4,
            "DPI": 72,
            "OUTPUT_FOLDER": str(tmp_path / "cartes"),
        },
    )
    assert result["PROJECT"] == str(tmp_path / "cartes" / "cartes_abs.qgz")
    project = QgsProject()
    assert project.read(result["PROJECT"])
    assert sorted(layout.name() for layout in project.layoutManager().layouts()) == ["densite", "taux_chomage"]
    values = next(layer for layer in project.mapLayers().values() if layer.name().startswith("Densité de population"))
    assert values.isValid() and values.source().startswith(str(tmp_path / "cartes" / "cartes_abs.gpkg"))
    assert isinstance(values.renderer(), QgsGraduatedSymbolRenderer) and len(values.renderer().ranges()) == 4
    assert values.featureCount() == 58
    # Organised as a QGIS user expects: one group and one map theme per map, only the first visible;
    # each layout's map follows its theme and keeps its layers locked (unticking either is no trap).
    root = project.layerTreeRoot()
    groups = {group.name(): group for group in root.children()}
    titles = [name for name in groups if name.startswith(("Densité", "Taux de chômage"))]
    assert len(titles) == 2 and sorted(project.mapThemeCollection().mapThemes()) == sorted(titles)
    assert [groups[name].itemVisibilityChecked() for name in titles] == [True, False]
    assert not [node for node in root.children() if not hasattr(node, "findLayers")]  # no loose layer
    for layout in project.layoutManager().layouts():
        item = layout.itemById("carte")
        theme = item.followVisibilityPresetName()
        assert (
            item.followVisibilityPreset()
            and item.keepLayerSet()
            and theme.startswith("Densité" if layout.name() == "densite" else "Taux de chômage")
        )
        themed = project.mapThemeCollection().mapThemeVisibleLayers(theme)
        assert {lay.id() for lay in themed} == {lay.id() for lay in item.layers()}
        assert all(lay.id() in {n.layerId() for n in groups[theme].findLayers()} for lay in item.layers())


def test_atlas_split_with_an_empty_code_is_refused(plugin, run_alg, density_layer, tmp_path):
    import processing

    holed = processing.run(
        "native:fieldcalculator",
        {
            "INPUT": density_layer,
            "FIELD_NAME": "code_troue",
            "FIELD_TYPE": 2,
            "FORMULA": 'CASE WHEN "DEPCOM" = \'63003\' THEN NULL ELSE "DEPCOM" END',
            "OUTPUT": str(tmp_path / "troue.gpkg"),
        },
    )["OUTPUT"]
    parameters = {
        "INPUT": holed,
        "INDICATORS": ["densite"],
        "ATLAS_FIELD": "code_troue",
        "ATLAS_SPLIT": True,
        "OUTPUT_FOLDER": str(tmp_path / "atlas"),
    }
    with pytest.raises(QgsProcessingException, match="« code_troue » est vide sur certaines entités"):
        run_alg("abs:exportmaps", parameters)
    assert not list(tmp_path.glob("atlas/*.pdf"))  # refused before any page is printed
