#!/usr/bin/env bash
# The main job on the bundled sample territory (CC Ambert Livradois Forez, 58 communes):
# join the INSEE comparateur to the communes, compute the catalogue's indicators, print the
# maps — every step through qgis_process. Results in resultats/demo/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh

sample=data/sample
out=resultats/demo
# The demo only ever clears its own folder (marked by .abs_qgis_demo).
if [ -d "$out" ] && [ -f "$out/.abs_qgis_demo" ]; then rm -rf "$out"; fi
if [ -e "$out" ]; then echo "Erreur : $out existe et n'a pas été créé par la démo : déplacez-le" >&2; exit 2; fi
mkdir -p "$out" && touch "$out/.abs_qgis_demo"

qp() { scripts/qgis_process "$@" 2>&1 | grep -v -E "XDG_RUNTIME_DIR|setapi|DeprecationWarning"; }

echo "1/3 Jointure du comparateur de territoires INSEE aux 58 communes"
qp run abs:joinindicators -- \
  COMMUNES="$sample/communes.gpkg" \
  TABLE="$sample/base_cc_comparateur.csv" \
  PASSAGE="$sample/passage_communes_cog2025.csv" \
  OUTPUT="$out/communes_indicateurs.gpkg" \
  UNMATCHED="$out/lignes_non_jointes.csv" | grep -E "Lignes|Rows|Communes|ROWS_|COMMUNES_" || true

echo "2/3 Indicateurs du catalogue (densité, chômage, logements vacants, évolution…)"
qp run abs:computeindicators -- \
  INPUT="$out/communes_indicateurs.gpkg" MILLESIME=2018 \
  OUTPUT="$out/communes_abs.gpkg" | grep -E "^(densite|taux_chomage|indice_vieillissement)" || true

echo "3/3 Cartes imprimées (PDF)"
qp run abs:exportmaps -- \
  INPUT="$out/communes_abs.gpkg" \
  INDICATORS=densite INDICATORS=taux_chomage INDICATORS=part_logements_vacants \
  SUBTITLE="CC Ambert Livradois Forez — 58 communes" \
  SOURCES="Sources : INSEE, recensement de la population 2018 (comparateur de territoires) ; IGN, Admin Express COG 2025 — Traitement : abs_qgis" \
  CLASSIFICATION=0 CLASSES=5 FORMAT=0 OVERWRITE=true OUTPUT_FOLDER="$out/cartes" | grep -E "OUTPUT_FILES|MAP_COUNT" || true

echo "Atlas : une page par commune (densité)"
qp run abs:exportmaps -- \
  INPUT="$out/communes_abs.gpkg" INDICATORS=densite \
  ATLAS_FIELD=DEPCOM ATLAS_LABEL_FIELD=NOM_DEPCOM DPI=150 \
  SUBTITLE="CC Ambert Livradois Forez" OVERWRITE=true OUTPUT_FOLDER="$out/atlas" | grep -E "OUTPUT_FILES" || true

ls "$out"/cartes/*.pdf >/dev/null 2>&1 || { echo "Erreur : aucune carte produite" >&2; exit 1; }
echo "Cartes produites (et projet QGIS pour les retoucher) :"; ls -1 "$out"/cartes/ "$out"/atlas/
