#!/usr/bin/env bash
# pandoc 3 for tests/pandoc/pandoc3.sh: the npm package pandoc-wasm 1.1.0 (pandoc 3.10, AST API
# 1.23) runs under Node without network. It cannot run filters (WASI has no processes), so the
# test pipes its JSON through nianbao-pandoc by hand. Installed with `npm ci` from the committed
# tests/pandoc/wasm/package-lock.json into the folder tests/pandoc/wasm/dir.sh names; a stamp
# holding the lock file's hash makes a second run cost a second. About 60 MB on first install.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$here/../pandoc/wasm
dir=$(bash "$src/dir.sh")

fail() {
  echo "pandoc-wasm.sh: $*" >&2
  exit 1
}

command -v node >/dev/null || fail "node is not installed (Node.js 20 is needed)"
command -v npm >/dev/null || fail "npm is not installed"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || fail "pandoc-wasm needs Node.js 18 or later, found $(node --version)"

want=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
stamp=$dir/.nianbao-lock.sha256
wasm=$dir/node_modules/pandoc-wasm/src/pandoc.wasm
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -s "$wasm" ]; then
  echo "pandoc-wasm.sh: pandoc-wasm 1.1.0 already installed in $dir"
  exit 0
fi

echo "pandoc-wasm.sh: installing pandoc-wasm 1.1.0 into $dir"
rm -rf "$dir"
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$dir/"
(cd "$dir" && npm ci --no-audit --no-fund --prefer-offline)
[ -s "$wasm" ] || fail "npm ci finished but $wasm is missing"
echo "$want" >"$stamp"
