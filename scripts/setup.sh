#!/usr/bin/env bash
# Sets up USH İzin on a Debian/Ubuntu machine: system packages Qt needs, fonts with Turkish glyphs,
# a Python virtual environment with the application. Idempotent: a second run only checks.
#   scripts/setup.sh          what the application needs
#   scripts/setup.sh --test   also what the test suite needs (PostgreSQL server, Xvfb, poppler, a headless
#                             Chromium and its driver for the verification service's browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Qt offscreen/xcb libraries and DejaVu fonts (see shared/toolchain.md §0, §2).
APP_PKGS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 fonts-dejavu-core
 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0"
# chromium + chromium-driver: --no-install-recommends (below) keeps them ~25 packages instead of 114
# (shared/web-toolchain.md §1)
# wrk: the load generator of bench/verify_service.py (<1 MB)
TEST_PKGS="postgresql xvfb xauth poppler-utils chromium chromium-driver wrk"

PY=${PYTHON:-python3}
# Debian's own python3 needs python3-venv (ensurepip) to make a virtual environment.
command -v "$PY" >/dev/null 2>&1 || APP_PKGS="$APP_PKGS python3"
"$PY" -c 'import ensurepip' >/dev/null 2>&1 || APP_PKGS="$APP_PKGS python3-venv"

missing=()
pkgs="$APP_PKGS"
[ $want_test = 1 ] && pkgs="$pkgs $TEST_PKGS"
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Sistem paketleri kuruluyor: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "HATA: şu paketler eksik ve kurulamıyor (root ya da sudo gerekli): ${missing[*]}" >&2; exit 1; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! $PY -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "HATA: Python 3.11 ya da daha yenisi gerekli ($PY: $($PY --version 2>&1))." >&2; exit 1
fi
if [ ! -x .venv/bin/python ]; then
  $PY -m venv .venv || { echo "HATA: sanal ortam kurulamadı (Debian'da: apt-get install python3-venv)." >&2; exit 1; }
fi
# Reinstall only when the dependency list changed.
stamp=.venv/.ush-installed
hash=$(sha256sum pyproject.toml | cut -c1-16)
extra=""; [ $want_test = 1 ] && extra="[test]"
installed=$(cat "$stamp" 2>/dev/null || true)
if [ "$installed" != "$hash$extra" ] && [ "$installed" != "$hash[test]" ]; then
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -m pip install -q -e ".$extra" >/tmp/ush-pip.log 2>&1 || { cat /tmp/ush-pip.log >&2; echo "HATA: Python paketleri kurulamadı." >&2; exit 1; }
  .venv/bin/python -c "import app, PySide6, sqlalchemy" || { echo "HATA: Python paketleri kurulamadı." >&2; exit 1; }
  echo "$hash$extra" > "$stamp"
fi
