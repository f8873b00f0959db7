#include <morgue/database_metadata.hpp>

#include <morgue/analyzer.hpp>
#include <morgue/error.hpp>
#include <morgue/schema.hpp>

#include <sstream>

namespace morgue {

void check_database_metadata(const Xapian::Database& db, const std::string& path) {
    const std::string version = db.get_metadata(std::string(kMetaSchemaVersion));
    if (version.empty()) {
        if (db.get_doccount() == 0) return;
        throw DatabaseError(path + " is a Xapian database but not a morgue one (no schema version)");
    }
    if (version != std::to_string(kSchemaVersion))
        throw DatabaseError(path + " was written with morgue schema version " + version + "; this morgue uses version " +
                            std::to_string(kSchemaVersion) + ": index the articles again into a new database");
    const std::string analyzer = db.get_metadata(std::string(kMetaAnalyzer));
    if (analyzer != Analyzer::description())
        throw DatabaseError(path + " was analyzed with \"" + analyzer + "\" but this morgue analyzes with \"" +
                            Analyzer::description() + "\": index the articles again into a new database");
}

void stamp_database_metadata(Xapian::WritableDatabase& db) {
    db.set_metadata(std::string(kMetaSchemaVersion), std::to_string(kSchemaVersion));
    db.set_metadata(std::string(kMetaAnalyzer), Analyzer::description());
    db.set_metadata(std::string(kMetaWdfEncoding), std::string(kWdfEncoding));
}

std::set<std::string> stored_languages(const Xapian::Database& db) {
    std::set<std::string> languages;
    std::istringstream in(db.get_metadata(std::string(kMetaLanguages)));
    for (std::string language; in >> language;) languages.insert(language);
    return languages;
}

void store_languages(Xapian::WritableDatabase& db, const std::set<std::string>& languages) {
    std::string joined;
    for (const auto& language : languages) joined += (joined.empty() ? "" : " ") + language;
    db.set_metadata(std::string(kMetaLanguages), joined);
}

}  // namespace morgue
