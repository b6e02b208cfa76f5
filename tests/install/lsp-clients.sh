#!/usr/bin/env bash
# The npm packages of the scripted LSP client (tests/lsp/package.json, pinned by its
# package-lock.json): VS Code's own protocol stack, vscode-languageserver-protocol 3.17.5 over
# vscode-jsonrpc 8.2.0. Idempotent: when node_modules already holds exactly the locked versions
# nothing is fetched, so runs after the first are offline. Fails loudly when it cannot install.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../lsp" && pwd)"

command -v node >/dev/null 2>&1 || { echo "lsp-clients.sh: node is not installed (tests/install/lsp-clients.packages)" >&2; exit 1; }
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  echo "lsp-clients.sh: node $(node --version) is too old: node --test needs 18 or later" >&2
  exit 1
fi

# Every package the lock file names is in node_modules at the locked version.
installed() {
  (cd "$dir" && node -e '
    const lock = require("./package-lock.json");
    for (const [where, p] of Object.entries(lock.packages)) {
      if (!where) continue;
      let v;
      try { v = require("./" + where + "/package.json").version; } catch { process.exit(1); }
      if (v !== p.version) process.exit(1);
    }')
}

if installed; then
  echo "lsp-clients.sh: tests/lsp/node_modules is up to date"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  # Debian's nodejs comes without npm; NodeSource's carries its own.
  echo "lsp-clients.sh: installing npm"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends npm
fi

echo "lsp-clients.sh: npm ci in tests/lsp"
(cd "$dir" && npm ci --no-audit --no-fund --prefer-offline)
installed || { echo "lsp-clients.sh: node_modules does not match package-lock.json after npm ci" >&2; exit 1; }
