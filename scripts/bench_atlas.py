"""Benchmark of issue 6: the 58-commune atlas of the sample territory, abs:exportmaps vs QGIS's own
native:atlaslayouttopdf on the same layout (built by abs_qgis in the current project: map, key
figures, chart picture; the native chain's charts are made beforehand, ours within the run).
Targets: ratio ≤ 1.2, ≤ 0.5 s per A4 page."""

import sys
from pathlib import Path

from bench_common import ROOT, child_main, measure

SAMPLE = ROOT / "data" / "sample"
DENSITY = Path("/tmp/abs_bench_atlas_density.gpkg")
PAGES = 58


CHARTS = Path("/tmp/abs_bench_atlas_charts")  # the pages' charts, made once for the native chain


def prepare():
    import processing

    if not DENSITY.exists():
        joined = processing.run(
            "abs:joinindicators",
            {
                "COMMUNES": str(SAMPLE / "communes.gpkg"),
                "TABLE": str(SAMPLE / "base_cc_comparateur.csv"),
                "OUTPUT": "TEMPORARY_OUTPUT",
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
        processing.run(
            "abs:computeindicators",
            {"INPUT": joined, "MILLESIME": 2018, "INDICATORS": "densite", "OUTPUT": str(DENSITY)},
        )
    if not CHARTS.exists():
        # The native chain prints the same fiche: its chart pictures are made here, untimed
        # (abs:exportmaps makes them inside its timed run).
        from qgis.core import QgsVectorLayer

        from abs_qgis.cartography.atlas_charts import write_atlas_charts
        from abs_qgis.core.charts import key_figure_bars

        layer = QgsVectorLayer(str(DENSITY), "d", "ogr")
        indicators = [("densite", "Densité de population", "hab./km²", "ratio")]
        charts = [
            (f["DEPCOM"], key_figure_bars({"densite": f["densite"]}, set(), indicators, {"densite": 22.41}))
            for f in layer.getFeatures()
        ]
        write_atlas_charts(str(CHARTS), charts, "Territoire")


def ours(workdir):
    import processing

    processing.run(
        "abs:exportmaps",
        {
            "INPUT": str(DENSITY),
            "INDICATORS": ["densite"],
            "ATLAS_FIELD": "DEPCOM",
            "ATLAS_LABEL_FIELD": "NOM_DEPCOM",
            "DPI": 150,
            "OUTPUT_FOLDER": str(workdir),
        },
    )


def native(workdir):
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    from abs_qgis.cartography.atlas import add_key_figures, enable_atlas, highlight_layer, key_figures_layer
    from abs_qgis.cartography.atlas_charts import add_atlas_chart
    from abs_qgis.cartography.layout import MapTexts, build_map_layout
    from abs_qgis.cartography.renderer import graduated_renderer
    from abs_qgis.core.charter import load_charter
    from abs_qgis.core.keyfigures import key_figure_rows

    project = QgsProject.instance()
    layer = QgsVectorLayer(str(DENSITY), "Densité", "ogr")
    layer.setRenderer(graduated_renderer(layer, "densite", "Jenks", 5))
    coverage = QgsVectorLayer(str(DENSITY), "couverture", "ogr")
    highlight = highlight_layer(coverage, "DEPCOM")
    project.addMapLayers([layer, coverage, highlight])
    texts = MapTexts("Densité", "", "Densité", "Source", "Date")
    # The same fiche as ours: atlas template, key-figures table (the commune beside the territory).
    territories = [(f["DEPCOM"], {"densite": f["densite"]}, set()) for f in layer.getFeatures()]
    whole = [("Territoire", {"densite": 22.41})]
    rows = key_figure_rows(territories, [("densite", "Densité", "hab./km²", "ratio")], whole)
    table = key_figures_layer(rows, ["Indicateur", "Valeur", "Territoire"])
    project.addMapLayer(table)
    charter = load_charter()
    layout = build_map_layout(
        project, [layer], layer.extent(), layer.crs(), texts, "atlas_bench", charter, "atlas_a4_portrait", None, True
    )
    add_key_figures(layout, table, "DEPCOM", charter.font)
    add_atlas_chart(layout, str(CHARTS), "DEPCOM")
    enable_atlas(layout, coverage, "DEPCOM", "NOM_DEPCOM", "Densité", highlight)
    processing.run(
        "native:atlaslayouttopdf", {"LAYOUT": "atlas_bench", "DPI": 150, "OUTPUT": str(workdir / "native.pdf")}
    )


VARIANTS = {"ours": ours, "native": native, "prepare": lambda workdir: prepare()}

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(VARIANTS)
    else:
        measure(__file__, "prepare", 1)
        ours_s, ours_mb = measure(__file__, "ours", 3)
        native_s, native_mb = measure(__file__, "native", 3)
        print("Atlas de 58 pages A4 (territoire d'exemple), 150 dpi")
        print(
            "  abs_qgis              : {:6.2f} s ({:.3f} s par page), pic {:4.0f} Mo".format(
                ours_s, ours_s / PAGES, ours_mb
            )
        )
        print(
            "  native:atlaslayouttopdf : {:6.2f} s ({:.3f} s par page), pic {:4.0f} Mo".format(
                native_s, native_s / PAGES, native_mb
            )
        )
        print(
            "  rapport abs_qgis / natif : {:.2f} (objectif ≤ 1,2) ; objectif ≤ 0,5 s par page : {}".format(
                ours_s / native_s, "atteint" if ours_s / PAGES <= 0.5 else "NON atteint"
            )
        )
