#!/usr/bin/env bash
# The Markdown path: `pandoc -f gfm+sourcepos FILE --filter nianbao-pandoc` prints every
# finding as FILE:LINE:COL: severity: message [rule], and each line must be exactly the one
# `nianbao lint FILE` prints, on every Markdown file of the corpus that pandoc reads as written.
#
#   bash tests/pandoc/sourcepos.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_pandoc
cd "$src"

# Besides the padded rows (lib.sh): tabs become spaces (and a tab counts to the next tab stop in
# data-pos columns); a comment after a table row's last "|" is an extra cell, which is dropped.
not_comparable[corpus/layouts/tab-separated.md]="tabs become spaces"
not_comparable[corpus/suppress/disable-line.md]="comments after a row's last | are dropped"

files=()
for f in corpus/reports/*.md corpus/clean/*.md corpus/layouts/*.md corpus/rules/*/*.md \
  corpus/suppress/*.md corpus/config/*/*.md corpus/years/*.md; do
  [ "$(basename "$f")" = README.md ] && continue
  if [ -n "${not_comparable[$f]:-}" ]; then
    echo "not compared: $f (${not_comparable[$f]})"
  else
    files+=("$f")
  fi
done

# Each file through pandoc and the filter (several at once: pandoc mostly waits), with its
# findings as the CLI's JSON too (nianbao-report); then nianbao lint on it, both ways.
mkdir -p "$scratch/out"
printf '%s\n' "${files[@]}" | xargs -P 4 -I{} sh -c '
  out="$1/out/$(echo "$3" | tr / _)"
  pandoc -f gfm+sourcepos "$3" --filter "$2" -M "nianbao-report=$out.report.json" -t json \
    -o /dev/null 2>"$out.err"
  echo $? >"$out.status"' _ "$scratch" "$filter" {}
for f in "${files[@]}"; do
  out=$scratch/out/$(echo "$f" | tr / _)
  checks=$((checks + 1))
  if [ "$(cat "$out.status")" != 0 ]; then
    fail "$f: pandoc exited $(cat "$out.status"): $(head -3 "$out.err")"
    continue
  fi
  want=$("$nianbao" lint "$f" | LC_ALL=C sort)
  got=$(LC_ALL=C sort "$out.err")
  if [ "$want" != "$got" ]; then
    fail "$f: FILE:LINE:COL lines differ from nianbao lint's"
    diff <(echo "$want") <(echo "$got") | head -10
  fi
  "$nianbao" lint --format json "$f" >"$out.lint.json"
done
echo "${#files[@]} Markdown files compared"

# The reports in the CLI's JSON: the same ranges, start and end, and related locations.
check "nianbao-report JSON has lint's ranges" python3 -c '
import glob, json, sys
def key(d):
    rng = lambda r: (r["line"], r["column"], r["end_line"], r["end_column"])
    return (d["file"], rng(d), d["rule"], d["message"], [rng(r) for r in d["related"]])
bad = 0
for lint in sorted(glob.glob(sys.argv[1] + "/*.lint.json")):
    report = lint[: -len(".lint.json")] + ".report.json"
    a, b = (sorted(map(key, json.load(open(p)))) for p in (report, lint))
    if a != b:
        bad += 1
        print("differs:", report)
        for x, y in zip(a, b):
            if x != y:
                print("  filter:", x, "\n  lint:  ", y)
sys.exit(bad != 0)
' "$scratch/out"

finish
