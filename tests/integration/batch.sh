#!/usr/bin/env bash
# Directories and --jobs: a directory stands for the reports below it (name order, hidden
# entries and links to directories skipped, --include/--exclude), and the output of lint and
# extract is the same byte for byte whatever the number of jobs.
# Usage: bash batch.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

# run ARGS…: sets $status, and out.txt / err.txt
run() {
  "$NB" "$@" </dev/null >out.txt 2>err.txt
  status=$?
}

expect_eq() { # NAME GOT WANT
  if [ "$2" = "$3" ]; then pass; else fail "$1: got [$2], want [$3]"; fi
}

# The files extract lists, in its order (CSV: one row per cell, the file first).
extract_files() {
  "$NB" extract --format csv "$@" 2>/dev/null | tail -n +2 | cut -d, -f1 | uniq | tr '\n' ' '
}

mkdir -p reports/sub/deeper reports/.hidden reports/empty-dir
cp "$SRC/corpus/clean/report-2023.md" reports/a.md
cp "$SRC/corpus/reports/hongze-2023.md" reports/sub/b.md
cp "$SRC/corpus/raw/hongze-2024.txt" reports/sub/c.txt
cp "$SRC/corpus/clean/report-2020.md" reports/sub/deeper/d.markdown
cp "$SRC/corpus/clean/report-2023.md" reports/draft-1.md
cp "$SRC/corpus/clean/report-2023.md" reports/.hidden/x.md
cp "$SRC/corpus/clean/report-2023.md" reports/.dot.md
echo '<p>not a report</p>' >reports/notes.html
ln -s ../reports reports/loop
ln -s sub/b.md reports/link.md

# ------------------------------------------------------------------ what a directory stands for
expect_eq "walk order and choice" "$(extract_files reports)" \
  "reports/a.md reports/draft-1.md reports/link.md reports/sub/b.md reports/sub/c.txt reports/sub/deeper/d.markdown "
expect_eq "trailing slash" "$(extract_files reports/)" \
  "reports/a.md reports/draft-1.md reports/link.md reports/sub/b.md reports/sub/c.txt reports/sub/deeper/d.markdown "
(cd reports && expect_eq "dot" "$(extract_files .)" \
  "a.md draft-1.md link.md sub/b.md sub/c.txt sub/deeper/d.markdown ")
(cd reports && expect_eq "dot, exclude a path" "$(extract_files --exclude 'sub/deeper/**' .)" \
  "a.md draft-1.md link.md sub/b.md sub/c.txt ")
expect_eq "double slash, include a path" "$(extract_files --include 'sub/*.md' reports//)" \
  "reports//sub/b.md "
expect_eq "exclude by name" "$(extract_files --exclude 'draft-*' --exclude link.md reports)" \
  "reports/a.md reports/sub/b.md reports/sub/c.txt reports/sub/deeper/d.markdown "
expect_eq "exclude a directory" "$(extract_files --exclude sub reports)" \
  "reports/a.md reports/draft-1.md reports/link.md "
expect_eq "exclude a path" "$(extract_files --exclude 'sub/**' reports)" \
  "reports/a.md reports/draft-1.md reports/link.md "
expect_eq "include replaces the default" "$(extract_files --include '*.txt' reports)" \
  "reports/sub/c.txt "
expect_eq "include with a path" "$(extract_files --include 'sub/**/*.{md,markdown}' reports)" \
  "reports/sub/b.md reports/sub/deeper/d.markdown "
expect_eq "named files are checked as named" \
  "$(extract_files --include '*.txt' --exclude 'a.md' reports/a.md reports/notes.html)" \
  "reports/a.md reports/notes.html "
expect_eq "files and directories mixed" "$(extract_files reports/sub/c.txt reports/sub/deeper)" \
  "reports/sub/c.txt reports/sub/deeper/d.markdown "

run lint reports
expect_eq "lint exit status (b.md has errors)" "$status" 1
grep -q '^reports/sub/b.md:' out.txt && pass || fail "lint reports: no finding for sub/b.md"
grep -q 'hidden\|dot.md\|loop' out.txt && fail "lint reports read a hidden file or the loop" || pass

run lint reports/empty-dir
expect_eq "empty directory status" "$status" 2
grep -q '目录 reports/empty-dir 下没有要检查的报告' err.txt && pass || fail "empty directory: $(cat err.txt)"
run lint --include '*.doc' reports
expect_eq "nothing selected status" "$status" 2

