#!/usr/bin/env bash
# grammar/src/ is what grammar/grammar.js generates with the pinned generator: regenerates it in
# a temporary directory and compares every generated file with the committed one.
#   bash tests/grammar/regenerate.sh SOURCE_DIR [TREE_SITTER_CLI]
# The CLI is tests/install/tree-sitter-cli.sh's (tree-sitter 0.22.6); a missing one fails.
set -euo pipefail
src=${1:?usage: regenerate.sh SOURCE_DIR [TREE_SITTER_CLI]}
cli=${2:-tree-sitter-0.22.6}
command -v "$cli" >/dev/null || { echo "FAIL: no $cli (run tests/install/tree-sitter-cli.sh)"; exit 1; }
[ "$("$cli" --version)" = "tree-sitter 0.22.6" ] || { echo "FAIL: $cli is not tree-sitter 0.22.6"; exit 1; }

work=$(mktemp -d /tmp/nb-regenerate.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$src/grammar/grammar.js" "$work/"
start=$(date +%s%N)
(cd "$work" && "$cli" generate --abi 14 --no-bindings) >"$work/log" 2>&1 ||
  { cat "$work/log"; echo "FAIL: tree-sitter generate failed"; exit 1; }
echo "generated in $((($(date +%s%N) - start) / 1000000)) ms"

status=0
for f in parser.c grammar.json node-types.json tree_sitter/parser.h tree_sitter/alloc.h \
  tree_sitter/array.h; do
  if ! cmp -s "$work/src/$f" "$src/grammar/src/$f"; then
    echo "FAIL: grammar/src/$f differs from what grammar.js generates:"
    diff -u "$src/grammar/src/$f" "$work/src/$f" | head -n 20 || true
    status=1
  fi
done
grep -q '^#define LANGUAGE_VERSION 14$' "$src/grammar/src/parser.c" ||
  { echo "FAIL: parser.c is not ABI 14"; status=1; }
[ $status -eq 0 ] && echo "grammar/src/ is what grammar.js generates (ABI 14)"
exit $status
