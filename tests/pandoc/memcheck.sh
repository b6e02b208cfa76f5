#!/usr/bin/env bash
# nianbao-pandoc under valgrind's memcheck (the -Werror build's binary) and under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan's): the LibreOffice fixtures and a
# Markdown report read with +sourcepos, in every mode, and the malformed inputs. Fails on any
# memory error, definite or indirect leak, sanitizer report, or unexpected exit status.
# (CTest in build-asan/ also runs every tests/pandoc test through pandoc with the ASan binary.)
#
#   bash tests/pandoc/memcheck.sh build-ci/nianbao-pandoc build-asan/nianbao-pandoc
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
plain=${1:?usage: memcheck.sh PLAIN-BINARY ASAN-BINARY}
asan=${2:?usage: memcheck.sh PLAIN-BINARY ASAN-BINARY}
for b in "$plain" "$asan"; do
  [ -x "$b" ] || { echo "memcheck.sh: no binary $b (build first)" >&2; exit 2; }
done
command -v valgrind >/dev/null || { echo "memcheck.sh: valgrind is not installed" >&2; exit 2; }
command -v pandoc >/dev/null || { echo "memcheck.sh: pandoc is not installed" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export LC_ALL=C.UTF-8
runs=0
bad=0

# input NAME STATUS: the JSON in $scratch/NAME.json, run expecting STATUS.
inputs=()
add() { inputs+=("$1:$2"); }
json() { # json NAME STATUS PANDOC-ARGS…
  local name=$1 status=$2
  shift 2
  pandoc "$@" -t json -o "$scratch/$name.json" || { echo "memcheck.sh: pandoc $*" >&2; exit 2; }
  add "$name" "$status"
}
f=tests/pandoc/fixtures
json faults 0 "$f/html-rowspan-faults.docx"
json clean 0 "$f/html-rowspan.docx"
json faults-annotate 0 "$f/html-rowspan-faults.docx" -M nianbao-annotate=comments
json faults-fail 1 "$f/html-rowspan-faults.docx" -M nianbao-fail-on=error
json faults-report 0 "$f/html-rowspan-faults.docx" -M "nianbao-report=$scratch/r.sarif" -M nianbao-lang=en
json sourcepos 0 -f gfm+sourcepos corpus/reports/hongze-2023.md -M nianbao-annotate=comments
json sourcepos-html 0 -f gfm+sourcepos corpus/layouts/html-rowspan.md -M "nianbao-report=$scratch/r.json"
json bad-option 2 "$f/html-rowspan.docx" -M nianbao-fail-on=sometimes
printf 'not json' >"$scratch/not-json.json" && add not-json 2
head -c 5000 "$f/html-rowspan.json" >"$scratch/truncated.json" && add truncated 2
printf '{"pandoc-api-version":[1,21],"meta":{},"blocks":[]}' >"$scratch/old.json" && add old 2

# run WHO STATUS COMMAND… < input
run() {
  local who=$1 want=$2
  shift 2
  runs=$((runs + 1))
  "$@" >/dev/null 2>"$scratch/log"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    bad=$((bad + 1))
    echo "FAIL ($who): exit $got, expected $want"
    head -30 "$scratch/log"
  fi
}

memcheck=(valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect
  --error-exitcode=99)
for entry in "${inputs[@]}"; do
  name=${entry%%:*} status=${entry##*:}
  run "valgrind $name" "$status" "${memcheck[@]}" "$plain" json <"$scratch/$name.json"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run "asan $name" "$status" "$asan" json <"$scratch/$name.json"
done
echo "memcheck.sh: $runs runs, $bad failed"
[ "$bad" -eq 0 ]
