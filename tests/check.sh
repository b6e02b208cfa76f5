#!/usr/bin/env bash
# Everything CI runs (.ci/run), in stages: install what is missing; clang-format; a -Werror
# build and its test suite (build-ci/); a -Werror Release build (build-release/); the VS Code
# extension end to end in code-server and Chromium (tests/vscode/); the test suite under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/); the libFuzzer targets on their
# seeds (build-fuzz/); memcheck over the corpus (tests/valgrind.sh), over a language-server
# session and of the pandoc filter (tests/pandoc/memcheck.sh, which also runs build-asan's
# filter); the server's soak; the benchmark's quick figures.
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

# The language server under memcheck: one short session through every request (the whole LSP
# suite also runs in build-asan/ under ASan+UBSan, as CTest tests).
lsp_memcheck() {
  NIANBAO=build-ci/nianbao \
    NIANBAO_WRAPPER="valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99" \
    node --test tests/lsp/tour.test.js
}

# 10⁵ edits to one document on the optimised build: answers throughout, RSS stable.
lsp_soak() {
  NIANBAO=build-ci/nianbao node --test tests/lsp/soak/soak.test.js
}

# Every C source and header as .clang-format has it; prints the offending lines when not. The
# tree-sitter parser (grammar/src/parser.c and its headers) is generated, not written, so it is
# left out; the grammar's scanner is written and checked.
formatted() {
  local files
  files=$(git ls-files '*.c' '*.h' ':!:grammar/src/parser.c' ':!:grammar/src/tree_sitter/**' \
    2>/dev/null || find src tests -name '*.[ch]')
  # shellcheck disable=SC2086 # one word per path; the repository has no spaces in C paths
  clang-format --dry-run -Werror $files
}
stage "format (clang-format)" formatted

ci_built=false
if stage "build (-Werror) in build-ci/" build build-ci -DNB_SANITIZE=OFF; then
  ci_built=true
  stage "tests in build-ci/" run_ctest build-ci
  # A browser and a VS Code server: not a CTest test, so it never runs twice at once with itself.
  stage "VS Code extension end to end (code-server, Chromium)" \
    bash tests/vscode/e2e.sh build-ci/nianbao . build-ci/screenshots/vscode.png
else
  skip "tests in build-ci/" "the build failed"
  skip "VS Code extension end to end" "the build failed"
fi

# What users build (cmake -DCMAKE_BUILD_TYPE=Release): -O3 warns where -O2 does not (GCC 12's
# -Wformat-truncation once broke this build), so it is built too, without the test suite.
stage "build (Release, -Werror) in build-release/" build build-release -DCMAKE_BUILD_TYPE=Release \
  -DNB_SANITIZE=OFF -DNB_TESTS=OFF

if stage "build (-Werror, ASan+UBSan) in build-asan/" build build-asan -DNB_SANITIZE=ON; then
  stage "tests in build-asan/ (ASan+UBSan)" sanitized_ctest
else
  skip "tests in build-asan/ (ASan+UBSan)" "the build failed"
fi

# Several threads linting the corpus at once (tests/threads), built with ThreadSanitizer: any
# data race in the library fails the stage, as does any finding that differs from one thread's.
threads_tsan() {
  cmake -S . -B build-tsan -DNB_WERROR=ON -DNB_TSAN=ON &&
    cmake --build build-tsan --target nb-lint-threads -j"$jobs" &&
    (cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R '^threads/')
}
stage "threads under ThreadSanitizer (build-tsan/)" threads_tsan

# The libFuzzer targets (tests/fuzz) as a regression check: each on its seeds, then 100 inputs
# made from them. A long run is tests/fuzz/run.sh build-fuzz --seconds N (tests/fuzz/README.md).
fuzz_targets() {
  command -v clang >/dev/null || { echo "clang is missing (tests/install/fuzz.packages)"; return 1; }
  cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DNB_FUZZ=ON -DNB_TESTS=OFF &&
    cmake --build build-fuzz --target nb_fuzz -j"$jobs" &&
    bash tests/fuzz/run.sh build-fuzz --runs 100
}
stage "fuzz targets on their seeds (libFuzzer, build-fuzz/)" fuzz_targets

if $ci_built; then
  stage "valgrind over the corpus" bash tests/valgrind.sh build-ci/nianbao
  stage "LSP session under valgrind memcheck" lsp_memcheck
  stage "LSP soak (10⁵ edits, RSS stable)" lsp_soak
  stage "nianbao-pandoc under valgrind and ASan+UBSan (fixtures, every mode)" \
    bash tests/pandoc/memcheck.sh build-ci/nianbao-pandoc build-asan/nianbao-pandoc
  stage "benchmark --quick (figures only; never fails on timing)" build-ci/nianbao-bench --quick
else
  skip "valgrind over the corpus" "the build-ci/ build failed"
  skip "LSP session under valgrind memcheck" "the build-ci/ build failed"
  skip "LSP soak" "the build-ci/ build failed"
  skip "nianbao-pandoc under valgrind and ASan+UBSan" "the build-ci/ build failed"
  skip "benchmark --quick" "the build-ci/ build failed"
fi

echo
echo "=== summary"
printf '  %s\n' "${report[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
