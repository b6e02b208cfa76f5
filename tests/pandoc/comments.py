"""Where the comments of a document are: reads pandoc's JSON (of a .docx read back with
--track-changes=all) on stdin and prints one line per comment, tab-separated:

    ID  AUTHOR  WHERE  WRAPPED  TEXT

WHERE is "heading", "paragraph", or "cell T:R:K ROW-LABEL" (table T, row R counted over head,
bodies and foot, cell K of that row, the row's first cell's text); WRAPPED is the text between
the comment's start and end; TEXT the comment's own text. Used by tests/pandoc/annotate.sh."""
import json
import sys


def text(inlines, out, state):
    """Appends the text of inlines to out; records what lies between each comment's ends."""
    for el in inlines:
        t = el.get("t")
        c = el.get("c")
        if t == "Str":
            out.append(c)
            for cid in state["open"]:
                state["wrapped"][cid] += c
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
            for cid in state["open"]:
                state["wrapped"][cid] += " "
        elif t == "Span":
            attr, inner = c
            classes, pairs = attr[1], dict(attr[2])
            if "comment-start" in classes:
                cid = pairs["id"]
                own = []
                text(inner, own, {"open": [], "wrapped": {}})
                state["found"].append([cid, pairs.get("author", ""), state["where"], "", "".join(own)])
                state["open"].append(cid)
                state["wrapped"][cid] = ""
            elif "comment-end" in classes:
                cid = pairs["id"]
                if cid in state["open"]:
                    state["open"].remove(cid)
            else:
                text(inner, out, state)
        elif isinstance(c, list):
            inner = c[1] if t in ("Quoted", "Cite", "Link", "Image") else c
            if isinstance(inner, list):
                text(inner, out, state)


def blocks(bl, state, where=None):
    for b in bl:
        t, c = b.get("t"), b.get("c")
        if t in ("Para", "Plain"):
            state["where"] = where or "paragraph"
            text(c, [], state)
        elif t == "Header":
            state["where"] = where or "heading"
            text(c[2], [], state)
        elif t == "Div":
            blocks(c[1], state, where)
        elif t == "Table":
            state["table"] += 1
            rows = c[3][1] + [r for body in c[4] for r in body[2] + body[3]] + c[5][1]
            for r, row in enumerate(rows):
                label = []
                if row[1]:
                    text([i for b2 in row[1][0][4] for i in (b2["c"] if b2["t"] in ("Para", "Plain") else [])],
                         label, {"open": [], "wrapped": {}, "found": [], "where": ""})
                for k, cell in enumerate(row[1]):
                    blocks(cell[4], state, "cell %d:%d:%d %s" % (state["table"], r, k, "".join(label)))


doc = json.load(sys.stdin)
state = {"open": [], "wrapped": {}, "found": [], "where": "", "table": -1}
blocks(doc["blocks"], state)
for cid, author, where, _, own in state["found"]:
    print("\t".join([cid, author, where, state["wrapped"].get(cid, ""), own]))
