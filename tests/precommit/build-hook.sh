#!/usr/bin/env bash
# The `nianbao-build` hook of .pre-commit-hooks.yaml with the real pre-commit: with no nianbao on
# PATH it builds one from the hook repository (a snapshot of this checkout) on first use, refuses
# a report whose total is wrong with the finding printed, and passes a clean report on the next
# run without building again.
#
#   bash tests/precommit/build-hook.sh path/to/nianbao SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh" "$@"

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
echo "pre-commit nianbao-build hook: all checks passed"
