"""The morgue module against the programs: what Searcher.search() returns must be what
`morgue-search --json` prints for the same database, query and options, and what Indexer.add()
takes must mean what morgue-index's JSON Lines input means."""

import datetime
import json
import os
import subprocess
import sys
import threading

import pytest

import morgue
from conftest import INDEX_BIN, SEARCH_BIN, SOURCE_DIR, cli_search_json, run

JSONL_SAMPLE = SOURCE_DIR / "corpora" / "jsonl" / "sample.jsonl"


def cli_options(options):
    """The morgue-search options meaning the same as Searcher.search()'s keyword arguments."""
    args = []
    for name, value in options.items():
        if name == "facets":
            for facet in value:
                args += ["--facet", facet]
        elif name == "match":
            args += {"most": [], "all": ["--all"], "any": ["--any"]}[value]
        elif name in ("snippets", "exact_total", "accelerated"):
            assert value is False
            args.append({"snippets": "--no-snippets", "exact_total": "--estimate", "accelerated": "--full-match"}[name])
        elif name == "expand":
            assert value is True
            args.append("--expand")
        else:
            flag = {"date_from": "--from", "date_to": "--to"}.get(name, "--" + name.replace("_", "-"))
            args += [flag, str(value)]
    return args


def without_time(answer):
    """The answer without elapsed_ms, the one field that differs between two runs of a search."""
    answer = dict(answer)
    del answer["elapsed_ms"]
    return answer


def assert_same_as_cli(db, query, **options):
    """Searches with the module and with morgue-search --json; the answers must be equal."""
    with morgue.Searcher(db) as searcher:
        ours = searcher.search(query, **options)
    theirs = cli_search_json(db, query, *cli_options(options))
    assert without_time(ours) == without_time(theirs)
    assert isinstance(ours["elapsed_ms"], float)
    return ours


SAMPLE_SEARCHES = [
    ("cocoa", {}),
    ("cocoa", {"facets": ["year", "place", "topic"]}),
    ('"tram line"', {"snippets": False}),
    ("prix café", {"match": "any", "limit": 3}),
    ("the council voted", {"match": "all"}),
    ("city council", {}),  # the default mode relaxes to articles holding some of the words
    ("date:2010..2012", {"sort": "newest", "facets": ["month"]}),
    ("police OR strike", {"sort": "oldest", "offset": 1, "limit": 4}),
    ("president", {"date_from": "1988", "date_to": "2011-06", "exact_total": False}),
    ("government", {"recent": "2y", "facets": ["source", "section"], "facet_limit": 2}),
    ("government", {"expand": True, "limit": 5}),
]

REUTERS_SEARCHES = [
    ("headline:cocoa", {"limit": 2}),
    ("cocoa", {"facets": ["month", "topic", "place"], "accelerated": False}),
    ("said", {"facets": ["topic"]}),  # in most articles: a word with a precomputed top list
    ('"interest rates"', {"sort": "newest", "limit": 1}),
    ("byline:gabbett", {"facets": ["month", "byline"]}),
    ("oil prices opec", {"limit": 20}),
    ("trade", {"recent": "6w", "limit": 5}),
    ("place:japan -yen", {"date_from": "1987-03-01", "date_to": "1987-03-05", "facets": ["source"]}),
]


@pytest.mark.parametrize("query,options", SAMPLE_SEARCHES, ids=[q + repr(o) for q, o in SAMPLE_SEARCHES])
def test_a_search_of_the_samples_is_what_morgue_search_prints(samples_db, query, options):
    answer = assert_same_as_cli(samples_db, query, **options)
    assert answer["total"] > 0 and answer["hits"], "a search that finds nothing compares nothing"


@pytest.mark.parametrize("query,options", REUTERS_SEARCHES, ids=[q + repr(o) for q, o in REUTERS_SEARCHES])
def test_a_search_of_reuters_is_what_morgue_search_prints(reuters_db, query, options):
    answer = assert_same_as_cli(reuters_db, query, **options)
    assert answer["total"] > 0 and answer["hits"]


