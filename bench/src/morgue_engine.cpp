#include "engine.hpp"

#include <morgue/searcher.hpp>

namespace morgue::bench {
namespace {

SortOrder sort_of(const BenchQuery& query) {
    if (query.sort == "newest") return SortOrder::Newest;
    if (query.sort == "oldest") return SortOrder::Oldest;
    return SortOrder::Relevance;
}

// Timing goes through the public library API, as an embedding program would use it.
class MorgueEngine : public Engine {
public:
    explicit MorgueEngine(const std::string& database) : searcher_(database) {}

    bool supports(const BenchQuery&) override { return true; }

    std::size_t run(const BenchQuery& query) override {
        SearchRequest request = request_for(query);
        request.exact_total = false;  // as Lucene: top 10 without counting every match
        return searcher_.search(request).hits.size();
    }

    std::uint64_t count(const BenchQuery& query) override {
        SearchRequest request = request_for(query);
        request.sort = SortOrder::Relevance;
        request.facets.clear();
        request.snippets = false;
        request.exact_total = true;
        request.match = MatchMode::All;  // FTS5 is asked for every word; the default would go on with most of them
        return searcher_.search(request).total;
    }

private:
    static SearchRequest request_for(const BenchQuery& query) {
        SearchRequest request;
        request.query = query.text;
        request.sort = sort_of(query);
        request.facets = query.facets;
        request.snippets = query.snippets;
        request.limit = 10;
        return request;
    }

    Searcher searcher_;
};

}  // namespace

EngineMaker morgue_engine(const std::string& database) {
    return {"morgue", [database] { return std::make_unique<MorgueEngine>(database); }};
}

}  // namespace morgue::bench
