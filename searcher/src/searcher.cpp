#include "database_overview.hpp"
#include "date_filter.hpp"
#include "date_sorted_match.hpp"
#include "facet_counter.hpp"
#include "accelerators.hpp"
#include "open_shards.hpp"
#include "query/planner.hpp"
#include "query_expansion.hpp"
#include "query_parser.hpp"
#include "recency.hpp"
#include "snippet.hpp"
#include "top_list_match.hpp"

#include <morgue/analyzer.hpp>
#include <morgue/collection_file.hpp>
#include <morgue/database_metadata.hpp>
#include <morgue/error.hpp>
#include <morgue/ranking.hpp>
#include <morgue/schema.hpp>
#include <morgue/searcher.hpp>
#include <morgue/stored_article.hpp>
#include <morgue/values.hpp>
#include <morgue/xapian_error.hpp>

#include <xapian.h>

#include <chrono>

namespace morgue {
namespace {

// A searcher retries this often when an indexer commits under it.
constexpr int kReopenAttempts = 5;

Xapian::Database open_database(const std::string& path) {
    try {
        Xapian::Database db(path);
        check_database_metadata(db, path);
        return db;
    } catch (const Xapian::DatabaseNotFoundError&) {
        throw DatabaseError("no morgue database at " + path + " (create one with morgue-index --db " + path +
                            " FILES)");
    } catch (const Xapian::Error& e) {
        throw DatabaseError(database_error_text("cannot open database " + path, path, e));
    }
}

std::optional<DateTime> slot_bound(const std::string& value) {
    if (value.empty()) return std::nullopt;
    return date_from_value(value);
}

std::vector<std::unique_ptr<FacetCounter>> make_facet_counters(const std::vector<std::string>& names) {
    std::vector<std::unique_ptr<FacetCounter>> counters;
    for (const auto& name : names) {
        const FacetSpec* spec = find_facet(name);
        if (!spec)
            throw RequestError("unknown facet '" + name +
                               "' (facets: year, month, topic, place, source, section, byline)");
        counters.push_back(std::make_unique<FacetCounter>(*spec));
    }
    return counters;
}

}  // namespace

// An archive: one database, or the shards a collection file lists (open_shards.hpp).
struct Archive {
    Xapian::Database db;
    std::vector<Xapian::Database> parts;  // a collection's shards that opened; empty for one database
    std::vector<ShardAddress> shards;     // empty for one database
    ShardReport report;

    static Archive open(const std::string& path) {
        if (!is_collection_file(path)) return {open_database(path), {}, {}, {}};
        Archive archive;
        archive.shards = read_collection_file(path);
        archive.reopen_shards(path);
        return archive;
    }

    // Connects to every shard again: one that was down may be back, one that failed is left out.
    void reopen_shards(const std::string& path) {
        OpenShards open = open_shards(path, shards);
        db = std::move(open.db);
        parts = std::move(open.parts);
        report = {open.total, parts.size(), std::move(open.missing), std::move(open.replaced)};
    }

    bool collection() const { return !shards.empty(); }
    std::set<std::string> languages() const { return collection() ? shard_languages(parts) : stored_languages(db); }
};

struct Searcher::Impl {
    std::string path;
    Archive archive;
    Xapian::Database& db;
    Analyzer analyzer;

    std::optional<QueryContext> query_context;  // optional only because it holds a reference
    Accelerators accelerators;                  // read with the context: they change only with the database
    FieldLengths field_lengths;

    explicit Impl(const std::string& database) : path(database), archive(Archive::open(database)), db(archive.db) {
        read_statistics();
    }
    Impl(Impl&&) = delete;  // db refers into archive

    void read_statistics() {
        query_context.emplace(read_context());
        accelerators = Accelerators::of(db);
        field_lengths = FieldLengths::of(db);
    }

    // Picks up what indexers committed since the last search; cheap when nothing changed. An
    // archive with shards missing tries them again first.
    void refresh() {
        if (!archive.report.missing.empty()) {
            reconnect();
            return;
        }
        if (!db.reopen()) return;
        read_statistics();
    }

    void reconnect() {
        archive.reopen_shards(path);
        read_statistics();
    }

