#pragma once

#include <morgue/date.hpp>

#include <optional>
#include <string>
#include <vector>

namespace morgue::readers::html {

// What a page says about its article, from one place publishers put it (JSON-LD, meta tags, markup).
// Empty / nullopt = that place does not say.
struct PageMetadata {
    std::string headline;
    std::vector<std::string> authors;
    std::optional<DateTime> date;
    std::string source;  // publisher or site name
    std::string section;
    std::string body;      // schema.org articleBody, when the publisher gives the text itself
    std::string url;       // canonical address
    std::string language;  // "en", "de-DE"...

    // Fills what this one leaves empty from `other`, which is trusted less.
    void fill_from(const PageMetadata& other);
};

}  // namespace morgue::readers::html
