"""Benchmark of issue 4: France-wide indicators + aggregation, abs_qgis vs the native QGIS chain.

Both start from the same joined layer (34 875 communes × comparateur, made once beforehand).
abs_qgis: abs:computeindicators, then abs:aggregateterritories by EPCI, DEP and REG (France
comes as the whole-layer reference of the EPCI run). Native chain, as a QGIS user would build it
to get Σ-ratios right: one native:fieldcalculator pass per indicator on the communes, then for each
level native:aggregate (sums of the source columns) followed by one field-calculator pass per
indicator on the aggregated layer. Everything written to GPKG. Target: abs_qgis ≥ 5× faster.
"""

import sys
from pathlib import Path

from bench_common import SHARED, child_main, compare

JOINED = Path("/tmp/abs_bench_joined_france.gpkg")
# The ratios computable from the comparateur (what abs:computeindicators computes there).
RATIOS = {
    "densite": ('"P18_POP"', '"SUPERF"', 1),
    "taux_chomage": ('"P18_CHOM1564"', '"P18_ACT1564"', 100),
    "taux_activite": ('"P18_ACT1564"', '"P18_POP1564"', 100),
    "part_emplois_salaries": ('"P18_EMPLT_SAL"', '"P18_EMPLT"', 100),
    "part_logements_vacants": ('"P18_LOGVAC"', '"P18_LOG"', 100),
    "part_residences_secondaires": ('"P18_RSECOCC"', '"P18_LOG"', 100),
    "part_proprietaires": ('"P18_RP_PROP"', '"P18_RP"', 100),
    "taille_menages": ('"P18_POP"', '"P18_MEN"', 1),
    "taux_natalite": ('"NAISD20"', '"P18_POP"', 1000),
    "taux_mortalite": ('"DECESD20"', '"P18_POP"', 1000),
    "solde_naturel_annuel": ('("NAIS1318" - "DECE1318") / 5', '"P18_POP"', 1000),
}
SUMMED = [
    "P18_POP",
    "P13_POP",
    "SUPERF",
    "P18_CHOM1564",
    "P18_ACT1564",
    "P18_POP1564",
    "P18_EMPLT_SAL",
    "P18_EMPLT",
    "P13_EMPLT",
    "P18_LOGVAC",
    "P18_LOG",
    "P18_RSECOCC",
    "P18_RP_PROP",
    "P18_RP",
    "P18_MEN",
    "NAISD20",
    "DECESD20",
    "NAIS1318",
    "DECE1318",
]
FORMULAS = {key: "{} / nullif({}, 0) * {}".format(num, den, factor) for key, (num, den, factor) in RATIOS.items()}
FORMULAS["tcam_population"] = '(("P18_POP" / nullif("P13_POP", 0)) ^ (1 / 5) - 1) * 100'
FORMULAS["tcam_emploi"] = '(("P18_EMPLT" / nullif("P13_EMPLT", 0)) ^ (1 / 5) - 1) * 100'
FORMULAS["variation_population"] = '"P18_POP" - "P13_POP"'


def prepare():
    import processing

    if not JOINED.exists():
        processing.run(
            "abs:joinindicators",
            {
                "COMMUNES": str(SHARED / "geo" / "communes_france_cog2025_l93.gpkg"),
                "TABLE": str(SHARED / "population" / "base_cc_comparateur.CSV"),
                "PASSAGE": str(SHARED / "cog" / "cogiter_table_passage_com_historique_cog2025.csv"),
                "OUTPUT": str(JOINED),
                "UNMATCHED": "TEMPORARY_OUTPUT",
            },
        )


def ours(workdir):
    import processing

    computed = processing.run(
        "abs:computeindicators", {"INPUT": str(JOINED), "MILLESIME": 2018, "OUTPUT": str(workdir / "communes.gpkg")}
    )["OUTPUT"]
    for level in ("EPCI", "DEP", "REG"):
        parameters = {
            "INPUT": str(JOINED),
            "GROUP_FIELD": level,
            "MILLESIME": 2018,
            "ALLOW_PARTIAL": True,
            "OUTPUT": str(workdir / "{}.gpkg".format(level)),
            "REFERENCES": str(workdir / "ref_{}.gpkg".format(level)),
        }
        if level == "EPCI":
            parameters.update({"REFERENCE_LAYER": str(JOINED), "REFERENCE_FIELDS": "DEP,REG"})
        processing.run("abs:aggregateterritories", parameters)
    return computed


def _field_passes(layer, output):
    import processing

    for number, (name, formula) in enumerate(FORMULAS.items()):
        last = number == len(FORMULAS) - 1
        layer = processing.run(
            "native:fieldcalculator",
            {
                "INPUT": layer,
                "FIELD_NAME": name,
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 20,
                "FIELD_PRECISION": 6,
                "FORMULA": formula,
                "OUTPUT": str(output) if last else "TEMPORARY_OUTPUT",
            },
        )["OUTPUT"]
    return layer


def native(workdir):
    import processing

    _field_passes(str(JOINED), workdir / "communes_native.gpkg")
    aggregates = [
        {
            "aggregate": "sum",
            "delimiter": ",",
            "input": '"{}"'.format(name),
            "length": 20,
            "name": name,
            "precision": 6,
            "type": 6,
        }
        for name in SUMMED
    ]
    for level, group in (("EPCI", '"EPCI"'), ("DEP", '"DEP"'), ("REG", '"REG"'), ("FR", "NULL")):
        aggregated = processing.run(
            "native:aggregate",
            {"INPUT": str(JOINED), "GROUP_BY": group, "AGGREGATES": aggregates, "OUTPUT": "TEMPORARY_OUTPUT"},
        )["OUTPUT"]
        _field_passes(aggregated, workdir / "{}_native.gpkg".format(level))


VARIANTS = {"ours": ours, "native": native, "prepare": lambda workdir: prepare()}

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(VARIANTS)
    else:
        from bench_common import measure

        measure(__file__, "prepare", 1)
        ours_s, native_s, peak = compare(
            __file__,
            "ours",
            "native",
            "Indicateurs France entière (34 875 communes) + agrégation EPCI, départements, régions, France → GPKG",
            repeats=1,
        )
        print("  objectif : rapport ≥ 5 → {}".format("atteint" if native_s / ours_s >= 5 else "NON atteint"))
