#!/usr/bin/env bash
# Builds every libFuzzer target with clang (build/fuzz) and runs each for SECONDS (default 60)
# with its dictionary, over a copy of its checked-in corpus. Exits non-zero when any target
# finds an input that crashes it or breaks a property, and prints how to reproduce it.
#   tests/fuzz/run-fuzzers.sh [seconds-per-target]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [seconds-per-target]" >&2; exit 2; }

# target:corpus (the corpus's dictionary is tests/fuzz/<corpus>.dict)
targets=(
  fuzz_QueryReplyDecoder:query_reply
  fuzz_SchedulerReplies:scheduler_replies
  fuzz_ScheduleFiles:schedule_files
  fuzz_SimQuery:sim_query
  fuzz_ProfileFiles:profile_csv
  fuzz_TariffFile:tariff_file
  fuzz_BemsCsv:bems_csv
  fuzz_CfosVariables:cfos_vars
  fuzz_RequestHead:request_head
)

build=build/fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DAEGIS_BUILD_BENCHMARKS=OFF "${launcher[@]}"
fi
nice cmake --build "$build" -j2 --target "${targets[@]%%:*}"

work=$(mktemp -d "${TMPDIR:-/tmp}/aegis-fuzz.XXXXXX")
echo "run-fuzzers: ${#targets[@]} targets, ${seconds} s each; work in $work"
failed=()
for entry in "${targets[@]}"; do
  target=${entry%%:*}
  corpus=${entry##*:}
  # libFuzzer adds what it finds to its first corpus directory: a copy, not the checked-in one.
  mkdir -p "$work/$corpus/corpus" "$work/$corpus/findings"
  cp -R "tests/fuzz/corpus/$corpus/." "$work/$corpus/corpus/"
  echo "run-fuzzers: $target ($corpus)"
  status=0
  "$build/tests/$target" "$work/$corpus/corpus" -dict="tests/fuzz/$corpus.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/$corpus/findings/" >"$work/$corpus/log.txt" 2>&1 || status=$?
  grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$corpus/log.txt" || true
  mapfile -t found < <(find "$work/$corpus/findings" -type f)
  if [ "$status" -ne 0 ] || [ ${#found[@]} -gt 0 ]; then
    failed+=("$target")
    echo "run-fuzzers: $target FAILED (exit $status); the end of its log ($work/$corpus/log.txt):" >&2
    tail -n 40 "$work/$corpus/log.txt" >&2
    for input in "${found[@]}"; do
      echo "run-fuzzers: input: $input" >&2
      echo "run-fuzzers: reproduce: $build/tests/$target $input" >&2
    done
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzzers: findings in ${failed[*]}; inputs and logs kept in $work" >&2
  exit 1
fi
rm -rf "$work"
echo "run-fuzzers: no findings"
