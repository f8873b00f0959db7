#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace morgue {

// The one place that says how each article field is stored in Xapian.
// Prefixes and value slots are part of the on-disk format: changing one requires
// bumping kSchemaVersion, and databases written with another version are refused.
inline constexpr int kSchemaVersion = 2;  // 2: text wdfs carry the length norm (length_norm.hpp)

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
};

// Extra prefixes of the date field: one term per day, month and year lets a date
// range become a small OR of terms instead of a scan over values.
inline constexpr std::string_view kDayPrefix = "D";    // D20100326
inline constexpr std::string_view kMonthPrefix = "M";  // M201003
inline constexpr std::string_view kYearPrefix = "Y";   // Y2010

// One term per article whose wdf pads Xapian's document length to a fixed multiple of the
// article's length in words (see length_norm.hpp).
inline constexpr std::string_view kLengthTerm = "XLENGTH";

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

}  // namespace morgue
