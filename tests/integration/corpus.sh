#!/usr/bin/env bash
# Corpus golden test: runs `nianbao lint --format gcc` on every corpus file that has an
# X.expected next to it and compares the diagnostics, reduced to `LINE SEVERITY RULE`, with the
# hand-written golden. Also checks the exit code contract (1 exactly when an error-severity
# diagnostic is expected, else 0).
#
#   bash corpus.sh <path-to-nianbao> <source-dir>
#
# Needs only bash, coreutils, diff, sed and awk.
set -u

if [ $# -ne 2 ]; then
  echo "usage: bash corpus.sh <path-to-nianbao> <source-dir>" >&2
  exit 2
fi
nianbao=$1
source_dir=$2
if [ ! -x "$nianbao" ]; then
  echo "corpus.sh: $nianbao is not an executable" >&2
  exit 2
fi
if [ ! -d "$source_dir/corpus" ]; then
  echo "corpus.sh: no corpus/ under $source_dir" >&2
  exit 2
fi

export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A lint that hangs must not hang the test suite. Extra lint arguments come from an optional
# X.args next to X.md (words separated by white space; paths relative to the source dir, e.g.
# `--previous corpus/years/prev-2022.md`).
run_lint() {
  local extra=()
  if [ -f "$2" ]; then
    local word
    for word in $(cat "$2"); do
      case $word in
        corpus/*) extra+=("$source_dir/$word") ;;
        *) extra+=("$word") ;;
      esac
    done
  fi
  if command -v timeout >/dev/null 2>&1; then
    timeout 60 "$nianbao" lint --format gcc "${extra[@]}" "$1"
  else
    "$nianbao" lint --format gcc "${extra[@]}" "$1"
  fi
}

# `FILE:LINE:COL: SEVERITY: MESSAGE [RULE]` -> `LINE SEVERITY RULE`. The file prefix is
# stripped literally (paths may hold colons); the rule is the last [...] on the line. Related
# locations printed as `note:` lines are not diagnostics and are dropped; any other line the
# format does not explain is kept, marked `??`, so that it shows in the diff and fails.
reduce() {
  awk -v file="$1" '
    BEGIN { prefix = file ":" }
    $0 == "" { next }
    {
      line = $0
      if (substr(line, 1, length(prefix)) == prefix)
        rest = substr(line, length(prefix) + 1)
      else if (match(line, /:[0-9]+:[0-9]+: /))
        rest = substr(line, RSTART + 1)
      else { print "?? " line; next }
      if (match(rest, /^[0-9]+:[0-9]+: note: /)) next
      if (!match(rest, /^[0-9]+:[0-9]+: (error|warning|info): /)) { print "?? " line; next }
      split(rest, f, ":")
      sev = substr(rest, RSTART, RLENGTH)
      sub(/^[0-9]+:[0-9]+: /, "", sev)
      sub(/: $/, "", sev)
      if (!match(rest, /\[[a-z0-9-]+\][ \t]*$/)) { print "?? " line; next }
      rule = substr(rest, RSTART + 1, RLENGTH - 1)
      sub(/\][ \t]*$/, "", rule)
      print f[1] " " sev " " rule
    }'
}

sort_diags() { sort -k1,1n -k3,3; }

passed=0
failed=0
while IFS= read -r expected; do
  base=${expected%.expected}
  if [ -f "$base.md" ]; then
    input=$base.md
  elif [ -f "$base.txt" ]; then
    input=$base.txt
  else
    echo "FAIL $expected: no $base.md or $base.txt next to it"
    failed=$((failed + 1))
    continue
  fi
  name=${input#"$source_dir"/}

  run_lint "$input" "$base.args" >"$work/stdout" 2>"$work/stderr"
  rc=$?
  reduce "$input" <"$work/stdout" | sort_diags >"$work/actual"
  grep -v '^[[:space:]]*$' "$expected" | sort_diags >"$work/expected"

  want_rc=0
  if awk '$2 == "error" { found = 1 } END { exit !found }' "$work/expected"; then
    want_rc=1
  fi

  problems=""
  if ! diff -u --label "$name.expected" --label "$name (nianbao)" "$work/expected" \
       "$work/actual" >"$work/diff"; then
    problems="diagnostics differ"
  fi
  if [ "$rc" -ne "$want_rc" ]; then
    problems="${problems:+$problems; }exit code $rc, expected $want_rc"
  fi

  if [ -z "$problems" ]; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name: $problems"
    [ -s "$work/diff" ] && sed 's/^/    /' "$work/diff"
    if [ "$rc" -ge 2 ] && [ -s "$work/stderr" ]; then
      sed -n '1,5s/^/    stderr: /p' "$work/stderr"
    fi
    failed=$((failed + 1))
  fi
done < <(find "$source_dir/corpus" -name '*.expected' -type f | sort)

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
