#!/usr/bin/env bash
# Runs the libFuzzer targets of a NB_FUZZ build on their seeds (tests/fuzz/targets), one at a
# time, each in a single process, and prints one line per target: runs, executions per (wall)
# second, seconds, CPU seconds and runs per CPU second, the coverage reached (libFuzzer's cov:
# edges and ft: features), and whether it found a crash (the input is then saved as
# BUILD/fuzz-work/NAME-crash-… and the exit status is 1).
#
#   tests/fuzz/run.sh BUILD [--runs N | --seconds S] [TARGET…]
#
#   --runs N     the regression check the suite runs (tests/check.sh): every seed once, then N
#                more inputs made from them (default 100); a fresh working corpus each time.
#   --seconds S  a long run: S seconds per target, keeping what it finds in BUILD/fuzz-work/NAME
#                across runs. `tests/fuzz/run.sh build-fuzz --seconds 3600` is the hour-long
#                run; nice it (nice -n 19) on a shared machine.
#
# BUILD is configured as: cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DNB_FUZZ=ON
# -DNB_TESTS=OFF, and built with: cmake --build build-fuzz --target nb_fuzz
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -lt 1 ]; then
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
shift
runs=100
seconds=
if [ "${1:-}" = --runs ]; then
  runs=$2
  shift 2
elif [ "${1:-}" = --seconds ]; then
  seconds=$2
  shift 2
fi
wanted=("$@")

# No allocation and free stacks in ASan's and LeakSanitizer's reports: recording a stack for
# every malloc and free was a quarter of fuzz_pandoc's time (a JSON value is an allocation) and
# finds nothing more. Every error is still found and the input saved; rerunning the target on
# that file (as a failure's lines below say) prints the stacks. Set ASAN_OPTIONS to have them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
work=$build/fuzz-work
mkdir -p "$work"
. "$root/tests/fuzz/seed_dirs.sh"
failed=0
while read -r name max_len seeds dicts; do
  if [ ${#wanted[@]} -gt 0 ] && [[ " ${wanted[*]} " != *" $name "* ]]; then
    continue
  fi
  bin=$build/tests/fuzz/$name
  if [ ! -x "$bin" ]; then
    echo "$name: not built ($bin)"
    failed=1
    continue
  fi
  dict=$work/$name.dict
  : >"$dict"
  for d in ${dicts//,/ }; do
    if [ -f "$root/tests/fuzz/$d" ]; then cat "$root/tests/fuzz/$d"; else cat "$build/tests/fuzz/$d"; fi
  done >>"$dict"
  fuzz_seed_dirs "$root" "$work" "$seeds" || { failed=1 && continue; }
  corpus=$work/$name
  # An input that takes two minutes is a hang; one of a few seconds is what ASan costs on a
  # large report on a busy machine.
  options=(-max_len="$max_len" -dict="$dict" -timeout=120 -rss_limit_mb=2048
           -artifact_prefix="$work/$name-" -print_final_stats=1)
  if [ -n "$seconds" ]; then
    mkdir -p "$corpus"
    options+=(-max_total_time="$seconds")
  else
    rm -rf "$corpus"
    mkdir -p "$corpus"
    nseeds=$(find "${seed_dirs[@]}" -type f | wc -l)
    options+=(-runs=$((nseeds + runs)) -seed=1)
  fi
  start=$SECONDS
  TIMEFORMAT='%U %S'
  { time "$bin" "${options[@]}" "$corpus" "${seed_dirs[@]}" >"$work/$name.log" 2>&1; } 2>"$work/$name.time"
  status=$?
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$name.log")
  # CPU seconds (user + system) and the runs in each: on a shared machine the wall clock says
  # how busy the others were. The coverage reached: the last status line's cov: and ft:.
  cpu=$(awk -v n="${executed:-0}" '{ c = $1 + $2; printf "%.1f CPU-s, %d runs/CPU-s", c, (c > 0 ? n / c : 0) }' "$work/$name.time")
  reached=$(grep -E '^#[0-9]+' "$work/$name.log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+')
  if [ "$status" -eq 0 ]; then
    echo "$name: ${executed:-?} runs, ${speed:-?} exec/s, $((SECONDS - start)) s, $cpu, ${reached:-cov: ?}"
  else
    failed=1
    echo "$name: FAILED (exit $status) after ${executed:-?} runs, $((SECONDS - start)) s; log: $work/$name.log"
    grep -m3 -E 'ERROR|property broken|runtime error|Test unit written' "$work/$name.log" | sed 's/^/    /'
    echo "    rerun (with allocation stacks): $bin FILE"
  fi
done < <(sed 's/#.*//' "$root/tests/fuzz/targets" | grep -v '^[[:space:]]*$')
exit $failed
