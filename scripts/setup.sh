#!/usr/bin/env bash
# Set-up of abs_qgis on Debian 12 or 13 (idempotent): system packages, French .qm, sample territory.
#   bash scripts/setup.sh            # everything
#   bash scripts/setup.sh --no-sample
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

PACKAGES=(
  qgis python3-qgis qgis-providers        # QGIS 3.22 and its Python bindings (system Python)
  python3-pandas python3-openpyxl python3-shapely python3-pyqtgraph python3-yaml
  python3-xlrd python3-odf                # .xls (xlrd) and .ods (pandas + odfpy) reading
  python3-docxtpl python3-docx            # the ABS document (Word template filled by docxtpl)
  libreoffice-writer-nogui                # the document's PDF (headless conversion)
  python3-xlwt                            # tests: writes a legacy .xls workbook
  python3-pip                             # scripts/package.py: downloads the vendored wheels
  python3-pytest python3-hypothesis       # tests
  bandit                                  # tests: the plugin repository rejects any Bandit finding
  poppler-utils                           # pdftotext / pdfinfo / pdftoppm: checking the PDFs
  qttools5-dev-tools                      # lrelease: builds the French .qm
  fonts-dejavu-core                       # the layouts' font
  qttranslations5-l10n                    # Qt's own French (Fermer, Annuler, Oui, file dialogs) in QGIS
  xvfb xauth                              # a virtual screen: the desktop test runs the real QGIS
)

# Needed by some tests only (the offer layer in PostGIS, on a throwaway local server): their names
# carry the distribution's PostgreSQL version (15 on Debian 12, 17 on Debian 13), read from apt;
# when they cannot be installed the demo still runs and those tests say why they are skipped.
OPTIONAL_PACKAGES=(postgresql "postgresql-@PG@-postgis-3")

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi

missing=()
for package in "${PACKAGES[@]}"; do
  case "$package" in \#*) continue ;; esac
  installed "$package" || missing+=("$package")
done

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Erreur : paquets manquants (${missing[*]}) et apt-get introuvable : ce script vise Debian 12 ;" >&2
    echo "ailleurs, installez QGIS ≥ 3.22 avec ses liaisons Python, pandas, openpyxl, pytest et poppler." >&2
    exit 2
  fi
  if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
    echo "Erreur : installez en root : apt-get install ${missing[*]}" >&2; exit 2
  fi
  echo "Installation des paquets Debian : ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

postgresql_version() {  # the major version the distribution's « postgresql » package depends on
  apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -1
}
optional_missing=()
version="$(postgresql_version)"
for package in "${OPTIONAL_PACKAGES[@]}"; do
  package="${package//@PG@/$version}"
  installed "$package" || optional_missing+=("$package")
done
if [ "${#optional_missing[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1 && [ -n "$version" ]; then
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${optional_missing[@]}" >/dev/null 2>&1 \
    || echo "Avertissement : ${optional_missing[*]} non installés (seuls des tests de PostGIS en dépendent)" >&2
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
     || [ ! -f data/sample/projet_abs.yaml ] || [ abs_qgis/resources/sample/projet_abs.yaml -nt data/sample/projet_abs.yaml ] \
     || [ abs_qgis/resources/sample/catalogue_exemple.yaml -nt data/sample/projet_abs.yaml ]; then
    QT_QPA_PLATFORM=offscreen "$PYTHON" scripts/build_sample.py 2>&1 | grep -v -E "XDG_RUNTIME_DIR|DeprecationWarning|setapi" || true
    [ -f data/sample/communes.gpkg ] || { echo "Erreur : territoire d'exemple non construit" >&2; exit 2; }
  fi
fi
