#include "results.hpp"
#include "text_table.hpp"

#include <algorithm>

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

bool lucene_measured(const Json& entry) { return entry["lucene"].value("measured", false); }

std::string lucene_line(const Json& entry) {
    if (lucene_measured(entry)) return "";
    return "Lucene: not measured (" + entry["lucene"].value("absent", std::string("?")) + ").\n";
}

// morgue's latency beside Lucene's and FTS5's, and as a ratio to each (below 1: morgue faster).
TextTable query_table(const Json& entry) {
    const bool lucene = lucene_measured(entry);
    std::vector<std::string> header{"class", "morgue p50 µs", "p99"};
    if (lucene) header.insert(header.end(), {"Lucene p50 µs", "p99"});
    header.insert(header.end(), {"FTS5 p50 µs", "p99"});
    if (lucene) header.insert(header.end(), {"morgue/Lucene p50", "p99"});
    header.insert(header.end(), {"morgue/FTS5 p50", "p99", lucene ? "runs morgue/Lucene/FTS5" : "runs morgue/FTS5"});
    TextTable table(header);
    for (const auto& c : entry["queries"]["classes"]) {
        const Json none = Json::object();
        const auto &m = c["morgue"], &f = c["fts5"], &l = c.contains("lucene") ? c["lucene"] : none;
        std::vector<std::string> row{c["class"].get<std::string>(), cell(m, "p50_us"), cell(m, "p99_us")};
        if (lucene) row.insert(row.end(), {cell(l, "p50_us"), cell(l, "p99_us")});
        row.insert(row.end(), {cell(f, "p50_us"), cell(f, "p99_us")});
        if (lucene) row.insert(row.end(), {ratio(m, l, "p50_us"), ratio(m, l, "p99_us")});
        std::string runs = format_count(number(m, "runs"));
        if (lucene) runs += " / " + format_count(number(l, "runs"));
        runs += " / " + format_count(number(f, "runs"));
        row.insert(row.end(), {ratio(m, f, "p50_us"), ratio(m, f, "p99_us"), runs});
        table.add(row);
    }
    return table;
}

// Lucene's top 10 without reading their stored fields: Lucene 8.7 decompresses a block of stored
// fields for every hit shown, which is most of its time on cheap queries.
TextTable lucene_ids_table(const Json& entry) {
    TextTable table({"class", "Lucene ids only p50 µs", "p99", "morgue (page) / Lucene ids p50", "p99"});
    for (const auto& c : entry["queries"]["classes"]) {
        if (!c.contains("lucene_ids")) continue;
        const auto &m = c["morgue"], &l = c["lucene_ids"];
        table.add({c["class"].get<std::string>(), cell(l, "p50_us"), cell(l, "p99_us"), ratio(m, l, "p50_us"), ratio(m, l, "p99_us")});
    }
    return table;
}

TextTable indexing_table(const Json& entry) {
    const auto& indexing = entry["indexing"];
    TextTable table({"engine", "articles", "seconds", "articles/s", "MB/s", "peak RSS MB", "bytes/article",
                     "compacted / merged", "index only", "stored text"});
    const auto& m = indexing["morgue"];
    const auto& after = m["after_compaction"];
    table.add({"morgue", format_count(number(m, "articles")), cell(m, "seconds"), cell(m, "articles_per_second"),
               cell(m, "mb_per_second"), format_number(number(m, "peak_rss_kb") / 1024),
               cell(m["before_compaction"], "bytes_per_article"), cell(after, "bytes_per_article"),
               cell(after, "index_bytes_per_article"), cell(after, "stored_bytes_per_article")});
    auto peer_row = [&](const std::string& name, const Json& f, const std::string& before_key, const std::string& rss) {
        const double articles = number(f, "articles");
        auto per_article = [&](const std::string& key) { return format_number(articles > 0 ? number(f, key) / articles : -1); };
        table.add({name, format_count(articles), cell(f, "seconds"), cell(f, "articles_per_second"),
                   format_number(number(f, "text_bytes") / 1e6 / number(f, "seconds")), rss, per_article(before_key),
                   per_article("bytes"), per_article("index_bytes"), per_article("stored_text_bytes")});
    };
    if (lucene_measured(entry))
        peer_row("Lucene", indexing["lucene"], "bytes_before_merge",
                 format_number(number(indexing["lucene"], "peak_rss_kb") / 1024));
    peer_row("FTS5", indexing["fts5"], "bytes_before_optimize", "–");
    return table;
}