def test_a_search_that_finds_nothing_is_what_morgue_search_prints(samples_db):
    answer = assert_same_as_cli(samples_db, "zyzzyva", facets=["year"])
    assert answer["total"] == 0 and answer["hits"] == [] and answer["facets"] == {"year": []}


def test_hits_hold_the_articles_fields_and_their_place(reuters_db):
    with morgue.Searcher(reuters_db) as searcher:
        answer = searcher.search("cocoa", limit=3)
    assert answer["query"] == "cocoa" and answer["total_exact"] is True
    assert [hit["rank"] for hit in answer["hits"]] == [1, 2, 3]
    first = answer["hits"][0]
    assert first["id"] == "1" and first["headline"] == "BAHIA COCOA REVIEW"
    assert first["dateline"] == "SALVADOR" and first["date"] == "1987-02-26T15:01:01Z"
    assert "<em>cocoa</em>" in first["snippet"]
    scores = [hit["score"] for hit in answer["hits"]]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0


def test_facets_count_every_match_not_only_the_page(samples_db):
    with morgue.Searcher(samples_db) as searcher:
        everything = searcher.search("the", limit=1000, match="any")
        faceted = searcher.search("the", limit=1, match="any", facets=["year"])
    assert len(faceted["hits"]) == 1
    years = {}
    for hit in everything["hits"]:
        if hit["date"]:
            years[hit["date"][:4]] = years.get(hit["date"][:4], 0) + 1
    assert len(years) > 3
    assert {v["value"]: v["count"] for v in faceted["facets"]["year"]} == years
    assert [v["value"] for v in faceted["facets"]["year"]] == sorted(years)  # years in order, not by count


def test_facets_of_reuters_by_topic(reuters_db):
    with morgue.Searcher(reuters_db) as searcher:
        answer = searcher.search("cocoa", facets=["topic"], facet_limit=3)
    topics = answer["facets"]["topic"]
    assert topics[0]["value"] == "cocoa" and len(topics) == 3
    assert [t["count"] for t in topics] == sorted((t["count"] for t in topics), reverse=True)


def test_sort_newest_puts_the_newest_match_first(reuters_db):
    with morgue.Searcher(reuters_db) as searcher:
        by_relevance = searcher.search("cocoa", limit=1000)
        newest = searcher.search("cocoa", sort="newest", limit=20)
        oldest = searcher.search("cocoa", sort="oldest", limit=20)
    dates = sorted(hit["date"] for hit in by_relevance["hits"])
    assert by_relevance["total"] == len(dates) == newest["total"]
    assert [hit["date"] for hit in newest["hits"]] == dates[::-1][:20]
    assert [hit["date"] for hit in oldest["hits"]] == dates[:20]
    assert all(hit["score"] == 0 for hit in newest["hits"])


def test_a_date_range_may_be_datetime_dates(reuters_db):
    with morgue.Searcher(reuters_db) as searcher:
        as_text = searcher.search("oil", date_from="1987-03-02", date_to="1987-03-03")
        as_dates = searcher.search("oil", date_from=datetime.date(1987, 3, 2),
                                   date_to=datetime.datetime(1987, 3, 3, 23))  # its time of day is ignored
    assert as_text["total"] > 0
    assert without_time(as_text) == without_time(as_dates)
    assert all("1987-03-02" <= hit["date"][:10] <= "1987-03-03" for hit in as_text["hits"])


@pytest.mark.parametrize("query", ['"cocoa prices', "(cocoa OR", "headline:", "cocoa NEAR/0 coffee", "date:2010-13"])
def test_a_bad_query_raises_query_error_with_the_programs_message(samples_db, query):
    with morgue.Searcher(samples_db) as searcher, pytest.raises(morgue.QueryError) as raised:
        searcher.search(query)
    code, out, err = run(SEARCH_BIN, "--db", samples_db, "--", query)
    assert code == 2 and out == ""
    assert err == f"morgue-search: bad query: {raised.value}\n"
    assert isinstance(raised.value, morgue.Error) and isinstance(raised.value, ValueError)
    assert f"(at character {raised.value.position + 1})" in str(raised.value)


