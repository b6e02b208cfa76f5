#!/usr/bin/env bash
# Holds an optimisation to its promise: the same findings, byte for byte. Runs two builds of
# nianbao (before and after a change, on the same base) over every input and compares what they
# print: `lint --format json` (findings, positions, messages, related spans, fixes), `extract
# --format json` (every cell the model read) and `fmt` (the canonical text), with their exit
# statuses.
#
#   bash tests/bench/same_findings.sh OLD_NIANBAO NEW_NIANBAO [DIR…]
#
# Inputs: every .md and .txt under corpus/ (the goldens, the raw texts, the layouts, years/ with
# and without --previous), the synthetic reports nianbao-bench generates (600 in every layout
# and the 5 MiB document, written by the nianbao-bench next to NEW_NIANBAO), and every .md and
# .txt under each DIR given (e.g. the shapes of tests/fuzz/shapes.py). Prints one line per
# difference and a summary; exits 1 when anything differs, 2 on a usage error.
set -uo pipefail

if [ $# -lt 2 ]; then
  echo "usage: bash same_findings.sh OLD_NIANBAO NEW_NIANBAO [DIR…]" >&2
  exit 2
fi
old=$1
new=$2
shift 2
for exe in "$old" "$new"; do
  if [ ! -x "$exe" ]; then
    echo "same_findings.sh: $exe is not an executable" >&2
    exit 2
  fi
done
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench=$(dirname "$new")/nianbao-bench

export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=()
collect() { # collect DIR: every .md and .txt below DIR, in name order
  local f
  while IFS= read -r -d '' f; do
    inputs+=("$f")
  done < <(find "$1" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | sort -z)
}
collect "$source_dir/corpus"
if [ -x "$bench" ]; then
  "$bench" --generate "$work/synthetic" >/dev/null || exit 2
  collect "$work/synthetic"
else
  echo "same_findings.sh: no $bench; comparing without the synthetic reports" >&2
fi
for dir in "$@"; do
  collect "$dir"
done

differences=0
runs=0
# compare NAME ARGS…: runs both builds with ARGS and compares stdout, stderr and the status.
compare() {
  local name=$1
  shift
  "$old" "$@" >"$work/old.out" 2>"$work/old.err"
  local old_status=$?
  "$new" "$@" >"$work/new.out" 2>"$work/new.err"
  local new_status=$?
  runs=$((runs + 1))
  if [ $old_status -ne $new_status ] || ! cmp -s "$work/old.out" "$work/new.out" ||
    ! cmp -s "$work/old.err" "$work/new.err"; then
    differences=$((differences + 1))
    echo "DIFFERS: $name (status $old_status -> $new_status)"
    diff "$work/old.out" "$work/new.out" | head -20
    diff "$work/old.err" "$work/new.err" | head -5
  fi
}

for f in "${inputs[@]}"; do
  rel=${f#"$source_dir"/}
  compare "lint $rel" lint --format json "$f"
  compare "extract $rel" extract --format json "$f"
  compare "fmt $rel" fmt "$f"
done
# Every report of years/ against every other: the across-years rules read both models.
for prev in "$source_dir"/corpus/years/*.md; do
  for f in "$source_dir"/corpus/years/*.md; do
    [ "$prev" = "$f" ] || compare "lint --previous ${prev##*/} ${f##*/}" lint --format json \
      --previous "$prev" "$f"
  done
done

echo "${#inputs[@]} inputs, $runs comparisons, $differences differ"
[ "$differences" -eq 0 ]
