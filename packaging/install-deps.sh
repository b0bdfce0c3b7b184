#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running AEGIS Console needs.
# Idempotent: packages already present are left alone. Run as root (or with sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build git pkg-config
  # Qt 6.4 modules used by the layers (core, client, sim, gui)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev libgl-dev
  qtkeychain-qt6-dev libsimdjson-dev
  # the optimizer of "Suggest a schedule" (COIN-OR CBC, LP and MILP)
  coinor-libcbc-dev
  # fonts: Latin and Traditional Chinese glyphs for the UI, charts and PDF export
  fonts-dejavu-core fonts-noto-cjk
  # headless display, session bus and secret service for GUI and keychain tests
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  # certificates for TLS tests, openssl to make throwaway ones
  ca-certificates openssl curl jq
  # real time-zone rules (Asia/Taipei, and DST zones in tests)
  tzdata
  # schema check of exported schedules against EVerest's types (tests/tools/validate_everest.py)
  python3-jsonschema python3-yaml
  # the PDF report's tests read it back (pdfinfo, pdftotext, pdffonts; pdftoppm to look at pages)
  poppler-utils
  # formatting check of the sources (.clang-format)
  clang-format-14
  # the fuzz targets (tests/fuzz/run-fuzzers.sh): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # the .deb: icons rendered at build time, and the checks of packaging/check-package.sh
  librsvg2-bin dpkg-dev file lintian desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