// The indexing and size figures the targets name, as ratios.
TextTable indexing_ratio_table(const Json& entry) {
    TextTable table({"morgue as a ratio to", "articles/s", "index bytes/article (no stored text)", "stored text bytes/article",
                     "QPS 1 thread", "QPS all cores"});
    for (const auto& [peer, name] : {std::pair{"lucene", "Lucene"}, std::pair{"fts5", "FTS5"}}) {
        if (!entry["morgue_ratio_to"].contains(peer)) continue;
        const auto& r = entry["morgue_ratio_to"][peer];
        table.add({name, format_ratio(number(r, "articles_per_second")), format_ratio(number(r, "index_bytes_per_article")),
                   format_ratio(number(r, "stored_bytes_per_article")), format_ratio(number(r, "qps_one_thread")),
                   format_ratio(number(r, "qps_all_cores"))});
    }
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
    const bool lucene = queries.contains("count_check_lucene");
    std::vector<std::string> header{"class", "checked", "agree within 10%", "median count ratio morgue/FTS5"};
    if (lucene) header.insert(header.end(), {"Lucene checked", "agree within 10%", "median ratio morgue/Lucene"});
    TextTable table(header);
    for (const auto& name : class_names(queries)) {
        const auto& c = queries["count_check"]["classes"][name];
        std::vector<std::string> row{name, format_count(number(c, "checked")), format_count(number(c, "agree_within_10pct")),
                                     format_ratio(number(c, "median_ratio"))};
        if (lucene) {
            const auto& l = queries["count_check_lucene"]["classes"][name];
            row.insert(row.end(), {format_count(number(l, "checked")), format_count(number(l, "agree_within_10pct")),
                                   format_ratio(number(l, "median_ratio"))});
        }
        table.add(row);
    }
    return table;
}

std::string corpus_heading(const Json& entry) {
    const auto& corpus = entry["corpus"];
    return corpus.value("name", std::string("?")) + " — " + format_count(number(entry["indexing"]["morgue"], "articles")) + " articles, " +
           format_number(number(corpus, "bytes") / 1e6) + " MB in " + format_count(number(corpus, "files")) +
           " files, sha256 " + corpus.value("sha256", std::string("?")).substr(0, 16) + "…";
}

// The corpora's statistics side by side, so the generated corpus can be checked against Reuters:
// body lengths (words), vocabulary growth (distinct words after n articles), date order.
std::string statistics_text(const Json& results, bool markdown) {
    std::vector<const Json*> with;
    for (const auto& c : results["corpora"])
        if (!c["statistics"].contains("absent")) with.push_back(&c);
    if (with.empty()) return "Corpus statistics: not measured.\n";
    std::vector<std::string> header{"statistic"};
    for (const auto* c : with) header.push_back((*c)["corpus"].value("name", std::string("?")));
    TextTable table(header);
    auto add = [&](const std::string& label, auto value_of) {
        std::vector<std::string> row{label};
        for (const auto* c : with) row.push_back(value_of((*c)["statistics"]));
        table.add(row);
    };
    add("articles", [](const Json& s) { return format_count(number(s, "articles")); });
    for (const char* key : {"mean", "p10", "p50", "p90", "p99", "max"})
        add(std::string("body words, ") + key, [key](const Json& s) { return format_number(number(s["body_words"], key)); });
    add("articles without body text", [](const Json& s) { return format_count(number(s["body_words"], "empty")); });
    std::vector<double> points;
    for (const auto* c : with)
        for (const auto& g : (*c)["statistics"]["vocabulary_growth"]) {
            const double n = g["articles"].get<double>();
            if (std::find(points.begin(), points.end(), n) == points.end()) points.push_back(n);
        }
    std::sort(points.begin(), points.end());
    for (const double n : points)
        add("distinct words after " + format_count(n) + " articles", [n](const Json& s) {
            for (const auto& g : s["vocabulary_growth"])
                if (g["articles"].get<double>() == n) return format_count(g["distinct_words"].get<double>());
            return std::string("–");
        });
    add("Heaps' β (first to last point)", [](const Json& s) {
        const double b = number(s, "heaps_beta");
        return b > 0 ? format_ratio(b).substr(0, format_ratio(b).size() - std::string("×").size()) : std::string("–");
    });
    add("adjacent articles in date order", [](const Json& s) {
        const double v = number(s, "date_order");
        return v >= 0 ? format_number(100 * v) + "%" : std::string("–");
    });
    add("date span, days", [](const Json& s) { return format_count(number(s, "date_span_days")); });
    return markdown ? table.markdown() : table.plain();
}

}  // namespace

std::string results_as_text(const Json& results) {
    std::string out;
    for (const auto& c : results["corpora"]) {
        out += "\n== " + corpus_heading(c) + "\n\nQueries (one thread, warm cache, top 10):\n";
        out += lucene_line(c) + query_table(c).plain();
        if (lucene_measured(c)) out += "\nLucene, top 10 as ids only (no stored fields read):\n" + lucene_ids_table(c).plain();
        out += "\nIndexing (bytes per article):\n";
        out += indexing_table(c).plain() + "\n" + indexing_ratio_table(c).plain();
        out += "\nThroughput:\n" + throughput_table(c["queries"]["throughput"]).plain();
        out += "\nCold first pass (page cache dropped before each class):\n" + cold_text(c["queries"], false);
        out += "\nHit counts, morgue and its peers (exact):\n" + agreement_table(c["queries"]).plain();
    }
    out += "\n== Corpus statistics (words: runs of ASCII letters in the body, lower case; articles in indexing order)\n\n" +
           statistics_text(results, false);
    return out;
}

