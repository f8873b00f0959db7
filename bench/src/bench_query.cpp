#include "bench_query.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace morgue::bench {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator)) parts.push_back(part);
    return parts;
}

void apply_option(BenchQuery& query, const std::string& option, const std::string& where) {
    const auto equals = option.find('=');
    const std::string key = option.substr(0, equals);
    const std::string value = equals == std::string::npos ? "" : option.substr(equals + 1);
    if (key == "sort" && (value == "newest" || value == "oldest" || value == "relevance"))
        query.sort = value;
    else if (key == "facet" && !value.empty())
        query.facets.push_back(value);
    else if (key == "snippets" && (value == "1" || value == "0"))
        query.snippets = value == "1";
    else
        throw std::runtime_error(where + ": unknown option '" + option + "'");
}

}  // namespace

std::string BenchQuery::options() const {
    std::string out;
    auto add = [&out](const std::string& option) { out += (out.empty() ? "" : " ") + option; };
    if (sort != "relevance") add("sort=" + sort);
    for (const auto& facet : facets) add("facet=" + facet);
    if (snippets) add("snippets=1");
    return out;
}

std::vector<BenchQuery> read_query_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read query file " + path);
    std::vector<BenchQuery> queries;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        const std::string where = path + ":" + std::to_string(number);
        const auto columns = split(line, '\t');
        if (columns.size() < 2 || columns.size() > 3 || columns[0].empty() || columns[1].empty())
            throw std::runtime_error(where + ": expected class<TAB>query[<TAB>options]");
        BenchQuery query;
        query.query_class = columns[0];
        query.text = columns[1];
        if (columns.size() == 3)
            for (const auto& option : split(columns[2], ' '))
                if (!option.empty()) apply_option(query, option, where);
        queries.push_back(std::move(query));
    }
    return queries;
}

void write_query_file(const std::string& path, const std::vector<BenchQuery>& queries) {
    std::ofstream out(path);
    out << "# class<TAB>query<TAB>options (sort=newest|oldest, facet=NAME, snippets=1)\n";
    for (const auto& q : queries) {
        out << q.query_class << '\t' << q.text;
        if (const auto options = q.options(); !options.empty()) out << '\t' << options;
        out << '\n';
    }
    if (!out) throw std::runtime_error("cannot write " + path);
}

std::vector<std::string> query_classes(const std::vector<BenchQuery>& queries) {
    std::vector<std::string> classes;
    for (const auto& q : queries)
        if (std::find(classes.begin(), classes.end(), q.query_class) == classes.end()) classes.push_back(q.query_class);
    return classes;
}

std::vector<BenchQuery> queries_of_class(const std::vector<BenchQuery>& queries, const std::string& query_class) {
    std::vector<BenchQuery> selected;
    std::copy_if(queries.begin(), queries.end(), std::back_inserter(selected),
                 [&](const BenchQuery& q) { return q.query_class == query_class; });
    return selected;
}

}  // namespace morgue::bench
