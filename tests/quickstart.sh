#!/usr/bin/env bash
# README quick start: install what is missing, build nianbao in build/, and lint a real report.
# Works from any directory; meant for a fresh Debian bookworm (as root, or with sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash tests/install-deps.sh --core

jobs=$(nproc 2>/dev/null || echo 2)
# Explicit options: a build/ configured earlier (say with -Werror) must not change the result.
cmake -S . -B build -DNB_WERROR=OFF -DNB_SANITIZE=OFF
# The program and the benchmark only: the test suite is tests/check.sh's business.
cmake --build build -j"$jobs" --target nianbao nianbao-bench

# A real report: 洪泽区 2023, whose 行政复议 row does not add up (10 1 0 0 | 总计 0).
report=corpus/reports/hongze-2023.md
[ -f "$report" ] || report=corpus/raw/hongze-2023.txt

echo
echo "\$ build/nianbao lint $report"
status=0
build/nianbao lint "$report" || status=$?
echo
case $status in
0) echo "exit status 0: no error-severity finding" ;;
1) echo "exit status 1: the report has error-severity findings (expected for this report)" ;;
*) echo "exit status $status: usage or I/O error"; exit "$status" ;;
esac
echo "Next: build/nianbao lint --help, build/nianbao rules, bash tests/check.sh"
