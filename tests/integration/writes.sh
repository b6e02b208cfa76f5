#!/usr/bin/env bash
# What nianbao writes, and that it says so when it cannot (issue 7):
#   - every command's standard output is checked: to /dev/full, or into a pipe closed early
#     while SIGPIPE is ignored, it prints one line on stderr and exits 2; with SIGPIPE at its
#     default it ends by SIGPIPE, as other filters do;
#   - fmt -w and lint --fix rewrite a file keeping its owner, group, mode and extended
#     attributes; they refuse a read-only file (exit 2, one line, the file as it was, no
#     temporary file left); another hard link keeps the old content.
# Usage: bash writes.sh <path-to-nianbao> <source-dir>
set -u

source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"

clean=$SRC/corpus/clean/report-2023.md
typo=$SRC/corpus/rules/label-typo/fires.md

one_line() { # NAME FILE: FILE holds exactly one line
  local n
  n=$(wc -l <"$2")
  [ "$n" -eq 1 ] && pass || { fail "$1: $n lines on stderr, want 1:"; sed 's/^/    /' "$2"; }
}

# Each command with enough output to fill stdio's buffer more than once, and `--help`.
commands=(
  "fmt $clean"
  "extract $clean"
  "extract --format csv $clean"
  "template --year 2024 --org 某县交通运输局"
  "rules"
  "rules --format json"
  "lint --format json $typo"
  "lint --format sarif $typo"
  "lint --format github $typo"
  "lint $typo"
  "lint --fix -"
  "--help"
  # Many files on worker processes (--jobs): each file's part is written by the parent.
  "lint --jobs 2 --format json $SRC/corpus/layouts"
  "extract --jobs 2 --format csv $SRC/corpus/layouts"
)

# ------------------------------------------------------------------ a full disk
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086 # the command line is words
  "$NB" $c <"$clean" >/dev/full 2>err.txt
  status=$?
  [ "$status" -eq 2 ] && pass || fail "$c > /dev/full: exit $status, want 2"
  one_line "$c > /dev/full" err.txt
  grep -q '^nianbao: 无法写入标准输出：No space left on device$' err.txt && pass ||
    fail "$c > /dev/full: $(cat err.txt)"
done

# ------------------------------------------------------------------ a pipe closed early
# The reader closes its end at once; each command writes more than a pipe holds (64 KiB), so
# whatever the timing a write finds it closed: EPIPE when SIGPIPE is ignored (as under some
# supervisors), the end by SIGPIPE when it is not.
many=()
for i in $(seq 12); do many+=("$clean"); done
for i in $(seq 12); do cat "$clean"; done >big.md
for c in "fmt ${many[*]}" "extract ${many[*]}" "lint --format json ${many[*]}" "lint --fix -"; do
  # shellcheck disable=SC2086
  (trap '' PIPE; "$NB" --lang en $c <big.md 2>err.txt | (exec 0<&-; sleep 0.3); exit "${PIPESTATUS[0]}")
  status=$?
  name="${c%% *} | closed"
  # lint --fix - writes its findings to stderr: only the lines that are not findings count.
  grep -v '^<stdin>:' err.txt >said.txt
  mv said.txt err.txt
  [ "$status" -eq 2 ] && pass || fail "$name (SIGPIPE ignored): exit $status, want 2"
  one_line "$name" err.txt
  grep -q '^nianbao: cannot write to standard output: Broken pipe$' err.txt && pass ||
    fail "$name: $(cat err.txt)"
  # shellcheck disable=SC2086
  "$NB" $c <big.md 2>err.txt | (exec 0<&-; sleep 0.3)
  status=${PIPESTATUS[0]}
  [ "$status" -eq $((128 + 13)) ] && pass || fail "$name: exit $status, want SIGPIPE's 141"
  [ -s err.txt ] && fail "$name with SIGPIPE: said $(cat err.txt)" || pass
done

# ------------------------------------------------------------------ rewriting keeps the file's
no_temp() { # NAME: no .NAME.nianbao-XXXXXX left in the current directory
  local left
  left=$(find . -maxdepth 1 -name '.*.nianbao-*' | wc -l)
  [ "$left" -eq 0 ] && pass || fail "$1: $left temporary files left behind"
}

rewrite() { # NAME SOURCE COMMAND…: runs a rewriting command on r.md, a copy of SOURCE that it
  local name=$1 source=$2 #          must change
  shift 2
  cp "$source" r.md
  [ "$(id -u)" -eq 0 ] && chown 65534:65534 r.md
  chmod 0640 r.md
  python3 -c 'import os; os.setxattr("r.md", "user.nianbao.test", "保留".encode())'
  "$NB" "$@" r.md >/dev/null 2>err.txt
  cmp -s r.md "$source" && fail "$name: r.md was not rewritten" || pass
  if [ "$(id -u)" -eq 0 ]; then
    [ "$(stat -c %u:%g r.md)" = 65534:65534 ] && pass || fail "$name: owner $(stat -c %u:%g r.md)"
  fi
  [ "$(stat -c %a r.md)" = 640 ] && pass || fail "$name: mode $(stat -c %a r.md)"
  value=$(python3 -c 'import os; print(os.getxattr("r.md", "user.nianbao.test").decode())' 2>&1)
  [ "$value" = 保留 ] && pass || fail "$name: extended attribute: $value"
  no_temp "$name"
}
tabs=$SRC/corpus/layouts/tab-separated.md
rewrite "fmt -w" "$tabs" fmt -w
rewrite "lint --fix" "$typo" lint --fix

refuse_read_only() { # NAME SOURCE COMMAND…
  local name=$1 source=$2
  shift 2
  cp "$source" ro.md
  chmod 0444 ro.md
  "$NB" "$@" ro.md >/dev/null 2>err.txt
  status=$?
  [ "$status" -eq 2 ] && pass || fail "$name on a 0444 file: exit $status, want 2"
  cmp -s ro.md "$source" && pass || fail "$name rewrote a read-only file"
  grep -q '^nianbao: ro.md：文件只读，未改写$' err.txt && pass || fail "$name: $(cat err.txt)"
  one_line "$name on a 0444 file" err.txt
  no_temp "$name on a read-only file"
}
refuse_read_only "fmt -w" "$tabs" fmt -w
refuse_read_only "lint --fix" "$typo" lint --fix

# Hard links, as the README says: the name given gets the new content, the other the old.
cp "$tabs" a.md
ln a.md b.md
"$NB" fmt -w a.md
cmp -s b.md "$tabs" && pass || fail "fmt -w: the other hard link changed"
cmp -s a.md "$tabs" && fail "fmt -w: a.md not rewritten" || pass

finish
