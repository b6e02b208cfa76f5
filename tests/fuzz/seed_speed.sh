#!/usr/bin/env bash
# The fixed-work speed of the libFuzzer targets, so that a figure does not depend on which inputs
# a mutation run happened to make. Each target runs on its seeds (tests/fuzz/targets) REPS times
# and the fastest repetition is kept (a busy machine can only slow one down). Prints one line per
# target: inputs run, the fastest wall and CPU (user+sys) seconds, inputs a CPU second, and the
# load average when it started.
#
#   bash tests/fuzz/seed_speed.sh BUILD [--reps R] [--each N] [TARGET…]
#
#   --reps R   repetitions, the fastest kept (default 3).
#   (default)  libFuzzer with -runs=0 on the seed directories: every seed once, as a run starts,
#              libFuzzer's bookkeeping of new coverage included.
#   --each N   every seed file N times (libFuzzer runs files given by name N times each, without
#              mutating or keeping anything): the target's own cost, start-up amortised — the
#              figure to compare builds by when a target has only a handful of seeds.
#
# BUILD is a NB_FUZZ build (tests/fuzz/run.sh's header says how to make one).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -lt 1 ]; then
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
shift
reps=3
each=
while [ $# -gt 0 ]; do
  case $1 in
  --reps) reps=$2 && shift 2 ;;
  --each) each=$2 && shift 2 ;;
  *) break ;;
  esac
done
wanted=("$@")
export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/tests/fuzz/seed_dirs.sh"

# Times one repetition into $work/time ("wall user sys"); prints the inputs it ran.
run_once() { # run_once BIN MAX_LEN SEED_DIR…
  local bin=$1 max_len=$2
  shift 2
  if [ -n "$each" ]; then
    local files
    mapfile -t files < <(find "$@" -type f | sort)
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$bin" -runs="$each" -max_len="$max_len" \
      "${files[@]}" >"$work/log" 2>&1 || return 1
    echo $((${#files[@]} * each))
  else
    rm -rf "$work/corpus" && mkdir "$work/corpus"
    # The first directory (empty) takes what the seeds add to the coverage.
    /usr/bin/time -f '%e %U %S' -o "$work/time" "$bin" -runs=0 -max_len="$max_len" \
      -print_final_stats=1 "$work/corpus" "$@" >"$work/log" 2>&1 || return 1
    sed -n 's/^stat::number_of_executed_units: *//p' "$work/log"
  fi
}

failed=0
while read -r name max_len seeds dicts; do
  if [ ${#wanted[@]} -gt 0 ] && [[ " ${wanted[*]} " != *" $name "* ]]; then
    continue
  fi
  fuzz_seed_dirs "$root" "$work" "$seeds" || { failed=1 && continue; }
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  best_wall='' best_cpu='' units=''
  for ((r = 0; r < reps; r++)); do
    if ! units=$(run_once "$build/tests/fuzz/$name" "$max_len" "${seed_dirs[@]}"); then
      echo "$name: FAILED; log:" && tail -5 "$work/log" | sed 's/^/    /'
      failed=1
      continue 2
    fi
    read -r best_wall best_cpu < <(awk -v bw="$best_wall" -v bc="$best_cpu" '{
        c = $2 + $3
        if (bw == "" || $1 < bw) bw = $1
        if (bc == "" || c < bc) bc = c
        print bw, bc }' "$work/time")
  done
  rate=$(awk -v u="$units" -v c="$best_cpu" 'BEGIN { printf "%d", (c > 0 ? u / c : 0) }')
  echo "$name: $units inputs, best of $reps: $best_wall s wall, $best_cpu s CPU," \
    "$rate inputs/CPU-s (load $load)"
done < <(sed 's/#.*//' "$root/tests/fuzz/targets" | grep -v '^[[:space:]]*$')
exit $failed
