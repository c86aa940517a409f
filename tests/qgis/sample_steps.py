"""Steps the QGIS tests share on the bundled sample territory."""

from tests.paths import sample


def join_comparateur(run_alg, folder, output="jointes.gpkg", unmatched="rejets.csv"):
    """The sample's comparateur table joined to its 58 communes (codes brought to COG 2025)."""
    return run_alg(
        "abs:joinindicators",
        {
            "COMMUNES": str(sample("communes.gpkg")),
            "TABLE": str(sample("base_cc_comparateur.csv")),
            "PASSAGE": str(sample("passage_communes_cog2025.csv")),
            "OUTPUT": str(folder / output),
            "UNMATCHED": str(folder / unmatched),
        },
    )
