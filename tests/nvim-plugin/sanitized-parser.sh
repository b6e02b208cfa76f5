# Sourced by the scripts that start Neovim with the grammar's parser: a parser from the sanitized
# build (build-asan/) needs the ASan and UBSan runtimes in the process that loads it, and Neovim
# is not sanitized, so they are preloaded into it (and inherited by the server it starts, which is
# sanitized too). Leak checking is left to the server's own tests (tests/lsp): Neovim's exit is
# not the place to account for it.
#   source sanitized-parser.sh PATH/TO/nianbao.so
# (ldd's output is read whole: `ldd | grep -q` under pipefail fails when grep stops early.)
deps=$( [ -n "${1:-}" ] && ldd "$1" 2>/dev/null || true)
if [[ $deps == *libasan* ]]; then
  LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)"
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
  export LD_PRELOAD ASAN_OPTIONS
fi
