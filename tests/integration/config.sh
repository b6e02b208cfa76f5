#!/usr/bin/env bash
# Configuration and the lint pipeline's own options, end to end: .nianbao.json discovery
# (walking up; nearest wins; stdin from the cwd), --config, bad configurations (one line,
# status 2), severities and organ_kind changing results and exit codes, lang, inline
# suppression before configuration, --strict, --max-warnings, and --fix (file rewritten only
# with --fix and only when something changed, numbers never touched, a failed write loses
# nothing, and `-` puts the fixed text alone on stdout).
# Usage: bash config.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

CLEAN=$SRC/corpus/clean/report-2023.md
TYPO=$SRC/corpus/rules/label-typo/fires.md # the clean report with one label typo (line 48)
SUMROW=$SRC/corpus/rules/sum-row/fires.md  # two sum-row errors (lines 45, 46), unsafe fixes

# run [VAR=VALUE…] ARGS… : nianbao with stdin from $STDIN (or /dev/null); sets status/out/err.
run() {
  local envs=()
  while [[ $# -gt 0 && $1 == [A-Z_]*=* ]]; do
    envs+=("$1")
    shift
  done
  env "${envs[@]}" "$NB" "$@" <"${STDIN:-/dev/null}" >"$TMP/out.txt" 2>"$TMP/err.txt"
  status=$?
  out=$(cat "$TMP/out.txt")
  err=$(cat "$TMP/err.txt")
}

expect_status() { # NAME WANT
  if [ "$status" -eq "$2" ]; then pass; else fail "$1: exit $status, want $2 (stderr: $err)"; fi
}
expect_contains() { # NAME HAYSTACK NEEDLE
  case "$2" in
  *"$3"*) pass ;;
  *) fail "$1: does not contain '$3': $2" ;;
  esac
}
expect_lacks() { # NAME HAYSTACK NEEDLE
  case "$2" in
  *"$3"*) fail "$1: contains '$3': $2" ;;
  *) pass ;;
  esac
}
expect_eq() { # NAME GOT WANT
  if [ "$2" = "$3" ]; then pass; else fail "$1: got '$2', want '$3'"; fi
}
# Status 2 and exactly one line on stderr containing every NEEDLE.
expect_one_line_error() { # NAME NEEDLE…
  local name=$1
  shift
  expect_status "$name" 2
  local lines
  lines=$(wc -l <"$TMP/err.txt")
  if [ "$lines" -eq 1 ]; then pass; else fail "$name: $lines lines on stderr, want 1: $err"; fi
  for needle in "$@"; do expect_contains "$name" "$err" "$needle"; done
}
# `LINE SEVERITY RULE` for every gcc diagnostic in $out, one per line.
reduced() {
  printf '%s\n' "$out" | sed -n 's/^.*:\([0-9][0-9]*\):[0-9][0-9]*: \(error\|warning\|info\): .*\[\([a-z0-9-]*\)\]$/\1 \2 \3/p'
}
sum() { sha256sum "$1" | cut -d' ' -f1; }

# ---------------------------------------------------------------- discovery
mkdir -p tree/a/b/c tree/other
cp "$TYPO" tree/a/b/c/r.md
cp "$TYPO" tree/other/r.md
echo '{"rules": {"label-typo": "error"}}' >tree/a/.nianbao.json

run lint tree/a/b/c/r.md
expect_eq "config two levels up" "$(reduced)" "48 error label-typo"
expect_status "config two levels up" 1

run lint tree/other/r.md
expect_eq "no config on the way up" "$(reduced)" "48 warning label-typo"
expect_status "no config on the way up" 0

# The same file named from elsewhere (a relative path with ..) finds the same config.
(cd tree/other && "$NB" lint ../a/b/c/r.md >"$TMP/out.txt" 2>&1)
status=$?
out=$(cat "$TMP/out.txt")
expect_eq "relative path with .." "$(reduced)" "48 error label-typo"

# Nearest wins.
echo '{"rules": {"label-typo": "off"}}' >tree/a/b/.nianbao.json
run lint tree/a/b/c/r.md
expect_eq "nearest config wins" "$out" ""
expect_status "nearest config wins" 0

# Each file gets its own directory's config in one run.
run lint tree/a/b/c/r.md tree/other/r.md
expect_eq "per-file configs" "$(reduced)" "48 warning label-typo"

