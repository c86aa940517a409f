#!/usr/bin/env bash
# Set-up of abs_qgis on Debian 12 (idempotent): system packages, French .qm, sample territory.
#   bash scripts/setup.sh            # everything
#   bash scripts/setup.sh --no-sample
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

PACKAGES=(
  qgis python3-qgis qgis-providers        # QGIS 3.22 and its Python bindings (system Python)
  python3-pandas python3-openpyxl python3-shapely python3-pyqtgraph python3-yaml
  python3-xlrd python3-odf                # .xls (xlrd) and .ods (pandas + odfpy) reading
  python3-xlwt                            # tests: writes a legacy .xls workbook
  python3-pytest python3-hypothesis       # tests
  postgresql-15 postgresql-15-postgis-3   # tests: the offer layer in PostGIS (a throwaway local server)
  poppler-utils                           # pdftotext / pdfinfo / pdftoppm: checking the PDFs
  qttools5-dev-tools                      # lrelease: builds the French .qm
  fonts-dejavu-core                       # the layouts' font
  xvfb xauth                              # a virtual screen: the desktop test runs the real QGIS
)

missing=()
for package in "${PACKAGES[@]}"; do
  case "$package" in \#*) continue ;; esac
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Erreur : paquets manquants (${missing[*]}) et apt-get introuvable : ce script vise Debian 12 ;" >&2
    echo "ailleurs, installez QGIS ≥ 3.22 avec ses liaisons Python, pandas, openpyxl, pytest et poppler." >&2
    exit 2
  fi
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Erreur : installez en root : apt-get install ${missing[*]}" >&2; exit 2
    fi
  fi
  echo "Installation des paquets Debian : ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${ABS_QGIS_PYTHON:-/usr/bin/python3}"
if ! "$PYTHON" -c "import qgis.core" >/dev/null 2>&1; then
  echo "Erreur : $PYTHON n'importe pas qgis.core (paquet python3-qgis manquant ?)" >&2
  exit 2
fi

# French translation: .ts committed, .qm built here.
for ts in abs_qgis/resources/i18n/*.ts; do
  lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

if [ "${1:-}" != "--no-sample" ]; then
  if [ ! -f data/sample/communes.gpkg ] || [ abs_qgis/resources/sample/sources.json -nt data/sample/communes.gpkg ] \
     || [ ! -f data/sample/projet_abs.yaml ] || [ abs_qgis/resources/sample/projet_abs.yaml -nt data/sample/projet_abs.yaml ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" scripts/build_sample.py 2>&1 | grep -v -E "XDG_RUNTIME_DIR|DeprecationWarning|setapi" || true
    [ -f data/sample/communes.gpkg ] || { echo "Erreur : territoire d'exemple non construit" >&2; exit 2; }
  fi
fi
