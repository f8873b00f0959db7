#include "py_indexer.hpp"

#include "guarded.hpp"
#include "index_summary.hpp"
#include "python_json.hpp"

#include <morgue/article_json.hpp>
#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/input_format.hpp>

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>

namespace py = pybind11;
using namespace pybind11::literals;

namespace morgue::python {
namespace {

// morgue-index's options (--lang, --batch, --threads, --wait, --bulk, --shard-by) as IndexerOptions.
IndexerOptions indexer_options(std::string database, const std::optional<std::string>& lang, long long batch,
                               long long threads, bool wait, bool bulk, const std::optional<std::string>& shard_by) {
    IndexerOptions options;
    options.database = std::move(database);
    if (lang) {  // given: every article that names none is in it, nothing is detected
        options.language = *lang;
        options.detect_language = false;
    }
    if (batch < 1) throw py::value_error("batch " + std::to_string(batch) + ": at least one article per commit");
    if (threads < 0) throw py::value_error("threads " + std::to_string(threads) + " is negative (0: one per core)");
    options.batch_size = static_cast<std::size_t>(batch);
    options.threads = static_cast<unsigned>(threads);
    options.wait_for_lock = wait;
    options.bulk = bulk;
    if (shard_by) {
        check_shard_scheme(*shard_by);
        options.shard_by = *shard_by;
    }
    return options;
}

// One path, or an iterable of them (str or os.PathLike).
std::vector<std::filesystem::path> input_paths(const py::object& paths) {
    if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__"))
        return {paths.cast<std::filesystem::path>()};
    std::vector<std::filesystem::path> inputs;
    for (const auto& path : paths) inputs.push_back(path.cast<std::filesystem::path>());
    return inputs;
}

class PyIndexer {
public:
    explicit PyIndexer(IndexerOptions options) : path_(options.database) { indexer_.open(std::move(options)); }

    std::string add(py::handle article) {
        // The JSON Lines reader's mapping (article_json.hpp), from the dict as JSON.
        Article read = json_from_objects(article).get<Article>();
        return indexer_.call([&](Indexer& indexer) { return indexer.add(std::move(read)); });
    }

    bool remove(const std::string& id) {
        return indexer_.call([&](Indexer& indexer) { return indexer.remove(id); });
    }

    void commit() {
        indexer_.call([](Indexer& indexer) { indexer.commit(); });
    }

    py::dict index(const py::object& paths, const std::string& format, const std::optional<std::string>& encoding,
                   const std::vector<std::string>& field_map, bool top_lists) {
        IndexRunOptions options;
        options.format = parse_input_format(format);
        if (encoding) options.encoding = *encoding;
        check_field_map(field_map);
        options.field_map = field_map;
        std::vector<ReadProblem> problems;
        options.on_problem = [&](const ReadProblem& problem) { problems.push_back(problem); };
        const std::vector<std::filesystem::path> inputs = input_paths(paths);
        auto [summary, words] = indexer_.call([&](Indexer& indexer) {
            IndexSummary done = index_inputs(indexer, inputs, options);
            // As morgue-index does after a run that changed the database.
            const bool build = top_lists && done.added + done.replaced > 0;
            return std::pair(std::move(done), build ? std::optional(indexer.build_top_lists()) : std::nullopt);
        });
        py::dict out = summary_dict(summary, problems);
        out["top_list_words"] = words ? py::object(py::int_(*words)) : py::object(py::none());
        return out;
    }

    std::size_t build_top_lists(std::size_t list_size, std::size_t min_articles) {
        return indexer_.call([&](Indexer& indexer) { return indexer.build_top_lists({list_size, min_articles}); });
    }

    py::dict counts() {
        const IndexerCounts c = indexer_.call([](Indexer& indexer) { return indexer.counts(); });
        return py::dict("added"_a = c.added, "replaced"_a = c.replaced, "removed"_a = c.removed);
    }

    std::uint64_t document_count() {
        return indexer_.call([](Indexer& indexer) { return indexer.document_count(); });
    }

