#include "judged_collections.hpp"

#include "smart_records.hpp"
#include "text_lines.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace morgue::quality {
namespace {

// Ids compared as numbers: CACM pads query ids ("01") in its judgments and not in its queries.
std::string number_id(const std::string& text) {
    const std::string id = trimmed(text);
    const auto first = id.find_first_not_of('0');
    return first == std::string::npos ? (id.empty() ? id : "0") : id.substr(first);
}

std::vector<std::vector<std::string>> whitespace_rows(const std::filesystem::path& file) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& line : read_lines(file)) {
        std::istringstream in(line);
        std::vector<std::string> row;
        for (std::string word; in >> word;) row.push_back(word);
        if (!row.empty()) rows.push_back(std::move(row));
    }
    return rows;
}

// Keeps the queries that have judgments, in file order.
void keep_judged_queries(Collection& collection) {
    std::erase_if(collection.queries, [&](const Query& q) { return !collection.qrels.contains(q.id); });
}

void expect_count(const Collection& c, const char* what, std::size_t found, std::size_t published) {
    if (found != published)
        throw std::runtime_error(c.name + ": found " + std::to_string(found) + " " + what + ", the collection has " +
                                 std::to_string(published) + "; is the copy in ir-judged complete?");
}

std::vector<Query> smart_queries(const std::filesystem::path& file) {
    std::vector<Query> queries;
    // A bibliographic request (CISI) is a paper's title and abstract: its title is part of the text.
    for (const auto& record : read_smart_records(file)) {
        const std::string title = record.field('T'), text = record.field('W');
        queries.push_back({number_id(record.id), title.empty() ? text : title + " " + text});
    }
    return queries;
}

std::vector<Document> smart_documents(const std::filesystem::path& file) {
    std::vector<Document> documents;
    for (const auto& record : read_smart_records(file))
        documents.push_back({number_id(record.id), record.field('T'), record.field('W')});
    return documents;
}

// Judgments as `query doc ...` rows, every listed pair relevant (CISI.REL, qrels.text).
Qrels binary_qrels(const std::filesystem::path& file, std::size_t query_column, std::size_t doc_column) {
    Qrels qrels;
    for (const auto& row : whitespace_rows(file))
        if (row.size() > std::max(query_column, doc_column))
            qrels[number_id(row[query_column])][number_id(row[doc_column])] = 1;
    return qrels;
}

std::size_t pair_count(const Qrels& qrels) {
    std::size_t pairs = 0;
    for (const auto& [query, docs] : qrels) pairs += docs.size();
    return pairs;
}

Collection load_cisi(const std::filesystem::path& dir) {
    Collection c{.name = "CISI"};
    c.documents = smart_documents(dir / "CISI.ALL");
    c.queries = smart_queries(dir / "CISI.QRY");
    c.qrels = binary_qrels(dir / "CISI.REL", 0, 1);
    expect_count(c, "documents", c.documents.size(), 1460);
    keep_judged_queries(c);  // 36 of the 112 have no judgments
    expect_count(c, "judged queries", c.queries.size(), 76);
    return c;
}

Collection load_med(const std::filesystem::path& dir) {
    Collection c{.name = "MED"};
    c.documents = smart_documents(dir / "MED.ALL");  // no titles: headline stays empty
    c.queries = smart_queries(dir / "MED.QRY");
    c.qrels = binary_qrels(dir / "MED.REL", 0, 2);
    expect_count(c, "documents", c.documents.size(), 1033);
    keep_judged_queries(c);
    expect_count(c, "judged queries", c.queries.size(), 30);
    return c;
}

Collection load_cran(const std::filesystem::path& dir) {
    Collection c{.name = "CRAN"};
    c.documents = smart_documents(dir / "cran.all.1400");
    // cranqrel numbers the queries 1..225 by their position in cran.qry, not by their .I ids.
    c.queries = smart_queries(dir / "cran.qry");
    for (std::size_t i = 0; i < c.queries.size(); ++i) c.queries[i].id = std::to_string(i + 1);
    // Codes run backwards (1 = complete answer .. 4 = minimal interest); -1 is not relevant.
    for (const auto& row : whitespace_rows(dir / "cranqrel")) {
        if (row.size() < 3) continue;
        const int code = std::stoi(row[2]);
        if (code >= 1 && code <= 4) c.qrels[number_id(row[0])][number_id(row[1])] = 5 - code;
    }
    expect_count(c, "documents", c.documents.size(), 1400);
    keep_judged_queries(c);
    expect_count(c, "judged queries", c.queries.size(), 225);
    expect_count(c, "graded pairs", pair_count(c.qrels), 1612);
    return c;
}

Collection load_cacm(const std::filesystem::path& dir) {
    Collection c{.name = "CACM"};
    c.documents = smart_documents(dir / "cacm.all");
    c.queries = smart_queries(dir / "query.text");
    std::erase_if(c.queries, [](const Query& q) { return q.id == "0"; });  // the trailing dummy record
    c.qrels = binary_qrels(dir / "qrels.text", 0, 1);
    expect_count(c, "documents", c.documents.size(), 3204);
    expect_count(c, "queries", c.queries.size(), 64);
    keep_judged_queries(c);
    expect_count(c, "judged queries", c.queries.size(), 52);
    return c;
}

