#!/usr/bin/env bash
# The `nianbao` hook of .pre-commit-hooks.yaml with the real pre-commit (3.0.4, Debian), in
# temporary git repositories, on corpus reports:
#   - `pre-commit try-repo` of this checkout (uncommitted changes included): a report whose
#     table 四 total is wrong (corpus/rules/sum-review/fires.md) fails the hook with the finding
#     printed; a clean report passes;
#   - a real `git commit` through `pre-commit install` is refused for the broken report and
#     accepted for the clean one, and for a README beside it (not a report: --reports-only);
#   - `args: [--fix]` fixes a label typo in the file, fails the hook once (pre-commit's rule for a
#     hook that changed files) and passes on the next run.
#
#   bash tests/precommit/hooks.sh path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"

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
# A README is not a report: committed beside the reports, it is left alone (--reports-only)
# where plain `nianbao lint` would refuse it for its "missing" sections.
printf '# 项目说明\n\n本仓库存放各年度报告，修改前请先阅读本文件。\n' >"$repo/README.md"
"$nianbao" lint "$repo/README.md" >/dev/null 2>&1 && fail "git commit: plain lint passes the README (no test)"
git -C "$repo" add README.md
git -C "$repo" commit -q -m "readme" >"$work/commit-readme.out" 2>&1 ||
  fail "git commit: a README was refused: $(cat "$work/commit-readme.out")"
[ "$(git -C "$repo" rev-list --count HEAD)" = 3 ] || fail "git commit: the README was not committed"

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

if [ "$failures" -ne 0 ]; then
  echo "$failures failed"
  exit 1
fi
echo "pre-commit hooks: all checks passed"
