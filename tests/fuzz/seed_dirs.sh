# Sourced by run.sh and seed_speed.sh: the seed directories of a line of tests/fuzz/targets.
#   fuzz_seed_dirs ROOT WORK SEEDS   sets the array seed_dirs: each directory of SEEDS (',' between,
#     from ROOT); for cut:DIR, DIR and the sections of its reports (cut_seeds.py); for lsp:DIR,
#     only those sections, each as a session of the language server (cut_seeds.py --lsp). Pieces
#     are written under WORK/pieces/, a directory per entry ('/' made '_': libFuzzer reads seed
#     directories recursively), when missing.
fuzz_seed_dirs() {
  local root=$1 work=$2 s dir pieces
  seed_dirs=()
  for s in ${3//,/ }; do
    case $s in
    cut:*)
      dir=${s#cut:}
      pieces=$work/pieces/${dir//\//_}
      python3 "$root/tests/fuzz/cut_seeds.py" "$pieces" "$root/$dir" || return 1
      seed_dirs+=("$root/$dir" "$pieces")
      ;;
    lsp:*)
      dir=${s#lsp:}
      pieces=$work/pieces/lsp-${dir//\//_}
      python3 "$root/tests/fuzz/cut_seeds.py" --lsp "$root/tests/fuzz/seeds/lsp/requests" \
        "$pieces" "$root/$dir" || return 1
      seed_dirs+=("$pieces")
      ;;
    *) seed_dirs+=("$root/$s") ;;
    esac
  done
}