// NPL: records are an id line, text lines, and a line holding only `/` (maybe indented).
std::vector<std::pair<std::string, std::vector<std::string>>> npl_records(const std::filesystem::path& file) {
    std::vector<std::pair<std::string, std::vector<std::string>>> records;
    bool open = false;
    for (const auto& line : read_lines(file)) {
        const std::string text = trimmed(line);
        if (text == "/") {
            open = false;
        } else if (!open) {
            if (text.empty()) continue;
            records.push_back({number_id(text), {}});
            open = true;
        } else {
            records.back().second.push_back(line);
        }
    }
    return records;
}

Collection load_npl(const std::filesystem::path& dir) {
    Collection c{.name = "NPL"};
    for (const auto& [id, lines] : npl_records(dir / "doc-text")) c.documents.push_back({id, "", join_lines(lines)});
    for (const auto& [id, lines] : npl_records(dir / "query-text")) c.queries.push_back({id, join_lines(lines)});
    for (const auto& [id, lines] : npl_records(dir / "rlv-ass")) {
        std::istringstream in(join_lines(lines));
        for (std::string doc; in >> doc;) c.qrels[id][number_id(doc)] = 1;
    }
    expect_count(c, "documents", c.documents.size(), 11429);
    keep_judged_queries(c);
    expect_count(c, "judged queries", c.queries.size(), 93);
    return c;
}

std::vector<Document> lisa_documents(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("LISA") && name.size() > 5 && name[4] >= '0' && name[4] <= '9') files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Document> documents;
    std::set<std::string> seen;
    for (const auto& file : files) {
        std::string id;
        std::vector<std::string> title, abstract;
        bool in_abstract = false;
        const auto close = [&] {
            // The damaged stretch around 1992-2001 repeats ids: the first occurrence is kept.
            if (!id.empty() && seen.insert(id).second) documents.push_back({id, join_lines(title), join_lines(abstract)});
            id.clear();
            title.clear();
            abstract.clear();
        };
        for (const auto& line : read_lines(file)) {
            const std::string text = trimmed(line);
            const std::string number = text.starts_with("Document ") ? trimmed(text.substr(9)) : std::string{};
            if (!number.empty() && number.find_first_not_of("0123456789") == std::string::npos) {
                close();
                id = number_id(number);
                in_abstract = false;
            } else if (!text.empty() && text.find_first_not_of('*') == std::string::npos) {
                close();
            } else if (!id.empty()) {
                if (text.empty() && !title.empty()) in_abstract = true;
                (in_abstract ? abstract : title).push_back(line);
            }
        }
        close();
    }
    return documents;
}

Collection load_lisa(const std::filesystem::path& dir) {
    Collection c{.name = "LISA"};
    c.documents = lisa_documents(dir);
    // LISA.QUE: an id line, then text ending with " #".
    Query* open = nullptr;
    for (const auto& line : read_lines(dir / "LISA.QUE")) {
        const std::string text = trimmed(line);
        if (open == nullptr) {
            if (text.empty()) continue;
            c.queries.push_back({number_id(text), ""});
            open = &c.queries.back();
            continue;
        }
        const bool last = text.ends_with("#");
        const std::string part = trimmed(last ? text.substr(0, text.size() - 1) : text);
        if (!part.empty()) open->text += (open->text.empty() ? "" : " ") + part;
        if (last) open = nullptr;
    }
    // LISARJ.NUM: a stream of numbers, per query its id, the count n, then n document ids.
    std::ifstream in(dir / "LISARJ.NUM");
    if (!in) throw std::runtime_error("cannot read " + (dir / "LISARJ.NUM").string());
    for (std::string query; in >> query;) {
        std::size_t n = 0;
        in >> n;
        for (std::size_t i = 0; i < n; ++i) {
            std::string doc;
            in >> doc;
            c.qrels[number_id(query)][number_id(doc)] = 1;
        }
    }
    expect_count(c, "distinct documents", c.documents.size(), 5999);
    keep_judged_queries(c);
    expect_count(c, "judged queries", c.queries.size(), 35);
    expect_count(c, "relevant pairs", pair_count(c.qrels), 379);
    return c;
}

}  // namespace

const std::vector<std::string>& judged_collection_names() {
    static const std::vector<std::string> names{"CISI", "MED", "CRAN", "CACM", "NPL", "LISA"};
    return names;
}

Collection load_judged_collection(const std::string& name, const std::filesystem::path& dir) {
    if (name == "CISI") return load_cisi(dir);
    if (name == "MED") return load_med(dir);
    if (name == "CRAN") return load_cran(dir);
    if (name == "CACM") return load_cacm(dir);
    if (name == "NPL") return load_npl(dir);
    if (name == "LISA") return load_lisa(dir);
    throw std::runtime_error("unknown collection '" + name + "'");
}

}  // namespace morgue::quality
