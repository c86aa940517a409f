"""Benchmark of issue 5: the secret France-wide (34 875 communes, 10 count fields, hierarchy
commune → EPCI → département), compared with the join itself (same machine, same run).
Target: the secret takes well under the time of the join."""

import sys

from bench_common import SHARED, child_main, measure
from bench_indicators import JOINED, prepare

COUNTS = [
    "P18_POP",
    "NAISD20",
    "DECESD20",
    "P18_CHOM1564",
    "P18_ACT1564",
    "P18_LOGVAC",
    "P18_RSECOCC",
    "P18_RP_PROP",
    "ETTOT18",
    "ETAZ18",
]


def secret(workdir):
    import processing

    processing.run(
        "abs:statisticalsecret",
        {
            "INPUT": str(JOINED),
            "COUNT_FIELDS": COUNTS,
            "HIERARCHY": ["EPCI", "DEP"],
            "THRESHOLD": 5,
            "OUTPUT": str(workdir / "secret.gpkg"),
            "REPORT": str(workdir / "rapport.gpkg"),
        },
    )


def join(workdir):
    import processing

    processing.run(
        "abs:joinindicators",
        {
            "COMMUNES": str(SHARED / "geo" / "communes_france_cog2025_l93.gpkg"),
            "TABLE": str(SHARED / "population" / "base_cc_comparateur.CSV"),
            "OUTPUT": str(workdir / "joined.gpkg"),
            "UNMATCHED": str(workdir / "unmatched.csv"),
        },
    )


VARIANTS = {"secret": secret, "join": join, "prepare": lambda workdir: prepare()}

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(VARIANTS)
    else:
        measure(__file__, "prepare", 1)
        secret_s, secret_mb = measure(__file__, "secret", 3)
        join_s, join_mb = measure(__file__, "join", 3)
        print("Secret France entière (34 875 communes, 10 effectifs, commune → EPCI → département)")
        print("  secret    : {:6.2f} s, pic mémoire {:5.0f} Mo".format(secret_s, secret_mb))
        print("  jointure  : {:6.2f} s, pic mémoire {:5.0f} Mo".format(join_s, join_mb))
        print("  rapport secret / jointure : {:.2f}".format(secret_s / join_s))
