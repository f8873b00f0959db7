#include "results.hpp"
#include "text_table.hpp"

namespace morgue::bench {
namespace {

using Json = nlohmann::json;

double number(const Json& object, const std::string& key) {
    return object.is_object() && object.contains(key) && object[key].is_number() ? object[key].get<double>() : -1.0;
}

std::string cell(const Json& object, const std::string& key) { return format_number(number(object, key)); }

std::string ratio(const Json& a, const Json& b, const std::string& key) {
    const double x = number(a, key), y = number(b, key);
    return x > 0 && y > 0 ? format_ratio(x / y) : "–";
}

TextTable query_table(const Json& queries) {
    TextTable table({"class", "morgue p50 µs", "p95", "p99", "FTS5 p50 µs", "p95", "p99", "p50 ratio", "p99 ratio",
                     "runs morgue/FTS5"});
    for (const auto& c : queries["classes"]) {
        const auto &m = c["morgue"], &f = c["fts5"];
        table.add({c["class"].get<std::string>(), cell(m, "p50_us"), cell(m, "p95_us"), cell(m, "p99_us"),
                   cell(f, "p50_us"), cell(f, "p95_us"), cell(f, "p99_us"), ratio(m, f, "p50_us"),
                   ratio(m, f, "p99_us"), format_count(number(m, "runs")) + " / " + format_count(number(f, "runs"))});
    }
    return table;
}

TextTable indexing_table(const Json& indexing) {
    TextTable table({"engine", "articles", "seconds", "articles/s", "MB/s", "peak RSS MB", "bytes/article",
                     "compacted", "index only", "stored text"});
    const auto& m = indexing["morgue"];
    const auto& after = m["after_compaction"];
    table.add({"morgue", format_count(number(m, "articles")), cell(m, "seconds"), cell(m, "articles_per_second"),
               cell(m, "mb_per_second"), format_number(number(m, "peak_rss_kb") / 1024),
               cell(m["before_compaction"], "bytes_per_article"), cell(after, "bytes_per_article"),
               cell(after, "index_bytes_per_article"), cell(after, "stored_bytes_per_article")});
    const auto& f = indexing["fts5"];
    const double articles = number(f, "articles");
    auto per_article = [&](const std::string& key) { return format_number(articles > 0 ? number(f, key) / articles : -1); };
    table.add({"FTS5", format_count(number(f, "articles")), cell(f, "seconds"), cell(f, "articles_per_second"),
               format_number(number(f, "text_bytes") / 1e6 / number(f, "seconds")), "–",
               per_article("bytes_before_optimize"), per_article("bytes"), per_article("index_bytes"),
               per_article("stored_text_bytes")});
    return table;
}

TextTable throughput_table(const Json& throughput) {
    TextTable table({"engine", "QPS 1 thread (mix)", "QPS all cores", "threads"});
    for (const auto& [engine, t] : throughput.items())
        table.add({engine, cell(t["one_thread"], "qps"), cell(t["all_cores"], "qps"), format_count(number(t["all_cores"], "threads"))});
    return table;
}

std::vector<std::string> class_names(const Json& queries) {
    std::vector<std::string> names;
    for (const auto& c : queries["classes"]) names.push_back(c["class"].get<std::string>());
    return names;
}

std::string cold_text(const Json& queries, bool markdown) {
    const auto& cold = queries["cold"];
    if (!cold.value("measured", false)) return "Cold first pass: not measured (" + cold.value("reason", std::string("?")) + ").\n";
    TextTable table({"class", "morgue cold p50 µs", "p99", "FTS5 cold p50 µs", "p99"});
    for (const auto& name : class_names(queries)) {
        const auto& m = cold["morgue"]["classes"][name];
        const auto& f = cold["fts5"]["classes"][name];
        table.add({name, cell(m, "p50_us"), cell(m, "p99_us"), cell(f, "p50_us"), cell(f, "p99_us")});
    }
    return markdown ? table.markdown() : table.plain();
}

TextTable agreement_table(const Json& queries) {
    TextTable table({"class", "checked", "agree within 10%", "median count ratio morgue/FTS5"});
    for (const auto& name : class_names(queries)) {
        const auto& c = queries["count_check"]["classes"][name];
        table.add({name, format_count(number(c, "checked")), format_count(number(c, "agree_within_10pct")),
                   format_ratio(number(c, "median_ratio"))});
    }
    return table;
}

std::string corpus_heading(const Json& entry) {
    const auto& corpus = entry["corpus"];
    return corpus.value("name", std::string("?")) + " — " + format_count(number(entry["indexing"]["morgue"], "articles")) + " articles, " +
           format_number(number(corpus, "bytes") / 1e6) + " MB in " + format_count(number(corpus, "files")) +
           " files, sha256 " + corpus.value("sha256", std::string("?")).substr(0, 16) + "…";
}

}  // namespace

std::string results_as_text(const Json& results) {
    std::string out;
    for (const auto& c : results["corpora"]) {
        out += "\n== " + corpus_heading(c) + "\n\nQueries (one thread, warm cache, top 10):\n";
        out += query_table(c["queries"]).plain() + "\nIndexing (bytes per article):\n";
        out += indexing_table(c["indexing"]).plain() + "\nThroughput:\n" + throughput_table(c["queries"]["throughput"]).plain();
        out += "\nCold first pass (page cache dropped before each class):\n" + cold_text(c["queries"], false);
        out += "\nHit counts, both engines (exact):\n" + agreement_table(c["queries"]).plain();
    }
    return out;
}

std::string results_as_markdown(const Json& results) {
    const auto& machine = results["machine"];
    std::string out = "# morgue benchmark\n\n";
    out += "- commit: `" + results.value("commit", std::string("?")) + "`\n";
    out += "- compiler: " + results.value("compiler", std::string("?")) + ", flags: `" + results.value("flags", std::string("?")) + "`\n";
    out += "- machine: " + machine.value("cpu", std::string("?")) + ", " + std::to_string(machine.value("cores", 0)) +
           " cores, " + machine.value("memory", std::string("?")) + " memory, " + machine.value("kernel", std::string("?")) + "\n";
    out += "- Xapian " + results["versions"].value("xapian", std::string("?")) + ", SQLite " +
           results["versions"].value("sqlite", std::string("?")) + "\n";
    for (const auto& c : results["corpora"]) {
        const auto& settings = c["queries"]["settings"];
        out += "\n## " + corpus_heading(c) + "\n\n";
        out += "Corpus: `" + c["corpus"].value("path", std::string("?")) + "`, sha256 `" + c["corpus"].value("sha256", std::string("?")) + "`.\n";
        out += "Workload: `" + settings.value("queries", std::string("?")) + "`; per class and engine a warm-up pass, then at most " +
               std::to_string(settings.value("passes", 0)) + " timed passes within " + format_number(number(settings, "seconds_per_class")) +
               " s (runs = timed queries). morgue: exact_total=false, snippets only in the snippets class.\n\n";
        out += "### Queries (µs, one thread, warm cache, top 10)\n\n" + query_table(c["queries"]).markdown();
        out += "\n### Indexing (sizes in bytes per article)\n\n" + indexing_table(c["indexing"]).markdown();
        out += "\nmorgue: morgue-index as a child process, then xapian-compact (" + format_number(number(c["indexing"]["morgue"], "compact_seconds")) +
               " s); stored text = docdata table. FTS5: inserts and commit only (reading the articles not counted), then 'optimize' + VACUUM (" +
               format_number(number(c["indexing"]["fts5"], "optimize_seconds")) + " s); stored text = fts_content table.\n";
        out += "\n### Throughput (whole mix, shuffled)\n\n" + throughput_table(c["queries"]["throughput"]).markdown();
        out += "\n### Cold first pass (page cache dropped before each class)\n\n" + cold_text(c["queries"], true);
        out += "\n### Do both engines answer the same question? (exact hit counts)\n\n" + agreement_table(c["queries"]).markdown();
    }
    return out;
}

}  // namespace morgue::bench