    QueryContext read_context() const {
        std::vector<std::string> languages;
        for (const auto& language : archive.languages()) languages.push_back(language);
        if (languages.empty()) languages.push_back("english");
        const unsigned slot = *field_spec(FieldId::Date).slot;
        return QueryContext{analyzer, std::move(languages), slot_bound(db.get_value_lower_bound(slot)),
                            slot_bound(db.get_value_upper_bound(slot)), &db};
    }

    // The request's query, parsed once: a date range alone lists the articles in it.
    static LogicalQuery logical_query(const SearchRequest& request, const QueryContext& ctx) {
        if (request.query.find_first_not_of(" \t\r\n") == std::string::npos && (request.from || request.to)) {
            LogicalQuery all;
            all.root.kind = LogicalKind::MatchAll;
            return all;
        }
        return parse_logical_query(request.query, ctx);
    }

    static std::optional<DateRange> request_dates(const SearchRequest& request) {
        if (!request.from && !request.to) return std::nullopt;
        if (request.from && request.to && *request.to < *request.from)
            throw RequestError("--to " + request.to->to_iso() + " is before --from " + request.from->to_iso());
        return DateRange{request.from, request.to};
    }

    SearchResponse search_once(const SearchRequest& request) {
        const auto start = std::chrono::steady_clock::now();
        refresh();
        const QueryContext& ctx = *query_context;
        (void)make_facet_counters(request.facets);  // an unknown facet is reported before any query error
        if (request.recent_half_life_days && !(*request.recent_half_life_days > 0))
            throw RequestError("the recency half-life must be longer than zero");
        const LogicalQuery logical = logical_query(request, ctx);
        const std::optional<DateRange> dates = request_dates(request);
        const Plan plan = plan_search(
            logical, request, PlanInputs{accelerators.top_lists_up_to.has_value(), ctx.latest_indexed.has_value()});
        QueryLowering lowering(logical, ctx);
        const auto lower = [&](DefaultOperator op) {
            ParsedQuery parsed = lowering.lower(op);
            parsed.query = lowering.within_request_dates(parsed.query, dates);
            return parsed;
        };
        const PlannedFilters plan_filter{plan, lowering, dates};
        if (request.match != MatchMode::Most) {
            const bool any = request.match == MatchMode::Any;
            const ParsedQuery parsed = lower(any ? DefaultOperator::Any : DefaultOperator::All);
            return match(request, plan_filter, parsed, start, 0, any ? Xapian::Query::OP_OR : Xapian::Query::OP_AND_MAYBE);
        }
        const ParsedQuery most = lower(DefaultOperator::Most);
        const ParsedQuery parsed = lower(DefaultOperator::All);
        SearchResponse strict = match(request, plan_filter, parsed, start, 0, Xapian::Query::OP_AND_MAYBE);
        // Enough articles hold every word, or no word could be left out: the strict answer stands.
        // Sorted by date, a list of articles holding only some of the words would bury the answer.
        if (most.optional_words == 0 || request.sort != SortOrder::Relevance ||
            strict.all_words_total >= request.offset + request.limit)
            return strict;
        // The relaxed form scores words held, which no top list knows: it is matched in full.
        const Plan full_plan{plan.kind == PlanKind::TopList ? PlanKind::FullMatch : plan.kind, {}, {}, plan.expand};
        const PlannedFilters full{full_plan, lowering, dates};
        // The decay leaves whole tiers alone; the headline tier is the smaller unit.
        const double tier_unit = most.headline_tier > 0 ? most.headline_tier : most.presence_tier;
        SearchResponse relaxed = match(request, full, most, start, tier_unit, Xapian::Query::OP_OR);
        relaxed.relaxed = true;
        relaxed.all_words_total = strict.all_words_total;
        if (most.presence_tier > 0) {
            for (Hit& hit : relaxed.hits) {
                const auto tiers = static_cast<std::size_t>(hit.score / most.presence_tier);
                hit.score -= static_cast<double>(tiers) * most.presence_tier;
                if (most.headline_tier > 0 && hit.score >= most.headline_tier) hit.score -= most.headline_tier;
                if (!most.tier_is_all_words) hit.words_matched = tiers;
            }
        }
        return relaxed;
    }

