"""What the tests of the morgue module share: where the programs and corpora are, and the
databases they search, indexed once per run through the module itself."""

import json
import os
import subprocess
from pathlib import Path

import pytest

SOURCE_DIR = Path(os.environ.get("MORGUE_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SHARED_CORPORA = Path(os.environ.get("MORGUE_SHARED_CORPORA", SOURCE_DIR.parent / "shared" / "corpora"))
BIN_DIR = SOURCE_DIR / "build" / "bin"
SEARCH_BIN = os.environ.get("MORGUE_SEARCH_BIN", str(BIN_DIR / "morgue-search"))
INDEX_BIN = os.environ.get("MORGUE_INDEX_BIN", str(BIN_DIR / "morgue-index"))

# Real articles of the project's own samples, in several formats and languages.
SAMPLE_INPUTS = [SOURCE_DIR / "corpora" / name for name in ("jsonl", "trec", "news-pages", "feeds", "csv")]
REUTERS = SHARED_CORPORA / "reuters21578"
# 3,000 articles, 1987-02-26 to 03-09; the tests that need them are skipped, with the reason, without them.
REUTERS_FILES = [REUTERS / f"reut2-00{n}.sgm" for n in range(3)]

import morgue  # noqa: E402  (after the paths, so a failure to import names the module, not the paths)


def run(program, *args):
    """Runs a morgue program; returns (exit code, stdout, stderr)."""
    done = subprocess.run([program, *map(str, args)], capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout, done.stderr


def cli_search_json(db, query, *options):
    code, out, err = run(SEARCH_BIN, "--db", db, "--json", *options, "--", query)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    with morgue.Indexer(str(db)) as indexer:
        summary = indexer.index(SAMPLE_INPUTS)
    assert summary["added"] > 40, summary
    return str(db)


@pytest.fixture(scope="session")
def reuters_db(tmp_path_factory):
    missing = [str(f) for f in REUTERS_FILES if not f.is_file()]
    if missing:
        pytest.skip(f"Reuters-21578 is not there ({', '.join(missing)}): "
                    f"set MORGUE_SHARED_CORPORA or put the corpus in {SHARED_CORPORA}")
    db = tmp_path_factory.mktemp("reuters") / "reuters.db"
    with morgue.Indexer(str(db)) as indexer:
        summary = indexer.index(REUTERS_FILES)
    assert summary["added"] == 3000, summary
    return str(db)
