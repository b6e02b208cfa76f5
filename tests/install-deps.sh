#!/usr/bin/env bash
# Installs what nianbao needs to build and test, and only what is missing, so a second run costs
# a few dpkg queries. Used by quickstart.sh (--core: what building needs) and check.sh (all).
#
# What to install is data: every tests/install/*.packages file lists Debian (bookworm) packages,
# one a line, optionally pinned as NAME=VERSION; then every tests/install/*.sh runs, in name
# order, for what Debian does not carry (npm packages, …). Each script is idempotent and fails
# loudly: a tool a test needs is never silently absent.
#
#   bash tests/install-deps.sh [--core]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

lists=("$here"/install/*.packages)
scripts=("$here"/install/*.sh)
if [ "${1:-}" = "--core" ]; then
  lists=("$here/install/core.packages")
  scripts=()
fi

packages=()
for list in "${lists[@]}"; do
  while read -r name _; do
    packages+=("$name")
  done < <(sed 's/#.*//' "$list" | grep -v '^[[:space:]]*$')
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: not a Debian system; make sure these are installed: ${packages[*]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  name=${p%%=*}
  want=${p#"$name"}
  want=${want#=}
  # `dpkg -s` also succeeds for removed packages whose config files remain: ask for the state.
  state=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
  version=${state#install ok installed }
  if [ "$version" = "$state" ] || { [ -n "$want" ] && [ "$version" != "$want" ]; }; then
    missing+=("$p")
  fi
done

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    [ ${#missing[@]} -eq 0 ] ||
      { echo "install-deps: not root and no sudo; install as root: apt-get install ${missing[*]}" >&2; exit 1; }
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} Debian packages already installed"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

for script in "${scripts[@]}"; do
  [ -e "$script" ] || continue
  echo "install-deps: $(basename "$script")"
  bash "$script"
done
