#!/usr/bin/env bash
# Builds morgue and every test program with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (or $MORGUE_ASAN_BUILD_DIR) and runs the whole test suite there. Any sanitizer report
# fails the run: UBSan is made fatal, ASan stops at its first error, leaks included.
#   tests/robustness/sanitize.sh                 # everything
#   tests/robustness/sanitize.sh -R robustness   # extra arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${MORGUE_ASAN_BUILD_DIR:-build-asan}
jobs=${MORGUE_ASAN_JOBS:-$(nproc)}

# GCC 12's -Wmaybe-uninitialized misfires inside libstdc++'s <regex> once optimizing with the
# sanitizers on (std::function in regex_automaton.h): a warning there, not an error.
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -Wno-error=maybe-uninitialized"
# -O1, as the sanitizers' authors advise: checks stay exact, and the suite runs several times faster
# than at -O0 (CI runs it whole). Asserts stay on (no NDEBUG).
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DMORGUE_WERROR=ON \
      -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build_dir" -j "$jobs"

# Children (morgue-index, morgue-search) inherit these from the test programs.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" "$@"
