# The set-up every integration script shares; source it with the script's own arguments:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/harness.sh" "$@"
# Sets NB (the nianbao binary) and SRC (the source tree) as absolute paths, works in a fresh
# scratch directory TMP (made readable for tests that drop privileges, removed on exit), clears
# the locale so messages are Chinese unless a test asks otherwise, and counts checks: pass, fail
# and finish, which prints the closing `N passed, N failed` line and sets the exit status.
# It lives in lib/ so that CTest, which runs integration/*.sh, does not run it as a test.
if [ $# -ne 2 ]; then
  echo "usage: bash $(basename "$0") <path-to-nianbao> <source-dir>" >&2
  exit 2
fi
NB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"
cd "$TMP" || exit 2
unset LC_ALL LC_MESSAGES LANG LANGUAGE

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
