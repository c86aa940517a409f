"""Benchmark of issue 17 part 4: reading INSEE's long tables (one row per observation) France-wide.

From the real France-wide IRIS age file (48 487 IRIS, RP 2022/2016/2011), a long table in Melodi's
layout is built in a temporary folder (GEO « 2025-IRIS-… », AGE bands derived from the shares,
TIME_PERIOD, OBS_VALUE, OBS_STATUS) together with the same values as a wide file. Measured, each in
its own process: reading + pivoting the long file (abs_qgis) against reading the wide file (what the
join costs anyway). Printed: seconds, peak memory and the ratio.

    /usr/bin/python3 scripts/bench_long_table.py
"""

import csv
import gzip
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import ROOT, SHARED

IRIS = SHARED / "population" / "rp2022_age_iris_france_metro_ptod.csv.gz"
SHARES = {"Y_LT15": "dm_0014_pct_22", "Y15T24": "dm_1524_pct_22", "Y25T54": "dm_2554_pct_22",
          "Y55T64": "dm_5564_pct_22", "Y65T79": "dm_6579_pct_22", "Y_GE80": "dm_80p_pct_22"}  # fmt: skip


def build(folder):
    """The long and the wide files of the same values."""
    long_path, wide_path = folder / "long.csv", folder / "wide.csv"
    with gzip.open(IRIS, "rt", encoding="utf-8") as source, open(long_path, "w", newline="") as long_file:
        rows = list(csv.DictReader(source, delimiter=";"))
        writer = csv.writer(long_file, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow(["GEO", "GEO_OBJECT", "RP_MEASURE", "SEX", "AGE", "OBS_STATUS", "TIME_PERIOD", "OBS_VALUE"])
        wide = []
        for row in rows:
            values = {"P22_POP": row["P22_POP"], "P16_POP": row["P16_POP"], "P11_POP": row["P11_POP"]}
            for year in ("22", "16", "11"):
                writer.writerow(
                    ["2025-IRIS-" + row["code"], "IRIS", "POP", "_T", "_T", "A", "20" + year, row["P" + year + "_POP"]]
                )
            for age, share in SHARES.items():
                count = "" if not row[share] else "{:.1f}".format(float(row["P22_POP"] or 0) * float(row[share]) / 100)
                writer.writerow(
                    ["2025-IRIS-" + row["code"], "IRIS", "POP", "_T", age, "A" if count else "O", "2022", count]
                )
                values[age] = count
            wide.append([row["code"]] + list(values.values()))
    with open(wide_path, "w", newline="") as wide_file:
        writer = csv.writer(wide_file, delimiter=";")
        writer.writerow(["CODE_IRIS", "P22_POP", "P16_POP", "P11_POP"] + list(SHARES))
        writer.writerows(wide)
    return long_path, wide_path, len(rows)


def child(kind, path):
    sys.path.insert(0, str(ROOT))
    from abs_qgis.core.long_table import pivot_long_table
    from abs_qgis.core.tables import read_table

    started = time.perf_counter()
    table = read_table(path)
    if kind == "long":
        table = pivot_long_table(table, "iris").table
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "rows": len(table.frame)}))  # fmt: skip


def measure(kind, path, repeats=3):
    runs = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return statistics.median(run["seconds"] for run in runs), max(run["peak_mb"] for run in runs), runs[0]["rows"]


def main():
    folder = Path(tempfile.mkdtemp(prefix="abs_bench_long_"))
    long_path, wide_path, count = build(folder)
    long_rows = sum(1 for _ in open(long_path)) - 1
    long_s, long_mb, long_out = measure("long", long_path)
    wide_s, wide_mb, wide_out = measure("wide", wide_path)
    assert long_out == wide_out == count
    print(
        "Table longue France entière : {} lignes → {} IRIS ; table large : {} lignes".format(long_rows, long_out, count)
    )
    print("  lecture + mise en colonnes (longue) : {:6.2f} s, pic mémoire {:5.0f} Mo".format(long_s, long_mb))
    print("  lecture seule (large)              : {:6.2f} s, pic mémoire {:5.0f} Mo".format(wide_s, wide_mb))
    print("  rapport longue / large : {:.1f}×".format(long_s / wide_s))


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
