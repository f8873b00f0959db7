#!/usr/bin/env bash
# Installs the Debian 12 packages morgue needs to build and test, if any are missing.
set -euo pipefail

packages=(g++ cmake make pkg-config git
          libxapian-dev libicu-dev zlib1g-dev libzstd-dev libmsgpack-dev
          nlohmann-json3-dev libcxxopts-dev doctest-dev
          libpugixml-dev libgumbo-dev libgmime-3.0-dev libcld2-dev
          libcpp-httplib-dev
          xapian-tools  # xapian-replicate(-server): the shard replica test
          # tests: the .deb (cpack's DEB generator runs dpkg-shlibdeps and file), zsh completion,
          # and the search page in headless Chromium over WebDriver
          dpkg-dev file zsh chromium chromium-driver python3-selenium
          pybind11-dev python3-dev python3-pytest)  # the Python module (python/) and its tests
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exec "$(dirname "$0")/xapian-source.sh" >/dev/null

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
"$(dirname "$0")/xapian-source.sh" >/dev/null  # the headers morgue-shard-server is built on
