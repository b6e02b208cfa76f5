#!/usr/bin/env bash
# Bad input for nianbao-pandoc: not JSON, truncated JSON, JSON that is not a pandoc document,
# API versions it does not read, a 50 MB document, binary bytes, hostile nesting and shapes.
# Each gets one clear line on stderr and exit status 2 — never a crash, never a hang; pandoc shows
# that line. Odd but well-formed documents are read and pass through.
#
#   bash tests/pandoc/malformed.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# run NAME WANT-STATUS < input: the filter's status, and for 2 exactly one line, prefixed.
run() {
  local name=$1 want=$2
  timeout 60 "$filter" json >"$scratch/out" 2>"$scratch/err"
  local got=$?
  checks=$((checks + 1))
  if [ "$got" -ne "$want" ]; then
    fail "$name: exit $got, expected $want ($(head -c 300 "$scratch/err"))"
    return
  fi
  if [ "$want" -eq 2 ]; then
    local lines
    lines=$(wc -l <"$scratch/err")
    if [ "$lines" -ne 1 ] || ! grep -q '^nianbao-pandoc: ' "$scratch/err"; then
      fail "$name: not one line on stderr: $(head -c 300 "$scratch/err")"
    fi
    [ -s "$scratch/out" ] && fail "$name: wrote a document after an error"
  fi
}

doc() { printf '{"pandoc-api-version":[1,22,2,1],"meta":{},"blocks":[%s]}' "$1"; }
fixture_json=$fixtures/html-rowspan-faults.json

run "empty input" 2 </dev/null
run "not JSON" 2 < <(printf 'not json')
run "truncated JSON" 2 < <(head -c 10000 "$fixture_json")
run "trailing garbage" 2 < <(printf '{"pandoc-api-version":[1,22,2,1],"meta":{},"blocks":[]}garbage')
run "a JSON array" 2 < <(printf '[1,2,3]')
run "a JSON object, not a document" 2 < <(printf '{"a":1}')
run "no blocks" 2 < <(printf '{"pandoc-api-version":[1,22,2,1],"meta":{}}')
run "version as a string" 2 < <(printf '{"pandoc-api-version":"1.22","meta":{},"blocks":[]}')
run "API 1.21" 2 < <(printf '{"pandoc-api-version":[1,21],"meta":{},"blocks":[]}')
run "API 1.24" 2 < <(printf '{"pandoc-api-version":[1,24,0],"meta":{},"blocks":[]}')
run "API 2.0" 2 < <(printf '{"pandoc-api-version":[2,0],"meta":{},"blocks":[]}')
run "a NUL character" 2 < <(printf '{"pandoc-api-version":[1,22],"meta":{},"blocks":[{"t":"Str","c":"\\u0000"}]}')
run "bytes that are not UTF-8" 2 < <(printf '{"pandoc-api-version":[1,22],"meta":{},"blocks":[{"t":"Str","c":"\xff\xfe"}]}')
run "random bytes" 2 < <(head -c 100000 /dev/urandom)
run "an option that is a map" 2 < <(printf '{"pandoc-api-version":[1,22],"meta":{"nianbao-lang":{"t":"MetaMap","c":{}}},"blocks":[]}')

# 50 MB: refused before it is parsed.
{
  printf '{"pandoc-api-version":[1,22,2,1],"meta":{},"blocks":[{"t":"Para","c":[{"t":"Str","c":"'
  head -c 52428800 /dev/zero | tr '\0' 'A'
  printf '"}]}]}'
} >"$scratch/big.json"
run "a 50 MB document" 2 <"$scratch/big.json"
check "the 50 MB document is named as too large" grep -q '超过 32 MiB' "$scratch/err"
rm -f "$scratch/big.json"

# Nesting deeper than the parser allows (jansson stops at 2048 levels).
{
  printf '{"pandoc-api-version":[1,22],"meta":{},"blocks":['
  head -c 100000 /dev/zero | tr '\0' '['
} >"$scratch/deep.json"
run "100000 nested arrays" 2 <"$scratch/deep.json"
python3 -c '
n = 500
print("{\"pandoc-api-version\":[1,22],\"meta\":{},\"blocks\":[{\"t\":\"Para\",\"c\":[" +
      "{\"t\":\"Emph\",\"c\":[" * n + "{\"t\":\"Str\",\"c\":\"x\"}" + "]}" * n + "]}]}")' >"$scratch/emph.json"
