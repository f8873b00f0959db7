// How a program embeds morgue: only the public headers, a few articles in, a search out.
// Built and run by the tests (ctest: "embed: example"), so this example cannot rot.
#include <morgue/indexer.hpp>
#include <morgue/searcher.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include <unistd.h>

namespace {

int fail(const std::string& what) {
    std::cerr << "embed example: " << what << '\n';
    return 1;
}

}  // namespace

int main() {
    const auto db = std::filesystem::temp_directory_path() / ("morgue-embed-" + std::to_string(::getpid()));
    std::filesystem::remove_all(db);

    {
        morgue::Indexer indexer({.database = db.string()});
        morgue::Article first;
        first.id = "wire-1";
        first.headline = "Beijing, Moscow vow to safeguard common interests";
        first.byline = {"Cai Xiao", "Hu Haiyan"};
        first.source = "China Daily";
        first.date = morgue::DateTime{2010, 3, 26, 7, 43, 0, true};
        first.body = "China and Russia on Wednesday vowed to strengthen cooperation.";
        indexer.add(first);

        morgue::Article second;
        second.id = "wire-2";
        second.headline = "Cocoa prices rise in Bahia";
        second.date = morgue::DateTime{1987, 2, 26};
        second.body = "Showers continued throughout the week in the Bahia cocoa zone.";
        indexer.add(second);
        indexer.commit();
    }

    morgue::Searcher searcher(db.string());
    morgue::SearchRequest request;
    request.query = "byline:\"hu haiyan\" russia";
    const morgue::SearchResponse response = searcher.search(request);
    std::filesystem::remove_all(db);

    if (response.total != 1 || response.hits.size() != 1) return fail("expected exactly one hit, got " + std::to_string(response.total));
    const morgue::Hit& hit = response.hits.front();
    if (hit.article.id != "wire-1") return fail("expected wire-1, got " + hit.article.id);
    if (hit.snippet.find("<em>Russia</em>") == std::string::npos) return fail("snippet lacks highlight: " + hit.snippet);
    std::cout << "embed example: found " << hit.article.id << ": " << hit.article.headline << '\n'
              << morgue::to_json(response) << '\n';
    return 0;
}
