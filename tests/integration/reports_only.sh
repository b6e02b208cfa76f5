#!/usr/bin/env bash
# lint --reports-only, what the commit hooks run: a file that is not a report (no report title,
# fewer than two statutory sections, not named by the configuration's "reports" patterns) gets
# no findings; a report is checked exactly as without the option, and so is a file the
# configuration names, wherever the configuration sits and however the file is named on the
# command line. Without the option everything given is checked, as before.
# Usage: bash reports_only.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

BROKEN=$SRC/corpus/rules/sum-review/fires.md # a report whose table 四 total is wrong

# lint ARGS… : sets status and out (stdout + stderr).
lint() {
  out=$("$NB" lint "$@" </dev/null 2>&1)
  status=$?
}
expect_eq() { # NAME GOT WANT
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi
}

mkdir -p repo/docs repo/reports
printf '# 项目说明\n\n本仓库存放各年度报告，修改前请先阅读本文件。\n' >repo/README.md
# One statutory section and no title: not a report yet, by the editors' test.
printf '一、总体情况\n\n本年度工作有序开展。\n' >repo/docs/draft.md
cp "$BROKEN" repo/reports/report.md

# Without the option: every file is checked; the README is "missing" its sections.
lint repo/README.md
expect_eq "README without --reports-only: status" "$status" 1
case "$out" in *"[section-missing]"*) pass ;; *) fail "README without --reports-only: $out" ;; esac

# With it: the README and the one-section draft get nothing, the report what it always gets.
lint --reports-only repo/README.md repo/docs/draft.md
expect_eq "not reports: status" "$status" 0
expect_eq "not reports: output" "$out" ""
lint repo/reports/report.md
want=$out
lint --reports-only repo/README.md repo/reports/report.md repo/docs/draft.md
expect_eq "a report among them: status" "$status" 1
expect_eq "a report among them: the report's findings, unchanged" "$out" "$want"
lint --reports-only --format json repo/README.md
expect_eq "not a report, JSON: no findings" "$out" "[]"
lint --reports-only - <repo/README.md
expect_eq "not a report on standard input: status" "$status" 0

# A report title alone makes a report.
printf '# 某局2024年政府信息公开工作年度报告\n\n正文。\n' >repo/docs/titled.md
lint --reports-only repo/docs/titled.md
expect_eq "a titled report: status" "$status" 1
case "$out" in *"titled.md:"*"[section-missing]"*) pass ;; *) fail "a titled report: $out" ;; esac

# "reports" of .nianbao.json names the draft, relative to the configuration's folder, from
# any current directory and however the file is written.
printf '{"reports": ["docs/draft*.md"]}\n' >repo/.nianbao.json
lint --reports-only repo/docs/draft.md
expect_eq "named by the configuration: status" "$status" 1
case "$out" in *"draft.md:"*"[section-missing]"*) pass ;; *) fail "named draft: $out" ;; esac
(cd repo/docs && "$NB" lint --reports-only ./draft.md >/dev/null 2>&1)
expect_eq "named, from its own folder: status" "$?" 1
lint --reports-only repo/README.md
expect_eq "the configuration names the drafts only: README status" "$status" 0
# A pattern without "/" names the file wherever it is; one for another folder names nothing.
printf '{"reports": ["draft.md"]}\n' >repo/.nianbao.json
lint --reports-only repo/docs/draft.md
expect_eq "named by its file name: status" "$status" 1
printf '{"reports": ["reports/draft.md"]}\n' >repo/.nianbao.json
lint --reports-only repo/docs/draft.md
expect_eq "a pattern for another folder: status" "$status" 0
# --config names the configuration: its folder is where patterns start.
printf '{"reports": ["docs/*.md"]}\n' >repo/other.json
rm repo/.nianbao.json
lint --reports-only --config repo/other.json repo/docs/draft.md
expect_eq "named by --config's patterns: status" "$status" 1

# --fix leaves a file that is not a report as it was, however fixable its text.
printf '# 说明\n\n日期：2024年1月1曰。\n' >repo/notes.md
cp repo/notes.md notes.before
lint --reports-only --fix repo/notes.md
expect_eq "--fix on a non-report: status" "$status" 0
cmp -s notes.before repo/notes.md && pass || fail "--fix changed a file that is not a report"

finish
