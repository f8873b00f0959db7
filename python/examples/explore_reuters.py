# %% [markdown]
# # Exploring Reuters-21578 with morgue
#
# A notebook-style script: each `# %%` cell runs on its own in Jupyter, VS Code or Spyder, or
# run it whole: `PYTHONPATH=build/python /usr/bin/python3 python/examples/explore_reuters.py`.
# It reads the corpus from ../shared/corpora/reuters21578 (or $MORGUE_SHARED_CORPORA) and
# writes its database in a temporary folder (or $MORGUE_EXAMPLE_DB).

# %%
import datetime
import os
import tempfile
from pathlib import Path

import morgue

repository = Path(__file__).resolve().parents[2] if "__file__" in globals() else Path.cwd()
corpora = Path(os.environ.get("MORGUE_SHARED_CORPORA", repository.parent / "shared" / "corpora"))
reuters = corpora / "reuters21578"
database = os.environ.get("MORGUE_EXAMPLE_DB", str(Path(tempfile.mkdtemp()) / "reuters.db"))
if not reuters.is_dir():
    raise SystemExit(f"Reuters-21578 is not at {reuters}: set MORGUE_SHARED_CORPORA")

# %% [markdown]
# ## Indexing a sample
# The first five of the 22 files: 5,000 stories of late February and March 1987. (All of them,
# `sorted(reuters.glob("reut2-*.sgm"))`, take a minute or so.) The Indexer commits when the block ends.

# %%
files = sorted(reuters.glob("reut2-*.sgm"))[:5]
with morgue.Indexer(database) as indexer:
    summary = indexer.index(files)
print(f"indexed {summary['added']} articles from {summary['files']} files in {summary['seconds']:.1f} s")
for problem in summary["problems"]:
    print("  ", problem["severity"], problem["message"])

searcher = morgue.Searcher(database)
stats = searcher.stats()
print(f"{stats['articles']} articles, {stats['earliest']} to {stats['latest']}; facets: {', '.join(stats['facets'])}")


# %%
def show(answer, facets=True):
    """Prints a search's answer (the dict morgue-search --json prints) as morgue-search does."""
    print(f"{answer['total']} articles match {answer['query']!r} ({answer['elapsed_ms']:.2f} ms)")
    for hit in answer["hits"]:
        score = f" | score {hit['score']:.3f}" if hit["score"] else ""
        print(f"{hit['rank']:3}. {hit['headline']}\n     {hit['date']} | {hit['dateline']} | id {hit['id']}{score}")
    if facets:
        for name, values in answer["facets"].items():
            print(f"  {name}: " + ", ".join(f"{v['value']} ({v['count']})" for v in values))
    print()


# %% [markdown]
# ## Ranked by relevance, with facets
# Counts are over every match, not only the page.

# %%
show(searcher.search("cocoa", limit=3, facets=["place", "topic"], facet_limit=5))

# %% [markdown]
# ## Newest first, a phrase, a field

# %%
show(searcher.search('"interest rates"', sort="newest", limit=3))
show(searcher.search("headline:coffee", limit=3, facets=["month"]))

# %% [markdown]
# ## A date range, and how the matches spread over the days

# %%
answer = searcher.search("oil OR opec", date_from=datetime.date(1987, 3, 1), date_to="1987-03-06",
                         facets=["place"], facet_limit=3, limit=2)
show(answer)
by_day = {}
for hit in searcher.search("oil OR opec", date_from="1987-03-01", date_to="1987-03-06", limit=1000)["hits"]:
    by_day[hit["date"][:10]] = by_day.get(hit["date"][:10], 0) + 1
for day, count in sorted(by_day.items()):
    print(f"{day} {'#' * (count // 2)} {count}")

# %% [markdown]
# ## One article, and a mistake in a query

# %%
article = searcher.article("1")
print(article["headline"], "|", ", ".join(article["places"]), "|", article["body"][:120], "…")

try:
    searcher.search('"cocoa prices')
except morgue.QueryError as error:
    print(f"bad query: {error} (position {error.position})")

searcher.close()
