#!/usr/bin/env bash
# The hooks of .pre-commit-hooks.yaml with the real pre-commit (3.0.4, Debian), in temporary git
# repositories, on corpus reports:
#   - `pre-commit try-repo` of this checkout (uncommitted changes included): a report whose
#     table 四 total is wrong (corpus/rules/sum-review/fires.md) fails the `nianbao` hook with the
#     finding printed; a clean report passes;
#   - a real `git commit` through `pre-commit install` is refused for the broken report and
#     accepted for the clean one;
#   - `args: [--fix]` fixes a label typo in the file, fails the hook once (pre-commit's rule for a
#     hook that changed files) and passes on the next run;
#   - the `nianbao-build` hook builds nianbao from the hook repository and refuses the broken one.
#
#   bash tests/precommit/hooks.sh path/to/nianbao SOURCE_DIR
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

# --- try-repo: broken total refused with the finding printed, clean report passes
repo=$(new_repo try)
cp "$broken" "$repo/report.md"
git -C "$repo" add report.md
if (cd "$repo" && pre-commit try-repo "$src" nianbao --files report.md) >"$work/try-broken.out" 2>&1; then
  fail "try-repo: the hook passed a report whose total is wrong"
fi
grep -q 'report.md:75:19: error: .*\[sum-review\]' "$work/try-broken.out" ||
  fail "try-repo: the sum-review finding at 75:19 is not printed"
grep -q '行政复议“总计”填报3' "$work/try-broken.out" || fail "try-repo: the finding's message is not printed"
grep -Eq '^nianbao 年报检查\.+Failed' "$work/try-broken.out" || fail "try-repo: the hook is not reported as Failed"

cp "$clean" "$repo/report.md"
git -C "$repo" add report.md
(cd "$repo" && pre-commit try-repo "$src" nianbao --files report.md) >"$work/try-clean.out" 2>&1 ||
  fail "try-repo: the clean report did not pass: $(cat "$work/try-clean.out")"
grep -Eq '^nianbao 年报检查\.+Passed' "$work/try-clean.out" || fail "try-repo: the hook is not reported as Passed"

# --- a real commit through the installed hook
repo=$(new_repo commit)
write_config "$repo" nianbao
(cd "$repo" && pre-commit install >/dev/null)
cp "$broken" "$repo/report.md"
git -C "$repo" add report.md .pre-commit-config.yaml
if git -C "$repo" commit -q -m "broken report" >"$work/commit-broken.out" 2>&1; then
  fail "git commit: a report whose total is wrong was committed"
fi
grep -q 'report.md:75:19: error: .*\[sum-review\]' "$work/commit-broken.out" ||
  fail "git commit: the refusal does not print the finding"
[ "$(git -C "$repo" rev-list --count HEAD)" = 1 ] || fail "git commit: a commit was made"
cp "$clean" "$repo/report.md"
git -C "$repo" add report.md
git -C "$repo" commit -q -m "clean report" >"$work/commit-clean.out" 2>&1 ||
  fail "git commit: the clean report was refused: $(cat "$work/commit-clean.out")"
[ "$(git -C "$repo" rev-list --count HEAD)" = 2 ] || fail "git commit: the clean report was not committed"

# --- args: [--fix]: the typo is fixed in place, the hook fails once, then passes
repo=$(new_repo fix)
write_config "$repo" nianbao '[--fix]'
cp "$typo" "$repo/report.md"
git -C "$repo" add report.md .pre-commit-config.yaml
if (cd "$repo" && pre-commit run --files report.md) >"$work/fix1.out" 2>&1; then
  fail "--fix: the run that changed the file passed"
fi
grep -q 'files were modified by this hook' "$work/fix1.out" || fail "--fix: pre-commit did not say the hook changed files"
# Only the misspelt label of line 48 changes, to the template's wording.
diff "$typo" "$repo/report.md" >"$work/fix.diff" || true
[ "$(grep -c '^[<>]' "$work/fix.diff")" = 2 ] || fail "--fix: more than the label's line changed: $(cat "$work/fix.diff")"
grep -q '^48c48$' "$work/fix.diff" || fail "--fix: the change is not on line 48"
sed -n 48p "$repo/report.md" | grep -q '2\.其他法律行政法规禁止公开' || fail "--fix: line 48 does not have the template's label"
git -C "$repo" add report.md
(cd "$repo" && pre-commit run --files report.md) >"$work/fix2.out" 2>&1 ||
  fail "--fix: the second run failed: $(cat "$work/fix2.out")"

# --- nianbao-build: builds from the hook repository, then refuses the broken report
repo=$(new_repo build)
write_config "$repo" nianbao-build
cp "$broken" "$repo/report.md"
git -C "$repo" add report.md .pre-commit-config.yaml
# Not the binary under test: this hook must find its own.
if (cd "$repo" && PATH=${PATH#"$bindir":} pre-commit run --files report.md) >"$work/build.out" 2>&1; then
  fail "nianbao-build: the hook passed a report whose total is wrong"
fi
grep -q 'report.md:75:19: error: .*\[sum-review\]' "$work/build.out" ||
  fail "nianbao-build: the finding is not printed: $(tail -n 30 "$work/build.out")"
cp "$clean" "$repo/report.md"
git -C "$repo" add report.md
(cd "$repo" && PATH=${PATH#"$bindir":} pre-commit run --files report.md) >"$work/build2.out" 2>&1 ||
  fail "nianbao-build: the clean report did not pass: $(tail -n 30 "$work/build2.out")"
grep -q 'building from' "$work/build2.out" && fail "nianbao-build: built again on the second run"

if [ "$failures" -ne 0 ]; then
  echo "$failures failed"
  exit 1
fi
echo "pre-commit hooks: all checks passed"
