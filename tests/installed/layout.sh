#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then each program finds what it needs there the way
# it does for users: the binary runs; `man nianbao` finds the page (MANPATH as /usr/local gives
# it), which names every command and every rule; Neovim, with the prefix as its only XDG data
# folder and no configuration, loads the plugin from its pack folder, finds the parser and the
# queries (installed by grammar/CMakeLists.txt in share/nvim/site) on 'runtimepath'
# (:checkhealth nianbao all OK) and has :help nianbao.
#
#   bash tests/installed/layout.sh path/to/nianbao SOURCE_DIR   (the binary's folder is the build)
set -uo pipefail
nianbao=$(realpath "$1")
src=$(realpath "$2")
build=$(dirname "$nianbao")
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

for tool in man nvim; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is not installed (tests/install/editors.packages)"; exit 1; }
done
cmake --install "$build" --prefix "$prefix/usr" >"$prefix/install.log" 2>&1 ||
  { cat "$prefix/install.log"; echo "FAIL: cmake --install failed"; exit 1; }
root=$prefix/usr

"$root/bin/nianbao" --version | grep -q '^nianbao ' || fail "the installed binary does not run"

# The manual page.
page=$(MANPATH=$root/share/man man -w nianbao 2>&1)
[ "$page" = "$root/share/man/man1/nianbao.1" ] || fail "man -w nianbao gives '$page'"
text=$(MANPATH=$root/share/man MANWIDTH=100 LANG=C.UTF-8 man nianbao 2>/dev/null)
for command in lint rules fmt extract template lsp; do
  grep -q "nianbao $command" <<<"$text" || fail "the manual page has no 'nianbao $command'"
done
missing=$("$nianbao" rules --format json | python3 -c '
import json, sys
text = sys.argv[1]
print(" ".join(r["id"] for r in json.load(sys.stdin) if r["id"] not in text))' "$text")
[ -z "$missing" ] || fail "the manual page does not list the rules: $missing"
warnings=$(LANG=C.UTF-8 man --warnings -l "$root/share/man/man1/nianbao.1" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "groff warns about the manual page: $warnings"

# Neovim: nothing but the installed prefix.
site=$root/share/nvim/site
pack=$site/pack/nianbao/start/nianbao
for file in pack/nianbao/start/nianbao/plugin/nianbao.lua pack/nianbao/start/nianbao/lua/nianbao/init.lua \
  pack/nianbao/start/nianbao/lua/nianbao/health.lua pack/nianbao/start/nianbao/doc/nianbao.txt \
  pack/nianbao/start/nianbao/doc/tags parser/nianbao.so queries/nianbao/highlights.scm \
  queries/nianbao/folds.scm; do
  [ -e "$site/$file" ] || fail "not installed: $site/$file"
done
# The help's tags file is committed: it must be what :helptags makes of the help.
mkdir -p "$prefix/doc"
cp "$src/editors/nvim/doc/nianbao.txt" "$prefix/doc/"
nvim --headless -u NONE -i NONE -n -c "helptags $prefix/doc" -c 'qall!' </dev/null >/dev/null 2>&1
cmp -s "$prefix/doc/tags" "$src/editors/nvim/doc/tags" ||
  fail "editors/nvim/doc/tags is not what :helptags makes of nianbao.txt (regenerate it)"

home=$prefix/home
mkdir -p "$home"
source "$src/tests/nvim-plugin/sanitized-parser.sh" "$site/parser/nianbao.so"
cp "$src/corpus/clean/report-2023.md" "$home/report-2023.md"
(cd "$home" && HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state \
  XDG_DATA_DIRS=$root/share PATH=$root/bin:$PATH timeout 60 nvim --headless -u NORC -i NONE -n \
  -c 'edit report-2023.md' \
  -c 'lua vim.wait(10000, function() return #vim.lsp.buf_get_clients(0) > 0 end, 20)' \
  -c 'checkhealth nianbao' -c "write! $home/health.txt" \
  -c 'help nianbao' -c "lua vim.fn.writefile({vim.fn.expand('%:p')}, '$home/help.txt')" \
  -c 'lua for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end' \
  -c 'lua vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 20)' \
  -c 'qall!' </dev/null >"$home/nvim.log" 2>&1) || fail "nvim failed: $(cat "$home/nvim.log")"
health=$(cat "$home/health.txt" 2>/dev/null)
for ok in "OK: found $root/bin/nianbao" "OK: version: nianbao" "OK: running" \
  "OK: parser loaded: $site/parser/nianbao.so" "OK: highlights.scm loaded" "OK: folds.scm loaded"; do
  grep -qF -- "$ok" <<<"$health" || fail "checkhealth nianbao lacks '$ok'"
done
grep -qE 'ERROR|WARNING' <<<"$health" && fail "checkhealth nianbao reports a problem"
[ "$(cat "$home/help.txt" 2>/dev/null)" = "$pack/doc/nianbao.txt" ] || fail ":help nianbao does not open the installed help"
[ "$failures" -eq 0 ] || { echo "$health"; echo "$failures failed"; exit 1; }
echo "installed layout: all checks passed"
