#!/usr/bin/env bash
# Instruction counts (callgrind) of issue 11's ratio: what `nianbao lint` spends in the pipeline
# (nb_lint_writable, inclusive: model and rules, not reading the file or printing) against the
# benchmark's baseline, cmark-gfm's parse of the same bytes with the table extension only
# (cmark_parser_feed + cmark_parser_finish of `cmark-gfm -e table`). nianbao-bench prints the
# same ratio in wall time; instructions are the same on every run, on a busy machine too, so
# optimisations are measured with this.
#
#   bash tests/bench/instructions.sh BUILD SET...
#
# BUILD is a build directory (RelWithDebInfo: symbols for callgrind) with nianbao and
# nianbao-bench. A SET is `raw` (the corpus's golden reports, .md or .txt beside a .expected,
# without a pipe table's delimiter row: pdftotext, scraped and other layouts), `markdown` (those
# with one), or a synthetic layout (html, tab, spaced, cell-lines, pipe: the first 10 of the
# bench's generated reports). Each line gives the
# two counts, their ratio and the profile written (callgrind_annotate --inclusive=yes FILE).
set -euo pipefail
build=$(cd "$1" && pwd)
shift
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/nb-instructions.XXXXXX)
command -v valgrind >/dev/null && command -v callgrind_annotate >/dev/null ||
  { echo "instructions.sh: needs valgrind (callgrind)" >&2; exit 2; }

# A line of pipes, dashes, colons and blanks with a pipe and three dashes (inputs.c's test).
has_pipe_table() { grep -E '^[[:space:]|:-]*\|[[:space:]|:-]*$' "$1" | grep -q -- '-.*-.*-'; }

list_set() { # SET: the files, one per line
  case $1 in
  raw | markdown)
    find "$src/corpus" -name '*.expected' | sort | while read -r expected; do
      for f in "${expected%.expected}.md" "${expected%.expected}.txt"; do
        [ -f "$f" ] || continue
        if has_pipe_table "$f"; then [ "$1" = markdown ] && echo "$f"; else [ "$1" = raw ] && echo "$f"; fi
      done
    done
    ;;
  html | tab | spaced | cell-lines | pipe)
    [ -d "$work/gen" ] || "$build/nianbao-bench" --generate "$work/gen" >/dev/null
    find "$work/gen" -name "synth-$1-*" | sort | head -10
    ;;
  *) echo "instructions.sh: unknown set $1" >&2; exit 2 ;;
  esac
}

inclusive() { # PROFILE FUNCTION...: the sum of their inclusive counts
  local profile=$1
  shift
  local pattern
  pattern=$(printf '|%s' "$@")
  callgrind_annotate --inclusive=yes "$profile" 2>/dev/null |
    grep -E ":(${pattern:1}) \[" | awk '!seen[$2]++ {gsub(",", "", $1); s += $1} END {print s + 0}'
}

for set in "$@"; do
  mapfile -t files < <(list_set "$set")
  [ ${#files[@]} -gt 0 ] || { echo "instructions.sh: no file in $set" >&2; exit 2; }
  valgrind --tool=callgrind --callgrind-out-file="$work/$set.parse" cmark-gfm -e table "${files[@]}" >/dev/null 2>&1
  valgrind --tool=callgrind --callgrind-out-file="$work/$set.lint" "$build/nianbao" lint --jobs 1 "${files[@]}" >/dev/null 2>&1 || true
  parse=$(inclusive "$work/$set.parse" cmark_parser_feed cmark_parser_finish)
  lint=$(inclusive "$work/$set.lint" nb_lint_writable)
  printf '%-10s %3d files  lint %11d  parse %10d  ratio %5.2fx  (%s)\n' "$set" ${#files[@]} "$lint" "$parse" \
    "$(echo "$lint / $parse" | bc -l)" "$work/$set.lint"
done
