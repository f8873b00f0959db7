// libFuzzer target: the query language. Any text either is a QueryError or parses into a query
// that Xapian runs without error on a small database (a query Xapian rejects at search time
// would reach the user as "cannot search database").
#include "fuzz_support.hpp"
#include "query_parser.hpp"
#include "snippet.hpp"

#include <morgue/error.hpp>
#include <morgue/terms.hpp>

#include <xapian.h>

namespace {

struct Fixture {
    morgue::Analyzer analyzer;
    Xapian::WritableDatabase db{std::string(), Xapian::DB_BACKEND_INMEMORY};

    Fixture() {
        const char* bodies[] = {"Oil prices rose in Houston on Monday", "Grain exports from Canada fell",
                                "The central bank cut interest rates"};
        for (const char* body : bodies) {
            Xapian::Document doc;
            Xapian::TermGenerator generator;
            generator.set_document(doc);
            generator.index_text(body);
            db.add_document(doc);
        }
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Fixture fixture;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const morgue::QueryContext context{fixture.analyzer, {"english", "french"},
                                       morgue::DateTime{1987, 2, 26}, morgue::DateTime{2010, 3, 26}};
    morgue::ParsedQuery parsed;
    try {
        parsed = morgue::parse_query(text, context);
    } catch (const morgue::QueryError&) {
        return 0;
    }
    Xapian::Enquire enquire(fixture.db);
    enquire.set_query(parsed.query);
    enquire.get_mset(0, 10);  // a Xapian::Error escapes and is reported as a crash
    if (morgue::fuzz::is_valid_utf8(text)) {
        morgue::make_snippet(fixture.analyzer, text, "english", parsed.highlight_stems);
    }
    return 0;
}
