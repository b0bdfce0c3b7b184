#!/usr/bin/env bash
# Runs a command (default: the whole CTest suite of the dev preset) inside a private D-Bus
# session with an unlocked gnome-keyring, so keychain tests use a real secret service and
# never touch the caller's own keyring.
#   tests/run-in-session.sh                 # ctest --preset dev
#   tests/run-in-session.sh --preset asan   # the whole suite of another preset (build/asan)
#   tests/run-in-session.sh ctest --preset asan -R Keychain
set -euo pipefail

if [ $# -eq 0 ]; then
  set -- ctest --preset dev
elif [ "$1" = --preset ]; then
  [ $# -eq 2 ] || { echo "usage: $0 --preset NAME  (or: $0 COMMAND ARGS...)" >&2; exit 2; }
  set -- ctest --preset "$2"
fi

if [ "${AEGIS_IN_TEST_SESSION:-}" != 1 ]; then
  export AEGIS_IN_TEST_SESSION=1
  # dbus-daemon complains when it may not raise its fd limit; that is harmless here.
  exec dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
fi

# Throwaway XDG directories hold the throwaway keyring and any settings the tests write.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/aegis-test-session.XXXXXX")
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

keyring_pid=""
cleanup() {
  if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

secret_service_up() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

if command -v gnome-keyring-daemon >/dev/null 2>&1; then
  printf 'aegis-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$scratch/keyring.env" 2>"$scratch/keyring.log" &
  keyring_pid=$!
  for _ in $(seq 1 100); do secret_service_up && break; sleep 0.1; done
  if secret_service_up; then
    # shellcheck disable=SC1090
    set -a; . "$scratch/keyring.env"; set +a
  else
    echo "run-in-session: the secret service did not start; see below" >&2
    cat "$scratch/keyring.log" >&2
  fi
else
  echo "run-in-session: gnome-keyring-daemon not found; keychain tests will see no secret service" >&2
fi

"$@"
