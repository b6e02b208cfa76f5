#!/usr/bin/env bash
# The nianbao command line end to end: exit codes, usage errors, bad input (one clear line on
# stderr, status 2, never a crash), stdin, languages, output formats, and a 50 MB input.
# Usage: bash cli.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

# run [VAR=VALUE…] ARGS… : runs nianbao (with those environment variables, stdin from $STDIN or
# /dev/null); sets $status, $out, $err. Going through env keeps bash from trying the locales.
run() {
  local envs=()
  while [[ $# -gt 0 && $1 == [A-Z_]*=* ]]; do
    envs+=("$1")
    shift
  done
  env "${envs[@]}" "$NB" "$@" <"${STDIN:-/dev/null}" >out.txt 2>err.txt
  status=$?
  out=$(cat out.txt)
  err=$(cat err.txt)
}

expect_status() { # NAME WANT
  if [ "$status" -eq "$2" ]; then pass; else fail "$1: exit $status, want $2 (stderr: $err)"; fi
}

expect_contains() { # NAME HAYSTACK NEEDLE
  case "$2" in
  *"$3"*) pass ;;
  *) fail "$1: output does not contain '$3': $2" ;;
  esac
}

# A usage or input error: status 2, exactly one line on stderr, containing NEEDLE, nothing on
# stdout except what other (good) files produce.
expect_one_line_error() { # NAME NEEDLE
  expect_status "$1" 2
  local lines
  lines=$(wc -l <err.txt)
  if [ "$lines" -eq 1 ]; then pass; else fail "$1: $lines lines on stderr, want 1: $err"; fi
  expect_contains "$1" "$err" "$2"
  case "$status" in 0 | 1 | 2) pass ;; *) fail "$1: crashed (status $status)" ;; esac
}

is_json() { # FILE
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>/dev/null
}

have_python=0
command -v python3 >/dev/null 2>&1 && have_python=1

# ------------------------------------------------------------------ version, help, rules
run --version
expect_status "--version" 0
[ "$out" = "nianbao 0.1.0" ] && pass || fail "--version printed '$out'"

run --help
expect_status "--help" 0
expect_contains "--help" "$out" "lint"
expect_contains "--help (Chinese by default)" "$out" "用法"

run --lang en --help
expect_contains "--lang en --help" "$out" "Usage: nianbao"

nrules=$(grep -c '^ *{"[a-z-]*", NB_GROUP_' "$SRC/src/core/catalog.c")
run rules
expect_status "rules" 0
listed=$(grep -cE '^[a-z-]+ \((error|warning|info)\): ' out.txt)
[ "$listed" -eq "$nrules" ] && pass || fail "rules lists $listed rules, catalog has $nrules"
expect_contains "rules" "$out" "section-missing (error): 缺少法定章节"
expect_contains "rules" "$out" "sum-balance (error): "

run rules --lang en
expect_contains "rules --lang en" "$out" "section-missing (error): a required section is missing"

run rules --format json
expect_status "rules --format json" 0
if [ $have_python = 1 ]; then
  n=$(python3 -c 'import json; d=json.load(open("out.txt")); print(len(d)); assert all({"id","severity","doc"} <= set(r) for r in d)' 2>/dev/null)
  [ "$n" = "$nrules" ] && pass || fail "rules --format json: $n entries, want $nrules"
fi

# ------------------------------------------------------------------ usage errors
run
expect_one_line_error "no command" "nianbao --help"
run frobnicate
expect_one_line_error "unknown command" "frobnicate"
run --bogus
expect_one_line_error "unknown global option" "--bogus"
run lint --bogus x.md
expect_one_line_error "unknown lint option" "未知选项 --bogus"
run lint --lang en --bogus x.md
expect_one_line_error "unknown option in English" "unknown option --bogus"
run lint --format xml x.md
expect_one_line_error "bad --format" "xml"
run lint --format
expect_one_line_error "--format without value" "--format"
run lint
expect_one_line_error "lint without files" "缺少要检查的文件"
run rules extra
expect_one_line_error "rules with an operand" "extra"

# ------------------------------------------------------------------ bad input
run lint nope.md
expect_one_line_error "missing file" "nianbao: nope.md: 找不到文件"
run lint --lang en nope.md
expect_one_line_error "missing file (en)" "nianbao: nope.md: no such file"

mkdir adir
run lint adir
expect_one_line_error "directory without reports" "目录 adir 下没有要检查的报告"

printf 'abc\000def' >bin.dat
run lint bin.dat
expect_one_line_error "binary" "二进制"
run lint --lang en bin.dat
expect_one_line_error "binary (en)" "binary file"

printf '中文\377x\n' >bad.md # 中文 is 6 bytes: the bad byte is at offset 6
run lint bad.md
expect_one_line_error "invalid UTF-8" "nianbao: bad.md: 不是有效的 UTF-8 文本（第 6 字节）"
run LANG=en_US.UTF-8 lint bad.md
expect_one_line_error "invalid UTF-8 (LANG=en)" "nianbao: bad.md: not valid UTF-8 text (byte offset 6)"
run LC_ALL=zh_CN.UTF-8 LANG=en_US.UTF-8 lint bad.md
expect_one_line_error "LC_ALL wins over LANG" "不是有效的 UTF-8 文本"

