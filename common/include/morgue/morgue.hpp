#pragma once

// Everything an embedder needs, in one include: the article model, dates, errors, the indexer
// and the searcher. Link morgue::indexer and morgue::searcher (CMake: find_package(morgue);
// pkg-config: morgue). No header included here includes Xapian, ICU or a JSON library.
#include <morgue/article.hpp>
#include <morgue/date.hpp>
#include <morgue/error.hpp>
#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/search_options.hpp>
#include <morgue/searcher.hpp>
#include <morgue/version.hpp>
