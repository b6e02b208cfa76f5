# Shared by tests/precommit/*.sh (sourced): arguments, a temporary home for git and pre-commit,
# the binary under test first on PATH, the corpus reports, and helpers.
#   source common.sh path/to/nianbao SOURCE_DIR
set -euo pipefail
nianbao=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

command -v pre-commit >/dev/null || { echo "FAIL: pre-commit is not installed (tests/install/editors.packages)"; exit 1; }
version=$(pre-commit --version)
[ "$version" = "pre-commit 3.0.4" ] || echo "note: testing with $version (Debian bookworm has 3.0.4)"

# The `nianbao` hook runs the binary under test; nothing else of the user's may leak in.
bindir=$work/bin
mkdir -p "$bindir"
ln -s "$nianbao" "$bindir/nianbao"
export PATH=$bindir:$PATH
export PRE_COMMIT_HOME=$work/pre-commit-home
export GIT_CONFIG_GLOBAL=$work/gitconfig GIT_CONFIG_NOSYSTEM=1
git config --global user.name test
git config --global user.email test@example.invalid
git config --global init.defaultBranch main
git config --global advice.detachedHead false

broken=$src/corpus/rules/sum-review/fires.md
clean=$src/corpus/clean/report-2023.md
typo=$src/corpus/rules/label-typo/fires.md

# new_repo NAME: an empty git repository with one commit, to add reports to.
new_repo() {
  local dir=$work/$1
  git init -q "$dir"
  git -C "$dir" commit -q --allow-empty -m init
  echo "$dir"
}

# The checkout as a hook repository at one commit, uncommitted files included (what try-repo
# does internally), for configurations that name a `rev`.
hooks_repo=$work/hooks-repo
mkdir -p "$hooks_repo"
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
  xargs -0 tar -cf - --ignore-failed-read 2>/dev/null) | tar -xf - -C "$hooks_repo"
git -C "$hooks_repo" init -q
git -C "$hooks_repo" add -A
git -C "$hooks_repo" commit -q -m snapshot
hooks_rev=$(git -C "$hooks_repo" rev-parse HEAD)

write_config() { # write_config REPO HOOK [ARGS-YAML]
  cat >"$1/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks_repo
    rev: $hooks_rev
    hooks:
      - id: $2
${3:+        args: $3}
EOF
}

