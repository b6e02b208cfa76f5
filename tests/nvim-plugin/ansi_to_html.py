#!/usr/bin/env python3
"""Turns a terminal screen captured by `tmux capture-pane -e -p` into an HTML page that shows it
cell for cell (a monospace font whose CJK glyphs are two cells wide), so that Chromium can take
a picture of it: what the terminal showed, colours, bold, underlines and undercurls included.

    python3 ansi_to_html.py SCREEN.ansi PAGE.html [TITLE]
"""
import html
import re
import sys

# xterm's 16 colours, then the 6x6x6 cube and the grey ramp of the 256-colour palette.
BASE16 = [
    "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
    "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
]


def palette(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    level = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (level, level, level)


DEFAULT_FG, DEFAULT_BG = "#d0d0d0", "#1c1c1c"


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = self.underline_color = None
        self.bold = self.italic = self.reverse = False
        self.underline = None  # None, "solid", "wavy", "double", "dotted", "dashed"

    def css(self):
        fg, bg = self.fg or DEFAULT_FG, self.bg or DEFAULT_BG
        if self.reverse:
            fg, bg = bg, fg
        rules = ["color:" + fg]
        if self.bg or self.reverse:
            # Only cells with a background of their own: a default one painted by the next
            # line's spans would cover this line's underlines.
            rules.append("background:" + bg)
        if self.bold:
            rules.append("font-weight:bold")
        if self.italic:
            rules.append("font-style:italic")
        if self.underline:
            rules.append("text-decoration:underline " + self.underline)
            rules.append("text-decoration-color:" + (self.underline_color or fg))
        return ";".join(rules)


def color(params, i):
    """Reads a 38/48/58 colour starting at params[i]; returns (colour, next index)."""
    if i < len(params) and params[i] == "5" and i + 1 < len(params):
        return palette(int(params[i + 1] or 0)), i + 2
    if i < len(params) and params[i] == "2" and i + 3 < len(params):
        r, g, b = (int(x or 0) for x in params[i + 1 : i + 4])
        return "#%02x%02x%02x" % (r, g, b), i + 4
    return None, i


UNDERLINES = {"0": None, "1": "solid", "2": "double", "3": "wavy", "4": "dotted", "5": "dashed"}


def apply(style, sgr):
    params = re.split("[;]", sgr) if sgr else ["0"]
    i = 0
    while i < len(params):
        p = params[i]
        i += 1
        if ":" in p:  # 4:3 (undercurl) and the like
            head, _, sub = p.partition(":")
            if head == "4":
                style.underline = UNDERLINES.get(sub, "solid")
            elif head in ("38", "48", "58"):
                parts = sub.split(":")
                if parts[0] == "2":
                    parts = [x for x in parts[1:] if x != ""][-3:]
                    value = "#%02x%02x%02x" % tuple(int(x) for x in parts)
                else:
                    value = palette(int(parts[1]))
                setattr(style, {"38": "fg", "48": "bg", "58": "underline_color"}[head], value)
            continue
        n = int(p or 0)
        if n == 0:
            style.reset()
        elif n == 1:
            style.bold = True
        elif n == 3:
            style.italic = True
        elif n == 4:
            style.underline = "solid"
        elif n == 7:
            style.reverse = True
        elif n == 22:
            style.bold = False
        elif n == 23:
            style.italic = False
        elif n == 24:
            style.underline = None
        elif n == 27:
            style.reverse = False
        elif 30 <= n <= 37:
            style.fg = BASE16[n - 30]
        elif 90 <= n <= 97:
            style.fg = BASE16[n - 90 + 8]
        elif 40 <= n <= 47:
            style.bg = BASE16[n - 40]
        elif 100 <= n <= 107:
            style.bg = BASE16[n - 100 + 8]
        elif n == 39:
            style.fg = None
        elif n == 49:
            style.bg = None
        elif n == 59:
            style.underline_color = None
        elif n in (38, 48, 58):
            value, i = color(params, i)
            setattr(style, {38: "fg", 48: "bg", 58: "underline_color"}[n], value)


def convert(screen):
    style = Style()
    out = []
    for line in screen.split("\n"):
        pos = 0
        parts = []
        for m in re.finditer(r"\x1b\[([0-9;:]*)m", line):
            if m.start() > pos:
                parts.append('<span style="%s">%s</span>' % (style.css(), html.escape(line[pos : m.start()])))
            apply(style, m.group(1))
            pos = m.end()
        if pos < len(line):
            parts.append('<span style="%s">%s</span>' % (style.css(), html.escape(line[pos:])))
        out.append("".join(parts))
    return "\n".join(out)


def main():
    screen = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
    title = sys.argv[3] if len(sys.argv) > 3 else "terminal"
    body = convert(screen)
    page = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body {{ margin: 0; background: {DEFAULT_BG}; }}
pre {{ margin: 0; padding: 8px; font: 15px/1.3 'Noto Sans Mono CJK SC', monospace;
       color: {DEFAULT_FG}; background: {DEFAULT_BG}; display: inline-block; }}
span {{ text-underline-offset: 3px; text-decoration-thickness: 2px; }}
</style></head>
<body><pre>{body}</pre></body></html>
"""
    open(sys.argv[2], "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main()
