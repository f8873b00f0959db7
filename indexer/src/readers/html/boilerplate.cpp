#include "readers/html/boilerplate.hpp"

#include "readers/html/stop_words.hpp"

#include <set>

namespace morgue::readers::html {
namespace {

// jusText's defaults (justext.core): bytes, shares of words or bytes.
constexpr std::size_t kLengthLow = 70;
constexpr std::size_t kLengthHigh = 200;
constexpr double kStopWordsLow = 0.30;
constexpr double kStopWordsHigh = 0.32;
constexpr double kMaxLinkDensity = 0.2;
constexpr std::size_t kMaxHeadingDistance = 200;  // bytes between a heading and the good text it heads
// Inside what the markup calls the article, prose needs less to be recognised (a short quote, an
// update line of a live blog) and a sentence with a few links is still prose.
constexpr double kContentStopWordsLow = 0.20;
constexpr std::size_t kContentLengthHigh = 100;
constexpr double kContentMaxLinkDensity = 0.4;

bool ends_sentence(const std::string& text) {
    for (std::string_view end : {".", "!", "?", ".\"", ".\xE2\x80\x9D", "\xC2\xBB", ".'", ":", "\xE2\x80\xA6"})
        if (text.ends_with(end)) return true;
    return false;
}

BlockClass initial_class(const TextBlock& block) {
    if (block.hint == Hint::Boilerplate) return BlockClass::Bad;
    const bool content = block.in_content || block.hint == Hint::Content;
    if (block.link_density() > (content ? kContentMaxLinkDensity : kMaxLinkDensity)) return BlockClass::Bad;
    // "©" lines are page furniture whatever their length.
    if (block.text.find("\xC2\xA9") != std::string::npos) return BlockClass::Bad;
    if (block.text.size() < kLengthLow) return block.link_bytes > 0 ? BlockClass::Bad : BlockClass::Short;
    const double stop_words = count_words(block.text).stop_word_density();
    const std::size_t length_high = content ? kContentLengthHigh : kLengthHigh;
    const double low = content ? kContentStopWordsLow : kStopWordsLow;
    if (stop_words >= (content ? low : kStopWordsHigh) &&
        (block.text.size() > length_high || ends_sentence(block.text)))
        return block.text.size() > length_high ? BlockClass::Good : BlockClass::NearGood;
    if (stop_words >= low) return BlockClass::NearGood;
    return BlockClass::Bad;
}

// The class of the nearest block before (step -1) or after (step +1) `i` that is not Short (and not
// NearGood when `skip_near_good`); the page's edges count as Bad.
BlockClass neighbour(const std::vector<BlockClass>& classes, std::size_t i, int step, bool skip_near_good) {
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(i) + step;
         k >= 0 && k < static_cast<std::ptrdiff_t>(classes.size()); k += step) {
        const BlockClass c = classes[static_cast<std::size_t>(k)];
        if (c == BlockClass::Short || (skip_near_good && c == BlockClass::NearGood)) continue;
        return c;
    }
    return BlockClass::Bad;
}

}  // namespace

std::vector<BlockClass> classify_blocks(const std::vector<TextBlock>& blocks) {
    std::vector<BlockClass> initial;
    initial.reserve(blocks.size());
    for (const TextBlock& block : blocks) initial.push_back(initial_class(block));

    // Headings: short or bad headings followed closely by good text are NearGood (jusText).
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (!blocks[i].heading || initial[i] == BlockClass::Good || blocks[i].hint == Hint::Boilerplate) continue;
        std::size_t distance = 0;
        for (std::size_t k = i + 1; k < blocks.size() && distance <= kMaxHeadingDistance; ++k) {
            if (initial[k] == BlockClass::Good) {
                initial[i] = BlockClass::NearGood;
                break;
            }
            distance += blocks[k].text.size();
        }
    }

    // Context may lend a block the class of good text only inside the same container: a short credit
    // line or a disclaimer box after the article is next to good text, but not part of it.
    std::set<const GumboNode*> good_containers;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (initial[i] == BlockClass::Good) good_containers.insert(blocks[i].container);
    const auto beside_good = [&](std::size_t i) { return good_containers.count(blocks[i].container) > 0; };

    std::vector<BlockClass> revised = initial;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (initial[i] != BlockClass::Short) continue;
        const BlockClass before = neighbour(initial, i, -1, true);
        const BlockClass after = neighbour(initial, i, +1, true);
        if (!beside_good(i))
            revised[i] = BlockClass::Bad;
        else if (before == BlockClass::Good && after == BlockClass::Good)
            revised[i] = BlockClass::Good;
        else if (before == BlockClass::Bad && after == BlockClass::Bad)
            revised[i] = BlockClass::Bad;
        else if ((before == BlockClass::Bad && neighbour(initial, i, -1, false) == BlockClass::NearGood) ||
                 (after == BlockClass::Bad && neighbour(initial, i, +1, false) == BlockClass::NearGood))
            revised[i] = BlockClass::Good;
        else
            revised[i] = BlockClass::Bad;
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (initial[i] != BlockClass::NearGood) continue;
        const BlockClass before = neighbour(initial, i, -1, true);
        const BlockClass after = neighbour(initial, i, +1, true);
        revised[i] = (before == BlockClass::Bad && after == BlockClass::Bad) || !beside_good(i) ? BlockClass::Bad
                                                                                                : BlockClass::Good;
    }
    return revised;
}

std::vector<std::string> article_paragraphs(const std::vector<TextBlock>& blocks) {
    const std::vector<BlockClass> classes = classify_blocks(blocks);
    std::vector<std::string> paragraphs;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (classes[i] == BlockClass::Good) paragraphs.push_back(blocks[i].text);
    // A page of one short story has no block long enough to anchor the context rule: then its
    // prose is what there is.
    if (paragraphs.empty()) {
        for (const TextBlock& block : blocks)
            if (initial_class(block) == BlockClass::NearGood) paragraphs.push_back(block.text);
    }
    return paragraphs;
}

}  // namespace morgue::readers::html
