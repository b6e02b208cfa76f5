# Sourced by run.sh and seed_speed.sh: the seed directories of a line of tests/fuzz/targets.
#   fuzz_seed_dirs ROOT WORK SEEDS   sets the array seed_dirs: each directory of SEEDS (',' between,
#                                    from ROOT); for cut:DIR, DIR and WORK/pieces/DIR (/ made _), DIR's reports
#                                    cut into sections by cut_seeds.py (written when missing).
fuzz_seed_dirs() {
  local root=$1 work=$2 s dir pieces
  seed_dirs=()
  for s in ${3//,/ }; do
    dir=${s#cut:}
    seed_dirs+=("$root/$dir")
    if [ "$dir" != "$s" ]; then
      pieces=$work/pieces/${dir//\//_} # flat: libFuzzer reads seed directories recursively
      python3 "$root/tests/fuzz/cut_seeds.py" "$pieces" "$root/$dir" || return 1
      seed_dirs+=("$pieces")
    fi
  done
}
