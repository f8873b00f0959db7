#include "morgue_side.hpp"

#include <morgue/error.hpp>
#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>
#include <morgue/stored_article.hpp>

#include <xapian.h>

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace morgue::quality {

void index_collection(const std::filesystem::path& database, const std::vector<std::filesystem::path>& inputs) {
    std::filesystem::remove_all(database);
    Indexer indexer({.database = database.string()});
    IndexRunOptions options;
    options.on_problem = [](const ReadProblem& problem) { std::cerr << "morgue-quality: " << problem.to_string() << '\n'; };
    const IndexSummary summary = index_inputs(indexer, inputs, options);
    if (!summary.all_indexed())
        throw std::runtime_error("morgue skipped " + std::to_string(summary.skipped_articles) + " articles and " +
                                 std::to_string(summary.skipped_files) + " files of " + database.string() +
                                 "'s inputs (see above): the engines would not hold the same documents");
    indexer.build_top_lists();
}

std::vector<std::pair<std::string, Ranking>> run_queries(const std::filesystem::path& database,
                                                         const std::vector<Query>& queries, const SearchMode& mode,
                                                         std::size_t depth) {
    Searcher searcher(database.string());
    std::vector<std::pair<std::string, Ranking>> rankings;
    for (const auto& query : queries) {
        SearchRequest request{.query = query.text, .limit = depth, .snippets = false, .exact_total = false};
        mode.apply(request);
        Ranking ranking;
        try {
            for (const auto& hit : searcher.search(request).hits) ranking.push_back(hit.article.id);
        } catch (const QueryError& e) {
            std::cerr << "morgue-quality: query " << query.id << " refused (" << e.what() << "): " << query.text << '\n';
        }
        rankings.emplace_back(query.id, std::move(ranking));
    }
    return rankings;
}

std::vector<Document> stored_documents(const std::filesystem::path& database) {
    const Xapian::Database db(database.string());
    std::vector<Document> documents;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Article article = decode_stored_article(db.get_document(*it).get_data());
        documents.push_back({std::move(article.id), std::move(article.headline), std::move(article.body)});
    }
    const auto numeric = [](const std::string& id) {
        return id.find_first_not_of("0123456789") == std::string::npos && !id.empty() && id.size() < 19;
    };
    std::sort(documents.begin(), documents.end(), [&](const Document& a, const Document& b) {
        if (numeric(a.id) && numeric(b.id)) return std::stoull(a.id) < std::stoull(b.id);
        return a.id < b.id;
    });
    return documents;
}

}  // namespace morgue::quality
