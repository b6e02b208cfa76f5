#!/usr/bin/env bash
# Builds the extension (type check, esbuild bundle) and packages it with `vsce package`, offline:
#   bash editors/vscode/package.sh OUT.vsix
# The npm dependencies come from tests/install/vscode-extension.sh (npm ci from the committed
# package-lock.json); the CMake target `vsix` calls this script.
set -euo pipefail
out=$(realpath -m "${1:?usage: package.sh OUT.vsix}")
cd "$(dirname "${BASH_SOURCE[0]}")"
if [ ! -x node_modules/.bin/vsce ] || [ ! -x node_modules/.bin/esbuild ]; then
  echo "package.sh: editors/vscode/node_modules is missing; run bash tests/install/vscode-extension.sh" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
npm run --silent build
node_modules/.bin/vsce package --no-dependencies --skip-license --allow-missing-repository \
  --out "$out" </dev/null
