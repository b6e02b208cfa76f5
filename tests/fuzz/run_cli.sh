#!/usr/bin/env bash
# Runs the built CLI on every file given (or every file under the directories given) the way a
# user would — lint --format json, fmt, extract --format csv, lint --fix - — and prints one line
# per failure: an exit status other than 0/1/2, sanitizer output on stderr, or a timeout.
#   tests/fuzz/run_cli.sh NIANBAO [TIMEOUT_SECONDS] FILE|DIR…
set -uo pipefail
bin=$1; shift
limit=5
[[ ${1:-} =~ ^[0-9]+$ ]] && { limit=$1; shift; }
err=$(mktemp); trap 'rm -f "$err"' EXIT
failures=0; runs=0
check() {
  local file=$1; shift
  timeout "$limit" "$@" >/dev/null 2>"$err" <"$file"
  local status=$?
  runs=$((runs + 1))
  local why=""
  if ((status == 124)); then why="timeout"
  elif ((status > 2)); then why="exit $status"
  elif grep -q -E 'Sanitizer|runtime error|LeakSanitizer|AddressSanitizer' "$err"; then why="sanitizer"
  fi
  if [[ -n $why ]]; then
    failures=$((failures + 1))
    echo "FAIL [$why] $* < $file: $(grep -m1 -E 'ERROR|runtime error|SUMMARY' "$err")"
  fi
}
while IFS= read -r -d '' f; do
  check "$f" "$bin" lint --format json "$f"
  check "$f" "$bin" fmt "$f"
  check "$f" "$bin" extract --format csv "$f"
  check "$f" "$bin" lint --fix -
done < <(find "$@" -type f -print0)
echo "$runs runs, $failures failures"
((failures == 0))
