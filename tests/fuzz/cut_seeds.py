#!/usr/bin/env python3
"""Cuts whole-report seeds into self-contained pieces, so that most of what libFuzzer mutates is
small: a mutation of a 34 KiB report pays for reading the whole report, one of its section pays
for that section. tests/fuzz/run.sh gives the pieces to a target beside its whole seeds; libFuzzer
runs its seeds smallest first and keeps a larger one only for the coverage it adds.

    cut_seeds.py [--lsp SESSION] OUT_DIR FILE|DIR...

For each .md or .txt file (directories: the .md and .txt files under them), writes into OUT_DIR:
the text before its first section heading (the title and preamble), and each section alone —
from a section heading ("一、总体情况" … "六、其他需要报告的事项", with or without Markdown's
'#') to the next one, with the table it holds. A piece keeps the file's bytes as they are
(line endings included); files without such headings (GB18030 ones among them) give no piece.
Pieces are named FILE-NN and written only when new, so a rerun costs nothing.

--lsp SESSION: each piece is written as fuzz_lsp's input instead: SESSION (a seed of
tests/fuzz/seeds/lsp, messages separated by 0x1E) with the text of its didOpen replaced by the
piece, so that the server's requests run on a section rather than on a whole report. Pieces that
are not UTF-8 are left out.
"""
import json
import os
import re
import sys

# A section heading of the template: "## 三、收到和处理…", "   三、收到和处理…" (pdftotext).
# Only the six sections' own words: table rows start "一、本年新收…" too.
HEADING = re.compile("^[ \t\u3000]*(?:#{1,6}[ \t]*)?[一二三四五六七八九十]{1,2}、[ \t]*"
                     "(?:总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)")


def pieces(data):
    lines = data.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if HEADING.match(line.decode("utf-8", "replace"))]
    if not starts:
        return []
    bounds = [0] + starts + [len(lines)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = b"".join(lines[a:b])
        if piece.strip():
            out.append(piece)
    return out


def seed_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    if name.endswith((".md", ".txt")):
                        yield os.path.join(root, name)
        elif path.endswith((".md", ".txt")):
            yield path


def as_session(session, piece):
    """SESSION's messages with the didOpen's text made `piece`; None when it is not UTF-8."""
    try:
        text = piece.decode("utf-8")
    except UnicodeDecodeError:
        return None
    messages = []
    for raw in session.split(b"\x1e"):
        message = json.loads(raw)
        if message.get("method") == "textDocument/didOpen":
            message["params"]["textDocument"]["text"] = text
        messages.append(json.dumps(message, ensure_ascii=False).encode("utf-8"))
    return b"\x1e".join(messages)


def main(argv):
    session = None
    if len(argv) > 2 and argv[1] == "--lsp":
        with open(argv[2], "rb") as f:
            session = f.read()
        argv = argv[:1] + argv[3:]
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    out_dir = argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in seed_files(argv[2:]):
        with open(path, "rb") as f:
            data = f.read()
        base = os.path.basename(path)
        for k, piece in enumerate(pieces(data)):
            if session is not None:
                piece = as_session(session, piece)
                if piece is None:
                    continue
            target = os.path.join(out_dir, "%s-%02d" % (base, k))
            try:
                with open(target, "rb") as f:
                    if f.read() == piece:
                        continue
            except FileNotFoundError:
                pass
            with open(target, "wb") as f:
                f.write(piece)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