    // A plan with what lowering its filters needs.
    struct PlannedFilters {
        const Plan& plan;
        QueryLowering& lowering;
        const std::optional<DateRange>& dates;

        // The filters of a top-list plan as one query (with the request's dates), or nullopt for none.
        std::optional<Xapian::Query> filter() const {
            std::vector<Xapian::Query> parts;
            for (const LogicalNode* node : plan.filters) parts.push_back(lowering.lower_filter(*node));
            if (parts.empty() && !dates) return std::nullopt;
            Xapian::Query all = parts.empty() ? Xapian::Query::MatchAll
                                              : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
            return lowering.within_request_dates(all, dates);
        }
    };

    // The page, count and facets of one parsed query. all_words_total is set to a lower bound of
    // the matches that reaches offset + limit whenever that many match.
    // `tier`: the weight a query word adds when the query counts words (kPresenceWeight), else 0.
    // `expansion_join`: how an expanded query takes its added words: OP_OR where any word may
    // match, OP_AND_MAYBE (re-ranking only) where every word must.
    SearchResponse match(const SearchRequest& request, const PlannedFilters& planned, const ParsedQuery& parsed,
                         std::chrono::steady_clock::time_point start, double tier, Xapian::Query::op expansion_join) {
        const Plan& plan = planned.plan;
        if (plan.kind == PlanKind::TopList) {
            const std::optional<Xapian::Query> filter = planned.filter();
            const TopListQuery wanted{plan.listed_term, filter ? &*filter : nullptr, parsed.query,
                                      request.offset + request.limit};
            if (const std::optional<PlannedMatch> top = top_list_match(db, accelerators, wanted, field_lengths))
                return listed_match(request, *top, parsed, start);
        }
        if (!plan.expand) return full_match(request, plan, parsed, start, tier);
        ParsedQuery expanded = parsed;
        expanded.query = expanded_query(parsed.query, feedback_words(parsed.query), expansion_join);
        return full_match(request, plan, expanded, start, tier);
    }

    // The words the best kFeedbackArticles matches of `query` share (query_expansion.hpp).
    std::vector<ExpansionWord> feedback_words(const Xapian::Query& query) {
        Xapian::Enquire enquire(db);
        enquire.set_query(query);
        enquire.set_weighting_scheme(RankingWeight(field_lengths));
        const std::set<std::string> query_terms(query.get_unique_terms_begin(), query.get_unique_terms_end());
        return expansion_words(db, enquire.get_mset(0, kFeedbackArticles), query_terms);
    }

    // The page from a top list; the count and facets, when asked and the list cannot give them,
    // from an unweighted match of every article (much cheaper than scoring them all).
    SearchResponse listed_match(const SearchRequest& request, const PlannedMatch& top, const ParsedQuery& parsed,
                                std::chrono::steady_clock::time_point start) {
        const QueryContext& ctx = *query_context;
        Xapian::Enquire enquire(db);
        enquire.set_query(top.query);
        enquire.set_weighting_scheme(RankingWeight(field_lengths));
        SearchResponse response = respond(
            request,
            enquire.get_mset(static_cast<Xapian::doccount>(request.offset), static_cast<Xapian::doccount>(request.limit)),
            ctx, parsed);
        response.total = top.matches;
        response.total_exact = top.matches_exact;
        auto counters = make_facet_counters(request.facets);
        if (!counters.empty() || (request.exact_total && !top.matches_exact)) {
            Xapian::Enquire counting(db);
            counting.set_query(parsed.query);
            counting.set_weighting_scheme(Xapian::BoolWeight());
            for (auto& counter : counters) counting.add_matchspy(counter.get());
            const Xapian::MSet all = counting.get_mset(0, 0, db.get_doccount());
            response.total = all.get_matches_estimated();
            response.total_exact = true;
        } else if (!top.matches_exact) {
            Xapian::Enquire estimating(db);
            estimating.set_query(parsed.query);
            estimating.set_weighting_scheme(Xapian::BoolWeight());
            response.total = std::max<std::uint64_t>(top.matches, estimating.get_mset(0, 0).get_matches_estimated());
        }
        response.all_words_total = response.total_exact ? response.total : top.matches;
        add_facets(response, counters, request);
        response.elapsed_ms = milliseconds_since(start);
        return response;
    }

