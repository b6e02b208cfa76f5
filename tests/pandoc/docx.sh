#!/usr/bin/env bash
# nianbao-pandoc under real pandoc 2.17 on .docx input: .docx files made here with pandoc from
# the corpus's Markdown reports, and the committed LibreOffice fixtures with merged cells
# (fixtures/). `pandoc X.docx --filter nianbao-pandoc -t json` must find what `nianbao lint`
# finds in the Markdown original (same rules, same messages, same count), name each place as
# Word shows it, pass the document through unchanged, and exit as each mode says.
#
#   bash tests/pandoc/docx.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_pandoc
cd "$src"

# Besides the padded rows (lib.sh), layouts a Word document cannot hold: pandoc's docx writer
# drops raw HTML (the LibreOffice fixtures below are that layout's .docx); a line break inside a
# paragraph becomes a space; tabs become spaces.
not_comparable[corpus/layouts/html-rowspan.md]="raw HTML tables are dropped by the docx writer"
not_comparable[corpus/layouts/cell-per-line.md]="line breaks inside a paragraph become spaces"
not_comparable[corpus/layouts/tab-separated.md]="tabs become spaces"

inputs=()
for f in corpus/reports/*.md corpus/clean/*.md corpus/layouts/*.md corpus/rules/*/*.md; do
  if [ -n "${not_comparable[$f]:-}" ]; then
    echo "not compared: $f (${not_comparable[$f]})"
  else
    inputs+=("$f")
  fi
done

# Markdown → .docx, then the filter on the .docx, several files at once (pandoc spends most of
# its time waiting).
mkdir -p "$scratch/docx"
printf '%s\n' "${inputs[@]}" | xargs -P 4 -I{} sh -c '
  base="$1/docx/$(echo "$3" | tr / _)"
  pandoc -f gfm "$3" -o "$base.docx" &&
    pandoc "$base.docx" --filter "$2" -t json -o "$base.json" 2>"$base.err"
  echo $? >"$base.status"' _ "$scratch" "$filter" {}

docx_of() { echo "$scratch/docx/$(echo "$1" | tr / _).docx"; }

# compare NAME ERR STATUS MARKDOWN: the findings the filter printed (ERR, pandoc's exit status
# STATUS) against nianbao lint's on the Markdown; every line starts with the source's name ("-"
# unless nianbao-source gives one).
compare() {
  local name=$1 err=$2 status=$3 md=$4
  checks=$((checks + 1))
  if [ "$status" != 0 ]; then
    fail "$md: pandoc exited $status with the filter: $(head -3 "$err")"
    return
  fi
  # Without +sourcepos there are no lines: every finding names its place ("-: 表三「…」…").
  if grep -qv "^$name: [^:]*: " "$err"; then
    fail "$md: a finding without its place: $(grep -v "^$name: " "$err" | head -1)"
  fi
  local want got
  want=$("$nianbao" lint "$md" | findings)
  got=$(findings <"$err")
  if [ "$want" != "$got" ]; then
    fail "$md: the .docx's findings differ from nianbao lint's on the Markdown"
    diff <(echo "$want") <(echo "$got") | head -10
  fi
}

# same_findings NAME DOCX MARKDOWN [PANDOC-OPTIONS…]: runs the filter on the .docx and compares.
same_findings() {
  local name=$1 docx=$2 md=$3
  shift 3
  pandoc "$docx" --filter "$filter" "$@" -t json -o "$scratch/out.json" 2>"$scratch/err"
  compare "$name" "$scratch/err" $? "$md"
}

for f in "${inputs[@]}"; do
  base=$scratch/docx/$(echo "$f" | tr / _)
  compare - "$base.err" "$(cat "$base.status")" "$f"
done

