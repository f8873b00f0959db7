#pragma once

#include <morgue/searcher.hpp>

#include <xapian.h>

#include <optional>
#include <string_view>

namespace morgue {

// Reading one article or the database's outline, without a query (Searcher::article, ::stats).
// Both may throw Xapian errors, which the Searcher turns into DatabaseErrors.
std::optional<Article> find_article(const Xapian::Database& db, std::string_view id);
DatabaseStats database_stats(const Xapian::Database& db);

}  // namespace morgue
