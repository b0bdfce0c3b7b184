#!/usr/bin/env bash
# Fails when a C++ source the project tracks is not laid out as .clang-format says.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i
set -euo pipefail
cd "$(dirname "$0")/../.."
formatter=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$formatter" ] || { echo "check-format: clang-format-14 is not installed" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
"$formatter" --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files follow .clang-format"