# Standard input: discovery from the current directory.
(cd tree/a/b/c && "$NB" lint - <r.md >"$TMP/out.txt" 2>"$TMP/err.txt")
status=$?
out=$(cat "$TMP/out.txt")
expect_eq "stdin: config from the cwd" "$out" ""
(cd tree/other && "$NB" lint - <r.md >"$TMP/out.txt" 2>"$TMP/err.txt")
out=$(cat "$TMP/out.txt")
expect_eq "stdin: no config above the cwd" "$(reduced)" "48 warning label-typo"

# --config: that file only, no discovery.
echo '{"rules": {"label-typo": "info"}}' >forced.json
run lint --config forced.json tree/a/b/c/r.md
expect_eq "--config overrides discovery" "$(reduced)" "48 info label-typo"
expect_status "--config overrides discovery" 0
run lint --config=forced.json tree/other/r.md
expect_eq "--config=FILE" "$(reduced)" "48 info label-typo"
rm tree/a/b/.nianbao.json

# ---------------------------------------------------------------- bad configurations
mkdir bad
cp "$TYPO" bad/r.md
echo '{"rules": {"label-typos": "off"}}' >bad/.nianbao.json
run lint bad/r.md
expect_one_line_error "unknown rule id" "bad/.nianbao.json" "rules.label-typos"
expect_eq "unknown rule id: nothing on stdout" "$out" ""

echo '{"rules": {"label-typo": "warn"}}' >bad/.nianbao.json
run --lang en lint bad/r.md
expect_one_line_error "bad severity" "bad/.nianbao.json" "rules.label-typo" '"warn"'

echo '{"organ_kind": "city"}' >bad/.nianbao.json
run lint bad/r.md
expect_one_line_error "bad organ_kind" "organ_kind" '"city"'

printf '{\n  "rules": {"label-typo": "off",}\n}\n' >bad/.nianbao.json
run lint --lang en bad/r.md
expect_one_line_error "invalid JSON" "bad/.nianbao.json:2:" "invalid JSON"

echo '{"colour": 1}' >bad/.nianbao.json
run lint bad/r.md
expect_one_line_error "unknown key" "colour"

run lint --config no-such.json tree/other/r.md
expect_one_line_error "--config missing" "no-such.json"

# A bad config stops the run before any file is linted.
run lint tree/other/r.md bad/r.md
expect_status "bad config, no partial output" 2
expect_eq "bad config, no partial output" "$out" ""
rm bad/.nianbao.json

# ---------------------------------------------------------------- severities and exit codes
mkdir sev
cp "$SUMROW" sev/r.md
run lint sev/r.md
expect_status "sum-row errors" 1
echo '{"rules": {"sum-row": "warning"}}' >sev/.nianbao.json
run lint sev/r.md
expect_eq "sum-row as warnings" "$(reduced)" "45 warning sum-row
46 warning sum-row"
expect_status "sum-row as warnings: exit 0" 0
echo '{"rules": {"sum-row": false}}' >sev/.nianbao.json
run lint sev/r.md
expect_eq "sum-row off" "$out" ""
expect_status "sum-row off" 0
echo '{"rules": {"sum-row": true}}' >sev/.nianbao.json
run lint sev/r.md
expect_status "sum-row true = default (error)" 1

# ---------------------------------------------------------------- organ_kind
# Section 一 without 考核/评议/责任追究: only a 人民政府 itself must cover that aspect
# (templates.c: overview_2021's government-only aspect).
mkdir -p organ/dept organ/gov
sed 's/本年度未发生政府信息公开责任追究情况。//' "$CLEAN" >organ/dept/r.md
sed -e 's/本年度未发生政府信息公开责任追究情况。//' -e '1s/泽南县交通运输局/泽南县人民政府/' "$CLEAN" >organ/gov/r.md
run lint organ/dept/r.md
expect_eq "department by its title: aspect not required" "$out" ""
echo '{"organ_kind": "government"}' >organ/dept/.nianbao.json
run lint organ/dept/r.md
expect_eq "organ_kind government: aspect required" "$(reduced)" "5 warning overview-aspect-missing"
run lint organ/gov/r.md
expect_eq "government by its title" "$(reduced)" "5 warning overview-aspect-missing"
echo '{"organ_kind": "township"}' >organ/gov/.nianbao.json
run lint organ/gov/r.md
expect_eq "organ_kind township: aspect not required" "$out" ""

