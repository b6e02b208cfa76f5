#!/usr/bin/env bash
# A picture of Neovim 0.7.2 with the plugin, as a person sees it in a terminal: Neovim runs in
# tmux (its own server socket) on a report with two wrong row totals, `tmux capture-pane -e`
# records the screen with its colours, ansi_to_html.py lays it out cell for cell, and Chromium
# takes the picture. Fails when the findings do not appear on the screen.
#
#   bash tests/nvim-plugin/screenshot.sh path/to/nianbao SOURCE_DIR path/to/nianbao.so OUT.png
set -euo pipefail
nianbao=$(realpath "$1")
src=$(realpath "$2")
parser=$(realpath "$3")
out=$(realpath -m "$4")
# Only Neovim gets the sanitizer runtimes a parser of build-asan/ needs: tmux and Chromium not.
source "$src/tests/nvim-plugin/sanitized-parser.sh" "$parser"
nvim_env="${LD_PRELOAD:+LD_PRELOAD='$LD_PRELOAD' ASAN_OPTIONS='$ASAN_OPTIONS'}"
unset LD_PRELOAD
for tool in tmux nvim chromium python3; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done
mkdir -p "$(dirname "$out")"
work=$(mktemp -d)
socket=nianbao-screenshot-$$
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"
  [ -z "${browser:-}" ] || kill -KILL -- "-$browser" 2>/dev/null || true
  [ -n "${NB_KEEP_SCREEN:-}" ] && cp "$work/screen.ansi" "$NB_KEEP_SCREEN" 2>/dev/null; rm -rf "$work"
}
trap cleanup EXIT
cp "$src/corpus/rules/sum-row/fires.md" "$work/report-2023.md"
cat >"$work/tmux.conf" <<'CONF'
set -g default-terminal "tmux-256color"
set -g status off
set -sg escape-time 0
CONF
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -x 132 -y 30 -c "$work" \
  "env HOME=$work XDG_STATE_HOME=$work/state XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config \
   $nvim_env NB_NIANBAO=$nianbao NB_SOURCE=$src NB_PARSER=$parser ${NB_QUERIES:+NB_QUERIES=$NB_QUERIES} \
   nvim -u NONE -i NONE -n --cmd 'set runtimepath^=$src/editors/nvim' --cmd 'filetype on' \
   --cmd 'runtime plugin/nianbao.lua' --cmd 'luafile $src/tests/nvim-plugin/screen.lua' \
   '+call cursor(45, 1)' '+normal! zz' report-2023.md"
shown=false
for _ in $(seq 1 100); do
  screen=$(tmux -L "$socket" capture-pane -p)
  if [[ $screen == *填报12* ]]; then
    shown=true
    break
  fi
  sleep 0.2
done
$shown || { tmux -L "$socket" capture-pane -p; echo "FAIL: the finding did not appear on the screen"; exit 1; }
sleep 0.5
tmux -L "$socket" capture-pane -e -p >"$work/screen.ansi"
tmux -L "$socket" send-keys ':qa!' Enter
python3 "$src/tests/nvim-plugin/ansi_to_html.py" "$work/screen.ansi" "$work/screen.html" "Neovim 0.7.2 — nianbao"
setsid chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chromium" --hide-scrollbars --window-size=1018,584 \
  --screenshot="$out" "file://$work/screen.html" >"$work/chromium.log" 2>&1 &
browser=$!
wait "$browser" || { cat "$work/chromium.log"; echo "FAIL: chromium could not take the screenshot"; exit 1; }
[ -s "$out" ] || { echo "FAIL: no screenshot written"; exit 1; }
echo "screenshot: $out"