std::string lucene_version(const Json& results) {
    const std::string lucene = results["versions"].value("lucene", std::string("absent: ?"));
    return lucene.starts_with("absent") ? "Lucene not measured (" + lucene + ")" : lucene;
}

std::string results_as_markdown(const Json& results) {
    const auto& machine = results["machine"];
    std::string out = "# morgue benchmark\n\n";
    out += "- commit: `" + results.value("commit", std::string("?")) + "`\n";
    out += "- compiler: " + results.value("compiler", std::string("?")) + ", flags: `" + results.value("flags", std::string("?")) + "`\n";
    out += "- machine: " + machine.value("cpu", std::string("?")) + ", " + std::to_string(machine.value("cores", 0)) +
           " cores, " + machine.value("memory", std::string("?")) + " memory, " + machine.value("kernel", std::string("?")) + "\n";
    out += "- Xapian " + results["versions"].value("xapian", std::string("?")) + ", SQLite " +
           results["versions"].value("sqlite", std::string("?")) + ", " + lucene_version(results) + "\n";
    for (const auto& c : results["corpora"]) {
        const auto& settings = c["queries"]["settings"];
        out += "\n## " + corpus_heading(c) + "\n\n";
        out += "Corpus: `" + c["corpus"].value("path", std::string("?")) + "`, sha256 `" + c["corpus"].value("sha256", std::string("?")) + "`.\n";
        out += "Workload: `" + settings.value("queries", std::string("?")) + "`; per class and engine a warm-up pass, then at most " +
               std::to_string(settings.value("passes", 0)) + " timed passes within " + format_number(number(settings, "seconds_per_class")) +
               " s (runs = timed queries). morgue: exact_total=false, snippets only in the snippets class.\n\n";
        out += "### Queries (µs, one thread, warm cache, top 10)\n\n" + lucene_line(c) + (lucene_measured(c) ? "" : "\n") +
               query_table(c).markdown();
        out += "\nRatios are morgue's figure over the peer's, from the same run: below 1, morgue is faster.\n";
        if (lucene_measured(c)) {
            const auto& ls = c["queries"]["lucene_settings"];
            out += "Lucene " + ls.value("version", std::string("?")) + " (" + ls.value("java", std::string("?")) +
                   "): timed inside its own JVM, class by class right after morgue and FTS5, with the same query file and limits, after " +
                   format_number(number(ls["jit_warm_up"], "seconds")) + " s of JIT warm-up over the whole mix; " +
                   std::to_string(ls.value("segments", 0)) + " segment(s) after forceMerge, query cache off, total hits counted up to " +
                   std::to_string(ls.value("total_hits_threshold", 0)) +
                   " (morgue checks offset + limit = 10 matches); each hit's stored headline, byline, body and date read, as morgue and FTS5 do; "
                   "facet and snippet classes not measured.\n\n"
                   "Lucene's top 10 as ids only (no stored fields read), beside morgue's full page:\n\n" + lucene_ids_table(c).markdown();
        }
        out += "\n### Indexing (sizes in bytes per article)\n\n" + indexing_table(c).markdown() + "\n" + indexing_ratio_table(c).markdown();
        out += "\nmorgue: morgue-index as a child process, then xapian-compact (" + format_number(number(c["indexing"]["morgue"], "compact_seconds")) +
               " s); stored text = docdata table. FTS5: inserts and commit only (reading the articles not counted), then 'optimize' + VACUUM (" +
               format_number(number(c["indexing"]["fts5"], "optimize_seconds")) + " s); stored text = fts_content table.";
        if (lucene_measured(c))
            out += " Lucene: one IndexWriter thread, addDocument and commit only (reading the articles not counted), then forceMerge(1) (" +
                   format_number(number(c["indexing"]["lucene"], "force_merge_seconds")) + " s); stored text = stored fields (.fdt/.fdx/.fdm).";
        out += "\n";
        out += "\n### Throughput (whole mix, shuffled)\n\n" + throughput_table(c["queries"]["throughput"]).markdown();
        if (lucene_measured(c))
            out += "\nLucene's mix leaves out the facet and snippet classes it does not run (FTS5's, the queries it cannot express), "
                   "so its QPS and their ratios above are over a lighter mix; Lucene's threads share one IndexSearcher.\n";
        out += "\n### Cold first pass (page cache dropped before each class)\n\n" + cold_text(c["queries"], true);
        out += "\n### Do the engines answer the same question? (exact hit counts, morgue with every word required)\n\n" +
               agreement_table(c["queries"]).markdown();
    }
    out += "\n## Corpus statistics\n\nWords are runs of ASCII letters in the body, lower-cased; articles in indexing (input) order. "
           "Reuters-21578 is the reference the generated corpus should resemble.\n\n" + statistics_text(results, true);
    return out;
}

}  // namespace morgue::bench
