#!/usr/bin/env bash
# Prints the folder code-server is installed in: $NB_CODE_SERVER_DIR, or a cache folder outside
# the checkout shared by CI and every worktree (tests/install/code-server.sh installs it there).
echo "${NB_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/nianbao/code-server-4.100.3}"