@pytest.mark.parametrize("options,cli", [
    ({"facets": ["colour"]}, ["--facet", "colour"]),
    ({"sort": "sideways"}, ["--sort", "sideways"]),
    ({"date_from": "2012", "date_to": "2010"}, ["--from", "2012", "--to", "2010"]),
    ({"recent": "0d"}, ["--recent", "0d"]),
    ({"date_from": "last tuesday"}, ["--from", "last tuesday"]),
])
def test_a_bad_request_raises_request_error_with_the_programs_message(samples_db, options, cli):
    with morgue.Searcher(samples_db) as searcher, pytest.raises(morgue.RequestError) as raised:
        searcher.search("cocoa", **options)
    code, _, err = run(SEARCH_BIN, "--db", samples_db, *cli, "cocoa")
    assert code == 2
    # The programs name the option as typed (--from); the module, the argument (date_from).
    cli_message = err.removeprefix("morgue-search: ").removesuffix(" (see morgue-search --help)\n")
    names = {"--from": "date_from", "--to": "date_to", "--sort": "sort", "--recent": "recent"}
    for flag, name in names.items():
        cli_message = cli_message.replace(flag, name)
    assert str(raised.value) == cli_message


def test_arguments_of_the_wrong_type_raise_type_error(samples_db):
    with morgue.Searcher(samples_db) as searcher:
        with pytest.raises(TypeError):
            searcher.search("cocoa", facets=[1])
        with pytest.raises(TypeError):
            searcher.search("cocoa", date_from=2010)
        with pytest.raises(morgue.RequestError, match="limit -1 is negative"):
            searcher.search("cocoa", limit=-1)
        assert searcher.search("cocoa", facets="year")["facets"].keys() == {"year"}


def test_a_missing_database_raises_database_error_with_the_programs_message(tmp_path):
    missing = str(tmp_path / "nowhere.db")
    with pytest.raises(morgue.DatabaseError) as raised:
        morgue.Searcher(missing)
    code, _, err = run(SEARCH_BIN, "--db", missing, "cocoa")
    assert code == 3 and err == f"morgue-search: error: {raised.value}\n"


def test_article_and_stats(samples_db):
    with morgue.Searcher(samples_db) as searcher:
        hit = searcher.search("cocoa", limit=1)["hits"][0]
        article = searcher.article(hit["id"])
        stats = searcher.stats()
        count = searcher.document_count
        oldest = searcher.search("date:0001..9999", sort="oldest", limit=1)["hits"][0]["date"]
        newest = searcher.search("date:0001..9999", sort="newest", limit=1)["hits"][0]["date"]
        assert searcher.article("no such id") is None
    fields = {key: value for key, value in hit.items() if key not in ("rank", "score", "words_matched", "snippet")}
    assert article == fields and list(article)[0] == "id"  # the JSON Lines format's order, id first
    assert stats["articles"] == count > 40
    assert (stats["earliest"], stats["latest"]) == (oldest, newest)
    assert {"english", "french", "german"} <= set(stats["languages"])
    assert "month" in stats["facets"] and "headline" in stats["fields"]


def test_a_closed_searcher_refuses_calls(samples_db):
    searcher = morgue.Searcher(samples_db)
    assert not searcher.closed and searcher.search("cocoa")["total"] > 0
    searcher.close()
    assert searcher.closed and "closed" in repr(searcher)
    for call in (lambda: searcher.search("cocoa"), lambda: searcher.article("x"), searcher.stats,
                 lambda: searcher.document_count):
        with pytest.raises(ValueError, match="the searcher is closed"):
            call()
    searcher.close()  # again: nothing happens
    with morgue.Searcher(samples_db) as in_block:
        pass
    assert in_block.closed


