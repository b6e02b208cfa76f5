#!/usr/bin/env bash
# A nianbao comment is invisible to the table readers wherever it stands (issue 7): alone on a
# line between two rows of table 三, in every layout, it leaves the table one table, so lint
# finds exactly what it finds without the comment (the lines after it move down by one), and
# a comment naming a rule hides that rule's finding on the next row and nothing else.
# Usage: bash suppress.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

# insert SOURCE TARGET COMMENT [TOTAL]: the comment (when not empty) before table 三's second row (二、上年结转…:
# before the label's line, or before the <tr> that opens the row in HTML, as a paragraph of
# its own where cells are paragraphs); TOTAL replaces that row's last value (3) when given.
insert() {
  python3 - "$@" <<'EOF'
import sys
src, dst, comment = sys.argv[1:4]
total = sys.argv[4] if len(sys.argv) > 4 else None
lines = open(src, encoding='utf-8').read().split('\n')
at = next(i for i, l in enumerate(lines) if '二、上年结转' in l)
if total:
    assert lines[at].endswith('| 3 |'), lines[at]
    lines[at] = lines[at][:-len('| 3 |')] + '| ' + total + ' |'
if lines[at].startswith('<td'):
    at -= 1
if comment:
    lines.insert(at, comment + '\n' if 'paragraph' in src else comment)
open(dst, 'w', encoding='utf-8').write('\n'.join(lines))
EOF
}

# Findings as "LINE SEVERITY RULE", each line after `from` moved up by `by`.
findings() { # FILE FROM BY
  "$NB" lint --format gcc "$1" | sed -n 's/^[^:]*:\([0-9]*\):[0-9]*: \([a-z]*\): .*\[\([a-z0-9-]*\)\]$/\1 \2 \3/p' |
    awk -v from="$2" -v by="$3" '{ if ($1 > from) $1 -= by; print }'
}

for layout in "$SRC"/corpus/clean/report-2023.md "$SRC"/corpus/layouts/*.md "$SRC"/corpus/layouts/*.txt; do
  name=$(basename "$layout")
  # It names a rule that does not fire there: a broken table would show (table-unreadable on
  # the next row was hidden by a comment without ids, and the table passed with exit 0).
  insert "$layout" "c-$name" '<!-- nianbao-disable-next-line label-typo -->'
  at=$(grep -n 'nianbao-disable-next-line' "c-$name" | cut -d: -f1)
  want=$(findings "$layout" 0 0)
  got=$(findings "c-$name" "$at" 1)
  [ "$got" = "$want" ] && pass || fail "$name: a comment between two rows changes the findings: [$got], want [$want]"
done

# The pipe table: row 二's total 3 → 9. Without a comment: sum-row on that row (line 44) and
# sum-balance on the 总计 column of 四、结转 (25 + 9 − 26 = 8, reported 2; line 67). With the
# comment before row 二 both move down a line, and it hides the first only.
clean=$SRC/corpus/clean/report-2023.md
insert "$clean" wrong.md '' 9
insert "$clean" hidden.md '<!-- nianbao-disable-next-line sum-row -->' 9
[ "$(findings wrong.md 0 0 | tr '\n' ';')" = "44 error sum-row;67 error sum-balance;" ] && pass ||
  fail "row 二 = 9: $(findings wrong.md 0 0 | tr '\n' ';')"
[ "$(findings hidden.md 0 0 | tr '\n' ';')" = "68 error sum-balance;" ] && pass ||
  fail "row 二 = 9 under disable-next-line sum-row: $(findings hidden.md 0 0 | tr '\n' ';')"

finish