    static void add_facets(SearchResponse& response, const std::vector<std::unique_ptr<FacetCounter>>& counters,
                           const SearchRequest& request) {
        for (const auto& counter : counters) {
            const bool chronological = counter->spec().field == FieldId::Date;
            response.facets.push_back(
                {std::string(counter->spec().name), counter->top(chronological ? SIZE_MAX : request.facet_limit)});
        }
    }

    SearchResponse full_match(const SearchRequest& request, const Plan& plan, const ParsedQuery& parsed,
                              std::chrono::steady_clock::time_point start, double tier) {
        const QueryContext& ctx = *query_context;
        const Xapian::Query& query = parsed.query;

        const RankingWeight weight(field_lengths);
        Xapian::Enquire enquire(db);
        auto counters = make_facet_counters(request.facets);
        const std::size_t wanted = request.offset + request.limit;
        for (auto& counter : counters) enquire.add_matchspy(counter.get());
        const auto offset = static_cast<Xapian::doccount>(request.offset);
        const auto limit = static_cast<Xapian::doccount>(request.limit);
        // Sorted by date, the page comes from its own match and this one only counts (and facets).
        const bool by_date = plan.kind == PlanKind::DateSorted;
        // With a recency decay, a window of the best matches is re-ranked (recency.hpp).
        const bool decayed = plan.kind == PlanKind::Decayed;
        const std::size_t fetched = decayed ? std::max(kRecencyWindow, 4 * wanted) : wanted;

        enquire.set_query(query);
        const bool count_all = request.exact_total || !counters.empty();
        const auto at_least = static_cast<Xapian::doccount>(count_all ? db.get_doccount() : fetched);
        // Sorted by date, this match only counts: no scores needed, and without count_all it
        // checks only as many matches as the page needs, estimating the rest.
        if (by_date)
            enquire.set_weighting_scheme(Xapian::BoolWeight());
        else
            enquire.set_weighting_scheme(weight);
        const Xapian::MSet counted = by_date   ? enquire.get_mset(0, 0, at_least)
                                     : decayed ? enquire.get_mset(0, static_cast<Xapian::doccount>(fetched), at_least)
                                               : enquire.get_mset(offset, limit, at_least);
        const std::vector<Xapian::MSet> page =
            by_date
                ? date_sorted_mset(db, query, weight,
                                   {request.sort == SortOrder::Newest, offset, limit, counted.get_matches_estimated()},
                                   ctx.earliest_indexed, ctx.latest_indexed)
                : std::vector<Xapian::MSet>{counted};

        SearchResponse response;
        if (decayed) {
            response.query = request.query;
            const unsigned slot = *field_spec(FieldId::Date).slot;
            for (const DecayedHit& decayed_hit :
                 decayed_page(counted, slot, *request.recent_half_life_days, *ctx.latest_indexed, *ctx.earliest_indexed,
                              request.offset, request.limit, tier)) {
                Hit hit = make_hit(decayed_hit.hit, request, ctx, parsed);
                hit.rank = request.offset + response.hits.size() + 1;
                hit.score = decayed_hit.score;
                response.hits.push_back(std::move(hit));
            }
        } else {
            response.query = request.query;
            for (const Xapian::MSet& part : page)  // a date-sorted page may come in parts
                for (auto it = part.begin(); it != part.end(); ++it) {
                    Hit hit = make_hit(it, request, ctx, parsed);
                    hit.rank = request.offset + response.hits.size() + 1;
                    response.hits.push_back(std::move(hit));
                }
        }
        response.total = counted.get_matches_estimated();
        response.total_exact = counted.get_matches_lower_bound() == counted.get_matches_upper_bound();
        response.all_words_total = counted.get_matches_lower_bound();
        add_facets(response, counters, request);
        response.elapsed_ms = milliseconds_since(start);
        return response;
    }

