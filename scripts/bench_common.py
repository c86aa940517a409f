"""Helpers of the benchmarks: QGIS start-up, the plugin, timing a variant in its own process."""

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ABS_QGIS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def start_qgis():
    """QgsApplication offscreen with a private profile, Processing and the plugin loaded."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    profile = tempfile.mkdtemp(prefix="abs_bench_profile_")
    app = QgsApplication([], False, profile)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(0, str(ROOT))
    from processing.core.Processing import Processing

    Processing.initialize()
    import abs_qgis

    plugin = abs_qgis.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def child_main(variants):
    """In the child process: run one variant, print its seconds and peak RSS as JSON."""
    name = sys.argv[2]
    app, plugin = start_qgis()  # noqa: F841 (both must stay alive while the variant runs)
    workdir = Path(tempfile.mkdtemp(prefix="abs_bench_"))
    started = time.perf_counter()
    variants[name](workdir)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def measure(script, name, repeats):
    """Run ``script --child name`` ``repeats`` times; median seconds and max peak memory."""
    runs = []
    for _ in range(repeats):
        output = subprocess.run([sys.executable, script, "--child", name], capture_output=True, text=True, check=True)
        runs.append(json.loads(output.stdout.strip().splitlines()[-1]))
    return statistics.median(r["seconds"] for r in runs), max(r["peak_mb"] for r in runs)


def compare(script, ours, theirs, label, repeats=3):
    """Print the two variants side by side and the speed ratio."""
    ours_s, ours_mb = measure(script, ours, repeats)
    theirs_s, theirs_mb = measure(script, theirs, repeats)
    print("{} — médiane de {} exécutions, chacune dans son propre processus".format(label, repeats))
    print("  abs_qgis     : {:7.2f} s, pic mémoire {:6.0f} Mo".format(ours_s, ours_mb))
    print("  chaîne QGIS  : {:7.2f} s, pic mémoire {:6.0f} Mo".format(theirs_s, theirs_mb))
    print("  rapport chaîne QGIS / abs_qgis : {:.2f}×".format(theirs_s / ours_s))
    return ours_s, theirs_s, ours_mb
