#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build, index the sample
# corpus in corpora/, and run a search on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=build/sample-db
rm -rf "$db"
echo
echo "== build/bin/morgue-index --db $db corpora"
build/bin/morgue-index --db "$db" corpora
echo
echo "== build/bin/morgue-search --db $db 'common interests' --facet source --limit 3"
build/bin/morgue-search --db "$db" 'common interests' --facet source --limit 3
