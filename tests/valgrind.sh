#!/usr/bin/env bash
# Memcheck over the real inputs: `nianbao lint` on every corpus file (each output format once,
# stdin once, --fix on copies, --previous on a pair of years), `nianbao rules`, and the other
# commands (fmt, extract, template) over the corpus. Fails on any memory error or
# definite/indirect leak, and on a command that crashes or exits with a status it never should.
#
#   bash tests/valgrind.sh [path-to-nianbao]     (default: build-ci/nianbao, then build/nianbao)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

nianbao=${1:-}
if [ -z "$nianbao" ]; then
  for candidate in build-ci/nianbao build/nianbao; do
    [ -x "$candidate" ] && { nianbao=$candidate; break; }
  done
fi
if [ -z "$nianbao" ] || [ ! -x "$nianbao" ]; then
  echo "valgrind.sh: no nianbao binary (build first, or pass its path)" >&2
  exit 2
fi
if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind.sh: valgrind is not installed (bash tests/install-deps.sh)" >&2
  exit 2
fi

# 99 is how memcheck reports its own findings; the lint itself only ever exits 0, 1 or 2.
memcheck=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
  --error-exitcode=99)
log=$(mktemp)
scratch=$(mktemp -d)
trap 'rm -rf "$log" "$scratch"' EXIT
runs=0
bad=0

# check ALLOWED_STATUSES DESCRIPTION COMMAND… [< input via the caller]
check() {
  local allowed=$1 what=$2
  shift 2
  runs=$((runs + 1))
  "${memcheck[@]}" "$@" >/dev/null 2>"$log"
  local status=$?
  if [[ " $allowed " != *" $status "* ]]; then
    bad=$((bad + 1))
    echo "FAIL ($status): $what"
    sed 's/^/    /' "$log" | head -60
  fi
}

mapfile -t files < <(find corpus -type f \( -name '*.md' -o -name '*.txt' \) | LC_ALL=C sort)
if [ ${#files[@]} -eq 0 ]; then
  echo "valgrind.sh: no corpus files found" >&2
  exit 2
fi

for f in "${files[@]}"; do
  check "0 1" "lint $f" "$nianbao" lint "$f"
done
for format in json sarif github; do
  check "0 1" "lint --format $format (all files)" "$nianbao" lint --format "$format" "${files[@]}"
done
check "0 1" "lint --lang en (all files)" "$nianbao" lint --lang en "${files[@]}"
# A directory on three worker processes and on this one.
for jobs in 1 3; do
  check "0 1" "lint --jobs $jobs corpus/" "$nianbao" lint --format json --jobs "$jobs" corpus
done
# The workers themselves: a forked worker's leaks and errors are in its own report (its exit
# status is the parent's to judge, not the shell's); --quiet prints nothing else.
runs=$((runs + 1))
"${memcheck[@]}" --trace-children=yes "$nianbao" lint --jobs 2 corpus >/dev/null 2>"$log"
status=$?
if [[ " 0 1 " != *" $status "* ]] || grep -q '^==[0-9]*== ' "$log"; then
  bad=$((bad + 1))
  echo "FAIL ($status): lint --jobs 2 corpus/, workers traced"
  sed 's/^/    /' "$log" | head -60
fi
check "0 1" "lint - < ${files[0]}" "$nianbao" lint - <"${files[0]}"
check "0" "rules" "$nianbao" rules
check "0" "rules --format json" "$nianbao" rules --format json
check "2" "lint on a missing file" "$nianbao" lint corpus/does-not-exist.md

# The commands around lint, where the CLI has them.
if "$nianbao" --help 2>/dev/null | grep -q 'fmt'; then
  previous=corpus/reports/hongze-2023.md current=corpus/reports/hongze-2024.md
  [ -f "$previous" ] && [ -f "$current" ] &&
    check "0 1" "lint --previous $previous $current" "$nianbao" lint --previous "$previous" "$current"
  cp "${files[@]}" "$scratch"/ 2>/dev/null
  check "0 1" "lint --fix (copies of all files)" "$nianbao" lint --fix "$scratch"/*
  check "0" "fmt (all files)" "$nianbao" fmt "${files[@]}"
  check "0 2" "extract (all files)" "$nianbao" extract "${files[@]}"
  check "0 2" "extract --format csv (all files)" "$nianbao" extract --format csv "${files[@]}"
  for year in 2020 2024; do
    check "0" "template --year $year" "$nianbao" template --year "$year" --org 某县交通运输局
  done
fi

echo "valgrind.sh: $runs runs under memcheck, $bad failed"
[ "$bad" -eq 0 ]
