#!/usr/bin/env bash
# pandoc 3 (pandoc-types API 1.23), run by the npm package pandoc-wasm under Node. It cannot
# run filters (WebAssembly has no processes), so its JSON goes through nianbao-pandoc by hand and
# back into pandoc 3: the same findings as under pandoc 2.17, and output pandoc 3 reads.
#
#   bash tests/pandoc/pandoc3.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_pandoc
cd "$src"
wasm_dir=$(bash tests/pandoc/wasm/dir.sh)
if [ ! -s "$wasm_dir/node_modules/pandoc-wasm/src/pandoc.wasm" ] || ! command -v node >/dev/null; then
  fail "pandoc-wasm is not installed in $wasm_dir (bash tests/install-deps.sh runs tests/install/pandoc-wasm.sh)"
  finish
fi

# pandoc3 JOBFILE: runs the conversions listed ("FROM TO INPUT OUTPUT" a line).
pandoc3() {
  node tests/pandoc/wasm/pandoc3.mjs "$wasm_dir" "$1" 2>"$scratch/pandoc3.err"
}

faults=$fixtures/html-rowspan-faults.docx
cp corpus/reports/hongze-2023.md "$scratch/hongze-2023.md"
cat >"$scratch/jobs1" <<JOBS
docx json $faults $scratch/faults.json
docx json $fixtures/html-rowspan.docx $scratch/clean.json
gfm+sourcepos json $scratch/hongze-2023.md $scratch/hongze.json
JOBS
pandoc3 "$scratch/jobs1"
check "pandoc 3 reads the fixtures ($(head -c 300 "$scratch/pandoc3.err"))" [ $? -eq 0 ]

for j in faults clean hongze; do
  check "$j: pandoc 3 writes API 1.23" grep -q '^{"pandoc-api-version":\[1,23,' "$scratch/$j.json"
done

# The same findings as through pandoc 2.17: places for the .docx, positions for the Markdown.
"$filter" json <"$scratch/faults.json" >"$scratch/faults.out.json" 2>"$scratch/faults.3"
check "faults: the filter exits 0" [ $? -eq 0 ]
pandoc "$faults" --filter "$filter" -t json -o /dev/null 2>"$scratch/faults.2"
check "faults: the same findings and places as under pandoc 2.17" cmp -s "$scratch/faults.2" "$scratch/faults.3"
check "faults: seven findings" [ "$(wc -l <"$scratch/faults.3")" -eq 7 ]
check "faults: the default mode passes the document through" cmp -s "$scratch/faults.json" "$scratch/faults.out.json"

"$filter" json <"$scratch/clean.json" >/dev/null 2>"$scratch/clean.3"
check "clean: no finding" [ ! -s "$scratch/clean.3" ]

# pandoc-wasm names the input file by its base name in data-pos.
(cd "$scratch" && "$filter" json <hongze.json >/dev/null 2>hongze.3)
(cd "$scratch" && "$nianbao" lint hongze-2023.md >hongze.lint)
check "hongze-2023 (gfm+sourcepos): the lines of nianbao lint" \
  cmp -s <(LC_ALL=C sort "$scratch/hongze.lint") <(LC_ALL=C sort "$scratch/hongze.3")

# nianbao-fail-on and nianbao-annotate on the 1.23 tree; the annotated tree read back by pandoc 3.
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
d["meta"]["nianbao-annotate"] = {"t": "MetaString", "c": "comments"}
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
d["meta"]["nianbao-fail-on"] = {"t": "MetaString", "c": "error"}
json.dump(d, open(sys.argv[3], "w"), ensure_ascii=False)
' "$scratch/faults.json" "$scratch/annotate.json" "$scratch/failon.json"
"$filter" json <"$scratch/failon.json" >/dev/null 2>&1
check "nianbao-fail-on=error exits 1 on the 1.23 tree" [ $? -eq 1 ]
"$filter" json <"$scratch/annotate.json" >"$scratch/annotated.json" 2>/dev/null
check "nianbao-annotate exits 0 on the 1.23 tree" [ $? -eq 0 ]
cat >"$scratch/jobs2" <<JOBS
json docx $scratch/annotated.json $scratch/annotated.docx
json json $scratch/annotated.json $scratch/annotated.again.json
JOBS
pandoc3 "$scratch/jobs2"
check "pandoc 3 reads the annotated tree ($(head -c 300 "$scratch/pandoc3.err"))" [ $? -eq 0 ]
check "pandoc 3 writes the comments into word/comments.xml" python3 -c '
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/comments.xml").decode()
n = len(re.findall(r"<w:comment [^>]*w:author=\"nianbao\"", xml))
assert n == 7, n
' "$scratch/annotated.docx"
check "pandoc 3 keeps the seven comments" \
  [ "$(python3 tests/pandoc/comments.py <"$scratch/annotated.again.json" | grep -c $'\tnianbao\t')" -eq 7 ]

finish
