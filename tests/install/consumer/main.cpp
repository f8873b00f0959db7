// A program built outside morgue's source tree against the installed package: it sees only the
// umbrella header and the installed libraries.
#include <morgue/morgue.hpp>

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer DATABASE\n";
        return 2;
    }
    try {
        {
            morgue::Indexer indexer({.database = argv[1]});
            morgue::Article article;
            article.id = "installed-1";
            article.headline = "Installed morgue finds cocoa";
            article.body = "Cocoa shipments were delayed by a port strike.";
            indexer.add(article);
            indexer.commit();
        }
        morgue::Searcher searcher(argv[1]);
        morgue::SearchRequest request;
        request.query = "cocoa";
        const morgue::SearchResponse response = searcher.search(request);
        std::cout << morgue::to_json(response) << '\n';
        return response.total == 1 && response.hits.at(0).article.id == "installed-1" ? 0 : 1;
    } catch (const morgue::Error& e) {
        std::cerr << "consumer: " << e.what() << '\n';
        return 1;
    }
}
