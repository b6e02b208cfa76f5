# Shared by the tests of tests/pandoc/ (sourced, not run): their arguments, a scratch folder,
# the checks that pandoc is there, and how findings are compared.
#
#   bash tests/pandoc/TEST.sh path/to/nianbao-pandoc path/to/nianbao SOURCE_DIR
set -uo pipefail
filter=$(realpath "${1:?usage: $0 nianbao-pandoc nianbao SOURCE_DIR}")
nianbao=$(realpath "${2:?usage: $0 nianbao-pandoc nianbao SOURCE_DIR}")
src=$(realpath "${3:?usage: $0 nianbao-pandoc nianbao SOURCE_DIR}")
fixtures=$src/tests/pandoc/fixtures
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
checks=0
# Findings speak Chinese whatever the machine's locale, as the goldens do.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LC_MESSAGES LANGUAGE

# Corpus files pandoc's Markdown reader does not read as written: it pads a pipe-table row that
# is shorter than the header with empty cells, so the filter sees blank cells where nianbao lint
# sees a short (ragged or run-together) row, and cuts a row that is longer than the header to
# the header's width (table 四 under a header row of its three groups loses 12 of its 15
# values). Each test adds its own reasons.
declare -A not_comparable=(
  [corpus/reports/seed-002-baiyu-2023.md]="short pipe rows padded with empty cells"
  [corpus/reports/seed-003-kagelek-2023.md]="short pipe rows padded with empty cells"
  [corpus/rules/table-cells-run-together/fires.md]="short pipe rows padded with empty cells"
  [corpus/rules/table-unreadable/fires.md]="short pipe rows padded with empty cells"
  [corpus/rules/table-unreadable/near-miss.md]="short pipe rows padded with empty cells"
  [corpus/layouts/review-group-header.md]="pipe rows longer than the header cut to its width"
)

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# check DESCRIPTION COMMAND…: counts a check; FAIL with the description when the command fails.
check() {
  local what=$1
  shift
  checks=$((checks + 1))
  "$@" || fail "$what"
}

# A test whose tool is missing fails; it never skips itself into a pass.
require_pandoc() {
  if ! command -v pandoc >/dev/null; then
    fail "pandoc is not installed (bash tests/install-deps.sh installs tests/install/pandoc.packages)"
    finish
  fi
  local version
  version=$(pandoc --version | head -1)
  case "$version" in
  "pandoc 2.17"*) ;;
  *)
    fail "these tests are written for Debian bookworm's pandoc 2.17, found: $version"
    finish
    ;;
  esac
}

# "SEVERITY RULE MESSAGE" of each finding line ("…: severity: message [rule]"), sorted: what two
# runs must agree on whatever their positions.
findings() {
  sed -nE 's/^.*: (error|warning|info): (.*) \[([a-z-]+)\]$/\1 \3 \2/p' | LC_ALL=C sort
}

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
  exit
}