def test_add_delete_commit_round_trip(tmp_path):
    db = str(tmp_path / "round-trip.db")
    article = {"id": "rt-1", "headline": "Harbour cranes idle", "byline": "By Ann Lee and Bo Chen, Reuters",
               "date": datetime.datetime(2010, 3, 26, 7, 43), "dateline": "SANTOS", "section": "Ports",
               "body": "The harbour cranes stood idle as dock workers walked out.", "topics": ["strikes"],
               "places": "brazil"}
    with morgue.Indexer(db) as indexer:
        assert indexer.add(article) == "english"
        with morgue.Searcher(db) as searcher:
            assert searcher.search("cranes")["total"] == 0  # not committed yet
            indexer.commit()
            assert indexer.counts == {"added": 1, "replaced": 0, "removed": 0}
            assert searcher.search("cranes")["total"] == 1
            assert searcher.article("rt-1") == {
                "id": "rt-1", "headline": "Harbour cranes idle", "byline": ["Ann Lee", "Bo Chen"],
                "source": "Reuters", "date": "2010-03-26T07:43:00Z", "dateline": "SANTOS", "section": "Ports",
                "body": "The harbour cranes stood idle as dock workers walked out.", "topics": ["strikes"],
                "places": ["brazil"], "lang": "english"}

            indexer.add(dict(article, headline="Harbour cranes move again"))  # the same id replaces it
            assert indexer.delete("rt-1") is True
            assert indexer.delete("never-added") is False
            indexer.commit()
            assert indexer.counts == {"added": 1, "replaced": 1, "removed": 1}
            assert searcher.search("cranes")["total"] == 0 and searcher.article("rt-1") is None
            assert indexer.document_count == searcher.document_count == 0
        indexer.add({"id": 7, "headline": "Kept by the block's commit", "date": datetime.date(1999, 12, 31)})
    with morgue.Searcher(db) as searcher:
        assert searcher.article("7")["date"] == "1999-12-31"


def test_an_exception_in_the_block_discards_what_was_not_committed(tmp_path):
    db = str(tmp_path / "discard.db")
    with morgue.Indexer(db) as indexer:
        indexer.add({"id": "kept", "body": "committed words"})
    with pytest.raises(RuntimeError), morgue.Indexer(db) as indexer:
        indexer.add({"id": "lost", "body": "uncommitted words"})
        raise RuntimeError("stop")
    assert indexer.closed
    with morgue.Searcher(db) as searcher:
        assert searcher.article("kept") is not None and searcher.article("lost") is None


