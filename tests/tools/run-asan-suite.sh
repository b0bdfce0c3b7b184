#!/usr/bin/env bash
# The whole test suite under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer:
# configures and builds the asan preset (2 jobs), runs every test of it in the private session
# of tests/run-in-session.sh with the asan test preset's options (leaks detected, third-party
# ones suppressed by tests/sanitizers/lsan.supp), and fails on a failed or skipped test or on
# any sanitizer report of any process, the programs the tests start (aegis-cli, aegis-sim,
# helpers) included.
#   tests/tools/run-asan-suite.sh                 # build, then the whole suite
#   tests/tools/run-asan-suite.sh -R SimServer    # arguments after the first go to ctest
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$(pwd)

if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi
cmake --preset asan
nice cmake --build --preset asan -j2

scratch=$(mktemp -d "${TMPDIR:-/tmp}/aegis-asan.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/reports" "$scratch/snapshots"

# Every instrumented process writes what it finds to a file of its own (log_path appends the
# pid), so a report of a child whose output a test swallows still fails the run. The asan
# test preset adds the other options (CMakePresets.json) after these.
export ASAN_OPTIONS="log_path=$scratch/reports/asan"
export UBSAN_OPTIONS="log_path=$scratch/reports/ubsan"
# tst_TimeChart's snapshot rendering runs too, rather than being skipped.
export AEGIS_CHART_SNAPSHOTS="$scratch/snapshots"

status=0
tests/run-in-session.sh ctest --preset asan "$@" || status=$?

shopt -s nullglob
reports=("$scratch"/reports/*)
for report in "${reports[@]}"; do
  echo "=== sanitizer report: $(basename "$report")" >&2
  cat "$report" >&2
done
if [ ${#reports[@]} -gt 0 ]; then
  echo "run-asan-suite: ${#reports[@]} sanitizer report(s), above" >&2
  status=1
fi

log="$source_dir/build/asan/Testing/Temporary/LastTest.log"
if [ -f "$log" ] && grep -E '^SKIP +:' "$log" >&2; then
  echo "run-asan-suite: the tests above were skipped; every test must run" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "run-asan-suite: the suite passed under ASan, UBSan and LSan with no report"
fi
exit "$status"
