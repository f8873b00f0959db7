#pragma once

#include <string>
#include <vector>

namespace morgue::bench {

// One line of a query file: `class<TAB>query[<TAB>options]`, query in morgue's query language,
// options space-separated: sort=newest|oldest|relevance, facet=NAME (repeatable), snippets=1|0.
struct BenchQuery {
    std::string query_class;
    std::string text;
    std::string sort = "relevance";
    std::vector<std::string> facets;
    bool snippets = false;

    std::string options() const;  // the third column as written back
};

// Reads a query file; blank lines and lines starting with '#' are skipped. Throws std::runtime_error
// naming the line of a malformed entry.
std::vector<BenchQuery> read_query_file(const std::string& path);
void write_query_file(const std::string& path, const std::vector<BenchQuery>& queries);

// Class names in first-appearance order.
std::vector<std::string> query_classes(const std::vector<BenchQuery>& queries);
std::vector<BenchQuery> queries_of_class(const std::vector<BenchQuery>& queries, const std::string& query_class);

}  // namespace morgue::bench
