#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds a program outside the source tree
# against it twice, with find_package(morgue) and with pkg-config, and runs both; and, when the
# build made the Python module, imports the installed one and uses it.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR [CXX_FLAGS]   (the build's flags: under the
# sanitizers the installed libraries need them at link time too)
set -euo pipefail
build_dir=$1
source_dir=$2
flags=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/morgue/morgue.hpp"
test -f "$work/prefix/lib/cmake/morgue/morgueConfig.cmake"
test ! -e "$work/prefix/include/morgue/schema.hpp"        # format/ stays private
test ! -e "$work/prefix/include/morgue/xapian_error.hpp"
for program in morgue-index morgue-search morgue-serve; do  # with their manual pages and completion
  test -x "$work/prefix/bin/$program"
  test -f "$work/prefix/share/man/man1/$program.1.gz"
  test -f "$work/prefix/share/bash-completion/completions/$program"
done
test -f "$work/prefix/share/zsh/site-functions/_morgue"
if grep -rlE '#include <(xapian|unicode/|nlohmann/json.hpp)' "$work/prefix/include/morgue"; then
  echo "install test: an installed header includes Xapian, ICU or the JSON library" >&2
  exit 1
fi

cp -r "$source_dir/tests/install/consumer" "$work/consumer"
cmake -S "$work/consumer" -B "$work/with-cmake" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$work/with-cmake" >/dev/null
"$work/with-cmake/consumer" "$work/db-cmake" >/dev/null
echo "find_package(morgue): built and ran"

export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
# shellcheck disable=SC2046,SC2086  # lists of flags
g++ $flags -o "$work/with-pkg-config" "$work/consumer/main.cpp" $(pkg-config --cflags --libs morgue)
"$work/with-pkg-config" "$work/db-pkg-config" >/dev/null
echo "pkg-config morgue: built and ran"

# The Python module, when the build made one: installed in the prefix's site folder and usable from there.
if compgen -G "$build_dir/python/morgue.cpython-*.so" >/dev/null; then
  module=$(find "$work/prefix/lib" -path '*/dist-packages/morgue.cpython-*.so')
  test -n "$module"
  preload=""
  # Under the sanitizers the interpreter (not instrumented) needs ASan's runtime loaded first, and
  # libstdc++ with it for the __cxa_throw ASan intercepts (as tests/CMakeLists.txt explains).
  [[ "$flags" == *sanitize=address* ]] && preload="$(g++ -print-file-name=libasan.so):$(g++ -print-file-name=libstdc++.so)"
  (cd "$work" && LD_PRELOAD=$preload ASAN_OPTIONS=detect_leaks=0 PYTHONPATH=$(dirname "$module") /usr/bin/python3 -c '
import morgue, sys
with morgue.Indexer(sys.argv[1]) as indexer:
    indexer.add({"id": "1", "headline": "Installed", "body": "The module works from the prefix."})
with morgue.Searcher(sys.argv[1]) as searcher:
    assert searcher.search("installed")["total"] == 1
    assert morgue.__file__.startswith(sys.argv[2]), morgue.__file__
' "$work/db-python" "$work/prefix")
  echo "python3 -c 'import morgue': installed and ran"
fi
