#!/usr/bin/env bash
# The npm packages of the VS Code extension (editors/vscode: vscode-languageclient, TypeScript,
# esbuild, @vscode/vsce) and of its end-to-end test (tests/vscode: playwright-core), exactly as
# their committed package-lock.json files pin them. `npm ci` runs only when a lock file changed
# since the last install (a stamp in node_modules records its hash), so a second run costs a
# second and needs no network; the first takes about 20 s (npm's cache makes later clones fast).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

command -v npm >/dev/null || { echo "vscode-extension.sh: npm is not installed" >&2; exit 1; }

for dir in "$root/editors/vscode" "$root/tests/vscode"; do
  [ -f "$dir/package-lock.json" ] || { echo "vscode-extension.sh: $dir/package-lock.json is missing" >&2; exit 1; }
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  stamp=$dir/node_modules/.nianbao-lock.sha256
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "vscode-extension.sh: ${dir#"$root"/} up to date"
    continue
  fi
  echo "vscode-extension.sh: npm ci in ${dir#"$root"/}"
  (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund)
  echo "$want" >"$stamp"
done
