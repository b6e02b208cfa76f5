#!/usr/bin/env bash
# The real reports (and the clean report) as a crawler saves them (corpus/scraped/, made by scrape.py: all white space
# collapsed, metadata lines and a breadcrumb before the title) against the same reports as they
# came (corpus/raw/ for the seeds, the Markdown drafts corpus/reports/ for the PDF reports):
#   - extract reads every table of the scraped shape that it reads at all with the values of the
#     original, cell for cell (a table it cannot read is absent, never guessed);
#   - fmt turns the one-line text into canonical Markdown whose extract gives those values
#     again, with the same year, organ kind and template;
#   - lint, fmt and extract agree on which tables could be read.
# Which tables the glued shapes cannot read, and why, is in corpus/CASES.md.
# Usage: bash scraped.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

# table,row,group,column,value of every cell read as a value: positions differ between shapes.
values() { # FILE
  "$NB" extract --format csv "$1" 2>/dev/null |
    awk -F, 'NR > 1 && $11 == "value" { print $5 "," $7 "," $8 "," $9 "," $10 }' | sort
}

# year,template of the file (the first data row says it for the whole file).
facts() { # FILE
  "$NB" extract --format csv "$1" 2>/dev/null | awk -F, 'NR == 2 { print $2 "," $4 }'
}

# The tables (二 三 四) that hold at least one value.
tables_read() { # VALUES-FILE
  cut -d, -f1 "$1" | sort -u | tr '\n' ' '
}

original_of() { # BASE
  case $1 in
    seed-*) echo "$SRC/corpus/raw/$1.txt" ;;
    clean-2023) echo "$SRC/corpus/clean/report-2023.md" ;;
    *) echo "$SRC/corpus/reports/$1.md" ;;
  esac
}

checked=0
for scraped in "$SRC"/corpus/scraped/*.txt; do
  name=$(basename "$scraped" .txt) # seed-000-shule-2023.glued
  base=${name%.*}
  original=$(original_of "$base")
  values "$original" >orig.csv
  values "$scraped" >scraped.csv
  # Every table read from the scraped shape has the original's values, no more, no fewer.
  for t in $(tables_read scraped.csv); do
    if diff <(grep "^$t," orig.csv) <(grep "^$t," scraped.csv) >diff.txt; then
      pass
    else
      fail "$name: table $t values differ from $(basename "$original")"
      sed 's/^/    /' diff.txt | head -10
    fi
  done
  # fmt: canonical Markdown with the same values, and the same facts.
  "$NB" fmt "$scraped" >formatted.md 2>/dev/null || fail "$name: fmt failed"
  values formatted.md >formatted.csv
  if cmp -s scraped.csv formatted.csv; then pass; else fail "$name: fmt changed the values read"; fi
  if [ "$(facts "$scraped")" = "$(facts "$original")" ]; then
    pass
  else
    fail "$name: year/template $(facts "$scraped"), original $(facts "$original")"
  fi
  # lint says table-unreadable exactly for the tables extract gives as absent but the original
  # reads (the glued shapes whose digits cannot be cut back, corpus/CASES.md).
  unreadable=$("$NB" lint --format gcc "$scraped" 2>/dev/null | grep -c '\[table-unreadable\]$')
  lost=0
  for t in $(tables_read orig.csv); do
    grep -q "^$t," scraped.csv || lost=$((lost + 1))
  done
  orig_unreadable=$("$NB" lint --format gcc "$original" 2>/dev/null | grep -c '\[table-unreadable\]$')
  if [ "$unreadable" -eq $((lost + orig_unreadable)) ]; then
    pass
  else
    fail "$name: $unreadable table-unreadable, but $lost tables lost + $orig_unreadable unreadable in the original"
  fi
  checked=$((checked + 1))
done
[ "$checked" -eq 18 ] && pass || fail "checked $checked scraped shapes, want 18"

# One scraped shape by hand: seed 000 glued, the values of table 三 row 一 and table 四 (raw
# lines 87-93 and the table 四 line: 6 0 0 0 0 0 6; 0 0 1 0 1 and ten zeros).
values "$SRC/corpus/scraped/seed-000-shule-2023.glued.txt" >s0.csv
row1=$(grep '^三,一、本年新收政府信息公开申请数量,' s0.csv | cut -d, -f5 | sort -n | tr '\n' ' ')
t4=$(grep '^四,' s0.csv | wc -l)
[ "$row1" = "0 0 0 0 0 6 6 " ] && pass || fail "seed 000 glued 一、本年新收 (sorted): $row1"
[ "$t4" -eq 15 ] && pass || fail "seed 000 glued table 四: $t4 values, want 15"
# The organ is the report's, not the breadcrumb's or a metadata line's.
organ=$("$NB" extract --format csv "$SRC/corpus/scraped/seed-000-shule-2023.glued.txt" |
  awk -F, 'NR == 2 { print $3 }')
[ "$organ" = "疏勒县人民政府" ] && pass || fail "seed 000 glued organ: '$organ'"

# lint --fix splits the digits run together by count (one digit per cell) with a space, the
# separator of run-on text, and the text then reads without them: seed 000 glued keeps only its
# two findings of substance (corpus/CASES.md).
cp "$SRC/corpus/scraped/seed-000-shule-2023.glued.txt" fixed.txt
"$NB" lint --fix fixed.txt >/dev/null 2>&1
left=$("$NB" lint --format gcc fixed.txt 2>/dev/null | sed -n 's/.*\[\([a-z-]*\)\]$/\1/p' | sort | tr '\n' ' ')
[ "$left" = "overview-aspect-missing rectification-missing " ] && pass ||
  fail "seed 000 glued after --fix: $left"
grep -q '一、本年新收政府信息公开申请数量6 0 0 0 0 0 6二、' fixed.txt && pass ||
  fail "seed 000 glued after --fix: row 一 not split with spaces"

finish
