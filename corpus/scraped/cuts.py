#!/usr/bin/env python3
"""The second method behind the goldens of corpus/scraped/*.glued.txt: from the hand-typed
Markdown drafts (corpus/reports/*.md), what each table row's values become once a crawler runs
them together ("18 4 0 1 2 0 25" → "184012025"), and how many ways there are to cut those digits
back into the row's cells so that the row adds up. Independent of nianbao's code: it only reads
the drafts' pipe tables.

  python3 corpus/scraped/cuts.py corpus/reports/hongze-2023.md

Per table it prints every data row as: label, glued digits, cells, and
  count     digits == cells: one digit per cell (table-cells-run-together, by count)
  one       one value, nothing to cut
  cut N     digits > cells: N cuts make the row's own relation hold (1: taken, by relation)
  short     fewer digits than cells: nothing can be cut (table-unreadable)
The first row that is not count/one/cut 1 makes its table unreadable (table-unreadable).
"""
import re
import sys

TABLES = {"二": "active", "三": "applications", "四": "review"}


def is_number(cell):
    return re.fullmatch(r"\d+(\.\d+)?", cell) is not None


def rows_of(path):
    """(table, label, [values as written]) for every pipe row holding numbers."""
    table = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"##\s*\**([一二三四五六])、", line)
        if m:
            table = TABLES.get(m.group(1))
            continue
        s = line.strip()
        if not table or not s.startswith("|") or re.fullmatch(r"[|\s:-]+", s):
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        values = [c for c in cells if is_number(c)]
        labels = [c for c in cells if c and not is_number(c)]
        if values:
            yield table, labels[-1] if labels else "(数据行)", values


def cuts(digits, relations, ncells, first=0):
    """Number of ways to cut `digits` into ncells parts (no leading 0 but "0") that satisfy
    every relation (target, [terms]) given as column indices relative to `first`."""
    found = 0

    def walk(at, parts):
        nonlocal found
        if found > 1:
            return
        if at == len(digits):
            if len(parts) == ncells:
                vals = [int(p) for p in parts]
                if all(vals[t] == sum(vals[x] for x in terms) for t, terms in relations):
                    found += 1
            return
        if len(parts) == ncells or len(digits) - at < ncells - len(parts):
            return
        longest = 1 if digits[at] == "0" else len(digits) - at
        for n in range(1, longest + 1):
            walk(at + n, parts + [digits[at:at + n]])

    walk(0, [])
    return found


RELATIONS = {
    "applications": [(6, [0, 1, 2, 3, 4, 5])],
    "review": [(4, [0, 1, 2, 3]), (9, [5, 6, 7, 8]), (14, [10, 11, 12, 13])],
    "active": [],
}


def main(path):
    for table, label, values in rows_of(path):
        glued = "".join(values)
        ncells = {"applications": 7, "review": 15}.get(table, len(values))
        if table == "active" and len(values) == 1 and len(glued) > 1 and label in ("规章", "行政规范性文件"):
            ncells = 3  # a run-together cell of the three-column block
        if len(values) == 1 and ncells == 1:
            verdict = "one"
        elif len(glued.replace(".", "")) == ncells and "." not in glued:
            verdict = "count"
        elif len(glued) < ncells:
            verdict = "short"
        else:
            verdict = f"cut {cuts(glued, RELATIONS[table], ncells)}"
        print(f"{table:12} {label[:24]:24} {glued:20} {ncells:2} {verdict}")


if __name__ == "__main__":
    main(sys.argv[1])
