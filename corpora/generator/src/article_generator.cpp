#include "article_generator.hpp"

#include "word_maker.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace morgue::generator {
namespace {

constexpr double kCollocationChance = 0.08;  // per word slot, a recurring pair or triple instead
constexpr double kCommaChance = 0.06;

std::string article_id(std::uint64_t seed, std::uint64_t n) {
    char id[48];
    std::snprintf(id, sizeof id, "gen%llu-%09llu", static_cast<unsigned long long>(seed),
                  static_cast<unsigned long long>(n));
    return id;
}

}  // namespace

std::string iso_utc(std::int64_t epoch_seconds) {
    using namespace std::chrono;
    const sys_seconds time{seconds{epoch_seconds}};
    const auto day = floor<days>(time);
    const year_month_day ymd{day};
    const hh_mm_ss hms{time - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return text;
}

nlohmann::ordered_json ArticleGenerator::article(std::uint64_t n) const {
    Random random(seed_ * 0x9e3779b97f4a7c15ULL + n);
    nlohmann::ordered_json json;
    json["id"] = article_id(seed_, n);
    json["headline"] = headline(random);
    auto byline = nlohmann::ordered_json::array();
    const int authors = random.chance(0.75) ? 1 : (random.chance(0.8) ? 2 : 3);
    for (int i = 0; i < authors; ++i) byline.push_back(model_.author(random));
    json["byline"] = std::move(byline);
    json["source"] = model_.source(random);
    json["date"] = date(random, n);
    const std::string dateline = model_.place(random);
    json["dateline"] = dateline;
    json["section"] = model_.section(random);
    json["body"] = body(random, dateline);
    return json;
}

std::string ArticleGenerator::headline(Random& random) const {
    const int words = random.between(4, 12);
    std::string text;
    for (int i = 0; i < words; ++i) {
        if (i) text += ' ';
        if (i + 1 < words && random.chance(kCollocationChance * 2)) {
            for (const auto& w : model_.collocation(random)) text += capitalized(w) + ' ';
            text.pop_back();
            continue;
        }
        text += capitalized(model_.content_word(random));
    }
    return text;
}

// Words in a body: drawn from an archive's body lengths when given (so the corpus has its mean,
// percentiles and share of articles without text), else log-normal like newswire, median 90 and
// mean about 125 words with a long tail (Reuters-21578 bodies average about 116 words).
int ArticleGenerator::body_words(Random& random) const {
    if (!shape_.body_lengths.empty())
        return shape_.body_lengths[random.below(shape_.body_lengths.size())];
    constexpr double kMedianWords = 90, kSigma = 0.8, kPi = 3.14159265358979323846;
    const double u1 = 1.0 - random.unit(), u2 = random.unit();  // u1 in (0, 1]: log(u1) is finite
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    return std::clamp(static_cast<int>(kMedianWords * std::exp(kSigma * normal)), 15, 2000);
}

// Paragraphs of one to four sentences until the article's length is reached. With an archive's
// lengths, the last sentence is cut to the length (its short bodies stay short) and a body of no
// words is empty, as an article without text is.
std::string ArticleGenerator::body(Random& random, const std::string& dateline) const {
    const int target = body_words(random);
    const bool exact = !shape_.body_lengths.empty();
    if (exact && target == 0) return "";
    std::string text = dateline + " - ";
    text.reserve(static_cast<std::size_t>(target) * 8);
    int written = 0;
    while (written < target) {
        const int sentences = random.between(1, 4);
        for (int s = 0; s < sentences && written < target; ++s) {
            int words = random.between(8, 28);
            if (exact) words = std::min(words, target - written);
            if (s) text += ' ';
            append_sentence(random, text, words);
            written += words;
        }
        if (written < target) text += '\n';
    }
    return text;
}

void ArticleGenerator::append_sentence(Random& random, std::string& text, int words) const {
    const std::size_t start = text.size();
    for (int i = 0; i < words; ++i) {
        if (i) text += random.chance(kCommaChance) ? ", " : " ";
        if (random.chance(kCollocationChance)) {
            const auto& collocation = model_.collocation(random);
            for (std::size_t k = 0; k < collocation.size(); ++k) text += (k ? " " : "") + collocation[k];
            i += static_cast<int>(collocation.size()) - 1;
        } else {
            text += model_.word(random);
        }
    }
    if (text[start] >= 'a' && text[start] <= 'z') text[start] = static_cast<char>(text[start] - 'a' + 'A');
    text += '.';
}

std::string ArticleGenerator::date(Random& random, std::uint64_t n) const {
    const std::int64_t span = shape_.last_second - shape_.first_second + 1;
    if (!shape_.chronological || shape_.articles == 0)
        return iso_utc(shape_.first_second + static_cast<std::int64_t>(random.below(static_cast<std::uint64_t>(span))));
    const double step = static_cast<double>(span) / static_cast<double>(shape_.articles);
    const double at = (static_cast<double>(n) + random.unit()) * step;
    return iso_utc(shape_.first_second + static_cast<std::int64_t>(at));
}

}  // namespace morgue::generator
