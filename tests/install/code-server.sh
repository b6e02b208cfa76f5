#!/usr/bin/env bash
# code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20): the real VS Code
# workbench that tests/vscode/ drives in Chromium. Installed once into a cache folder outside the
# checkout, so CI and every worktree share it; a second run checks the stamp and costs a second.
#
# A plain `npm install code-server` fails here (the ripgrep postinstall downloads a binary from
# outside the registry): install without scripts, then run the steps of code-server's own
# postinstall by hand, with Debian's ripgrep and libkrb5-dev (tests/install/editors.packages).
# See ../shared/notes/vscode-e2e.md. About 3 minutes and 300 MB on first install.
#
#   bash tests/install/code-server.sh        prints nothing but progress; exits non-zero on failure
# The folder: $NB_CODE_SERVER_DIR, default ~/.cache/nianbao/code-server-4.100.3 (tests/vscode/
# finds it the same way, through tests/vscode/code-server-dir.sh).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=4.100.3
dir=$(bash "$here/../vscode/code-server-dir.sh")
entry=$dir/node_modules/code-server/out/node/entry.js
stamp=$dir/.installed

# The version the installed copy reports; its first start writes a config.yaml under
# XDG_CONFIG_HOME, kept inside the install folder rather than the user's home.
installed_version() {
  XDG_CONFIG_HOME=$dir/.config node "$entry" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+ ' | tr -d ' '
}

fail() {
  echo "code-server.sh: $*" >&2
  exit 1
}

command -v node >/dev/null || fail "node is not installed (Node.js 20 is needed)"
command -v npm >/dev/null || fail "npm is not installed"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" = 20 ] || fail "code-server $version needs Node.js 20, found $(node --version)"
command -v rg >/dev/null || fail "ripgrep (rg) is missing: install tests/install/editors.packages"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] &&
  [ "$(installed_version)" = "$version" ]; then
  echo "code-server $version already installed in $dir"
  exit 0
fi

echo "code-server.sh: installing code-server $version into $dir (about 3 minutes)"
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
npm init -y >/dev/null
npm install --ignore-scripts --no-save "code-server@$version"
npm rebuild argon2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild
# The rest of code-server's own postinstall.sh.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev)
cd "$dir"

got=$(installed_version || true)
[ "$got" = "$version" ] || fail "installed code-server reports version '$got', wanted $version"
echo "$version" >"$stamp"
echo "code-server $version installed in $dir"
