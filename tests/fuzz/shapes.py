#!/usr/bin/env python3
"""Writes pathological report shapes into DIR (default ./shapes): the sizes and nestings no real
report has, each built on the clean report so the parser gets past the title and headings.
Run tests/fuzz/run_cli.sh on DIR afterwards."""
import os
import sys

root = os.path.dirname(os.path.abspath(__file__))
clean = open(os.path.join(root, "../../corpus/clean/report-2023.md"), encoding="utf-8").read()
out = sys.argv[1] if len(sys.argv) > 1 else "shapes"
os.makedirs(out, exist_ok=True)
head = clean.split("## 二、")[0]
table3 = "## 三、" + clean.split("## 三、")[1].split("## 四、")[0]


def write(name, text):
    with open(os.path.join(out, name + ".md"), "w", encoding="utf-8") as f:
        f.write(text)


write("headings-1e5", "".join("## %d、标题\n\n" % i for i in range(100000)))
write("section-headings-1e5", "".join("## 一、总体情况\n\n" for _ in range(100000)))
write("row-1e5-cells", head + "## 二、主动公开政府信息情况\n\n" + "| 规章" + " | 0" * 100000 + " |\n")
write("pipe-table-1e5-cols", "| a" * 100000 + " |\n" + "| --- " * 100000 + "|\n" + "| 1" * 100000 + " |\n")
write("line-10mb", head + "一" * (10 * 1024 * 1024 // 3) + "\n")
write("line-10mb-ascii", head + "x" * (10 * 1024 * 1024) + "\n")
write("line-10mb-pipes", head + "|" * (10 * 1024 * 1024) + "\n")
write("line-10mb-tabs", head + "规章\t" * (2 * 1024 * 1024) + "\n")
write("nested-list-1e4", "".join("  " * i + "- 项\n" for i in range(10000)))
write("flat-list-1e5", "".join("- 规章 0 0 0\n" for _ in range(100000)))
write("blockquote-1e4", ">" * 10000 + " 一、总体情况\n")
write("blockquote-lines-1e4", "".join(">" * i + " x\n" for i in range(1, 3000)))
write("html-colspan-1e6", head + "## 二、主动公开政府信息情况\n\n<table><tr><td colspan=1000000>规章</td><td>0</td></tr></table>\n" + clean.split("## 三、")[0][-10:] + "\n" + table3)
write("html-rowspan-99999", head + "## 二、主动公开政府信息情况\n\n<table><tr><td rowspan=99999>规章</td><td>0</td></tr>" + "<tr><td>1</td></tr>" * 1000 + "</table>\n")
write("html-rowspan-colspan", head + "<table>" + "<tr><td rowspan=99999 colspan=99999>x</td></tr>" * 50 + "</table>\n")
write("html-huge-span-values", head + "<table><tr><td colspan=99999999999999999999 rowspan=-5>规章</td><td colspan=0>0</td></tr></table>\n")
write("html-nested-tables", head + "<table><tr><td>" * 2000 + "x" + "</td></tr></table>" * 2000 + "\n")
write("html-1e4-rows", head + "## 二、主动公开政府信息情况\n\n<table>" + "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>" * 10000 + "</table>\n")
nums = ["99999999999999999999", "1e308", "-1e308", "1e-308", "0x7fffffff", "18446744073709551616", "9" * 400, "-0", "NaN", "inf", "１２３４５６７８９０１２３４５６７８９０", "1,000,000,000,000,000,000", "2147483648", "-2147483649", "9223372036854775808", "0." + "0" * 400 + "1"]
t = clean
for n in nums:
    t = t.replace("| 25 |", "| %s |" % n, 1).replace("| 0 |", "| %s |" % n, 1)
write("huge-numbers", t)
t = clean
import re
i = 0
def repl(m):
    global i
    i += 1
    return "| " + nums[i % len(nums)] + " "
write("huge-numbers-everywhere", re.sub(r"\| \d+ ", repl, clean))
write("label-1e4", clean.replace("| 规章 |", "| " + "规" * 10000 + " |").replace("| 行政许可 |", "| " + "（七）总计" * 2000 + " |"))
write("label-1e4-heading", "## " + "一、" * 10000 + "\n\n" + clean)
write("year-huge", clean.replace("2023年", "99999999999999999999年"))
write("year-zero", clean.replace("2023", "0000000000"))
write("many-tables", head + "".join(table3 for _ in range(300)))
write("total-rows", head + table3 + "| （七）总计 | | |" + " 1 |" * 7 + "\n" * 1 + ("| （七）总计 |" + " 9 |" * 9 + "\n") * 5000)
write("spaced-1e4-cols", head + "## 二、主动公开政府信息情况\n\n" + "规章" + "   0" * 10000 + "\n")
write("tab-table-big", head + "## 三、收到和处理政府信息公开申请情况\n\n" + ("\t".join(["（一）予以公开"] + ["1"] * 500) + "\n") * 2000)
write("suppress-1e4", "".join("<!-- nianbao-disable-next-line -->\n" for _ in range(10000)) + clean)
write("suppress-unclosed", "<!-- nianbao-disable " + "x " * 100000 + "\n" + clean)
write("crlf", clean.replace("\n", "\r\n"))
write("cr-only", clean.replace("\n", "\r"))
write("bom", "\ufeff" + clean)
write("empty", "")
write("only-newlines", "\n" * 1000000)
write("only-pipes-lines", "|\n" * 200000)
write("table-no-rows", clean.replace("| 规章 | 0 | 0 | 0 |\n", ""))
write("every-line-heading", "\n".join("## " + l for l in clean.splitlines()))
write("every-line-quoted", "\n".join("> " + l for l in clean.splitlines()))
write("every-line-listed", "\n".join("- " + l for l in clean.splitlines()))
write("code-fenced", "```\n" + clean + "\n```\n")
write("dup-sections", clean * 20)