run "500 nested Emph (within the parser's depth)" 0 <"$scratch/emph.json"
check "deep nesting passes through" cmp -s "$scratch/out" "$scratch/emph.json"

# Well-formed documents with odd shapes: read, passed through, no finding invented.
run "blocks of the wrong shapes" 0 < <(doc '1,"x",null,{},[],{"t":7},{"t":"Para","c":"x"},{"t":"Header","c":[99,null,"x"]},{"t":"Table","c":[null,null,null,null,null,null]},{"t":"Div","c":[[],[[[[]]]]]}')
run "absurd row and column spans" 0 < <(doc '{"t":"Table","c":[["",[],[]],[null,[]],[],[["",[],[]],[]],[[["",[],[]],0,[],[[["",[],[]],[[["",[],[]],{"t":"AlignDefault"},999999999,-5,[{"t":"Plain","c":[{"t":"Str","c":"x"}]}]],[["",[],[]],{"t":"AlignDefault"},"2",1.5,[]]]]]]],[["",[],[]],[]]]}')
python3 -c '
cells = ",".join("[[\"\",[],[]],{\"t\":\"AlignDefault\"},1,1,[{\"t\":\"Plain\",\"c\":[{\"t\":\"Str\",\"c\":\"0\"}]}]]" for _ in range(5000))
print("{\"pandoc-api-version\":[1,22],\"meta\":{},\"blocks\":[{\"t\":\"Table\",\"c\":[[\"\",[],[]],[null,[]],[],[[\"\",[],[]],[]],[[[\"\",[],[]],0,[],[" +
      ",".join("[[\"\",[],[]],[" + cells + "]]" for _ in range(40)) + "]]],[[\"\",[],[]],[]]]}]}")' >"$scratch/wide.json"
run "a table of 40 rows of 5000 cells" 0 <"$scratch/wide.json"
run "malformed data-pos values" 0 < <(doc '{"t":"Div","c":[["",[],[["data-pos","x@999999999999:1-1:1"],["data-pos","@1:1-0:0"]]],[{"t":"Para","c":[{"t":"Span","c":[["",[],[["data-pos","@"]]],[{"t":"Str","c":"x"}]]}]}]]}')
run "an absurd comment id" 0 < <(doc '{"t":"Para","c":[{"t":"Span","c":[["",["comment-start"],[["id","99999999999999999999"]]],[]]},{"t":"Str","c":"x"}]}')

# Through pandoc: the filter's line reaches the user, pandoc fails with 83 and writes nothing.
require_pandoc
printf '# x\n' | pandoc -f gfm --filter "$filter" -M nianbao-annotate=yes -o "$scratch/x.docx" \
  2>"$scratch/pandoc.err"
check "pandoc exits 83 on the filter's error" [ $? -eq 83 ]
check "pandoc shows the filter's line" grep -q '^nianbao-pandoc: 元数据 nianbao-annotate=yes 无效' "$scratch/pandoc.err"
check "pandoc writes nothing then" [ ! -e "$scratch/x.docx" ]

# The command line itself.
"$filter" --help >"$scratch/help" 2>&1
check "--help exits 0" [ $? -eq 0 ]
check "--help shows the three ways to use it" grep -q 'nianbao-annotate=comments' "$scratch/help"
LANG=en_US.UTF-8 LC_ALL= "$filter" --help | grep -q '^Three ways to use it:'
check "--help in English for an English locale" [ $? -eq 0 ]
"$filter" --version | grep -q '^nianbao-pandoc [0-9]'
check "--version" [ $? -eq 0 ]
"$filter" json extra </dev/null >/dev/null 2>"$scratch/err"
check "two arguments are a usage error" [ $? -eq 2 ]
"$filter" --bogus </dev/null >/dev/null 2>"$scratch/err"
check "an unknown option is a usage error" [ $? -eq 2 ]

finish
