#pragma once

#include "readers/html/text_blocks.hpp"

#include <string>
#include <vector>

namespace morgue::readers::html {

// How each block was judged.
enum class BlockClass { Good, NearGood, Short, Bad };

// Classifies blocks as jusText does (Pomikálek 2011): a block is Bad when its link density is high,
// Short when it is under 70 bytes, Good when it is long prose (stop-word density >= 0.32 and over
// 200 bytes), NearGood when it is prose but shorter; markup hints move the thresholds (a block inside
// <article> or an "article-body" needs less to count as prose) or decide alone ("comments",
// "related", "cookie-banner" are Bad). Then the context rule: a Short or NearGood block takes the
// class of the Good/Bad blocks around it, and a heading right before Good text is kept; context makes
// a block Good only when a Good block shares its container element.
std::vector<BlockClass> classify_blocks(const std::vector<TextBlock>& blocks);

// The article's paragraphs: the Good blocks, in order; when there is none, the blocks that read as
// prose on their own (NearGood before context).
std::vector<std::string> article_paragraphs(const std::vector<TextBlock>& blocks);

}  // namespace morgue::readers::html
