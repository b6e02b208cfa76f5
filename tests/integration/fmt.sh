#!/usr/bin/env bash
# `nianbao fmt` and `nianbao template` on the whole corpus:
#   - fmt is idempotent: fmt of fmt's output is byte-identical, and --check accepts it;
#   - fmt keeps what lint says: the multiset of rule ids (lines move) is the same before and
#     after, layout findings (table-cells-run-together, table-unreadable, input-encoding) aside;
#   - every layout variant of the clean report formats to exactly the clean report, which is
#     canonical already;
#   - --write rewrites a file in place and --check tells canonical from not;
#   - a blank template lints with table-cell-empty only (one per data row), for both templates
#     and all three organ kinds; usage errors exit 2 with one line.
#
#   bash fmt.sh <path-to-nianbao> <source-dir>
set -u

if [ $# -ne 2 ]; then
  echo "usage: bash fmt.sh <path-to-nianbao> <source-dir>" >&2
  exit 2
fi
nianbao=$1
source_dir=$2
export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the corpus, so that outputs sit beside their sources and lint finds the same
# .nianbao.json configuration for both.
cp -r "$source_dir/corpus" "$work/corpus"

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}

run() {
  if command -v timeout >/dev/null 2>&1; then timeout 60 "$nianbao" "$@"; else "$nianbao" "$@"; fi
}

# Rule ids lint reports on a file, layout findings left out, sorted.
rule_ids() {
  run lint --format gcc "$1" 2>/dev/null | grep -v ': note: ' | sed -n 's/.*\[\([a-z0-9-]*\)\]$/\1/p' |
    grep -vE '^(table-cells-run-together|table-unreadable|input-encoding)$' | sort
}

while IFS= read -r file; do
  name=${file#"$work/"}
  out="$file.fmt1.md"
  again="$file.fmt2.md"
  if ! run fmt "$file" >"$out"; then
    fail "$name: fmt failed"
    continue
  fi
  run fmt "$out" >"$again"
  if cmp -s "$out" "$again"; then pass; else fail "$name: fmt is not idempotent"; fi
  if run fmt --check "$out" 2>/dev/null; then pass; else fail "$name: --check rejects fmt output"; fi
  if [ "$(rule_ids "$file")" = "$(rule_ids "$out")" ]; then
    pass
  else
    fail "$name: lint findings changed"
    diff <(rule_ids "$file") <(rule_ids "$out") | sed 's/^/    /'
  fi
done < <(find "$work/corpus" \( -name '*.md' -o -name '*.txt' \) ! -name 'README.md' ! -name 'CASES.md' | sort)

# The clean report is canonical; its layout variants become exactly it.
clean="$source_dir/corpus/clean/report-2023.md"
if run fmt --check "$clean" 2>/dev/null; then pass; else fail "clean report is not canonical"; fi
for variant in "$source_dir"/corpus/layouts/*.md; do
  if run fmt "$variant" | cmp -s - "$clean"; then
    pass
  else
    fail "$(basename "$variant"): does not format to the clean report"
  fi
done

# fmt of the pdftotext layout: the three tables become pipe tables (one delimiter row each).
delims=$(run fmt "$source_dir/corpus/layouts/pdftotext.txt" | grep -c '^| --- |')
if [ "$delims" -eq 3 ]; then pass; else fail "pdftotext: $delims pipe tables, expected 3"; fi

# Standard input, --write and --check.
if run fmt - <"$source_dir/corpus/layouts/tab-separated.md" | cmp -s - "$clean"; then
  pass
else
  fail "fmt - (stdin) differs"
fi
target="$work/write-me.md"
cp "$source_dir/corpus/layouts/html-rowspan.md" "$target"
chmod 640 "$target"
run fmt --check "$target" 2>/dev/null
if [ $? -eq 1 ]; then pass; else fail "--check accepts a non-canonical file"; fi
if run fmt --write "$target" && cmp -s "$target" "$clean"; then pass; else fail "--write"; fi
if [ "$(stat -c %a "$target")" = 640 ]; then pass; else fail "--write lost the file mode"; fi
run fmt --check "$target" 2>/dev/null
if [ $? -eq 0 ]; then pass; else fail "--check after --write"; fi
run fmt >/dev/null 2>&1
if [ $? -eq 2 ]; then pass; else fail "fmt without a file must exit 2"; fi
run fmt --write --check "$target" >/dev/null 2>&1
if [ $? -eq 2 ]; then pass; else fail "fmt --write --check must exit 2"; fi

# Blank templates: 32 data rows in either template (2021: 6 + 25 + 1; 2019: 8 + 23 + 1), each
# one table-cell-empty, and nothing else.
for year in 2020 2024; do
  for kind in department government township; do
    for org in 泽南县交通运输局 疏勒县人民政府 叶城县喀格勒克镇; do
      t="$work/template-$year-$kind.md"
      if ! run template --year "$year" --org "$org" --kind "$kind" >"$t"; then
        fail "template $year $kind $org failed"
        continue
      fi
      ids=$(rule_ids "$t" | sort -u | tr '\n' ' ')
      count=$(rule_ids "$t" | grep -c '^table-cell-empty$')
      if [ "$ids" = "table-cell-empty " ] && [ "$count" -eq 32 ]; then
        pass
      else
        fail "template $year $kind $org: rules [$ids], $count table-cell-empty"
      fi
      if head -n 1 "$t" | grep -q "^# ${org}${year}年政府信息公开工作年度报告\$"; then
        pass
      else
        fail "template $year $kind $org: title line"
      fi
      if run fmt --check "$t" 2>/dev/null; then pass; else fail "template $year $kind: not canonical"; fi
    done
  done
done
for bad in "--year 2024" "--org X" "--year 20x4 --org X" "--year 2024 --org X --kind city" \
  "--year 2024 --org X extra"; do
  # shellcheck disable=SC2086
  err=$(run template $bad 2>&1 >/dev/null)
  status=$?
  if [ $status -eq 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]; then
    pass
  else
    fail "template $bad: exit $status, stderr [$err]"
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