# publication-late: signed 2024年2月20日, after a department's deadline (1月31日) but before a
# government's (3月31日); a township has no national deadline.
mkdir -p organ/late
sed 's/2024年1月20日/2024年2月20日/' "$CLEAN" >organ/late/r.md
run lint organ/late/r.md
expect_eq "department signed 2月20日: late" "$(reduced)" "91 warning publication-late"
expect_contains "kind read from the name: says so" "$out" "机关类型按机关名称“泽南县交通运输局”认定为"
echo '{"organ_kind": "department"}' >organ/late/.nianbao.json
run lint organ/late/r.md
expect_contains "kind set by the config: says so" "$out" "机关类型由配置指定为"
echo '{"organ_kind": "government"}' >organ/late/.nianbao.json
run lint organ/late/r.md
expect_eq "organ_kind government signed 2月20日: in time" "$out" ""
echo '{"organ_kind": "township"}' >organ/late/.nianbao.json
run lint organ/late/r.md
expect_eq "organ_kind township: no deadline" "$out" ""

# ---------------------------------------------------------------- lang
mkdir lang
cp "$TYPO" lang/r.md
echo '{"lang": "en"}' >lang/.nianbao.json
run lint lang/r.md
expect_contains "config lang en" "$out" "is misspelt"
run lint --lang zh lang/r.md
expect_contains "--lang wins over config" "$out" "与模板不一致"
run --lang zh lint lang/r.md
expect_contains "global --lang wins over config" "$out" "与模板不一致"
echo '{"lang": "zh"}' >lang/.nianbao.json
run LANG=en_US.UTF-8 lint lang/r.md
expect_contains "config lang over the locale" "$out" "与模板不一致"

# ---------------------------------------------------------------- suppression, then config
mkdir order
sed '48s/$/ <!-- nianbao-disable-line label-typo -->/' "$TYPO" >order/r.md
echo '{"rules": {"label-typo": "error"}}' >order/.nianbao.json
run lint order/r.md
expect_eq "suppressed before the config raises it" "$out" ""
expect_status "suppressed before the config raises it" 0

# ---------------------------------------------------------------- --strict, --max-warnings
mkdir warn
cp "$TYPO" warn/r.md # one warning, no error
run lint warn/r.md
expect_status "one warning" 0
run lint --strict warn/r.md
expect_status "--strict with a warning" 1
run lint --strict "$CLEAN"
expect_status "--strict, clean" 0
echo '{"rules": {"label-typo": "info"}}' >warn/.nianbao.json
run lint --strict warn/r.md
expect_status "--strict ignores info" 0
rm warn/.nianbao.json
run lint --max-warnings 1 warn/r.md
expect_status "--max-warnings 1, one warning" 0
run lint --max-warnings 0 warn/r.md
expect_status "--max-warnings 0, one warning" 1
expect_contains "--max-warnings message" "$err" "--max-warnings"
run lint --max-warnings=0 --format json warn/r.md
expect_status "--max-warnings with json" 1
run lint --max-warnings -1 warn/r.md
expect_status "--max-warnings -1 is a usage error" 2
run lint --max-warnings many warn/r.md
expect_status "--max-warnings many is a usage error" 2
run lint --max-warnings 5 "$SUMROW"
expect_status "--max-warnings does not excuse errors" 1

# ---------------------------------------------------------------- --fix
mkdir fix
cp "$TYPO" fix/r.md
before=$(sum fix/r.md)
run lint fix/r.md
expect_eq "no --fix, file untouched" "$(sum fix/r.md)" "$before"
run lint --fix fix/r.md
expect_status "--fix label typo" 0
expect_eq "--fix: nothing remains" "$out" ""
# The typo was the only difference from the clean report.
if cmp -s fix/r.md "$CLEAN"; then pass; else fail "--fix: result is not the clean report"; fi
expect_eq "--fix: no temporary file left" "$(ls -A fix)" "r.md"

# Nothing to fix: the file is not rewritten (same inode, same mtime).
cp "$CLEAN" fix/clean.md
touch -d '2001-01-01' fix/clean.md
stamp=$(stat -c '%i %Y' fix/clean.md)
run lint --fix fix/clean.md
expect_status "--fix, clean" 0
expect_eq "--fix, clean: not rewritten" "$(stat -c '%i %Y' fix/clean.md)" "$stamp"

