#!/usr/bin/env bash
# Prints the folder pandoc-wasm is installed in: $NB_PANDOC_WASM_DIR, or a cache folder outside
# the checkout shared by every clone and worktree. tests/install/pandoc-wasm.sh installs it there;
# tests/pandoc/pandoc3.sh runs it from there.
set -euo pipefail
echo "${NB_PANDOC_WASM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nianbao/pandoc-wasm-1.1.0}"
