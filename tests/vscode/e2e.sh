#!/usr/bin/env bash
# The VS Code extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3's workbench)
# driven by Debian's Chromium through playwright-core (tests/vscode/e2e.mjs says what it checks).
# The extension is packaged from editors/vscode into a .vsix and installed into a fresh profile;
# everything listens on 127.0.0.1 only, lives in a temporary folder, and every process this
# script starts (code-server and its children, the browser) is ended through its process group.
#
#   bash tests/vscode/e2e.sh path/to/nianbao SOURCE_DIR [SCREENSHOT.png]
# Fails, never skips, when code-server, Chromium, playwright-core or the npm packages are missing
# (tests/install/code-server.sh and vscode-extension.sh install them).
set -euo pipefail
nianbao=$(realpath "$1")
src=$(realpath "$2")
screenshot=${3:+$(realpath -m "$3")}
here=$src/tests/vscode
version=4.100.3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

cs_dir=$(bash "$here/code-server-dir.sh")
entry=$cs_dir/node_modules/code-server/out/node/entry.js
[ -f "$cs_dir/.installed" ] && [ "$(cat "$cs_dir/.installed")" = "$version" ] && [ -f "$entry" ] ||
  fail "code-server $version is not installed in $cs_dir (bash tests/install/code-server.sh)"
[ -x /usr/bin/chromium ] || fail "chromium is not installed (tests/install/editors.packages)"
[ -d "$here/node_modules/playwright-core" ] ||
  fail "playwright-core is not installed in tests/vscode (bash tests/install/vscode-extension.sh)"

work=$(mktemp -d)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

start=$SECONDS
bash "$src/editors/vscode/package.sh" "$work/nianbao.vsix" >"$work/package.log" 2>&1 ||
  fail "packaging the extension failed: $(tail -n 20 "$work/package.log")"
echo "packaged the extension in $((SECONDS - start)) s"

profile=$work/user-data
extensions=$work/extensions
workspace=$work/workspace
mkdir -p "$profile/User" "$extensions" "$workspace" "$work/config" "$work/home"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/home HOME=$work/home
cp "$src/corpus/rules/sum-row/fires.md" "$workspace/report-2023.md"
cp "$src/corpus/rules/label-typo/fires.md" "$workspace/typo-2023.md"
cat >"$profile/User/settings.json" <<EOF
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "workbench.colorTheme": "Default Dark Modern",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "chat.disableAIFeatures": true,
  "editor.fontFamily": "'Noto Sans Mono CJK SC', monospace",
  "editor.minimap.enabled": false,
  "editor.lightbulb.enabled": "on",
  "files.autoSave": "off",
  "nianbao.path": "$nianbao",
  "nianbao.lang": "zh"
}
EOF

node "$entry" --user-data-dir "$profile" --extensions-dir "$extensions" \
  --install-extension "$work/nianbao.vsix" >"$work/install.log" 2>&1 ||
  fail "code-server could not install the .vsix: $(tail -n 20 "$work/install.log")"
grep -q "Extension 'nianbao.vsix' was successfully installed" "$work/install.log" || fail "no install message: $(cat "$work/install.log")"

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# setsid: code-server and the bootstrap-fork children it starts share one process group.
setsid node "$entry" --auth none --bind-addr "127.0.0.1:$port" --user-data-dir "$profile" \
  --extensions-dir "$extensions" --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override "$workspace" \
  >"$work/code-server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || fail "code-server exited: $(tail -n 20 "$work/code-server.log")"
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || fail "code-server did not answer on 127.0.0.1:$port"
echo "code-server listening on 127.0.0.1:$port after $((SECONDS - start)) s"

status=0
setsid node "$here/e2e.mjs" --url "http://127.0.0.1:$port/?folder=$workspace" \
  --workspace "$workspace" --profile "$work/chromium" --nianbao "$nianbao" ${screenshot:+--screenshot "$screenshot"} &
pids+=($!)
wait "${pids[1]}" || status=$?
echo "end to end in $((SECONDS - start)) s"
if [ "$status" -ne 0 ]; then
  echo "--- code-server log (last 40 lines)"
  tail -n 40 "$work/code-server.log"
  fail "the end-to-end run failed (status $status)"
fi

echo "vscode e2e: all checks passed"
