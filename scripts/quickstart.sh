#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build, index the sample
# articles in corpora/, and run a search on them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=build/sample-db
rm -rf "$db"
echo
samples=(corpora/jsonl corpora/news-pages/*.txt corpora/trec)  # not news-pages/truth.jsonl: the scoring test's truth
echo "== build/bin/morgue-index --db $db ${samples[*]}"
build/bin/morgue-index --db "$db" "${samples[@]}"
echo
echo "== build/bin/morgue-search --db $db cocoa --facet source --limit 3"
build/bin/morgue-search --db "$db" cocoa --facet source --limit 3
