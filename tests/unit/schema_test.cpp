#include <morgue/schema.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <set>
#include <string>
#include <string_view>

namespace morgue {

TEST_CASE("schema: prefixes follow Xapian's conventions and never collide") {
    // The length terms are a prefix of their own, then a field name.
    std::set<std::string> prefixes{std::string(kDayPrefix), std::string(kMonthPrefix), std::string(kYearPrefix),
                                   std::string(kLengthPrefix)};
    std::size_t expected = prefixes.size();
    const auto add = [&](std::string_view name, std::string_view spelled) {
        const std::string prefix(spelled);
        for (char c : prefix) CHECK_MESSAGE(std::isupper(static_cast<unsigned char>(c)), name);
        // Multi-letter prefixes are X-prefixed user prefixes; single letters are Xapian's conventional ones.
        if (prefix.size() > 1) CHECK_MESSAGE(prefix[0] == 'X', name);
        prefixes.insert(prefix);
        ++expected;
    };
    for (const FieldSpec& field : schema_fields()) {
        if (field.kind == FieldKind::Date) continue;  // its terms use the D/M/Y prefixes above
        add(field.name, field.prefix);
        if (!field.pair_prefix.empty()) add(field.name, field.pair_prefix);
    }
    CHECK(prefixes.size() == expected);
    // No prefix may be a prefix of another multi-letter one followed by an uppercase letter (XS vs XSA...).
    for (const auto& a : prefixes)
        for (const auto& b : prefixes)
            if (a != b && !a.empty() && b.starts_with(a)) CHECK_MESSAGE(a.size() == 1, a << " is a prefix of " << b);
}

TEST_CASE("schema: value slots are unique and names resolve") {
    std::set<unsigned> slots;
    std::size_t with_slot = 0;
    for (const FieldSpec& field : schema_fields()) {
        CHECK(find_field(field.name) == &field);
        CHECK(&field_spec(field.id) == &field);
        if (field.slot) {
            slots.insert(*field.slot);
            ++with_slot;
        }
    }
    CHECK(slots.size() == with_slot);
    CHECK(find_field("writer") == nullptr);
    for (const FacetSpec& facet : facet_specs()) {
        CHECK(find_facet(facet.name) == &facet);
        CHECK(field_spec(facet.field).slot.has_value());
    }
}

TEST_CASE("schema: headlines outweigh bodies and bare words search both") {
    CHECK(field_spec(FieldId::Headline).weight > field_spec(FieldId::Body).weight);
    // Bare words search the article text: the body's terms, which hold the headline's words too.
    CHECK_FALSE(field_spec(FieldId::Headline).default_search);
    CHECK(field_spec(FieldId::Headline).in_article_text);
    CHECK(field_spec(FieldId::Body).default_search);
    std::set<unsigned> norm_slots;
    for (const FieldSpec& field : schema_fields())
        if (field.kind == FieldKind::Text) CHECK(norm_slots.insert(field.norm_slot).second);
    CHECK_FALSE(norm_slots.count(0));
    CHECK(*norm_slots.rbegin() < 8);  // three bits in a wdf
    CHECK_FALSE(field_spec(FieldId::Byline).default_search);
}

}  // namespace morgue
