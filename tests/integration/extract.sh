#!/usr/bin/env bash
# `nianbao extract` end to end: CSV rows for values read by hand from the seeds, RFC 4180
# quoting, JSON structure, unreadable files (one line on stderr, exit 2, the others still
# extracted), stdin and usage errors. Expected values (grep -n on the raw texts, counted by hand):
#   seed 000: table 三 一、本年新收 自然人 = 6 on line 87 (after a tab: column 2), 总计 = 6 on 93;
#             table 二 行政事业性收费 = 937.08 on line 62; 200 cells (10 + 25×7 + 15).
#   seed 003: table 三 unreadable (line 48 has six numbers for seven columns): all absent.
#   hongze-2023: table 四 data line 151, 行政复议 结果维持 = 10 at column 1.
# Usage: bash extract.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

RAW=$SRC/corpus/raw

run() { # ARGS… : nianbao with stdin from $STDIN or /dev/null; sets $status
  "$NB" "$@" <"${STDIN:-/dev/null}" >out.txt 2>err.txt
  status=$?
}

expect_status() { # NAME WANT
  if [ "$status" -eq "$2" ]; then pass; else fail "$1: exit $status, want $2 ($(cat err.txt))"; fi
}

expect_line() { # NAME FILE LINE: FILE has exactly this line (CR stripped)
  if tr -d '\r' <"$2" | grep -qxF -- "$3"; then pass; else fail "$1: no line '$3'"; fi
}

expect_count() { # NAME WANT GOT
  if [ "$2" -eq "$3" ]; then pass; else fail "$1: $3, want $2"; fi
}

# ------------------------------------------------------------------ CSV on seed 000
cp "$RAW/seed-000-shule-2023.txt" s0.txt
run extract --format csv s0.txt
expect_status "csv seed 000" 0
[ -s err.txt ] && fail "csv seed 000: stderr not empty: $(cat err.txt)" || pass
expect_line "csv header" out.txt \
  "file,year,organ,template,table,block,row,group,column,value,state,raw,line,col"
expect_line "自然人" out.txt "s0.txt,2023,疏勒县人民政府,2021,三,,一、本年新收政府信息公开申请数量,,自然人,6,value,6,87,2"
expect_line "总计" out.txt "s0.txt,2023,疏勒县人民政府,2021,三,,一、本年新收政府信息公开申请数量,,总计,6,value,6,93,2"
expect_line "收费" out.txt "s0.txt,2023,疏勒县人民政府,2021,二,第二十条第（八）项,行政事业性收费,,本年收费金额（单位：万元）,937.08,value,937.08,62,2"
expect_count "csv rows" 201 "$(wc -l <out.txt)"
crlf=$(grep -c $'\r$' out.txt)
expect_count "every CSV line ends in CRLF" 201 "$crlf"

# ------------------------------------------------------------------ quoting: a comma in a name
cp s0.txt 'a,b "x".txt'
run extract --format csv 'a,b "x".txt'
expect_status "comma in path" 0
expect_line "comma in path quoted" out.txt "\"a,b \"\"x\"\".txt\",2023,疏勒县人民政府,2021,三,,一、本年新收政府信息公开申请数量,,自然人,6,value,6,87,2"
# A raw cell with a comma: 1,071 written with a thousands separator in table 二.
sed '51s/^\t1071$/\t1,071/' s0.txt >comma.txt
grep -q $'^\t1,071$' comma.txt && pass || fail "comma.txt: edit did not apply"
run extract --format csv comma.txt
expect_status "comma in cell" 0
expect_line "comma in cell quoted" out.txt "comma.txt,2023,疏勒县人民政府,2021,二,第二十条第（六）项,行政处罚,,本年处理决定数量,1071,value,\"1,071\",51,2"

# ------------------------------------------------------------------ unreadable tables, table 四
run extract --format csv "$RAW/seed-003-kagelek-2023.txt"
expect_status "seed 003" 0
n3=$(grep -c ',三,' out.txt)
absent3=$(grep -c ',三,.*,absent,,,$' <(tr -d '\r' <out.txt))
expect_count "seed 003 table 三 cells" 175 "$n3"
expect_count "seed 003 table 三 all absent" 175 "$absent3"

cp "$RAW/hongze-2023.txt" h.txt
run extract --format csv h.txt
expect_line "hongze 四" out.txt "h.txt,2023,洪泽区人民政府,2021,四,,,行政复议,结果维持,10,value,10,151,1"

# ------------------------------------------------------------------ JSON
run extract s0.txt "$RAW/seed-003-kagelek-2023.txt"
expect_status "json" 0
head -c1 out.txt | grep -q '\[' && pass || fail "json: not an array"
grep -q '"value": 937.08,' out.txt && pass || fail "json: 937.08 not printed as written"
grep -q '"unreadable_reason": "ragged"' out.txt && pass || fail "json: no ragged table"
if command -v python3 >/dev/null 2>&1; then
  python3 - out.txt <<'PY' && pass || fail "json: structure"
import json, sys
files = json.load(open(sys.argv[1]))
assert len(files) == 2 and files[0]["file"] == "s0.txt", [f["file"] for f in files]
s0 = files[0]
assert s0["year"] == 2023 and s0["organ"] == "疏勒县人民政府", s0["organ"]
assert s0["template"]["year"] == 2021
t3 = [t for t in s0["tables"] if t["table"] == "三"][0]
c = [c for c in t3["cells"] if c["row"] == "一、本年新收政府信息公开申请数量" and c["column"] == "自然人"][0]
assert (c["value"], c["state"], c["raw"], c["line"], c["col"]) == (6, "value", "6", 87, 2), c
bad = [t for t in files[1]["tables"] if t["table"] == "三"][0]
assert bad["unreadable"] and bad["unreadable_line"] == 48
assert all(c["value"] is None and c["state"] == "absent" for c in bad["cells"])
PY
fi

# ------------------------------------------------------------------ unreadable input, stdin
printf 'abc\000def' >bin.dat
run extract --format csv missing.txt s0.txt bin.dat
expect_status "unreadable input" 2
expect_count "one stderr line per unreadable file" 2 "$(wc -l <err.txt)"
grep -q 'missing.txt' err.txt && pass || fail "no line for missing.txt"
expect_line "others still extracted" out.txt "s0.txt,2023,疏勒县人民政府,2021,三,,一、本年新收政府信息公开申请数量,,自然人,6,value,6,87,2"

STDIN=s0.txt run extract --format csv -
expect_status "stdin" 0
expect_line "stdin row" out.txt "<stdin>,2023,疏勒县人民政府,2021,三,,一、本年新收政府信息公开申请数量,,自然人,6,value,6,87,2"

# ------------------------------------------------------------------ usage
run extract
expect_status "no file" 2
run extract --format xml s0.txt
expect_status "bad format" 2
[ -s out.txt ] && fail "bad format: wrote output" || pass
run extract --help
expect_status "help" 0
grep -q 'extract' out.txt && pass || fail "help: no usage"

finish
