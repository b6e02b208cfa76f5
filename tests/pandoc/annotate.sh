#!/usr/bin/env bash
# nianbao-annotate=comments: the reviewed copy. Its word/comments.xml holds every finding's
# message, and pandoc reading it back (--track-changes=all) finds each comment, by author
# nianbao, around the right cell, heading or sentence.
#
#   bash tests/pandoc/annotate.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
require_pandoc
cd "$src"
comments="python3 $src/tests/pandoc/comments.py"

# The text of word/comments.xml, one comment per line.
comments_xml() {
  python3 -c '
import html, re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/comments.xml").decode()
for c in re.findall(r"<w:comment .*?</w:comment>", xml, re.S):
    print(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c))))
' "$1"
}

# annotate DOCX OUT.docx: the findings on stderr go to $scratch/findings ("severity: message
# [rule]" each).
annotate() {
  pandoc "$1" --filter "$filter" -M nianbao-annotate=comments -o "$2" 2>"$scratch/stderr"
  check "$(basename "$1"): annotating exits 0" [ $? -eq 0 ]
  sed -E 's/^.*: ((error|warning|info): .*)$/\1/' "$scratch/stderr" | LC_ALL=C sort >"$scratch/findings"
}

# Every finding's text is a comment, and there are no others.
same_comments() {
  comments_xml "$1" | LC_ALL=C sort >"$scratch/xml"
  check "$(basename "$1"): word/comments.xml holds each finding" cmp -s "$scratch/findings" "$scratch/xml"
  cmp -s "$scratch/findings" "$scratch/xml" || diff "$scratch/findings" "$scratch/xml" | head
}

# The fixture with seven faults: where each comment must sit (hand-checked against the faults
# put in; table 1 is table 三, rows counted from its first head row).
faults=$fixtures/html-rowspan-faults.docx
annotate "$faults" "$scratch/faults.docx"
same_comments "$scratch/faults.docx"
pandoc --track-changes=all "$scratch/faults.docx" -t json | $comments >"$scratch/read-back"
anchors=$(awk -F'\t' '{ rule = $5; sub(/.*\[/, "", rule); sub(/\]$/, "", rule);
  print $2 " | " $3 " | " $4 " | " rule }' "$scratch/read-back")
expected='nianbao | paragraph | 本年度因政府信息公开被申请行政复议5件、被提起行政诉讼1件。 | text-table-mismatch
nianbao | cell 1:5:8 三、本年度办理结果 | 十二 | table-cell-invalid
nianbao | cell 1:8:0 2.其他法律行政止公开 | 2.其他法律行政止公开 | label-typo
nianbao | cell 1:19:2 2.重复申请 |  | table-cell-empty
nianbao | cell 2:3:4 1 | 4 | sum-review
nianbao | heading | 五、存在的主要问题及改近情况 | section-title
nianbao | paragraph | 2024年2月20日 | publication-late'
check "each comment sits on its cell, heading or sentence" [ "$anchors" = "$expected" ]
[ "$anchors" = "$expected" ] || diff <(echo "$expected") <(echo "$anchors")
cut -f5 "$scratch/read-back" | LC_ALL=C sort >"$scratch/texts"
check "the comments read back are the findings" cmp -s "$scratch/findings" "$scratch/texts"

# A report made from the corpus: every finding becomes one comment; the garbled label's comment
# wraps that label. Its table 二 is four tables, so table 四 is the sixth (5).
pandoc -f gfm corpus/reports/hongze-2023.md -o "$scratch/hongze.docx"
annotate "$scratch/hongze.docx" "$scratch/hongze.checked.docx"
check "hongze-2023 has its 6 findings" [ "$(wc -l <"$scratch/findings")" -eq 6 ]
same_comments "$scratch/hongze.checked.docx"
pandoc --track-changes=all "$scratch/hongze.checked.docx" -t json | $comments >"$scratch/read-back"
check "hongze-2023: the label-typo comment wraps the label" \
  grep -qP '^\d+\tnianbao\tcell [^\t]*\t2\.其他法律行政止公开\t.*\[label-typo\]$' "$scratch/read-back"
check "hongze-2023: both sum-review comments sit on a 总计 cell reading 0" \
  [ "$(grep -cP '^\d+\tnianbao\tcell 5:3:(4|14) [^\t]*\t0\t.*\[sum-review\]$' "$scratch/read-back")" -eq 2 ]

# A reviewed copy reviewed again: the comments already there are not the report's text (the same
# findings), and the new ones take new ids.
pandoc --track-changes=all "$scratch/faults.docx" -t json -o "$scratch/again.json"
pandoc -f json "$scratch/again.json" --filter "$filter" -M nianbao-annotate=comments -t json \
  -o "$scratch/again2.json" 2>"$scratch/again.err"
check "comments read back are not linted" [ "$(wc -l <"$scratch/again.err")" -eq 7 ]
ids=$($comments <"$scratch/again2.json" | cut -f1 | sort -n | tr '\n' ' ')
check "new comments take new ids" [ "$ids" = "1 2 3 4 5 6 7 8 9 10 11 12 13 14 " ]

# HTML output: the same spans show as marked text carrying the message.
pandoc "$faults" --filter "$filter" -M nianbao-annotate=comments -t html --wrap=none \
  -o "$scratch/faults.html" 2>/dev/null
check "HTML output marks the findings" \
  grep -q '<span class="comment-start" id="5" data-author="nianbao" data-date="[^"]*">error: 行政复议“总计”填报4' \
  "$scratch/faults.html"

finish
