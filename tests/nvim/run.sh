#!/usr/bin/env bash
# Neovim 0.7 (Debian's, tests/install/lsp-clients.packages) as a real LSP client of
# `nianbao lsp`, headless: tests/nvim/lsp_session.lua opens a corpus report with broken totals,
# waits for the diagnostics, corrects a total, applies the fix-all code action. Fails (never
# skips) when nvim or the server is missing.
#
#   bash tests/nvim/run.sh path/to/nianbao SOURCE_DIR
set -euo pipefail
nianbao=$(realpath "${1:?usage: run.sh path/to/nianbao SOURCE_DIR}")
source_dir=$(realpath "${2:?usage: run.sh path/to/nianbao SOURCE_DIR}")
[ -x "$nianbao" ] || { echo "run.sh: $nianbao is not an executable" >&2; exit 1; }
command -v nvim >/dev/null 2>&1 || { echo "run.sh: nvim is not installed (tests/install/lsp-clients.packages)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/corpus/reports/hongze-2023.md" "$work/hongze-2023.md"

# No user configuration, no shada, no swap files; a hard limit so a hang fails instead of
# blocking CI. The script ends Neovim itself with :cquit (failure) or :qall! (success).
status=0
HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
  NIANBAO="$nianbao" NIANBAO_REPORT="$work/hongze-2023.md" NIANBAO_LOG="$work/result.log" \
  NIANBAO_EXPECTED="$source_dir/corpus/reports/hongze-2023.expected" \
  timeout 120 nvim --headless -u NONE -i NONE -n \
  -c "luafile $source_dir/tests/nvim/lsp_session.lua" </dev/null >"$work/nvim.out" 2>&1 || status=$?
cat "$work/result.log" 2>/dev/null || true
if [ "$status" -ne 0 ] || ! grep -q '^ok: all ' "$work/result.log" 2>/dev/null; then
  echo "run.sh: Neovim session failed (status $status)" >&2
  sed 's/^/  nvim: /' "$work/nvim.out" >&2
  exit 1
fi
