#!/usr/bin/env bash
# Where the benchmark's batch spends its time, in counts that do not move with the machine's
# load. The batch target (nianbao-bench --only batch: `lint DIR --jobs 2` against `--jobs 1`) is
# a ratio of wall times, which on a shared machine says little; these say what is serial, how
# evenly the workers share the files, and what each file costs besides its check.
#
#   bash tests/bench/batch_accounting.sh BUILD
#
# BUILD is a build directory (RelWithDebInfo) with nianbao and nianbao-bench. The files are the
# benchmark's batch (bench_batch.c): the synthetic reports, one directory per layout, then the
# 5 MiB document in a directory of its own, so it is the last file of the walk. Prints
#   - the instructions (callgrind) of --jobs 1 over the batch and of the large file alone;
#   - at --jobs 2, the parent's instructions (start-up, walk, configuration, ordering, delivery:
#     what no worker does) and each worker's (how evenly they shared the files; under load a
#     worker that got less CPU takes fewer files, so compare them on a quiet machine);
#   - the system calls of both (strace -c), by name, and their count per file; at --jobs 2 of all
#     processes and of the parent alone (strace slows the workers, so the parent wakes more
#     often than it would: its poll, read and clock_nanosleep are upper bounds).
set -euo pipefail
build=$(cd "$1" && pwd)
for tool in valgrind strace; do
  command -v "$tool" >/dev/null || { echo "batch_accounting.sh: needs $tool" >&2; exit 2; }
done
work=$(mktemp -d /tmp/nb-batch-accounting.XXXXXX)
trap 'rm -rf "$work"' EXIT

"$build/nianbao-bench" --generate "$work/gen" >/dev/null
set_number=2 # the benchmark's set numbers: two sets of real reports come first
for layout in pipe html tab cell-lines spaced; do
  mkdir -p "$work/batch/set-$set_number"
  mv "$work/gen/synth-$layout-"* "$work/batch/set-$set_number/"
  set_number=$((set_number + 1))
done
mkdir -p "$work/batch/set-$set_number"
mv "$work/gen/big-"* "$work/batch/set-$set_number/"
batch=$work/batch
large=$(ls "$batch/set-$set_number/"*)
files=$(find "$batch" -type f | wc -l)

instructions() { # ARGS…: the "Collected" count of each process, the parent last
  # lint's status says whether it found errors: not this script's business
  valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$work/callgrind.log" \
    "$build/nianbao" "$@" >/dev/null || true
  sed -n 's/.*Collected : //p' "$work/callgrind.log"
}

echo "batch: $files files under $batch"
all=$(instructions lint --jobs 1 "$batch")
alone=$(instructions lint --jobs 1 "$large")
echo "instructions, --jobs 1: $all; the large file alone: $alone ($((100 * alone / all)) %)"
mapfile -t counts < <(instructions lint --jobs 2 "$batch")
echo "instructions, --jobs 2: parent ${counts[-1]}; workers ${counts[*]:0:${#counts[@]}-1}"
echo "  (each worker's count includes the parent's before its fork)"

syscalls() { # JOBS WHOSE STRACE-OPTION…: the system calls, by name, with their count per file
  local jobs=$1 whose=$2
  shift 2
  strace -c "$@" -o "$work/strace.txt" "$build/nianbao" lint --jobs "$jobs" "$batch" >/dev/null ||
    true
  echo "system calls, --jobs $jobs, $whose (strace -c): calls, per file, name"
  awk -v files="$files" '$4 ~ /^[0-9]+$/ && $NF ~ /^[a-z_0-9]+$/ && $NF != "total" {
      printf "  %6d %6.2f %s\n", $4, $4 / files, $NF }' "$work/strace.txt" |
    sort -rn | head -12
}
syscalls 1 "the one process"
syscalls 2 "all processes" -f
syscalls 2 "the parent alone"
