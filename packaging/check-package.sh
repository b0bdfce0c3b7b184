#!/usr/bin/env bash
# Builds the .deb from the release preset, checks it as Debian and the desktop would, installs
# it on this machine, runs the installed programs from their installed paths, and removes it
# again. Run as root on Debian 12 after packaging/install-deps.sh (.ci/run does).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: %s\n' "$*" >&2; exit 1; }

step "build the release preset and the package"
cmake --preset release >/dev/null
cmake --build --preset release
cmake --build --preset release --target package
deb=$(ls build/release/package/aegis-console_*_"$(dpkg --print-architecture)".deb)
echo "$deb"

step "lintian (errors and warnings fail; overrides, each explained, in packaging/linux/debian)"
lintian --fail-on error,warning --suppress-tags-from-file packaging/linux/debian/lintian-overrides "$deb"

step "desktop file and AppStream metainfo"
desktop-file-validate packaging/linux/tw.shalun.AegisConsole.desktop
appstreamcli validate --no-net packaging/linux/tw.shalun.AegisConsole.metainfo.xml

installed=0
scratch=$(mktemp -d)
sim_pid=""
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  [ "$installed" = 1 ] && DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq aegis-console >/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

step "install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
installed=1
for f in /usr/bin/aegis-console /usr/bin/aegis-cli /usr/bin/aegis-sim \
         /usr/share/applications/tw.shalun.AegisConsole.desktop \
         /usr/share/metainfo/tw.shalun.AegisConsole.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/tw.shalun.AegisConsole.svg \
         /usr/share/icons/hicolor/256x256/apps/tw.shalun.AegisConsole.png \
         /usr/share/bash-completion/completions/aegis-cli; do
  [ -e "$f" ] || fail "$f is not installed"
done

step "the installed programs"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
/usr/bin/aegis-cli --version
/usr/bin/aegis-sim --version
man -w aegis-cli
man -w aegis-console
man -w aegis-sim
# --help needs no display.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/aegis-console --help | grep -q -- '--demo' \
  || fail "aegis-console --help did not print its options without a display"

/usr/bin/aegis-sim --port 0 >"$scratch/sim.out" 2>"$scratch/sim.err" &
sim_pid=$!
for _ in $(seq 1 100); do [ -s "$scratch/sim.out" ] && break; sleep 0.1; done
url=$(head -n 1 "$scratch/sim.out")
[ -n "$url" ] || fail "aegis-sim printed no URL: $(cat "$scratch/sim.err")"
echo "aegis-sim at $url"
token=$(curl -sf --max-time 10 -X POST -H 'Content-Type: application/json' \
  -d '{"user_account":"admin@gel","user_password":"admingel"}' "${url%/}/api/auth/login" | jq -r .access_token)
[ -n "$token" ] && [ "$token" != null ] || fail "aegis-sim did not answer a login"
echo "aegis-sim answered a login"
kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=""

step "aegis-console --demo under Xvfb reaches a populated Overview"
xvfb-run -a -s '-screen 0 1280x800x24' /usr/bin/aegis-console --demo --print-startup-times \
  >"$scratch/console.out" 2>"$scratch/console.err" &
console_pid=$!
populated=""
for _ in $(seq 1 600); do
  populated=$(grep -m1 '^first populated overview:' "$scratch/console.out" || true)
  [ -n "$populated" ] && break
  kill -0 "$console_pid" 2>/dev/null || break
  sleep 0.1
done
pkill -TERM -P "$console_pid" 2>/dev/null || true
kill "$console_pid" 2>/dev/null || true
wait "$console_pid" 2>/dev/null || true
[ -n "$populated" ] || fail "aegis-console --demo showed no data within 60 s: $(tail -5 "$scratch/console.err")"
cat "$scratch/console.out"

step "remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq aegis-console >/dev/null
installed=0
[ ! -e /usr/bin/aegis-console ] || fail "aegis-console is still installed after removal"
echo "check-package: all checks passed"
