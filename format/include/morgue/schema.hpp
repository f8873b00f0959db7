#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace morgue {

// The one place that says how each article field is stored in Xapian.
// Prefixes and value slots are part of the on-disk format: changing one requires
// bumping kSchemaVersion, and databases written with another version are refused.
inline constexpr int kSchemaVersion = 3;  // 3: text wdfs carry each field's occurrences and norm (length_norm.hpp)

enum class FieldKind {
    Id,       // unique key term, exact
    Text,     // analyzed words with positions, searchable by words and phrases
    Keyword,  // exact filter term per value (case-folded), no positions, no weight
    Date,     // day/month/year filter terms plus a sortable value
};

enum class FieldId { Id, Headline, Byline, Source, Date, Dateline, Section, Body, Topic, Place, Language };

struct FieldSpec {
    FieldId id;
    std::string_view name;          // the name users type in queries ("headline:") and JSON uses
    FieldKind kind;
    std::string_view prefix;        // Xapian term prefix
    std::optional<unsigned> slot;   // value slot holding the field for sorting/facets
    double weight;                  // BM25 multiplier when a query word matches this field
    bool default_search;            // searched by words with no field: prefix
    // Adjacent words also indexed as one term under this prefix, so a two-word phrase in the field
    // (byline:"Hu Haiyan") reads one posting list instead of checking positions. Empty: none.
    std::string_view pair_prefix = {};
    // Identifies a text field inside the wdfs of its terms and its average length (length_norm.hpp).
    unsigned norm_slot = 0;
    // The field's words are also words of the article text (the body's terms), as their own lane:
    // plain words are ranked by BM25F over the article's headline and body from one posting list.
    bool in_article_text = false;
};

// Extra prefixes of the date field: one term per day, month and year lets a date
// range become a small OR of terms instead of a scan over values.
inline constexpr std::string_view kDayPrefix = "D";    // D20100326
inline constexpr std::string_view kMonthPrefix = "M";  // M201003
inline constexpr std::string_view kYearPrefix = "Y";   // Y2010

// Each text field's length in words is the wdf of one term per article (terms.hpp: length_term),
// so that Xapian's collection frequency of it gives the field's average length.
inline constexpr std::string_view kLengthPrefix = "XLEN";

std::span<const FieldSpec> schema_fields();
const FieldSpec& field_spec(FieldId id);
// The field users call `name`, or nullptr if there is none.
const FieldSpec* find_field(std::string_view name);

// Facets are counted over value slots; year and month are derived from the date slot.
struct FacetSpec {
    std::string_view name;  // "year", "month", "topic", "place", "source", "section", "byline"
    FieldId field;
};
std::span<const FacetSpec> facet_specs();
const FacetSpec* find_facet(std::string_view name);

// Value slots with several entries (byline, topic, place) join them with this separator.
inline constexpr char kListSeparator = '\x1f';

// Metadata keys stored in every morgue database.
inline constexpr std::string_view kMetaSchemaVersion = "morgue.schema_version";
inline constexpr std::string_view kMetaAnalyzer = "morgue.analyzer";
inline constexpr std::string_view kMetaLanguages = "morgue.languages";
// What a text term's wdf holds (length_norm.hpp): no tool should take it for a term frequency.
inline constexpr std::string_view kMetaWdfEncoding = "morgue.wdf_encoding";
inline constexpr std::string_view kWdfEncoding =
    "morgue-bm25f-1: field term = 1|slot:3|occurrences:20|norm:8; "
    "text word = 0|headline norm:8|headline occurrences:5|body occurrences:10|body norm:8";

}  // namespace morgue