if [ "$(id -u)" != 0 ]; then
  printf 'x' >locked.md
  chmod 000 locked.md
  run lint locked.md
  expect_one_line_error "unreadable" "locked.md: 无法读取"
fi

# ------------------------------------------------------------------ empty file: no section at all
# One finding says the structure cannot be read (not one per section).
: >empty.md
run lint empty.md
expect_status "empty file" 1
n=$(grep -c '^empty.md:1:1: error: .* \[section-missing\]$' out.txt)
[ "$n" -eq 1 ] && pass || fail "empty file: $n section-missing lines at 1:1, want 1: $out"

run lint --format json empty.md
if [ $have_python = 1 ]; then
  python3 - 2>/dev/null <<'EOF' && pass || fail "empty file --format json: not one section-missing object: $out"
import json
d = json.load(open("out.txt"))
m = [x for x in d if x["rule"] == "section-missing"]
assert len(m) == 1
for x in m:
    assert x["file"] == "empty.md" and x["line"] == 1 and x["column"] == 1
    assert x["end_line"] == 1 and x["end_column"] == 1 and x["severity"] == "error"
    assert isinstance(x["message"], str) and x["message"]
EOF
fi

run lint --format sarif empty.md
expect_status "sarif" 1
expect_contains "sarif" "$out" '"version": "2.1.0"'
if [ $have_python = 1 ]; then
  is_json out.txt && pass || fail "sarif is not JSON"
fi

run lint --format github empty.md
n=$(grep -c '^::error file=empty.md,line=1,col=1,endLine=1,endColumn=1,title=nianbao section-missing::' out.txt)
[ "$n" -eq 1 ] && pass || fail "github: $n section-missing annotations, want 1: $out"

# ------------------------------------------------------------------ stdin
STDIN=empty.md run lint -
expect_status "stdin" 1
n=$(grep -c '^<stdin>:1:1: error: ' out.txt)
[ "$n" -eq 1 ] && pass || fail "stdin: $n lines for <stdin>, want 1: $out"
printf '中文\377' >stdin_bad
STDIN=stdin_bad run lint -
expect_one_line_error "bad stdin" "<stdin>: 不是有效的 UTF-8 文本（第 6 字节）"

# ------------------------------------------------------------------ languages
run lint empty.md
zh_out=$out
run lint --lang en empty.md
expect_contains "--lang en" "$out" "empty.md:1:1: error: "
[ "$out" != "$zh_out" ] && pass || fail "--lang en: same output as Chinese: $out"
grep -qiE 'section|missing' out.txt && pass || fail "--lang en: messages not in English: $out"
run LANG=en_US.UTF-8 lint empty.md
grep -qiE 'section|missing' out.txt && pass || fail "LANG=en_US: messages not in English: $out"

# ------------------------------------------------------------------ several files, one bad
printf '\357\273\277' >bom.md # a UTF-8 BOM alone: accepted, linted like an empty file
run lint empty.md nope.md bom.md
expect_status "one bad file among good ones" 2
expect_contains "bad among good: stderr" "$err" "nope.md: 找不到文件"
n=$(grep -c '^empty.md:' out.txt)
[ "$n" -ge 1 ] && pass || fail "bad among good: empty.md not linted: $out"
n=$(grep -c '^bom.md:1:1: ' out.txt)
[ "$n" -ge 1 ] && pass || fail "bad among good: bom.md not linted: $out"

run lint --format json empty.md nope.md
expect_status "json with a bad file" 2
if [ $have_python = 1 ]; then
  is_json out.txt && pass || fail "json with a bad file: not one JSON document: $out"
fi

# ------------------------------------------------------------------ a 50 MB report
{
  printf '某某县人民政府2023年政府信息公开工作年度报告\n\n'
  printf '一、总体情况\n\n本机关认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n'
  printf '二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n'
  printf '四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n'
  printf '六、其他需要报告的事项\n\n'
} >big.md
block='本年度共收到政府信息公开申请12件，办结12件，按照规定收取信息处理费0元，持续推进政务公开标准化规范化建设工作。'
for _ in $(seq 40); do printf '%s\n' "$block"; done >para.txt # about 6.4 KB
for _ in $(seq 13); do cat para.txt para.txt >p2.txt && mv p2.txt para.txt; done # x8192
cat para.txt >>big.md
size=$(wc -c <big.md)
[ "$size" -ge 50000000 ] && pass || fail "generated input is only $size bytes"
start=$(date +%s)
timeout 300 "$NB" lint big.md >big.out 2>big.err
status=$?
elapsed=$(($(date +%s) - start))
case $status in
0 | 1) pass ;;
124) fail "50 MB input: no result after 300 s" ;;
*) fail "50 MB input: exit $status: $(head -c 300 big.err)" ;;
esac
echo "50 MB input ($size bytes): exit $status in ${elapsed}s"

finish