    void close() { indexer_.close(); }
    bool closed() { return indexer_.closed(); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    Guarded<Indexer> indexer_{"indexer"};
};

constexpr const char* kIndexerDoc = R"(Indexer(db, *, lang=None, batch=10000, threads=0, wait=False, bulk=False, shard_by=None)

Writes articles to a morgue database (created if missing), as morgue-index does, one article per
id: adding an article whose id is already there replaces it. The arguments are morgue-index's
options: lang, the language of every article that names none (an ISO 639 code or a name; None:
detected per article, english where unsure); batch, articles per commit; threads analysing
articles (0: one per core); wait for another indexer instead of failing; bulk, a fast first load
of an empty database; shard_by, 'year', 'month' or 'size:N' for an archive of several databases.

What is added or deleted becomes visible to searchers at commit() (and every `batch` articles).
As a context manager it commits when the block ends normally, discards what was not committed
when it ends with an exception, and closes either way. close() without commit() discards too.

Raises morgue.DatabaseLockedError if another indexer holds the database (unless wait=True),
morgue.DatabaseError if it cannot be opened or written, morgue.Error for a bad option. Calls
release the GIL while morgue works; one Indexer may be shared by threads, but its calls take
turns. A closed Indexer raises ValueError.)";

constexpr const char* kAddDoc = R"(add(article) -> str

Queues one article, a dict with the JSON Lines format's fields (corpora/jsonl/README.md): id
(required; str or int), headline, byline (a list of names, or one str such as 'By A and B,
Reuters'), source, date (ISO 8601 text, anything morgue reads as a date, a Unix time, or a
datetime.date / datetime.datetime, naive ones taken as UTC), dateline, section, body, topics,
places, lang; the same aliases (title, text, author, ...) are read, unknown keys are ignored. So a
hit from Searcher.search() can be added again as it is. Returns the language it is analysed in.

Raises morgue.Error naming the field for a value morgue cannot read (no id, a date that is not
one, an unknown language), TypeError for a value no JSON has.)";

constexpr const char* kIndexDoc = R"(index(paths, *, format='auto', encoding=None, field_map=(), top_lists=True) -> dict

Reads every article of the files (folders recursively; .gz and .zst transparently) in any format
morgue-index reads, and commits. format forces one ('reuters', 'trec', 'page', 'jsonl', 'feed',
'nitf', 'csv', 'mail', 'html', 'warc'; --format), encoding the charset of every file (--encoding),
field_map CSV columns as fields (['title=headline', ...]; --field-map). With top_lists, the best
matches of frequent words are then precomputed, as morgue-index does.

Bad articles and unreadable files are skipped and listed, not raised: the dict holds the run's
counts (files, added, replaced, skipped_articles, skipped_files, without_text, repairs,
skip_reasons, formats, encodings, languages, input_bytes, seconds, all_indexed), top_list_words
(None when none were built) and problems, a list of dicts (path, line, byte_offset, reason,
severity: 'repaired', 'article_skipped' or 'file_skipped', and message as morgue-index prints it).
Raises morgue.DatabaseError if writing fails (the database stays at its last commit).)";

}  // namespace

void bind_indexer(py::module_& module) {
    py::class_<PyIndexer>(module, "Indexer", kIndexerDoc)
        .def(py::init([](std::string db, std::optional<std::string> lang, long long batch, long long threads,
                         bool wait, bool bulk, std::optional<std::string> shard_by) {
                 return std::make_unique<PyIndexer>(indexer_options(std::move(db), lang, batch, threads, wait, bulk,
                                                                    shard_by));
             }),
             "db"_a, py::kw_only(), "lang"_a = py::none(), "batch"_a = 10000, "threads"_a = 0, "wait"_a = false,
             "bulk"_a = false, "shard_by"_a = py::none())
        .def("add", &PyIndexer::add, "article"_a, kAddDoc)
        .def("delete", &PyIndexer::remove, "id"_a,
             "delete(id) -> bool\n\nDeletes the article with this id (at the next commit); False if there was none.")
        .def("commit", &PyIndexer::commit,
             "commit()\n\nMakes everything added or deleted so far durable and visible to searchers.\n"
             "Raises morgue.DatabaseError if writing fails.")
        .def("index", &PyIndexer::index, "paths"_a, py::kw_only(), "format"_a = "auto", "encoding"_a = py::none(),
             "field_map"_a = std::vector<std::string>{}, "top_lists"_a = true, kIndexDoc)
        .def("build_top_lists", &PyIndexer::build_top_lists, py::kw_only(),
             "list_size"_a = TopListLimits{}.list_size, "min_articles"_a = TopListLimits{}.min_articles,
             "build_top_lists(*, list_size=250, min_articles=2000) -> int\n\nCommits, then precomputes the best "
             "matches of every word in at least min_articles articles (list_size each), so that one-word searches "
             "need not score every article holding the word; returns how many words. morgue-index and index() do "
             "this after every run; add() and commit() do not.")
        .def_property_readonly("counts", &PyIndexer::counts,
                               "{'added', 'replaced', 'removed'}: what this indexer has written (committed or not); an "
                               "article add() queued counts once it is written, at the latest at commit().")
        .def_property_readonly("document_count", &PyIndexer::document_count,
                               "Articles in the database, as of the last commit (plus any written since).")
        .def_property_readonly("path", &PyIndexer::path, "The database given.")
        .def_property_readonly("closed", &PyIndexer::closed, "True once close() was called.")
        .def("close", &PyIndexer::close,
             "close()\n\nReleases the database and its write lock, discarding what was not committed. Calling it "
             "again does nothing.")
        .def("__enter__", [](py::object self) { return self; })
        .def("__exit__", [](PyIndexer& self, const py::object& type, const py::object&, const py::object&) {
            try {
                if (type.is_none() && !self.closed()) self.commit();
            } catch (...) {
                self.close();  // the lock is released even when the last commit fails
                throw;
            }
            self.close();
        });
}

}  // namespace morgue::python
