#!/usr/bin/env bash
# Builds morgue and runs every test: unit tests, the embedding example, and end-to-end runs of the
# programs on corpora/ and, where it exists, ../shared/corpora (Reuters-21578).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DMORGUE_WERROR=ON
ctest --test-dir "${MORGUE_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