# Configuration: named with nianbao-config, or found from the directory nianbao-source names.
for dir in corpus/config/*; do
  pandoc -f gfm "$dir/report.md" -o "$scratch/config.docx" || fail "pandoc: $dir/report.md"
  if [ -f "$dir/.nianbao.json" ]; then
    same_findings - "$scratch/config.docx" "$dir/report.md" -M "nianbao-config=$dir/.nianbao.json"
  fi
  same_findings "$dir/report.docx" "$scratch/config.docx" "$dir/report.md" \
    -M "nianbao-source=$dir/report.docx"
done

# The LibreOffice fixtures: merged cells as Word has them.
same_findings - "$fixtures/html-rowspan.docx" corpus/layouts/html-rowspan.md
same_findings - "$fixtures/html-rowspan-faults.docx" tests/pandoc/fixtures/html-rowspan-faults.md

# Each place, as a person finds it in Word (checked by hand against the faults put in; see
# tests/pandoc/README.md).
pandoc "$fixtures/html-rowspan-faults.docx" --filter "$filter" -M nianbao-source=report.docx \
  -t json -o /dev/null 2>"$scratch/places"
places=$(sed -E 's/^(report\.docx: [^:]*): (error|warning|info): .*\[([a-z-]+)\]$/\1 [\3]/' "$scratch/places")
expected_places='report.docx: 「一、总体情况」第3段 [text-table-mismatch]
report.docx: 表三「三、本年度办理结果/（一）予以公开」×「总计」 [table-cell-invalid]
report.docx: 表三「（三）不予公开/2.其他法律行政法规禁止公开」 [label-typo]
report.docx: 表三「（五）不予处理/2.重复申请」×「法人或其他组织·商业企业」 [table-cell-empty]
report.docx: 表四「行政复议·总计」 [sum-review]
report.docx: 「五、存在的主要问题及改近情况」 [section-title]
report.docx: 「六、其他需要报告的事项」第3段 [publication-late]'
check "the places of the fixture's findings" [ "$places" = "$expected_places" ]
[ "$places" = "$expected_places" ] || diff <(echo "$expected_places") <(echo "$places")

# English on request.
pandoc "$fixtures/html-rowspan-faults.docx" --filter "$filter" -M nianbao-lang=en -t json \
  -o /dev/null 2>"$scratch/en"
check "nianbao-lang=en" grep -q '^-: table 4 「行政复议·总计」: error: 行政复议 “总计” is reported as 4' "$scratch/en"

# The default mode passes the document through unchanged.
for f in "$fixtures/html-rowspan.docx" "$fixtures/html-rowspan-faults.docx" \
  "$(docx_of corpus/reports/hongze-2023.md)" "$(docx_of corpus/reports/seed-001-kashi-2021.md)"; do
  pandoc "$f" -t json -o "$scratch/plain.json"
  pandoc "$f" --filter "$filter" -t json -o "$scratch/filtered.json" 2>/dev/null
  check "$(basename "$f"): the JSON round-trips unchanged" cmp -s "$scratch/plain.json" "$scratch/filtered.json"
done

# Exit statuses. expect_status WANT DOCX OPTIONS…: pandoc's status; 83 means the filter failed
# and then pandoc must not have written its output.
expect_status() {
  local want=$1 docx=$2
  shift 2
  rm -f "$scratch/o.docx"
  pandoc "$docx" --filter "$filter" "$@" -o "$scratch/o.docx" 2>"$scratch/status.err"
  local got=$?
  check "$(basename "$docx") $*: exit $want, got $got" [ "$got" -eq "$want" ]
  if [ "$want" -eq 0 ]; then
    check "$(basename "$docx") $*: output written" [ -s "$scratch/o.docx" ]
  else
    check "$(basename "$docx") $*: no output" [ ! -e "$scratch/o.docx" ]
  fi
}
faults=$fixtures/html-rowspan-faults.docx
clean=$fixtures/html-rowspan.docx
warnings_only=$(docx_of corpus/rules/label-typo/fires.md)
expect_status 0 "$faults"
expect_status 83 "$faults" -M nianbao-fail-on=error
expect_status 83 "$faults" -M nianbao-fail-on=warning
expect_status 0 "$clean" -M nianbao-fail-on=warning
expect_status 0 "$warnings_only" -M nianbao-fail-on=error
expect_status 83 "$warnings_only" -M nianbao-fail-on=warning
expect_status 83 "$clean" -M nianbao-fail-on=bogus
check "a bad option is one line pandoc shows" \
  grep -q '^nianbao-pandoc: 元数据 nianbao-fail-on=bogus 无效：应为 error|warning$' "$scratch/status.err"
expect_status 83 "$clean" -M nianbao-failon=error
check "a misspelt option is named" grep -q 'nianbao-failon' "$scratch/status.err"

# The filter's own statuses, as pandoc would see them: 0, 1 (nianbao-fail-on), 2 (bad input).
pandoc "$faults" -M nianbao-fail-on=error -t json -o "$scratch/failon.json"
"$filter" json <"$scratch/failon.json" >/dev/null 2>&1
check "the filter exits 1 for nianbao-fail-on" [ $? -eq 1 ]
pandoc "$faults" -t json -o "$scratch/plain.json"
"$filter" json <"$scratch/plain.json" >/dev/null 2>&1
check "the filter exits 0 by default" [ $? -eq 0 ]

# nianbao-report: the CLI's JSON and SARIF, one entry per finding.
pandoc "$faults" --filter "$filter" -M "nianbao-report=$scratch/r.json" -t json -o /dev/null 2>/dev/null
check "nianbao-report=FILE.json" python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))
rules = sorted(d["rule"] for d in a)
assert rules == sorted(["text-table-mismatch", "table-cell-invalid", "label-typo",
  "table-cell-empty", "sum-review", "section-title", "publication-late"]), rules
assert all(d["file"] == "<stdin>" and d["line"] >= 1 and d["column"] >= 1 for d in a)
' "$scratch/r.json"
pandoc "$faults" --filter "$filter" -M "nianbao-report=$scratch/r.sarif" -M nianbao-source=report.docx \
  -t json -o /dev/null 2>/dev/null
check "nianbao-report=FILE.sarif" python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0"
results = log["runs"][0]["results"]
assert len(results) == 7, len(results)
assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "report.docx"
           for r in results)
' "$scratch/r.sarif"
pandoc "$faults" --filter "$filter" -M "nianbao-report=$scratch/no/such/dir/r.json" -t json \
  -o /dev/null 2>"$scratch/report.err"
check "an unwritable report fails the run" [ $? -eq 83 ]
check "an unwritable report is named" grep -q "no/such/dir/r.json" "$scratch/report.err"

finish
