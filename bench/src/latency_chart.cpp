#include "results.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>
#include <vector>

namespace morgue::bench {
namespace {

using Json = nlohmann::json;

constexpr double kLeft = 70, kTop = 40, kPlotHeight = 260, kBarWidth = 12, kBottom = 110;

struct Series {
    const char* engine;
    const char* key;
    const char* color;
    const char* label;
};
// Every engine that may be measured, in the order of the bars; those no class has are left out.
constexpr std::array kAllSeries{Series{"morgue", "p50_us", "#1f4e99", "morgue p50"},
                                Series{"morgue", "p99_us", "#8fb3e8", "morgue p99"},
                                Series{"lucene", "p50_us", "#2e7d32", "Lucene p50"},
                                Series{"lucene", "p99_us", "#a5d6a7", "Lucene p99"},
                                Series{"fts5", "p50_us", "#c0571b", "FTS5 p50"},
                                Series{"fts5", "p99_us", "#f0b48a", "FTS5 p99"}};

std::vector<Series> series_of(const Json& results) {
    std::vector<Series> present;
    for (const auto& s : kAllSeries) {
        bool found = false;
        for (const auto& corpus : results["corpora"])
            for (const auto& c : corpus["queries"]["classes"]) found = found || c.contains(s.engine);
        if (found) present.push_back(s);
    }
    return present;
}

double value(const Json& c, const Series& s) {
    const auto& engine = c[s.engine];
    return engine.is_object() && engine.contains(s.key) ? engine[s.key].get<double>() : 0.0;
}

// One panel: bars on a log scale between the powers of ten around the fastest and slowest figure.
double panel(std::ostringstream& svg, const Json& corpus, double top, const std::vector<Series>& series) {
    const double group_width = kBarWidth * static_cast<double>(series.size()) + 16;
    const auto& classes = corpus["queries"]["classes"];
    double highest = 10, lowest = 1e12;
    for (const auto& c : classes)
        for (const auto& s : series)
            if (const double v = value(c, s); v > 0) highest = std::max(highest, v), lowest = std::min(lowest, v);
    const double floor_decade = std::max(0.0, std::floor(std::log10(std::min(lowest, highest))));
    const double decades = std::max(1.0, std::ceil(std::log10(highest)) - floor_decade);
    auto y = [&](double us) {
        return top + kPlotHeight * (1 - (std::log10(std::max(us, 1.0)) - floor_decade) / decades);
    };
    svg << "<text x='" << kLeft << "' y='" << top - 14 << "' font-weight='bold'>"
        << corpus["corpus"].value("name", std::string("?")) << " — latency by query class (µs, log scale)</text>\n";
    const double width = group_width * static_cast<double>(classes.size());
    for (int d = static_cast<int>(floor_decade); d <= static_cast<int>(floor_decade + decades); ++d) {
        const double at = y(std::pow(10.0, d));
        svg << "<line x1='" << kLeft << "' x2='" << kLeft + width << "' y1='" << at << "' y2='" << at
            << "' stroke='#ddd'/><text x='" << kLeft - 6 << "' y='" << at + 4 << "' text-anchor='end'>"
            << static_cast<long long>(std::pow(10.0, d)) << "</text>\n";
    }
    for (std::size_t i = 0; i < classes.size(); ++i) {
        const double x0 = kLeft + group_width * static_cast<double>(i) + 6;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double v = value(classes[i], series[s]);
            if (v <= 0) continue;
            svg << "<rect x='" << x0 + kBarWidth * static_cast<double>(s) << "' y='" << y(v) << "' width='" << kBarWidth - 2
                << "' height='" << top + kPlotHeight - y(v) << "' fill='" << series[s].color << "'><title>"
                << series[s].label << ": " << static_cast<long long>(v) << " µs</title></rect>\n";
        }
        const double label_x = x0 + kBarWidth * static_cast<double>(series.size()) / 2, label_y = top + kPlotHeight + 12;
        svg << "<text x='" << label_x << "' y='" << label_y << "' text-anchor='end' transform='rotate(-40 " << label_x
            << " " << label_y << ")'>" << classes[i]["class"].get<std::string>() << "</text>\n";
    }
    return top + kPlotHeight + kBottom;
}

}  // namespace

std::string latency_chart_svg(const Json& results) {
    const auto series = series_of(results);
    const double group_width = kBarWidth * static_cast<double>(series.size()) + 16;
    std::ostringstream body;
    double top = kTop + 30;
    std::size_t widest = 1;
    for (const auto& corpus : results["corpora"]) {
        widest = std::max(widest, corpus["queries"]["classes"].size());
        top = panel(body, corpus, top, series) + kTop;
    }
    const double width = std::max(kLeft + group_width * static_cast<double>(widest) + 20, kLeft + 110 * static_cast<double>(series.size()));
    std::ostringstream svg;
    svg << "<svg xmlns='http://www.w3.org/2000/svg' width='" << width << "' height='" << top
        << "' font-family='sans-serif' font-size='11'>\n<rect width='100%' height='100%' fill='white'/>\n";
    for (std::size_t s = 0; s < series.size(); ++s)
        svg << "<rect x='" << kLeft + 110 * static_cast<double>(s) << "' y='12' width='12' height='12' fill='"
            << series[s].color << "'/><text x='" << kLeft + 110 * static_cast<double>(s) + 16 << "' y='22'>"
            << series[s].label << "</text>\n";
    svg << body.str() << "</svg>\n";
    return svg.str();
}

}  // namespace morgue::bench