# Arithmetic fixes are never safe: --fix changes no number.
cp "$SUMROW" fix/sum.md
before=$(sum fix/sum.md)
run lint --fix fix/sum.md
expect_status "--fix leaves sum-row errors" 1
expect_eq "--fix leaves sum-row errors" "$(reduced)" "45 error sum-row
46 error sum-row"
expect_eq "--fix changes no number" "$(sum fix/sum.md)" "$before"

# A suppressed or switched-off finding is not fixed.
sed '48s/$/ <!-- nianbao-disable-line -->/' "$TYPO" >fix/quiet.md
before=$(sum fix/quiet.md)
run lint --fix fix/quiet.md
expect_eq "--fix skips suppressed findings" "$(sum fix/quiet.md)" "$before"
mkdir fix/off
cp "$TYPO" fix/off/r.md
echo '{"rules": {"label-typo": "off"}}' >fix/off/.nianbao.json
before=$(sum fix/off/r.md)
run lint --fix fix/off/r.md
expect_eq "--fix skips rules turned off" "$(sum fix/off/r.md)" "$before"

# A file decoded from GB18030 is fixed and written back in GB18030, not converted to UTF-8.
if command -v iconv >/dev/null 2>&1; then
  iconv -f UTF-8 -t GB18030 "$TYPO" >fix/gb.md
  run lint --fix fix/gb.md
  expect_status "--fix on GB18030" 0
  if iconv -f GB18030 -t UTF-8 fix/gb.md 2>/dev/null | cmp -s - "$CLEAN"; then pass; else
    fail "--fix on GB18030: the decoded file is not the clean report"
  fi
  if iconv -f UTF-8 -t UTF-8 fix/gb.md >/dev/null 2>&1; then
    fail "--fix on GB18030: the file was rewritten as UTF-8"
  else pass; fi
  expect_contains "--fix on GB18030: still noted as GB18030" "$out" "[input-encoding]"
  case "$out" in *"[label-typo]"*) fail "--fix on GB18030: typo still reported" ;; *) pass ;; esac
  # Standard input in GB18030: the fixed text comes back in GB18030 too.
  iconv -f UTF-8 -t GB18030 "$TYPO" >fix/gb-stdin.md
  STDIN=fix/gb-stdin.md run lint --fix -
  if iconv -f GB18030 -t UTF-8 out.txt 2>/dev/null | cmp -s - "$CLEAN"; then pass; else
    fail "--fix - on GB18030: stdout is not the clean report in GB18030"
  fi
fi

# Standard input: the fixed text alone on stdout.
STDIN=$TYPO run lint --fix -
expect_status "--fix -" 0
if cmp -s "$TMP/out.txt" "$CLEAN"; then pass; else fail "--fix -: stdout is not the fixed text"; fi
expect_eq "--fix -: nothing on stderr" "$err" ""
STDIN=$SUMROW run lint --fix --format json -
expect_status "--fix - with errors left" 1
if cmp -s "$TMP/out.txt" "$SUMROW"; then pass; else fail "--fix -: unchanged text not echoed"; fi
expect_contains "--fix -: diagnostics on stderr in gcc format" "$err" "<stdin>:45:"
expect_contains "--fix -: diagnostics on stderr in gcc format" "$err" "[sum-row]"

# A directory the user cannot write to: exit 2, one line, the file as it was.
mkdir ro
cp "$TYPO" ro/r.md
chmod 644 ro/r.md
before=$(sum ro/r.md)
chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
  run lint --fix ro/r.md
elif command -v setpriv >/dev/null 2>&1; then
  # root writes anywhere: drop to nobody for this one run.
  setpriv --reuid=65534 --regid=65534 --clear-groups "$NB" lint --fix ro/r.md \
    </dev/null >"$TMP/out.txt" 2>"$TMP/err.txt"
  status=$?
  err=$(cat "$TMP/err.txt")
else
  status=skip
fi
if [ "$status" = skip ]; then
  echo "SKIP: read-only directory (running as root without setpriv)"
else
  expect_one_line_error "--fix in a read-only directory" "ro/r.md"
  expect_eq "--fix in a read-only directory: file kept" "$(sum ro/r.md)" "$before"
  expect_eq "--fix in a read-only directory: nothing added" "$(ls -A ro)" "r.md"
fi
chmod 755 ro

finish