# ------------------------------------------------------------------ the same output on any jobs
printf 'abc\000def' >reports/sub/binary.md # unreadable: one line on stderr, status 2, others go on
for command in "lint --format gcc" "lint --format json" "lint --format sarif --lang en" \
  "lint --format github" "extract --format json" "extract --format csv"; do
  # shellcheck disable=SC2086 # the command is words
  "$NB" $command --jobs 1 reports "$SRC/corpus" >one.out 2>one.err
  one=$?
  for jobs in 2 3 7; do
    # shellcheck disable=SC2086
    "$NB" $command --jobs $jobs reports "$SRC/corpus" >many.out 2>many.err
    many=$?
    expect_eq "$command --jobs $jobs: status" "$many" "$one"
    cmp -s one.out many.out && pass || fail "$command --jobs $jobs: stdout differs from --jobs 1"
    cmp -s one.err many.err && pass || fail "$command --jobs $jobs: stderr differs from --jobs 1"
  done
  expect_eq "$command: status with an unreadable file" "$one" 2
  expect_eq "$command: one line for it" "$(grep -c 'binary.md' one.err)" 1
done
rm reports/sub/binary.md

# Many files: the benchmark's generated reports (every layout, and one large document that a
# worker is still checking while the other goes far ahead) with the corpus, every format.
bench="$(dirname "$NB")/nianbao-bench"
if [ -x "$bench" ] && "$bench" --generate generated >/dev/null; then
  for command in "lint --format gcc" "lint --format json" "lint --format sarif" \
    "lint --format github" "extract --format csv" "extract --format json"; do
    # shellcheck disable=SC2086 # the command is words
    "$NB" $command --jobs 1 generated "$SRC/corpus" >one.out 2>one.err
    one=$?
    # shellcheck disable=SC2086
    "$NB" $command --jobs 2 generated "$SRC/corpus" >many.out 2>many.err
    expect_eq "$command, generated + corpus: status" "$?" "$one"
    cmp -s one.out many.out && pass || fail "$command, generated + corpus: --jobs 2 differs"
    cmp -s one.err many.err && pass || fail "$command, generated + corpus: stderr differs"
  done
  [ "$(find generated -name '*.md' | wc -l)" -gt 400 ] && pass || fail "too few generated files"
else
  fail "no $bench to generate the many-file inputs with"
fi
rm -rf generated

# A worker killed mid-batch (here: while it waits to open a FIFO, which blocks until a writer
# comes) is reported in its file's place, the files after it still come, nothing hangs, and
# the status is 2. The other worker checks the rest and exits, so one child is left.
mkfifo stuck.md
"$NB" lint --jobs 2 reports/a.md stuck.md reports/sub/b.md reports/sub/c.txt >killed.out \
  2>killed.err &
parent=$!
stuck=
for _ in $(seq 200); do
  kids=()
  read -r -a kids <"/proc/$parent/task/$parent/children" 2>/dev/null
  if [ "${#kids[@]}" = 1 ] && [ "$(cat "/proc/${kids[0]}/wchan" 2>/dev/null)" = wait_for_partner ]; then
    stuck=${kids[0]}
    break
  fi
  sleep 0.05
done
if [ -n "$stuck" ]; then
  kill -KILL "$stuck"
  for _ in $(seq 200); do kill -0 "$parent" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$parent" 2>/dev/null; then
    fail "the batch hangs after its worker was killed"
    kill -KILL "$parent"
  fi
  wait "$parent"
  expect_eq "killed worker: status" "$?" 2
  expect_eq "killed worker: stderr" "$(cat killed.err)" \
    "nianbao: 检查 stuck.md 时进程异常终止（信号 9），未输出其结果"
  "$NB" lint --jobs 1 reports/a.md reports/sub/b.md reports/sub/c.txt >others.out 2>/dev/null
  cmp -s others.out killed.out && pass || fail "killed worker: the other files' output differs"
else
  fail "no worker was seen waiting on the FIFO"
  kill -KILL "$parent" 2>/dev/null
  wait "$parent"
fi
rm stuck.md

# As many files as arguments: the same as the directory, and as each file alone.
mapfile -t all < <(find reports -name '*.md' -not -path '*/.*' -not -path 'reports/loop*' | sort)
"$NB" lint --format json --jobs 2 "${all[@]}" >many.out
"$NB" lint --format json --jobs 1 "${all[@]}" >one.out
cmp -s one.out many.out && pass || fail "many operands: --jobs 2 differs from --jobs 1"

# Standard input among the files is read once, by one process.
"$NB" lint --jobs 4 --format gcc - reports/a.md <"$SRC/corpus/reports/hongze-2023.md" >stdin.out
grep -q '^<stdin>:81:20: error' stdin.out && pass || fail "stdin with --jobs 4: $(cat stdin.out)"

run lint --jobs 0 reports
expect_eq "--jobs 0 is a usage error" "$status" 2
run lint --jobs x reports
expect_eq "--jobs x is a usage error" "$status" 2
run extract --jobs 99999 reports
expect_eq "--jobs 99999 is a usage error" "$status" 2

finish
