#!/usr/bin/env bash
# `tree-sitter test` on grammar/test/corpus/ with the pinned CLI, in a copy of grammar/ (the
# CLI compiles the parser into its cache, kept in the temporary directory too).
#   bash tests/grammar/tree-sitter-test.sh SOURCE_DIR [TREE_SITTER_CLI]
set -euo pipefail
src=${1:?usage: tree-sitter-test.sh SOURCE_DIR [TREE_SITTER_CLI]}
cli=${2:-tree-sitter-0.22.6}
command -v "$cli" >/dev/null || { echo "FAIL: no $cli (run tests/install/tree-sitter-cli.sh)"; exit 1; }

work=$(mktemp -d /tmp/nb-ts-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/grammar" "$work/home"
cp -r "$src/grammar/grammar.js" "$src/grammar/src" "$src/grammar/test" "$src/grammar/queries" \
  "$work/grammar/"
cd "$work/grammar"
out=$(HOME="$work/home" XDG_CACHE_HOME="$work/home/cache" XDG_CONFIG_HOME="$work/home/config" \
  "$cli" test 2>&1) || { echo "$out"; echo "FAIL: tree-sitter test"; exit 1; }
echo "$out" | grep -v -e 'parser directories' -e 'init-config' -e 'configuration file' \
  -e 'language grammars' -e '^$'
passed=$(echo "$out" | grep -c '✓' || true)
failed=$(echo "$out" | grep -c '✗' || true)
echo "tree-sitter test: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 10 ]
