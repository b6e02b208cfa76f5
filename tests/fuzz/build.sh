#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_report.c, the report's text; fuzz_pandoc.c,
# nianbao-pandoc's JSON input) with clang into $1 (default build-libfuzzer/): every source but
# the programs' main()s, with ASan and UBSan. Kept out of CMake
# and CTest because it needs clang's libFuzzer runtime and runs for as long as one lets it.
#   tests/fuzz/build.sh [OUTDIR]  then  OUTDIR/fuzz_report -max_len=65536 CORPUS_DIR SEED_DIR…
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-libfuzzer}
mkdir -p "$out/obj"
cc=${CC:-clang}
flags=(-std=c11 -g -O1 -fno-omit-frame-pointer -D_POSIX_C_SOURCE=200809L -DNB_VERSION=\"fuzz\"
       -I"$root/src" $(pkg-config --cflags libcmark-gfm jansson))
objs=()
for src in "$root"/src/*/*.c "$root"/src/core/rules/*.c; do
  [[ $src == */cli/main.c || $src == */pandoc/main.c ]] && continue
  obj="$out/obj/$(echo "${src#$root/src/}" | tr / _).o"
  # No dependency tracking: any header newer than the object rebuilds it (stale struct layouts
  # otherwise show up as sanitizer reports that are not bugs).
  if [[ ! -e $obj || $src -nt $obj || -n $(find "$root/src" -name '*.h' -newer "$obj" -print -quit) ]]; then
    "$cc" "${flags[@]}" -fsanitize=fuzzer-no-link,address,undefined -c "$src" -o "$obj" &
  fi
  objs+=("$obj")
  (( $(jobs -r | wc -l) >= ${JOBS:-2} )) && wait -n
done
wait
for target in fuzz_report fuzz_pandoc; do
  "$cc" "${flags[@]}" -fsanitize=fuzzer,address,undefined "$root/tests/fuzz/$target.c" \
    "${objs[@]}" $(pkg-config --libs libcmark-gfm jansson) -lm -o "$out/$target"
  echo "$out/$target"
done