def test_add_reads_a_dict_as_morgue_index_reads_a_json_line(tmp_path):
    """Every line of the JSON Lines sample (aliases, a byline in one string, Unix times, integer
    ids, other languages) added as a dict gives the article morgue-index makes of the line."""
    by_program, by_module = str(tmp_path / "program.db"), str(tmp_path / "module.db")
    code, _, err = run(INDEX_BIN, "--db", by_program, JSONL_SAMPLE)
    assert code == 0, err
    lines = [json.loads(line) for line in JSONL_SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    with morgue.Indexer(by_module) as indexer:
        languages = [indexer.add(line) for line in lines]
    assert "french" in languages and "german" in languages
    with morgue.Searcher(by_program) as program, morgue.Searcher(by_module) as module:
        for line in lines:
            assert module.article(str(line["id"])) == program.article(str(line["id"]))
        for query in ("cocoa", "straßenbahn", "byline:gabbett", "café"):
            assert without_time(module.search(query)) == without_time(program.search(query))


def test_a_hit_can_be_added_again_as_it_is(reuters_db, tmp_path):
    copy = str(tmp_path / "copy.db")
    with morgue.Searcher(reuters_db) as searcher:
        hits = searcher.search("headline:cocoa", limit=5)["hits"]
        originals = [searcher.article(hit["id"]) for hit in hits]
    with morgue.Indexer(copy) as indexer:
        for hit in hits:
            indexer.add(hit)
    with morgue.Searcher(copy) as searcher:
        assert [searcher.article(hit["id"]) for hit in hits] == originals


@pytest.mark.parametrize("article,error,message", [
    ({"headline": "no id"}, morgue.Error, "missing 'id'"),
    ({"id": "x", "date": "2010-13-45"}, morgue.Error, "field 'date'"),
    ({"id": "x", "lang": "klingon"}, morgue.Error, "unknown language 'klingon'"),
    ({"id": "x", "byline": ["A", 3]}, morgue.Error, r"field 'byline\[1\]': expected a string"),
    ({"id": "x", "body": b"bytes"}, TypeError, r"field 'body': cannot be a bytes"),
    ({"id": "x", 1: "a"}, TypeError, "keys must be str"),
    ({"id": "x", "date": float("nan")}, ValueError, "field 'date': nan is not a JSON number"),
    (["id", "x"], morgue.Error, "expected a JSON object"),
])
def test_an_article_morgue_cannot_read_is_refused_naming_the_field(tmp_path, article, error, message):
    with morgue.Indexer(str(tmp_path / "refused.db")) as indexer:
        with pytest.raises(error, match=message):
            indexer.add(article)
        assert indexer.counts["added"] == 0


def test_index_reports_problems_as_morgue_index_prints_them(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.jsonl").write_text('{"id": "g1", "body": "fine words"}\n{"id": "g2", "date": "soon"}\n')
    (inputs / "noise.bin").write_bytes(bytes(range(256)) * 4)
    with morgue.Indexer(str(tmp_path / "module.db")) as indexer:
        summary = indexer.index(str(inputs))
    code, _, err = run(INDEX_BIN, "--db", tmp_path / "program.db", inputs)
    assert code == 1
    assert (summary["added"], summary["skipped_articles"], summary["skipped_files"]) == (1, 1, 1)
    assert summary["all_indexed"] is False and summary["formats"] == {"jsonl": 1}
    assert {p["severity"] for p in summary["problems"]} == {"article_skipped", "file_skipped"}
    printed = sorted(line.removeprefix("morgue-index: skipped: ") for line in err.splitlines() if "skipped:" in line)
    assert sorted(p["message"] for p in summary["problems"]) == printed


def test_a_second_indexer_raises_database_locked_error(tmp_path):
    db = str(tmp_path / "locked.db")
    with morgue.Indexer(db):
        with pytest.raises(morgue.DatabaseLockedError) as raised:
            morgue.Indexer(db)
        assert isinstance(raised.value, morgue.DatabaseError)
        code, _, err = run(INDEX_BIN, "--db", db, JSONL_SAMPLE)
        assert code == 3 and err == f"morgue-index: error: {raised.value}\n"


def test_a_closed_indexer_refuses_calls(tmp_path):
    indexer = morgue.Indexer(str(tmp_path / "closed.db"))
    indexer.close()
    with pytest.raises(ValueError, match="the indexer is closed"):
        indexer.add({"id": "x"})
    with pytest.raises(ValueError, match="the indexer is closed"):
        indexer.commit()
    morgue.Indexer(str(tmp_path / "closed.db")).close()  # the lock went with close()


def test_one_searcher_shared_by_threads_answers_each_of_them(reuters_db):
    queries = ["cocoa", "oil prices", '"interest rates"', "place:japan", "trade deficit", "gold"]
    with morgue.Searcher(reuters_db) as searcher:
        expected = {q: without_time(searcher.search(q, facets=["month"])) for q in queries}
        answers, failures = [], []

        def search_all():
            try:
                for _ in range(5):
                    answers.extend((q, without_time(searcher.search(q, facets=["month"]))) for q in queries)
            except Exception as error:  # noqa: BLE001  (reported below, in the test's thread)
                failures.append(error)

        threads = [threading.Thread(target=search_all) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == [] and len(answers) == 4 * 5 * len(queries)
    assert all(answer == expected[q] for q, answer in answers)


def test_indexing_releases_the_gil(tmp_path):
    """Another Python thread runs while index() works: with the GIL held it could not run at all."""
    ticks = 0
    stop = threading.Event()

    def tick():
        nonlocal ticks
        while not stop.is_set():
            ticks += 1
            stop.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        with morgue.Indexer(str(tmp_path / "gil.db"), threads=1) as indexer:
            before = ticks
            indexer.index([SOURCE_DIR / "corpora"])
            during = ticks - before
    finally:
        stop.set()
        ticker.join()
    assert during > 5


def test_the_reuters_example_runs(reuters_db, tmp_path):
    """python/examples/explore_reuters.py, as a user runs it (reuters_db: skipped without the corpus)."""
    example = SOURCE_DIR / "python" / "examples" / "explore_reuters.py"
    env = dict(os.environ, MORGUE_EXAMPLE_DB=str(tmp_path / "example.db"))
    done = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("indexed 5000 articles from 5 files")
    assert "1. BAHIA COCOA REVIEW" in done.stdout and "bad query: unterminated phrase" in done.stdout
