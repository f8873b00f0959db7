#pragma once

#include <morgue/article.hpp>

#include <optional>
#include <string>

namespace morgue {

// The language of an article's headline and body, as CLD2 detects it, by canonical name
// (language.hpp); nullopt when CLD2 is unsure: too little text, no language holding 70% of it, or
// one morgue does not know.
// Reads at most kMaxDetectedBytes of text: the language of an article shows in its first pages.
std::optional<std::string> detect_language(const Article& article);

inline constexpr std::size_t kMaxDetectedBytes = 16 * 1024;

}  // namespace morgue
