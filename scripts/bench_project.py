"""Benchmark of issue 7: the whole ABS (abs:runproject) on the sample territory (58 communes) and on
a whole département (Puy-de-Dôme, 463 communes, with its 463-page atlas); with the share of the
ABS document (issue 19: its maps and charts, the .docx and the PDF) in each run."""

import sys
import time
from pathlib import Path

from bench_common import ROOT, SHARED, child_main, measure

SAMPLE_PROJECT = ROOT / "data" / "sample" / "projet_abs.yaml"
DEPARTEMENT_PROJECT = Path("/tmp/abs_bench_projet_63.yaml")


def write_departement_project():
    DEPARTEMENT_PROJECT.write_text(
        'projet:\n  nom: "ABS du Puy-de-Dôme"\n  territoire:\n    communes: {}\n'.format(
            SHARED / "geo" / "communes_63_03_cog2025_l93.gpkg"
        )
        + '    filtre: "\\"DEP\\" = \'63\'"\n  sources:\n    - table: {}\n'.format(
            SHARED / "population" / "base_cc_comparateur.CSV"
        )
        + "      passage: {}\n".format(SHARED / "cog" / "cogiter_table_passage_com_historique_cog2025.csv")
        + "    - table: {}\n".format(SHARED / "filosofi" / "cc_filosofi_2019_COM.CSV")
        + "      passage: {}\n".format(SHARED / "cog" / "cogiter_table_passage_com_historique_cog2025.csv")
        + "  millesime: 2018\n"
        "  secret:\n    seuil: 5\n    effectifs: [NAISD20, DECESD20, P18_CHOM1564]\n    hierarchie: [EPCI]\n"
        "  regroupement:\n    champ: EPCI\n    nom: NOM_EPCI\n"
        "  cartes:\n    indicateurs: [densite, taux_chomage, part_logements_vacants, taux_natalite]\n"
        "    atlas: DEPCOM\n    atlas_libelle: NOM_DEPCOM\n"
        "  sortie: /tmp/abs_bench_projet_63\n",
        encoding="utf-8",
    )


class StepTimer:
    """Feedback that notes when each step of the multi-step run starts."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self, marks):
                super().__init__()
                self.marks = marks

            def pushInfo(self, info):  # noqa: N802 (QGIS API)
                self.marks.append((time.perf_counter(), info))

        self.marks = []
        self.feedback = Feedback(self.marks)


def run(project, name):
    """Run the project; write « seconds  step » lines to /tmp/abs_bench_steps_<name>.txt."""
    import processing

    timer = StepTimer()
    started = time.perf_counter()
    processing.run("abs:runproject", {"PROJECT": str(project), "OVERWRITE": True}, feedback=timer.feedback)
    ended = time.perf_counter()
    steps = [(moment, text) for moment, text in timer.marks if text.startswith(("Étape", "Step"))]
    lines = ["{:7.2f} s  lecture du projet".format(steps[0][0] - started)] if steps else []
    for (moment, text), following in zip(steps, [m for m, _t in steps[1:]] + [ended]):
        lines.append("{:7.2f} s  {}".format(following - moment, text))
    Path("/tmp/abs_bench_steps_{}.txt".format(name)).write_text("\n".join(lines), encoding="utf-8")


VARIANTS = {
    "sample": lambda workdir: run(SAMPLE_PROJECT, "sample"),
    "departement": lambda workdir: (write_departement_project(), run(DEPARTEMENT_PROJECT, "departement")),
}

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child_main(VARIANTS)
    else:
        sample_s, sample_mb = measure(__file__, "sample", 3)
        dep_s, dep_mb = measure(__file__, "departement", 1)
        print("Produire l'ABS (abs:runproject), chaîne complète avec cartes et atlas")
        print(
            "  territoire d'exemple (58 communes, atlas de 58 pages) : {:6.2f} s, pic {:4.0f} Mo".format(
                sample_s, sample_mb
            )
        )
        print(
            "  Puy-de-Dôme (463 communes, atlas de 463 pages)       : {:6.2f} s, pic {:4.0f} Mo".format(dep_s, dep_mb)
        )
        for name in ("sample", "departement"):
            steps = Path("/tmp/abs_bench_steps_{}.txt".format(name)).read_text(encoding="utf-8").splitlines()
            seconds = [float(line.split(" s ")[0]) for line in steps]
            document = sum(value for value, line in zip(seconds, steps) if "document" in line.lower())
            print(
                "  document de l'ABS ({}) : {:5.2f} s sur {:6.2f} s, soit {:4.1f} % de l'exécution".format(
                    name, document, sum(seconds), 100.0 * document / sum(seconds) if seconds else 0.0
                )
            )
            print("  étapes ({}, dernière exécution) :".format(name))
            print(
                "\n".join(
                    "    " + line
                    for line in Path("/tmp/abs_bench_steps_{}.txt".format(name))
                    .read_text(encoding="utf-8")
                    .splitlines()
                )
            )
