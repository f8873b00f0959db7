#!/usr/bin/env bash
# Fetches and configures Xapian's source, the version of the installed library, into .deps/ (or
# $1), and prints its folder. morgue-shard-server is built on Xapian's RemoteTcpServer, which
# Debian's libxapian30 exports but whose headers (net/, common/ and the config.h ./configure
# writes) only the source package has. Idempotent: a second run only prints the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${1:-.deps}
debian_version=$(dpkg-query -W -f='${Version}' libxapian-dev 2>/dev/null || true)
version=${debian_version%-*}
if [ -z "$version" ]; then
  echo "xapian-source.sh: libxapian-dev is not installed (run scripts/install-deps.sh)" >&2
  exit 1
fi
folder="$cache/xapian-core-$version"
if [ -f "$folder/config.h" ]; then
  realpath "$folder"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
# apt-get source needs a deb-src line; add bookworm's (deb822, as debian.sources) if none is there.
if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  $sudo tee /etc/apt/sources.list.d/debian-src.sources >/dev/null <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  $sudo apt-get update -qq
fi
command -v dpkg-source >/dev/null || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq dpkg-dev >/dev/null

mkdir -p "$cache"
rm -rf "$folder"
(cd "$cache" && apt-get source -qq "xapian-core=$debian_version" >/dev/null)
[ -d "$folder" ] || { echo "xapian-source.sh: apt-get source did not give $folder" >&2; exit 1; }
# Only config.h is needed: configure without the optional backends' checks taking long.
(cd "$folder" && ./configure --quiet --disable-documentation >/dev/null)
[ -f "$folder/config.h" ] || { echo "xapian-source.sh: ./configure wrote no $folder/config.h" >&2; exit 1; }
realpath "$folder"
