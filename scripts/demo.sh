#!/usr/bin/env bash
# The main job on the bundled sample territory (CC Ambert Livradois Forez, 58 communes):
# « Produire l'ABS » (abs:runproject) from data/sample/projet_abs.yaml, through qgis_process —
# joins, indicators, statistical secret, EPCI aggregation with references, maps and atlas.
# Results in resultats/abs_exemple/ (rewritten at each run: the folder is marked as abs_qgis's).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh

log="$(mktemp)"
status=0
scripts/qgis_process run abs:runproject -- PROJECT=data/sample/projet_abs.yaml >"$log" 2>&1 || status=$?
grep -v -E "XDG_RUNTIME_DIR|setapi|DeprecationWarning" "$log" \
  | grep -E "^(Étape|Step|Lignes|Rows|ABS|[0-9]+ cases|[0-9]+ cells|Carte|Map)|^(MAP_COUNT|MASKED|ROWS_|OUTPUT_FOLDER)" || true
if [ "$status" -ne 0 ]; then
  grep -v -E "XDG_RUNTIME_DIR|setapi|DeprecationWarning" "$log" | tail -20 >&2
  echo "Erreur : « Produire l'ABS » a échoué (code $status)" >&2
  rm -f "$log"
  exit "$status"
fi
rm -f "$log"

out=resultats/abs_exemple
ls "$out"/cartes/*.pdf >/dev/null 2>&1 || { echo "Erreur : aucune carte produite" >&2; exit 1; }
echo "ABS produite dans $out :"
ls -1 "$out" "$out"/cartes "$out"/cartes/effectifs "$out"/atlas
