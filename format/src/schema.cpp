#include <morgue/schema.hpp>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace morgue {
namespace {

// Headline matches weigh most: a story is most likely about what its headline says. A plain word
// is searched in the article text (the body's terms), which holds the headline's words too, so
// that BM25F weighs the two fields before one saturation; headline: searches the headline alone.
// Prefixes follow Xapian's conventions (S title, A author, Q unique id, X... our own).
constexpr std::array kFields{
    FieldSpec{FieldId::Id, "id", FieldKind::Id, "Q", std::nullopt, 0.0, false},
    FieldSpec{FieldId::Headline, "headline", FieldKind::Text, "S", std::nullopt, 3.0, false, {}, 1, true},
    FieldSpec{FieldId::Byline, "byline", FieldKind::Text, "A", 1u, 1.0, false, "XAP", 2},
    FieldSpec{FieldId::Source, "source", FieldKind::Text, "XS", 2u, 1.0, false, {}, 3},
    FieldSpec{FieldId::Date, "date", FieldKind::Date, "", 0u, 0.0, false},
    FieldSpec{FieldId::Dateline, "dateline", FieldKind::Text, "XD", std::nullopt, 1.0, false, {}, 4},
    FieldSpec{FieldId::Section, "section", FieldKind::Text, "XC", 3u, 1.0, false, {}, 5},
    FieldSpec{FieldId::Body, "body", FieldKind::Text, "", std::nullopt, 1.0, true, {}, 6},
    FieldSpec{FieldId::Topic, "topic", FieldKind::Keyword, "XT", 4u, 0.0, false},
    FieldSpec{FieldId::Place, "place", FieldKind::Keyword, "XP", 5u, 0.0, false},
    FieldSpec{FieldId::Language, "lang", FieldKind::Keyword, "L", std::nullopt, 0.0, false},
};

constexpr std::array kFacets{
    FacetSpec{"year", FieldId::Date},     FacetSpec{"month", FieldId::Date},
    FacetSpec{"topic", FieldId::Topic},   FacetSpec{"place", FieldId::Place},
    FacetSpec{"source", FieldId::Source}, FacetSpec{"section", FieldId::Section},
    FacetSpec{"byline", FieldId::Byline},
};

}  // namespace

std::span<const FieldSpec> schema_fields() { return kFields; }

const FieldSpec& field_spec(FieldId id) {
    auto it = std::find_if(kFields.begin(), kFields.end(), [id](const FieldSpec& f) { return f.id == id; });
    if (it == kFields.end()) throw std::logic_error("field missing from schema");
    return *it;
}

const FieldSpec* find_field(std::string_view name) {
    auto it = std::find_if(kFields.begin(), kFields.end(), [name](const FieldSpec& f) { return f.name == name; });
    return it == kFields.end() ? nullptr : &*it;
}

std::span<const FacetSpec> facet_specs() { return kFacets; }

const FacetSpec* find_facet(std::string_view name) {
    auto it = std::find_if(kFacets.begin(), kFacets.end(), [name](const FacetSpec& f) { return f.name == name; });
    return it == kFacets.end() ? nullptr : &*it;
}

}  // namespace morgue
