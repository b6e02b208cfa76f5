#!/usr/bin/env bash
# fmt loses nothing (issue 7): text the table readers did not take — a note between two rows,
# in every layout — comes out of `fmt` and of `fmt -w`; headings are rewritten only when the
# ATX form says all their line said; odd input is formatted to a fixed point (fmt of fmt is
# fmt); a file keeps its line endings (LF, CRLF, CR) and byte-order mark (UTF-8, GB18030)
# through fmt, fmt -w and lint --fix, and fmt --check accepts canonical CRLF.
# Usage: bash fmt_keeps_text.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

note='说明：本年度无收费情形。'

# ------------------------------------------------------------------ a note between two rows
# The note goes before table 三's second row (二、上年结转…) in each layout: before the label's
# line, or before the <tr> that opens the row in HTML, as a paragraph of its own where cells
# are paragraphs.
insert_note() { # SOURCE TARGET
  python3 - "$1" "$2" "$note" <<'EOF'
import sys
src, dst, note = sys.argv[1:4]
lines = open(src, encoding='utf-8').read().split('\n')
at = next(i for i, l in enumerate(lines) if '二、上年结转' in l)
if lines[at].startswith('<td'):
    at -= 1
    assert lines[at].startswith('<tr'), lines[at]
lines.insert(at, note + '\n' if 'paragraph' in src else note)
open(dst, 'w', encoding='utf-8').write('\n'.join(lines))
EOF
}

