#!/usr/bin/env bash
# GB18030/GBK input end to end. A report saved as GB18030 is linted like its UTF-8 twin (the
# same findings on the same lines and columns) plus one `input-encoding` info at 1:1, and
# extracted to the same values; GBK-only bytes too; bytes that are neither UTF-8 nor GB18030
# keep the invalid-UTF-8 error; a UTF-8 file with a BOM is never decoded as GB18030.
# Usage: bash encoding.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

lint() { # FILE: gcc output with the file name taken off, into $1.out; sets $status
  "$NB" lint --format gcc "$1" >"$1.raw" 2>"$1.err"
  status=$?
  sed "s|^$1:||" "$1.raw" >"$1.out"
}

same_findings() { # NAME UTF8 OTHER: OTHER's lint = UTF8's + exactly the input-encoding line
  lint "$2"
  local want=$status
  lint "$3"
  [ "$status" -eq "$want" ] && pass || fail "$1: exit $status, twin's $want"
  local notes
  notes=$(grep -c '\[input-encoding\]$' "$3.out")
  [ "$notes" -eq 1 ] && pass || fail "$1: $notes input-encoding lines, want 1"
  grep -q '^1:1: info: .*GB18030.*\[input-encoding\]$' "$3.out" && pass ||
    fail "$1: input-encoding not an info at 1:1 naming GB18030: $(cat "$3.out")"
  if diff <(cat "$2.out") <(grep -v '\[input-encoding\]$' "$3.out") >diff.txt; then
    pass
  else
    fail "$1: findings differ from the UTF-8 twin:"
    sed 's/^/    /' diff.txt
  fi
  [ -s "$2.out" ] && pass || fail "$1: the twin has no findings, the comparison proves little"
}

# ------------------------------------------------------------------ the committed GB18030 seed
cp "$SRC/corpus/raw/seed-000-shule-2023.txt" utf8.txt
cp "$SRC/corpus/raw/seed-000-shule-2023.gb18030.txt" gb.txt
if cmp -s utf8.txt gb.txt; then fail "gb.txt is the UTF-8 bytes"; else pass; fi
iconv -f GB18030 -t UTF-8 gb.txt | cmp -s - utf8.txt && pass || fail "gb.txt is not the twin in GB18030"
same_findings "GB18030 seed" utf8.txt gb.txt

"$NB" extract --format csv utf8.txt | cut -d, -f2- >utf8.csv
"$NB" extract --format csv gb.txt | cut -d, -f2- >gb.csv
[ "$(wc -l <gb.csv)" -eq 201 ] && pass || fail "extract gb.txt: $(wc -l <gb.csv) lines, want 201"
cmp -s utf8.csv gb.csv && pass || fail "extract: GB18030 values differ from the twin's"
"$NB" extract gb.txt | grep -q '"encoding": "GB18030"' && pass || fail "extract json: no encoding"

# ------------------------------------------------------------------ GBK only (hongze-2023)
# Every character of hongze-2023 is in GBK (seed 000's are not all), so iconv -t GBK works and
# the file has only one- and two-byte sequences; six findings to compare, on a spaced layout.
cp "$SRC/corpus/raw/hongze-2023.txt" utf8b.txt
iconv -f UTF-8 -t GBK utf8b.txt >gbk.txt && pass || fail "iconv -t GBK failed"
same_findings "GBK file" utf8b.txt gbk.txt
"$NB" extract --format csv utf8b.txt | cut -d, -f2- >utf8b.csv
"$NB" extract --format csv gbk.txt | cut -d, -f2- >gbk.csv
cmp -s utf8b.csv gbk.csv && pass || fail "extract: GBK values differ from the twin's"

# ------------------------------------------------------------------ neither UTF-8 nor GB18030
printf '中文\377x\n' >neither.md # UTF-8 中文 (6 bytes), then 0xFF: no GB18030 byte either
lint neither.md
[ "$status" -eq 2 ] && pass || fail "neither: exit $status, want 2"
grep -qF 'neither.md: 不是有效的 UTF-8 文本（第 6 字节）' neither.md.err && pass ||
  fail "neither: $(cat neither.md.err)"
[ "$(wc -l <neither.md.err)" -eq 1 ] && pass || fail "neither: not one line on stderr"

printf 'caf\351 au lait\n' >latin1.md
lint latin1.md
[ "$status" -eq 2 ] && grep -qF '（第 3 字节）' latin1.md.err && pass ||
  fail "latin-1: exit $status: $(cat latin1.md.err)"

# Binary without a NUL byte: control characters, so not text in any encoding.
printf '\001\002\003\304\352\033[0m\177\n' >ctl.bin
lint ctl.bin
[ "$status" -eq 2 ] && pass || fail "control bytes decoded: exit $status: $(cat ctl.bin.out)"

# ------------------------------------------------------------------ a UTF-8 BOM means UTF-8
printf '\357\273\277' >bom.md
cat "$SRC/corpus/raw/seed-000-shule-2023.txt" >>bom.md
lint bom.md
grep -q 'input-encoding' bom.md.out && fail "BOM file noted as decoded" || pass
diff -q bom.md.out utf8.txt.out >/dev/null && pass || fail "BOM file: findings differ from utf8.txt"
printf '\357\273\277\304\352\261\250\n' >bom_gbk.md # a BOM, then GBK 年报: not reinterpreted
lint bom_gbk.md
[ "$status" -eq 2 ] && grep -qF '（第 3 字节）' bom_gbk.md.err && pass ||
  fail "BOM + GBK: exit $status: $(cat bom_gbk.md.err)"

# ------------------------------------------------------------------ fmt --write keeps GB18030
# A tab-separated report in GB18030: fmt -w rewrites it canonically, in GB18030, to exactly what
# fmt makes of its UTF-8 twin; --check then accepts it.
cp "$SRC/corpus/layouts/tab-separated.md" tab-utf8.md
iconv -f UTF-8 -t GB18030 tab-utf8.md >tab-gb.md
"$NB" fmt tab-utf8.md >tab-utf8.fmt
"$NB" fmt -w tab-gb.md && pass || fail "fmt -w on GB18030: exit $?"
iconv -f GB18030 -t UTF-8 tab-gb.md 2>/dev/null | cmp -s - tab-utf8.fmt && pass ||
  fail "fmt -w on GB18030: not the canonical form of its twin"
iconv -f UTF-8 -t UTF-8 tab-gb.md >/dev/null 2>&1 && fail "fmt -w on GB18030: rewritten as UTF-8" ||
  pass
"$NB" fmt --check tab-gb.md && pass || fail "fmt --check on the rewritten GB18030 file: exit $?"

finish
