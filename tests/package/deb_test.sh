#!/usr/bin/env bash
# Builds the Debian package with `cpack -G DEB` into a temporary folder (the build folder is only
# read) and checks it with dpkg-deb: the programs, manual pages, completions, headers, libraries
# and the CMake package are in it under /usr; Depends, computed by dpkg-shlibdeps, names Xapian's
# and ICU's libraries; the packaged programs run, and a program builds against the packaged (and
# stripped) library with find_package. Nothing is installed on this machine.
# Usage: deb_test.sh BUILD_DIR SOURCE_DIR CXX_FLAGS PROGRAM...   (CXX_FLAGS: the build's, which
# the sanitizers' libraries need at link time too) Exits 77 (skipped) without cpack, dpkg-deb,
# dpkg-shlibdeps or file (dpkg-dev and file are in scripts/install-deps.sh).
set -euo pipefail
build_dir=$(realpath "$1")
source_dir=$2
flags=$3
shift 3
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || { echo "SKIPPED: $tool is not installed (scripts/install-deps.sh installs it)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  exit 1
fi
debs=("$work"/out/morgue_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: no single morgue_*.deb in $work/out" >&2; ls "$work/out" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')
expect_file() {
  grep -qxF -- "$1" <<<"$contents" || fail "$1 is not in the package"
}
for program in "$@"; do
  expect_file "/usr/bin/$program"
  expect_file "/usr/share/man/man1/$program.1.gz"
  expect_file "/usr/share/bash-completion/completions/$program"
done
expect_file /usr/share/zsh/vendor-completions/_morgue
expect_file /usr/include/morgue/morgue.hpp
expect_file /usr/lib/libmorgue_searcher.a
expect_file /usr/lib/cmake/morgue/morgueConfig.cmake
expect_file /usr/lib/pkgconfig/morgue.pc
if grep -q "$build_dir\|/usr/local" <<<"$contents"; then fail "paths of the build or /usr/local in the package"; fi

info=$(dpkg-deb --info "$deb")
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "Depends: $depends"
for library in libxapian30 libicu72; do
  grep -qE "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends does not name $library: '$depends'"
done
grep -q '^ Package: morgue$' <<<"$info" || fail "the package is not named morgue"
grep -q '^ Architecture: '"$(dpkg --print-architecture)"'$' <<<"$info" || fail "not built for $(dpkg --print-architecture)"

# The packaged files as they would be installed: the programs run from there, the pages are man pages.
dpkg-deb --extract "$deb" "$work/root"
for program in "$@"; do
  "$work/root/usr/bin/$program" --version | grep -q "^$program " || fail "the packaged $program does not run"
  zcat "$work/root/usr/share/man/man1/$program.1.gz" | grep -q "^\.SH NAME" || fail "$program.1.gz is not its manual page"
done
[ "$("$work/root/usr/bin/morgue-search" --list-values sort | tr '\n' ' ')" = "relevance newest oldest " ] ||
  fail "the packaged morgue-search does not list its sort orders"

cp -r "$source_dir/tests/install/consumer" "$work/consumer"
if cmake -S "$work/consumer" -B "$work/consumer-build" -DCMAKE_PREFIX_PATH="$work/root/usr" -DCMAKE_CXX_FLAGS="$flags" \
     >"$work/consumer.log" 2>&1 && cmake --build "$work/consumer-build" >>"$work/consumer.log" 2>&1; then
  "$work/consumer-build/consumer" "$work/consumer-db" >/dev/null || fail "the program built on the packaged library fails"
else
  cat "$work/consumer.log" >&2
  fail "a program does not build against the packaged library"
fi

[ "$failures" -eq 0 ] || { echo "$failures problems" >&2; exit 1; }
echo "the package holds the programs, manual pages, completions and library, and depends on libxapian30 and libicu72"
