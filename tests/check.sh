#!/usr/bin/env bash
# Everything CI runs (.ci/run), in stages: install what is missing; clang-format; a -Werror
# build and its test suite (build-ci/); the same under AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/); memcheck over the corpus (tests/valgrind.sh) and of
# the pandoc filter (tests/pandoc/memcheck.sh, which also runs build-asan's filter); the
# benchmark's quick figures.
# Works from any directory.
# Every stage runs even when an earlier one failed (unless it needs that one's build), and the
# last line says how many passed; the exit status is non-zero when any failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=$(nproc 2>/dev/null || echo 2)
passed=0
failed=0
report=()

# stage NAME COMMAND…: runs one stage and records how it went.
stage() {
  local name=$1
  shift
  local start=$SECONDS
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
    report+=("passed  $name ($((SECONDS - start))s)")
  else
    failed=$((failed + 1))
    report+=("FAILED  $name ($((SECONDS - start))s)")
  fi
}

# skip NAME WHY: a stage that cannot run counts as failed, so nothing passes by being skipped.
skip() {
  failed=$((failed + 1))
  report+=("FAILED  $1 (not run: $2)")
  echo
  echo "=== $1: not run: $2"
}

build() { # build DIR CMAKE-OPTIONS…
  local dir=$1
  shift
  cmake -S . -B "$dir" -DNB_WERROR=ON "$@" && cmake --build "$dir" -j"$jobs"
}

run_ctest() { # run_ctest DIR
  (cd "$1" && ctest --output-on-failure --no-tests=error -j"$jobs")
}

sanitized_ctest() {
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_ctest build-asan
}

stage "install dependencies" bash tests/install-deps.sh

# Every C source and header as .clang-format has it; prints the offending lines when not. The
# tree-sitter parser under grammar/ is generated, not written, so it is left out.
formatted() {
  local files
  files=$(git ls-files '*.c' '*.h' ':!:grammar/**' 2>/dev/null || find src tests -name '*.[ch]')
  # shellcheck disable=SC2086 # one word per path; the repository has no spaces in C paths
  clang-format --dry-run -Werror $files
}
stage "format (clang-format)" formatted

ci_built=false
if stage "build (-Werror) in build-ci/" build build-ci -DNB_SANITIZE=OFF; then
  ci_built=true
  stage "tests in build-ci/" run_ctest build-ci
else
  skip "tests in build-ci/" "the build failed"
fi

if stage "build (-Werror, ASan+UBSan) in build-asan/" build build-asan -DNB_SANITIZE=ON; then
  stage "tests in build-asan/ (ASan+UBSan)" sanitized_ctest
else
  skip "tests in build-asan/ (ASan+UBSan)" "the build failed"
fi

if $ci_built; then
  stage "valgrind over the corpus" bash tests/valgrind.sh build-ci/nianbao
  stage "nianbao-pandoc under valgrind and ASan+UBSan (fixtures, every mode)" \
    bash tests/pandoc/memcheck.sh build-ci/nianbao-pandoc build-asan/nianbao-pandoc
  stage "benchmark --quick (figures only; never fails on timing)" build-ci/nianbao-bench --quick
else
  skip "valgrind over the corpus" "the build-ci/ build failed"
  skip "nianbao-pandoc under valgrind and ASan+UBSan" "the build-ci/ build failed"
  skip "benchmark --quick" "the build-ci/ build failed"
fi

echo
echo "=== summary"
printf '  %s\n' "${report[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
