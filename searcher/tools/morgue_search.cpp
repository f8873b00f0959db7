// morgue-search: answers queries over a morgue database.
#include <morgue/alternatives.hpp>
#include <morgue/cli.hpp>
#include <morgue/option_values.hpp>
#include <morgue/error.hpp>
#include <morgue/printable.hpp>
#include <morgue/search_options.hpp>
#include <morgue/searcher.hpp>

#include <unistd.h>

#include <iomanip>
#include <iostream>
#include <sstream>

namespace {

using namespace morgue;

const cli::OptionValues kOptionValues = {{"sort", sort_order_names()}, {"facet", facet_names()}};

cxxopts::Options make_options() {
    cxxopts::Options options("morgue-search", "Search a morgue database of news articles.");
    options.positional_help("QUERY...");
    cli::add_database_option(options);
    options.add_options()
        ("json", "print one JSON object instead of text")
        ("sort", alternatives(sort_order_names()), cxxopts::value<std::string>()->default_value("relevance"), "ORDER")
        ("limit", "hits to show", cxxopts::value<std::size_t>()->default_value("10"), "N")
        ("offset", "hits to skip (for paging)", cxxopts::value<std::size_t>()->default_value("0"), "N")
        ("from", "only articles dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)", cxxopts::value<std::string>(), "DATE")
        ("to", "only articles dated on or before (YYYY, YYYY-MM or YYYY-MM-DD)", cxxopts::value<std::string>(), "DATE")
        ("facet", "count matches by " + alternatives(facet_names()) + " (repeatable)",
         cxxopts::value<std::vector<std::string>>(), "NAME")
        ("facet-limit", "values shown per facet", cxxopts::value<std::size_t>()->default_value("10"), "N")
        ("all", "match only articles holding every word (by default, when fewer than a page of articles hold them "
                "all, articles holding most of them follow)")
        ("any", "match articles with any of the words, ranked by score alone")
        ("recent", "favour recent articles: halve a score for every HALF_LIFE of age before the newest article "
                   "(30d, 6w, 3m, 2y)", cxxopts::value<std::string>(), "HALF_LIFE")
        ("no-snippets", "do not show body snippets")
        ("estimate", "estimate the total instead of counting every match (faster)")
        ("expand", "add the words the best matches share to the query (pseudo-relevance feedback): more articles on "
                   "the subject, in other words; for questions and research, not for finding one article")
        ("full-match", "match every query in full, never from the precomputed top lists (the same hits, slower: "
                       "for comparing and timing)")
        ("query", "the query", cxxopts::value<std::vector<std::string>>());
    cli::add_list_values_option(options, kOptionValues);
    cli::add_standard_options(options);
    options.parse_positional({"query"});
    return options;
}

const cli::ExitCodeMeanings kExitCodes = {
    {cli::kExitOk, "the search ran (even with no hits)"},
    {cli::kExitPartial, "the search ran on some shards of the archive only: the others did not answer"},
    {cli::kExitUsage, "bad option or malformed query"},
    {cli::kExitFailure,
     "the database could not be opened or read (missing, damaged, or written by an incompatible morgue)"},
};

std::optional<DateTime> parse_bound(const cxxopts::ParseResult& args, const char* option, DateBound bound) {
    if (!args.count(option)) return std::nullopt;
    return parse_date_bound(args[option].as<std::string>(), "--" + std::string(option), bound);
}

SearchRequest make_request(const cxxopts::ParseResult& args) {
    SearchRequest request;
    if (args.count("query"))
        for (const auto& word : args["query"].as<std::vector<std::string>>()) request.query += (request.query.empty() ? "" : " ") + word;
    request.sort = parse_sort_order(args["sort"].as<std::string>(), "--sort");
    request.limit = args["limit"].as<std::size_t>();
    request.offset = args["offset"].as<std::size_t>();
    request.from = parse_bound(args, "from", DateBound::First);
    request.to = parse_bound(args, "to", DateBound::Last);
    if (args.count("facet"))
        for (const auto& facet : args["facet"].as<std::vector<std::string>>()) request.facets.push_back(facet);
    request.facet_limit = args["facet-limit"].as<std::size_t>();
    if (args.count("any") && args.count("all")) throw cli::UsageError("--any and --all exclude each other");
    request.match = args.count("any") ? MatchMode::Any : args.count("all") ? MatchMode::All : MatchMode::Most;
    if (args.count("recent")) request.recent_half_life_days = parse_half_life_days(args["recent"].as<std::string>(), "--recent");
    request.snippets = !args.count("no-snippets");
    request.exact_total = !args.count("estimate");
    request.accelerated = !args.count("full-match");
    request.expand = args.count("expand") > 0;
    return request;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

// On a terminal the <em> markers become bold; elsewhere they stay, so output can be grepped.
std::string terminal_highlight(std::string text) {
    for (auto [from, to] : {std::pair<std::string, std::string>{"<em>", "\033[1m"}, {"</em>", "\033[0m"}})
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

void print_text(const SearchResponse& response, bool tty) {
    std::cout << response.total << (response.total_exact ? "" : " (about)") << (response.total == 1 ? " article" : " articles")
              << " match \"" << response.query << "\" (" << std::fixed << std::setprecision(2) << response.elapsed_ms
              << " ms)\n" << std::defaultfloat;
    if (!response.shards.missing.empty())
        std::cout << "partial answer: " << response.shards.answered << " of " << response.shards.total
                  << " shards answered; missing: " << printable(join(response.shards.missing, ", ")) << '\n';
    if (!response.shards.replaced.empty())
        std::cout << "answered by replicas: " << printable(join(response.shards.replaced, ", ")) << '\n';
    if (response.relaxed)
        std::cout << (response.all_words_total == 1 ? "1 article holds" : std::to_string(response.all_words_total) + " articles hold")
                  << " every word; the others hold some of them, those with the most first\n";
    for (const Hit& hit : response.hits) {
        const Article& a = hit.article;
        std::cout << '\n' << hit.rank << ". " << (a.headline.empty() ? "(no headline)" : a.headline) << '\n' << "   ";
        std::vector<std::string> meta;
        if (a.date) meta.push_back(a.date->to_iso());
        if (!a.byline.empty()) meta.push_back("by " + join(a.byline, ", "));
        if (!a.dateline.empty()) meta.push_back(a.dateline);
        if (!a.source.empty()) meta.push_back(a.source);
        meta.push_back("id " + printable(a.id));  // an id may hold a newline that would forge a hit
        if (hit.score > 0) {
            std::ostringstream score;
            score.precision(3);
            score << std::fixed << hit.score;
            meta.push_back("score " + score.str());
        }
        std::cout << join(meta, " | ") << '\n';
        if (!hit.snippet.empty()) std::cout << "   " << (tty ? terminal_highlight(hit.snippet) : hit.snippet) << '\n';
    }
    for (const Facet& facet : response.facets) {
        std::cout << "\n" << facet.name << ":\n";
        for (const FacetValue& v : facet.values) std::cout << "  " << v.value << "  " << v.count << '\n';
    }
}

int run(int argc, char** argv) {
    auto options = make_options();
    const auto args = options.parse(argc, argv);
    if (cli::handle_standard_options(options, args, kExitCodes)) return cli::kExitOk;
    if (cli::handle_list_values(args, kOptionValues)) return cli::kExitOk;
    const std::string database = cli::database_path(args);
    const SearchRequest request = make_request(args);
    if (request.query.empty() && !request.from && !request.to)
        throw cli::UsageError("no query given: morgue-search --db PATH QUERY...");
    Searcher searcher(database);
    const SearchResponse response = searcher.search(request);
    if (args.count("json")) std::cout << to_json(response) << '\n';
    else print_text(response, isatty(STDOUT_FILENO) != 0);
    return response.shards.missing.empty() ? cli::kExitOk : cli::kExitPartial;
}

}  // namespace

int main(int argc, char** argv) {
    return morgue::cli::run_main("morgue-search", [&] { return run(argc, argv); });
}
