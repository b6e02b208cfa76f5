#!/usr/bin/env bash
# The Neovim plugin (editors/nvim) in the real Neovim (Debian's 0.7.2), headless: every
# tests/nvim-plugin/test_*.lua runs in a fresh editor with only the plugin on 'runtimepath', the binary
# under test and the grammar's parser. Each editor runs in its own process group, which is ended
# afterwards with the language servers it started.
#
#   bash tests/nvim-plugin/nvim.sh path/to/nianbao SOURCE_DIR path/to/nianbao.so [TEST…]
set -uo pipefail
nianbao=$(realpath "$1")
src=$(realpath "$2")
parser=${3:+$(realpath "$3")}
shift 3
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=("$src"/tests/nvim-plugin/test_*.lua)

source "$src/tests/nvim-plugin/sanitized-parser.sh" "$parser"
command -v nvim >/dev/null || { echo "FAIL: nvim is not installed (tests/install/editors.packages)"; exit 1; }
echo "$(nvim --version | head -n1)"

failed=0
for test in "${tests[@]}"; do
  work=$(mktemp -d)
  start=$SECONDS
  # -u NONE: no user configuration; the plugin is loaded as a package manager would load it.
  NB_NIANBAO=$nianbao NB_SOURCE=$src NB_PARSER=$parser NB_WORK=$work HOME=$work \
    XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config \
    setsid timeout 120 nvim --headless -u NONE -i NONE -n \
    --cmd "set runtimepath^=$src/editors/nvim" --cmd 'filetype on' \
    --cmd 'runtime plugin/nianbao.lua' -c "luafile $test" </dev/null &
  pid=$!
  wait "$pid"
  status=$?
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -rf "$work"
  echo "--- $(basename "$test"): $([ "$status" -eq 0 ] && echo passed || echo "FAILED ($status)") in $((SECONDS - start)) s"
  [ "$status" -eq 0 ] || failed=$((failed + 1))
done
echo "$((${#tests[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
