#!/usr/bin/env bash
# The fixed-work speed of the libFuzzer targets: each target runs every one of its seeds once
# (-runs=0: no mutation) REPS times, and the fastest repetition is kept, so that a figure does
# not depend on which inputs a mutation run happened to make, and a busy machine can only slow a
# repetition down. Prints one line per target: seeds run, the fastest wall and CPU (user+sys)
# seconds, seeds a CPU second, and the load average when it started.
#
#   bash tests/fuzz/seed_speed.sh BUILD [REPS] [TARGET…]     (REPS: default 3)
#
# BUILD is a NB_FUZZ build (tests/fuzz/run.sh's header says how to make one).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -lt 1 ]; then
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
build=$(cd "$1" && pwd) || exit 2
reps=${2:-3}
shift $(($# >= 2 ? 2 : 1))
wanted=("$@")
export LC_ALL=C
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
while read -r name max_len seeds dicts; do
  if [ ${#wanted[@]} -gt 0 ] && [[ " ${wanted[*]} " != *" $name "* ]]; then
    continue
  fi
  seed_dirs=()
  for s in ${seeds//,/ }; do seed_dirs+=("$root/$s"); done
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  best_wall= best_cpu= units=
  for ((r = 0; r < reps; r++)); do
    rm -rf "$work/corpus" && mkdir "$work/corpus"
    # -runs=0: the seeds alone; the first directory (empty) takes what they add to coverage.
    if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "$build/tests/fuzz/$name" -runs=0 \
      -max_len="$max_len" -print_final_stats=1 "$work/corpus" "${seed_dirs[@]}" >"$work/log" 2>&1; then
      echo "$name: FAILED; log:" && tail -5 "$work/log" | sed 's/^/    /'
      failed=1
      continue 2
    fi
    units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
    read -r wall user sys <"$work/time"
    read -r best_wall best_cpu < <(awk -v w="$wall" -v c="$user + $sys" -v bw="$best_wall" \
      -v bc="$best_cpu" 'BEGIN { split(c, p, " + "); c = p[1] + p[2]
        if (bw == "" || w < bw) bw = w; if (bc == "" || c < bc) bc = c; print bw, bc }')
  done
  rate=$(awk -v u="$units" -v c="$best_cpu" 'BEGIN { printf "%d", (c > 0 ? u / c : 0) }')
  echo "$name: $units seeds, best of $reps: ${best_wall} s wall, ${best_cpu} s CPU, $rate seeds/CPU-s (load $load)"
done < <(sed 's/#.*//' "$root/tests/fuzz/targets" | grep -v '^[[:space:]]*$')
exit $failed
