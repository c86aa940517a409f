#!/usr/bin/env bash
# The README's test command on another QGIS: inside a Debian chroot with that distribution's QGIS.
#   bash scripts/test_compat.sh trixie   # Debian 13, QGIS 3.40 LTR
#   bash scripts/test_compat.sh sid      # Debian unstable, QGIS 3.44
#   bash scripts/test_compat.sh bookworm # a fresh Debian 12, QGIS 3.22 (the set-up from scratch)
# The chroot is built once with debootstrap and cached outside the repository
# (ABS_QGIS_CHROOT_CACHE, default /var/cache/abs_qgis/chroots); QGIS and the project's packages
# are installed in it by the project's own scripts/setup.sh, then the README's two commands run on
# a copy of this work tree (scripts/test.sh, then scripts/demo.sh), with ../shared mounted
# read-only beside it. Needs root (debootstrap, chroot).
set -euo pipefail
suite="${1:-}"
case "$suite" in
  bookworm | trixie | sid) ;;
  *) echo "Usage : bash scripts/test_compat.sh trixie|sid|bookworm" >&2; exit 2 ;;
esac
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$(cd "$here/.." && pwd)/shared"
cache="${ABS_QGIS_CHROOT_CACHE:-/var/cache/abs_qgis/chroots}"
root="$cache/$suite"
mirror="${ABS_QGIS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Erreur : test_compat.sh construit un chroot : lancez-le en root" >&2
  exit 2
fi
[ -d "$shared/data" ] || { echo "Erreur : $shared/data introuvable (../shared à côté du dépôt)" >&2; exit 2; }
command -v debootstrap >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null

started=$(date +%s)
if [ ! -f "$root/.abs_qgis_ready" ]; then
  echo "Construction du chroot $suite dans $root (une fois)…"
  rm -rf "$root"
  mkdir -p "$root"
  debootstrap --variant=minbase --include=ca-certificates "$suite" "$root" "$mirror" >"$cache/$suite.debootstrap.log" 2>&1 \
    || { tail -20 "$cache/$suite.debootstrap.log" >&2; exit 1; }
  echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
  if [ "$suite" = "sid" ]; then
    # Measured here: unstable's Release file on the reachable mirror can be past its Valid-Until.
    echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99abs-qgis-valid-until"
  fi
  touch "$root/.abs_qgis_ready"
fi

mounted=()
unmount_all() {
  for ((index = ${#mounted[@]} - 1; index >= 0; index--)); do umount -l "${mounted[$index]}" 2>/dev/null || true; done
}
trap unmount_all EXIT
mount_into() {  # mount_into TARGET ARGS…
  mkdir -p "$1"
  mount "${@:2}" "$1"
  mounted+=("$1")
}
mount_into "$root/proc" -t proc proc
mount_into "$root/sys" -t sysfs sysfs
mount_into "$root/dev" --bind /dev
mount_into "$root/dev/pts" --bind /dev/pts
mount_into "$root/abs/shared" --bind "$shared"
mount -o remount,bind,ro "$root/abs/shared"

# A fresh copy of the work tree (never the host's built files: .qm, sample, results).
rm -rf "$root/abs/main"
mkdir -p "$root/abs/main"
(cd "$here" && tar --exclude=./.git --exclude=./data --exclude=./dist --exclude=./resultats \
  --exclude='*/__pycache__' -cf - .) | tar -xf - -C "$root/abs/main"
# The host's network settings: its resolver and the local certificate authorities it trusts
# (the package registries are reached through them here; pip in the chroot needs them too).
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
  chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
fi

status=0
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI="${CI:-}" TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  bash -c 'cd /abs/main && bash scripts/setup.sh --no-sample >/dev/null \
    && dpkg-query -W -f="QGIS \${Version} (Debian $(cat /etc/debian_version))\n" qgis \
    && bash scripts/test.sh -q "$@" \
    && bash scripts/demo.sh >/tmp/demo.log 2>&1 \
    && ls resultats/abs_exemple/ABS_*.docx resultats/abs_exemple/cartes/*.pdf >/dev/null \
    && echo "Démo (bash scripts/demo.sh) : ABS produite" || { tail -20 /tmp/demo.log 2>/dev/null; exit 1; }' \
  test_compat "$@" || status=$?
echo "test_compat $suite : code $status en $(($(date +%s) - started)) s"
exit "$status"