    SearchResponse respond(const SearchRequest& request, const Xapian::MSet& mset, const QueryContext& ctx,
                           const ParsedQuery& parsed) const {
        SearchResponse response;
        response.query = request.query;
        for (auto it = mset.begin(); it != mset.end(); ++it)
            response.hits.push_back(make_hit(it, request, ctx, parsed));
        return response;
    }

    static double milliseconds_since(std::chrono::steady_clock::time_point start) {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }

    Hit make_hit(const Xapian::MSetIterator& it, const SearchRequest& request, const QueryContext& ctx,
                 const ParsedQuery& parsed) const {
        Hit hit;
        hit.rank = it.get_rank() + 1;
        hit.score = request.sort == SortOrder::Relevance ? it.get_weight() : 0;
        hit.article = decode_stored_article(it.get_document().get_data());
        if (request.snippets) {
            const std::string& text = hit.article.body.empty() ? hit.article.headline : hit.article.body;
            const std::string language = hit.article.language.empty() ? ctx.languages.front() : hit.article.language;
            hit.snippet = make_snippet(analyzer, text, language, parsed.highlight_stems);
        }
        return hit;
    }
};

Searcher::Searcher(const std::string& database) {
    try {
        impl_ = std::make_unique<Impl>(database);
    } catch (const Xapian::Error& e) {  // reading the statistics ranking needs, after the open
        throw DatabaseError(database_error_text("cannot open database " + database, database, e));
    }
}
Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;  // moves the pointer: Impl stays put
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

SearchResponse Searcher::search(const SearchRequest& request) {
    bool reconnect = false;
    for (int attempt = 1, lost_shards = 0;; ++attempt) {
        try {
            if (reconnect) impl_->reconnect();
            reconnect = false;
            SearchResponse response = impl_->search_once(request);
            response.shards = impl_->archive.report;
            if (!response.shards.missing.empty()) response.total_exact = false;
            return response;
        } catch (const Xapian::NetworkError& e) {
            // A remote shard died or stopped answering mid-search: search again without it.
            if (!impl_->archive.collection() || ++lost_shards > static_cast<int>(impl_->archive.shards.size()))
                throw DatabaseError(database_error_text("cannot search database " + impl_->path, impl_->path, e));
            reconnect = true;
        } catch (const Xapian::DatabaseOpeningError& e) {
            // A shard's files were swapped under its server, as a replica's are after a full copy
            // (xapian-replicate switches to a new copy and removes the old): a new connection opens
            // the new copy.
            if (!impl_->archive.collection() || attempt == kReopenAttempts)
                throw DatabaseError(database_error_text("cannot search database " + impl_->path, impl_->path, e));
            reconnect = true;
        } catch (const Xapian::DatabaseModifiedError&) {
            // An indexer committed twice while we read; reopening gives the newest revision.
            if (attempt == kReopenAttempts)
                throw DatabaseError("database " + impl_->path + " keeps changing under the search; try again");
            impl_->refresh();
        } catch (const Xapian::Error& e) {
            throw DatabaseError(database_error_text("cannot search database " + impl_->path, impl_->path, e));
        }
    }
}

std::uint64_t Searcher::document_count() const {
    return impl_->db.get_doccount();
}

namespace {

// `read(db)` on the newest revision, reopened when an indexer commits under it (as search() does).
template <typename SearcherImpl, typename Read>
auto read_newest(SearcherImpl& impl, Read read) {
    for (int attempt = 1;; ++attempt) {
        try {
            impl.refresh();
            return read(impl.db);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kReopenAttempts)
                throw DatabaseError("database " + impl.path + " keeps changing under the search; try again");
        } catch (const Xapian::Error& e) {
            throw DatabaseError(database_error_text("cannot read database " + impl.path, impl.path, e));
        }
    }
}

}  // namespace

std::optional<Article> Searcher::article(std::string_view id) {
    return read_newest(*impl_, [&](const Xapian::Database& db) { return find_article(db, id); });
}

DatabaseStats Searcher::stats() {
    return read_newest(*impl_, [](const Xapian::Database& db) { return database_stats(db); });
}

}  // namespace morgue
