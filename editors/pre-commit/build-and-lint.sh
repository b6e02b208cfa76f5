#!/usr/bin/env bash
# The `nianbao-build` pre-commit hook: builds nianbao from the hook repository this script sits
# in (pre-commit keeps a clone of it in its cache) the first time, then runs `nianbao lint
# --reports-only` on the files pre-commit passes (a README among them is left alone). The build
# goes to build-pre-commit/ inside that clone; a lock keeps two pre-commit runs from building at
# once, and a failed build prints its log's end and exits 2.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$repo/build-pre-commit
bin=$build/nianbao

if [ ! -x "$bin" ]; then
  exec 9>"$repo/.build-pre-commit.lock"
  flock 9
  if [ ! -x "$bin" ]; then
    echo "nianbao: building from $repo (first use only)" >&2
    log=$repo/build-pre-commit.log
    if ! { cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNB_TESTS=OFF &&
      cmake --build "$build" --target nianbao -j"$(nproc 2>/dev/null || echo 2)"; } >"$log" 2>&1; then
      tail -n 20 "$log" >&2
      echo "nianbao: the build failed (log: $log); it needs cmake, a C compiler, pkg-config," \
        "libcmark-gfm-dev, libcmark-gfm-extensions-dev, libjansson-dev and libtree-sitter-dev" >&2
      rm -rf "$build"
      exit 2
    fi
  fi
  exec 9>&-
fi
exec "$bin" lint --reports-only "$@"