for layout in "$SRC"/corpus/clean/report-2023.md "$SRC"/corpus/layouts/*.md "$SRC"/corpus/layouts/*.txt; do
  name=$(basename "$layout")
  insert_note "$layout" "note-$name"
  [ "$(grep -c "$note" "note-$name")" -eq 1 ] || { fail "$name: the note was not inserted"; continue; }
  "$NB" fmt "note-$name" >"out-$name"
  status=$?
  [ "$status" -eq 0 ] && pass || fail "$name: fmt exited $status"
  count=$(grep -c "^$note\$" "out-$name")
  [ "$count" -eq 1 ] && pass || fail "$name: fmt output holds the note $count times, want 1"
  "$NB" fmt "out-$name" | cmp -s - "out-$name" && pass || fail "$name: fmt of fmt differs"
  "$NB" fmt -w "note-$name"
  cmp -s "note-$name" "out-$name" && pass || fail "$name: fmt -w wrote other text than fmt"
done

# The note in the canonical layout stays after its table, and the table is rewritten: exactly
# one delimiter row per statutory table, and the note's paragraph right after table 三.
out=out-report-2023.md
[ "$(grep -c '^| --- |' "$out")" -eq 3 ] && pass || fail "clean + note: not three pipe tables"
after=$(grep -A2 '^| 四、结转下年度继续办理 |' "$out" | tail -n 2 | tr '\n' '#')
[ "$after" = "#$note#" ] && pass || fail "clean + note: the note does not follow table 三: $after"

# A page number between two rows is the author's, though labels hold digits too
# ("2.其他法律行政法规禁止公开"): it comes after the table.
python3 - "$SRC/corpus/layouts/tab-separated.md" <<'EOF'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
open('page.md', 'w', encoding='utf-8').write(text.replace('二、上年结转', '- 2 -\n二、上年结转', 1))
EOF
"$NB" fmt page.md >page.out
[ "$(grep -c '^- 2 -$' page.out)" -eq 1 ] && pass || fail "a page number between rows was dropped"
[ "$(grep -c '^| --- |' page.out)" -eq 3 ] && pass || fail "page number: the tables were not rewritten"

# Found by fuzz_fmt: a row label the reader could not take (a broken closing tag) is not text
# the canonical table writes, though the template holds it: it stays.
sed 's|<td>7.属于行政执法案卷</td>|<td>7.属于行政执法案卷</*td>|' "$SRC/corpus/layouts/html-rowspan.md" >broken-tag.md
grep -q '</\*td>' broken-tag.md || fail "broken-tag.md: the tag was not broken"
"$NB" fmt broken-tag.md >broken-tag.out
grep -q '7.属于行政执法案卷' broken-tag.out && pass || fail "a row label the reader did not take was dropped"

# A block label and a header run together on one line ("第二十条第（六）项信息内容", the tab
# between them lost): both are text the canonical table writes, in two cells, so the table is
# rewritten and both come back.
python3 - "$SRC/corpus/layouts/tab-separated.md" <<'EOF'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
joined = text.replace('第二十条第（六）项\t\t\t\n信息内容\t', '第二十条第（六）项信息内容\t', 1)
assert joined != text
open('joined.md', 'w', encoding='utf-8').write(joined)
EOF
"$NB" fmt joined.md >joined.out
[ "$(grep -c '^| 第二十条第（六）项 |  |  |  |$' joined.out)" -eq 1 ] && pass ||
  fail "joined labels: no block label row 第二十条第（六）项"
[ "$(grep -c '^| --- |' joined.out)" -eq 3 ] && pass || fail "joined labels: the tables were not rewritten"
"$NB" fmt joined.out | cmp -s - joined.out && pass || fail "joined labels: fmt of fmt differs"

# A header corner word names no row or column ("类别" above table 四's groups as rows): it is
# the table's, and the table is rewritten. A word that only starts like one ("项目说明") is the
# author's: it comes after the table. A group written as a caption with its numbering
# ("（一）行政复议") is the canonical table's cell again.
python3 - "$SRC/corpus/layouts/review-transposed.md" <<'EOF'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
row = '| 行政复议 | 1 | 1 | 0 | 1 | 3 |\n'
assert text.count(row) == 1
open('corner.md', 'w', encoding='utf-8').write(text.replace(row, '项目说明\n（一）行政复议\n' + row, 1))
EOF
"$NB" fmt corner.md >corner.out
[ "$(grep -c '^| --- |' corner.out)" -eq 3 ] && pass || fail "corner word: the tables were not rewritten"
grep -q '类别' corner.out && fail "corner word: 类别 was kept as text" || pass
[ "$(grep -c '^项目说明$' corner.out)" -eq 1 ] && pass || fail "corner word: 项目说明 was dropped"
grep -q '（一）行政复议' corner.out && fail "corner word: the caption was kept as text" || pass
"$NB" fmt corner.out | cmp -s - corner.out && pass || fail "corner word: fmt of fmt differs"

# ------------------------------------------------------------------ odd input
# Text written onto a table's line is not the table's: the table stays as written.
python3 - "$SRC/corpus/clean/report-2023.md" <<'EOF'
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
at = next(i for i, l in enumerate(lines) if l.startswith('| 第二十条第（一）项'))
lines[at] += '#<t'
open('row-tail.md', 'w', encoding='utf-8').write('\n'.join(lines))
EOF
"$NB" fmt row-tail.md >row-tail.out
grep -q '^| 第二十条第（一）项 |  |  |  |#<t$' row-tail.out && pass || fail "row + #<t: the text was dropped"
"$NB" fmt row-tail.out | cmp -s - row-tail.out && pass || fail "row + #<t: fmt of fmt differs"

# A stray <td> with digits on a row's end, then table 四's lone data row: fmt used to add a
# header block on each run (9, 14, 19 … lines).
printf '%s\n' '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |' \
  '|  |  | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |<td>12</td>' \
  '| 四、结转下年度继续办理 |  |  | 1 | 1 | 0 | 0 | 0 | 0 | 2 |' \
  '| 1 | 1 | 0 | 1 | 3 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |' >stray.md
"$NB" fmt stray.md >stray1.md
"$NB" fmt stray1.md >stray2.md
"$NB" fmt stray2.md >stray3.md
cmp -s stray1.md stray2.md && cmp -s stray2.md stray3.md && pass ||
  fail "stray <td>: not a fixed point ($(wc -l <stray1.md), $(wc -l <stray2.md), $(wc -l <stray3.md) lines)"
grep -q '<td>12</td>' stray1.md && pass || fail "stray <td>: the text was dropped"

# Headings: rewritten as "## 一、…" only when that says all the line said; a setext underline
# goes with its heading instead of staying behind as a thematic break.
printf '%s\n' '## 一、总体情况 **注**' '' '正文。' '' '**二、主动公开政府信息情况**（略）' '' \
  '三、收到和处理政府信息公开申请情况' '------' '' '正文。' >headings.md
"$NB" fmt headings.md >headings.out
grep -q '^## 一、总体情况 \*\*注\*\*$' headings.out && pass || fail "heading with emphasis: $(head -n 1 headings.out)"
grep -q '^\*\*二、主动公开政府信息情况\*\*（略）$' headings.out && pass ||
  fail "heading with a remark after its emphasis was rewritten: $(sed -n 5p headings.out)"
grep -q '^## 三、收到和处理政府信息公开申请情况$' headings.out && pass || fail "setext heading not rewritten"
grep -q '^-*$' <(grep -v '^$' headings.out) && fail "setext underline left behind" || pass

# ------------------------------------------------------------------ line endings and BOMs
clean=$SRC/corpus/clean/report-2023.md
tabs=$SRC/corpus/layouts/tab-separated.md
crlf() { sed 's/$/\r/' "$1"; }
cr() { tr '\n' '\r' <"$1"; }
bare_lf() { python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print(d.count(b"\n")-d.count(b"\r\n"))' "$1"; }

crlf "$clean" >clean-crlf.md
"$NB" fmt --check clean-crlf.md && pass || fail "fmt --check rejects the canonical report in CRLF"
crlf "$tabs" >tabs-crlf.md
"$NB" fmt tabs-crlf.md >tabs-crlf.out
cmp -s tabs-crlf.out clean-crlf.md && pass ||
  fail "fmt of a CRLF layout: not the canonical report in CRLF ($(bare_lf tabs-crlf.out) bare LF)"
"$NB" fmt -w tabs-crlf.md && cmp -s tabs-crlf.md clean-crlf.md && pass || fail "fmt -w of a CRLF layout"

cr "$clean" >clean-cr.md
"$NB" fmt --check clean-cr.md && pass || fail "fmt --check rejects the canonical report with CR endings"
cr "$tabs" >tabs-cr.md
"$NB" fmt tabs-cr.md | cmp -s - clean-cr.md && pass || fail "fmt of a CR layout: not the canonical report in CR"

bom=$'\xEF\xBB\xBF'
{ printf '%s' "$bom"; cat "$clean"; } >clean-bom.md
"$NB" fmt --check clean-bom.md && pass || fail "fmt --check rejects the canonical report with a BOM"
{ printf '%s' "$bom"; cat "$tabs"; } >tabs-bom.md
"$NB" fmt tabs-bom.md | cmp -s - clean-bom.md && pass || fail "fmt drops the UTF-8 BOM"
"$NB" fmt -w tabs-bom.md && cmp -s tabs-bom.md clean-bom.md && pass || fail "fmt -w drops the UTF-8 BOM"
{ printf '%s' "$bom"; crlf "$SRC/corpus/rules/label-typo/fires.md"; } >typo-bom-crlf.md
"$NB" lint --fix typo-bom-crlf.md >/dev/null
head -c 3 typo-bom-crlf.md | cmp -s - <(printf '%s' "$bom") && pass || fail "lint --fix drops the UTF-8 BOM"
[ "$(bare_lf typo-bom-crlf.md)" -eq 0 ] && pass || fail "lint --fix: bare LF in a CRLF file"
grep -q '\[label-typo\]' <("$NB" lint typo-bom-crlf.md) && fail "lint --fix left the typo" || pass

# GB18030's BOM is U+FEFF encoded: 84 31 95 33.
gb_bom=$'\x84\x31\x95\x33'
{ printf '%s' "$gb_bom"; iconv -f UTF-8 -t GB18030 "$tabs"; } >tabs-gb-bom.md
{ printf '%s' "$gb_bom"; iconv -f UTF-8 -t GB18030 "$clean"; } >clean-gb-bom.md
"$NB" fmt -w tabs-gb-bom.md && cmp -s tabs-gb-bom.md clean-gb-bom.md && pass ||
  fail "fmt -w of GB18030 with a BOM: not the canonical report in GB18030 with its BOM"
"$NB" fmt --check clean-gb-bom.md && pass || fail "fmt --check rejects canonical GB18030 with a BOM"
{ printf '%s' "$gb_bom"; iconv -f UTF-8 -t GB18030 "$SRC/corpus/rules/label-typo/fires.md"; } >typo-gb-bom.md
"$NB" lint --fix typo-gb-bom.md >/dev/null
head -c 4 typo-gb-bom.md | cmp -s - <(printf '%s' "$gb_bom") && pass || fail "lint --fix drops the GB18030 BOM"

# ------------------------------------------------------------------ GB18030 bytes as they were
# glibc decodes 95 32 90 31 as U+20087 and encodes U+20087 as FE 51: a line nianbao did not
# change must come back as the bytes it was read from, in lint --fix and in fmt -w.
python3 - "$SRC/corpus/rules/label-typo/fires.md" "$tabs" <<'EOF'
import sys
rare = b'\x95\x32\x90\x31'
for src, dst in ((sys.argv[1], 'rare-typo.md'), (sys.argv[2], 'rare-tabs.md')):
    text = open(src, encoding='utf-8').read()
    head, _, tail = text.partition('\n')
    data = head.encode('gb18030') + b'\n' + rare + '说明。\n'.encode('gb18030') + tail.encode('gb18030')
    open(dst, 'wb').write(data)
EOF
for f in rare-typo.md rare-tabs.md; do
  cp "$f" "$f.orig"
  if [ "$f" = rare-typo.md ]; then "$NB" lint --fix "$f" >/dev/null; else "$NB" fmt -w "$f"; fi
  cmp -s "$f" "$f.orig" && fail "$f: not rewritten, the check proves nothing" || pass
  [ "$(grep -c $'\x95\x32\x90\x31' "$f")" -eq 1 ] && pass || fail "$f: the untouched line's bytes changed"
  grep -q $'\xFE\x51' "$f" && fail "$f: U+20087 re-encoded as FE 51" || pass
done

finish
