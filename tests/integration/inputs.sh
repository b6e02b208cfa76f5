#!/usr/bin/env bash
# Hostile inputs get one clear line and exit 2, at once (issue 7):
#   - a character device as the report, --previous or --config is refused at its first NUL
#     byte, an endless text stream at the size limit (256 MiB);
#   - a GB18030 file cut inside a character says it is truncated;
#   - a cell of 10^15 or more is an invalid cell with its own message, and no sum prints in
#     exponent notation;
#   - .nianbao.json: a BOM is accepted, a dangling or looping symlink is an error, escape
#     sequences in keys never reach the terminal, nor do those of a report quoted in a finding;
#   - template --org with a line break or invalid UTF-8 is a usage error that says so.
# Usage: bash inputs.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

clean=$SRC/corpus/clean/report-2023.md

run() { # COMMAND…: at most 20 seconds; sets status, out (stdout) and err (stderr)
  timeout 20 "$NB" "$@" >out.txt 2>err.txt
  status=$?
  out=$(cat out.txt)
  err=$(cat err.txt)
}

expect() { # NAME STATUS STDERR: exit status and the exact one line on stderr
  [ "$status" -eq "$2" ] && pass || fail "$1: exit $status, want $2"
  [ "$err" = "$3" ] && pass || fail "$1: stderr [$err], want [$3]"
}

# ------------------------------------------------------------------ devices and endless input
zero='nianbao: /dev/zero: binary file (NUL byte at byte offset 0), not text'
run --lang en lint /dev/zero
expect "lint /dev/zero" 2 "$zero"
run --lang en lint --previous /dev/zero "$clean"
expect "lint --previous /dev/zero" 2 "$zero"
run --lang en lint --config /dev/zero "$clean"
expect "lint --config /dev/zero" 2 "$zero"
run --lang en fmt /dev/zero
expect "fmt /dev/zero" 2 "$zero"
run --lang en extract /dev/zero
expect "extract /dev/zero" 2 "$zero"
run --lang en lint /dev/urandom
[ "$status" -eq 2 ] && pass || fail "lint /dev/urandom: exit $status"

timeout 60 bash -c "yes 一、总体情况 | '$NB' --lang en lint -" >out.txt 2>err.txt
status=$?
err=$(cat err.txt)
expect "yes | lint -" 2 "nianbao: <stdin>: larger than 256 MiB, the most nianbao reads from an input"

# ------------------------------------------------------------------ truncated GB18030
iconv -f UTF-8 -t GB18030 "$clean" >gb.md
size=$(stat -c %s gb.md)
# The report ends in "日\n": cut the newline and the second byte of 日 (C8 D5).
head -c $((size - 2)) gb.md >cut.md
run --lang en lint cut.md
expect "truncated GB18030" 2 "nianbao: cut.md: GB18030 text cut off in the middle of a character at byte offset $((size - 3)) (the file looks truncated)"

# ------------------------------------------------------------------ numbers too large to hold
sed 's/^| 一、本年新收政府信息公开申请数量 |  |  | 18 |/| 一、本年新收政府信息公开申请数量 |  |  | 9007199254740993 |/' \
  "$clean" >huge.md
grep -q 9007199254740993 huge.md || fail "huge.md: the number was not put in"
run --lang en lint huge.md
[ "$status" -eq 1 ] && pass || fail "lint huge.md: exit $status, want 1"
want='huge.md:43:28: error: table 3: row “一、本年新收政府信息公开申请数量”, column “自然人” holds “9007199254740993”, too large to check exactly (10^15 or more) [table-cell-invalid]'
[ "$out" = "$want" ] && pass || fail "lint huge.md: [$out], want [$want]"

# Sums of valid cells print in full.
sed 's/^| 一、本年新收政府信息公开申请数量 |  |  | 18 | 4 |/| 一、本年新收政府信息公开申请数量 |  |  | 999999999999999 | 999999999999999 |/' \
  "$clean" >large.md
run --lang en lint large.md
case "$out" in *e+*) fail "a sum in exponent notation: $out" ;; *) pass ;; esac
case "$out" in *"= 2000000000000001 [sum-row]"*) pass ;; *) fail "the row's sum 2000000000000001 (999999999999999 × 2 + 1 + 2) not printed: $out" ;; esac

# ------------------------------------------------------------------ .nianbao.json
mkdir -p bom/sub loop dangling
printf '\xEF\xBB\xBF{"lang": "en", "rules": {"label-typo": "off"}}' >bom/.nianbao.json
cp "$SRC/corpus/rules/label-typo/fires.md" bom/sub/r.md
run lint bom/sub/r.md
[ "$status" -le 1 ] && pass || fail "a configuration with a BOM: exit $status: $err"
case "$out" in *label-typo*) fail "the configuration with a BOM was not applied" ;; *) pass ;; esac

cp "$clean" dangling/r.md
ln -s nowhere.json dangling/.nianbao.json
run --lang en lint dangling/r.md
expect "dangling .nianbao.json" 2 "nianbao: $TMP/dangling/.nianbao.json: the symbolic link points to nothing; cannot read the configuration (No such file or directory)"
cp "$clean" loop/r.md
ln -s .nianbao.json loop/.nianbao.json
run --lang en lint loop/r.md
expect "looping .nianbao.json" 2 "nianbao: $TMP/loop/.nianbao.json: the symbolic link loops; cannot read the configuration"

printf '{"\\u001b]0;owned\\u0007\\u001b[2J": 1}' >esc.json
run --lang en lint --config esc.json "$clean"
expect "escape sequence in a key" 2 'nianbao: esc.json: unknown key "\u001B]0;owned\u0007\u001B[2J" (expected rules, organ_kind, lang, reports or previous)'
grep -q $'\x1b' err.txt && fail "an ESC byte reached stderr" || pass

# A report's own text quoted in a message (an invalid cell) never sends ESC to the terminal.
sed 's/^| 行政许可 | 1286 |/| 行政许可 | x\x1b[31my |/' "$clean" >esc.md
grep -q $'\x1b' esc.md || fail "esc.md: no ESC was put in"
run --lang en lint esc.md
grep -q $'\x1b' out.txt && fail "an ESC of the report reached the terminal" || pass
case "$out" in *'holds “x\u001B[31my”'*) pass ;; *) fail "the cell is not quoted escaped: $out" ;; esac

# ------------------------------------------------------------------ template --org
run --lang en template --year 2024 --org $'某县交通运输局\n# 二、注入的标题'
expect "--org with a line break" 2 "nianbao: the value of --org must be one line of text, without line breaks or control characters (see nianbao --help)"
[ -z "$out" ] && pass || fail "--org with a line break: printed a report"
run --lang en template --year 2024 --org $'某县\xff交通运输局'
expect "--org not UTF-8" 2 "nianbao: the value of --org is not valid UTF-8 text (see nianbao --help)"
run --lang en template --year 2024 --org ''
expect "--org empty" 2 "nianbao: missing --org (the organ's name) (see nianbao --help)"

finish
