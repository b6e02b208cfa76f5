#!/usr/bin/env python3
"""Makes the scraped shapes of the real reports: each report as a web-page-to-text crawler
saves it, with all white space collapsed, after the crawler's metadata lines and the site's
breadcrumb. Run from the repository root; it rewrites corpus/scraped/*.txt (the goldens next to
them are written by hand, see corpus/CASES.md).

Two shapes per report:
  X.glued.txt   every piece of text run into the next with nothing between them (the text of
                the page's elements joined, white space removed: "…成效。一、总体情况2023年，…");
  X.spaced.txt  every run of white space collapsed into one space.

The pieces of a report are its non-blank lines (the seeds, scraped from web pages, one cell per
line) or, for a Markdown draft, its paragraphs, headings and table cells (what a browser shows
of the rendered page: no '#', no '**', no pipes, no delimiter rows).
"""
import re
import sys

REPORTS = [
    # (source, base name, title, publication time, source organ)
    ("corpus/raw/seed-000-shule-2023.txt", "seed-000-shule-2023",
     "疏勒县人民政府2023年政府信息公开工作年度报告", "2024-01-23 10:15:00", "疏勒县人民政府"),
    ("corpus/raw/seed-001-kashi-2021.txt", "seed-001-kashi-2021",
     "喀什市2021年政府信息公开工作年度报告", "2022-02-09 09:30:00", "喀什市政府办公室"),
    ("corpus/raw/seed-002-baiyu-2023.txt", "seed-002-baiyu-2023",
     "白玉县人民政府办公室2023年政府信息公开工作年度报告", "2024-01-10 11:02:31", "政府办"),
    ("corpus/raw/seed-003-kagelek-2023.txt", "seed-003-kagelek-2023",
     "叶城县喀格勒克镇2023年政府信息公开工作年度报告", "2024-01-16 16:20:00", "喀格勒克镇"),
    ("corpus/raw/seed-004-jishan-2023.txt", "seed-004-jishan-2023",
     "稷山县人民政府2023年政府信息公开工作年度报告", "2024-02-19 08:45:00", "稷山县人民政府"),
    ("corpus/reports/hongze-2023.md", "hongze-2023",
     "洪泽区人民政府2023年政府信息公开工作年度报告", "2024-01-26 17:00:00", "洪泽区人民政府办公室"),
    ("corpus/reports/hongze-2024.md", "hongze-2024",
     "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", "2025-01-24 10:00:00",
     "洪泽区人民政府办公室"),
    ("corpus/clean/report-2023.md", "clean-2023",
     "泽南县交通运输局2023年政府信息公开工作年度报告", "2024-01-20 09:00:00", "泽南县交通运输局"),
    ("corpus/reports/huaian-2024.md", "huaian-2024",
     "淮安市人民政府2024年政府信息公开工作年度报告", "2025-03-20 15:30:00", "淮安市人民政府办公室"),
]

BREADCRUMB = "当前位置：首页 > 政务公开 > 政府信息公开年报 > "


def pieces_of_markdown(text):
    out = []
    for line in text.splitlines():
        s = line.strip()
        if not s or s.startswith("<!--"):
            continue
        if re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", s):
            continue  # a delimiter row
        s = s.replace("**", "")
        if s.startswith("|"):
            out += [c.strip() for c in s.strip("|").split("|") if c.strip()]
            continue
        out.append(re.sub(r"^#+\s*", "", s))
    return out


def pieces_of_text(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def scrape(source, glue):
    text = open(source, encoding="utf-8").read()
    markdown = source.endswith(".md") or "seed-003" in source  # seed 003 is Markdown-ish text
    pieces = pieces_of_markdown(text) if markdown else pieces_of_text(text)
    body = glue.join(pieces)
    return re.sub(r"\s+", glue, body)


def main():
    for source, base, title, published, organ in REPORTS:
        for shape, glue in (("glued", ""), ("spaced", " ")):
            with open(f"corpus/scraped/{base}.{shape}.txt", "w", encoding="utf-8") as f:
                f.write(f"标题: {title}\n发布时间: {published}\n来源: {organ}\n==== 正文 ====\n")
                f.write(BREADCRUMB + scrape(source, glue) + "\n")


if __name__ == "__main__":
    sys.exit(main())
