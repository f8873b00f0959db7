#include "charset_decoder.hpp"
#include "input_file.hpp"
#include "readers/read_articles.hpp"

#include <morgue/error.hpp>
#include <morgue/index_run.hpp>
#include <morgue/language.hpp>

#include <algorithm>
#include <chrono>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace morgue {
namespace {

constexpr std::uint64_t kProgressEvery = 1000;

bool is_hidden(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    return !name.empty() && name[0] == '.';
}

// Corpus folders often carry their own documentation (Reuters-21578 has README.txt and lewis.dtd);
// it is not an article. Files named explicitly on the command line are always read.
bool is_documentation(const std::filesystem::path& path) {
    const std::string name = path.filename().string();
    const std::string ext = path.extension().string();
    for (std::string_view prefix : {"README", "LICENSE", "COPYING", "NOTICE"})
        if (name.starts_with(prefix)) return true;
    return ext == ".md" || ext == ".dtd";
}

void add_folder(const std::filesystem::path& folder, std::vector<std::filesystem::path>& files,
                const std::function<void(const ReadProblem&)>& on_problem) {
    std::error_code ec;
    std::filesystem::recursive_directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (is_hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code entry_ec;
        const bool regular = it->is_regular_file(entry_ec);
        if (entry_ec && on_problem)  // e.g. a symlink loop
            on_problem({it->path().string(), 0, 0, "cannot read: " + entry_ec.message(), ReadProblem::Severity::FileSkipped});
        else if (regular && !is_documentation(it->path()))
            files.push_back(it->path());
    }
    if (ec && on_problem)
        on_problem({folder.string(), 0, 0, "cannot list folder: " + ec.message(), ReadProblem::Severity::FileSkipped});
}

// The byte offset where a 1-based line starts, for problems the run itself finds in an article.
// Lines are asked for in increasing order, so each file is scanned once, not once per problem.
class LineOffsets {
public:
    explicit LineOffsets(std::string_view text) : text_(text) {}

    std::size_t start_of(std::size_t line) {
        if (line < line_) {  // asked again for an earlier line: start over
            line_ = 1;
            offset_ = 0;
        }
        while (line_ < line && offset_ < text_.size()) {
            const std::size_t newline = text_.find('\n', offset_);
            if (newline == std::string_view::npos) break;
            offset_ = newline + 1;
            ++line_;
        }
        return offset_;
    }

private:
    std::string_view text_;
    std::size_t line_ = 1;
    std::size_t offset_ = 0;
};

class Run {
public:
    Run(Indexer& indexer, const IndexRunOptions& options)
        : indexer_(indexer),
          options_(options),
          read_options_{readers::csv::parse_field_map(options.field_map)},
          counts_before_(indexer.counts()) {
        if (!options.encoding.empty()) input_options_.charset = canonical_charset_name(options.encoding);
    }

    IndexSummary run(const std::vector<std::filesystem::path>& inputs) {
        std::vector<std::pair<std::filesystem::path, std::string>> files;  // and its id base
        for (const auto& input : inputs)
            for (auto& file : collect_input_files({input}, [this](const ReadProblem& p) { report(p); })) {
                std::string id_base = readers::input_id_base(input, file);
                files.emplace_back(std::move(file), std::move(id_base));
            }
        for (const auto& [file, id_base] : files) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(file, ec);
            progress_.bytes_total += ec ? 0 : size;
        }
        for (const auto& [file, id_base] : files) {
            read_file(file, id_base);
            std::error_code ec;
            const auto size = std::filesystem::file_size(file, ec);
            progress_.bytes_done += ec ? 0 : size;
            show_progress();
        }
        indexer_.commit();
        const IndexerCounts counts = indexer_.counts();
        summary_.added = counts.added - counts_before_.added;
        summary_.replaced = counts.replaced - counts_before_.replaced;
        summary_.input_bytes = progress_.bytes_total;
        summary_.seconds = elapsed();
        return summary_;
    }

private:
    void read_file(const std::filesystem::path& file, const std::string& id_base) {
        ++summary_.files;
        LoadedInput input;
        try {
            input = load_input(file, input_options_);
        } catch (const InputError& e) {
            // The message names the file for callers of load_input; the problem names it already.
            std::string_view reason = e.what();
            if (const std::string prefix = file.string() + ": "; reason.starts_with(prefix)) reason.remove_prefix(prefix.size());
            report({file.string(), 0, 0, std::string(reason), ReadProblem::Severity::FileSkipped});
            return;
        }
        input.source.id_base = id_base;
        for (auto& problem : input.problems) report(problem);
        InputFormat format = options_.format;
        if (format == InputFormat::Auto) {
            const std::string_view head = std::string_view(input.source.text).substr(0, kFormatSniffBytes);
            format = detect_input_format(file, head);
            if (format == InputFormat::Auto) {
                report({file.string(), 0, 0, describe_unrecognised_input(head), ReadProblem::Severity::FileSkipped});
                return;
            }
        }
        ++summary_.formats[std::string(input_format_name(format))];
        ++summary_.encodings[input.charset];
        if (options_.on_file) options_.on_file({file.string(), input_format_name(format), input.charset, input.compression});
        std::uint64_t articles_in_file = 0, problems_in_file = 0;
        LineOffsets line_offsets(input.source.text);
        readers::ReadCallbacks callbacks{
            [&](Article&& article, std::size_t line) {
                ++articles_in_file;
                add(input.source, std::move(article), line, line_offsets);
            },
            [&](ReadProblem&& problem) {
                ++problems_in_file;
                report(problem);
            },
        };
        readers::read_articles(input.source, format, callbacks, read_options_);
        if (articles_in_file == 0 && problems_in_file == 0)
            report({file.string(), 0, 0,
                    "no articles found (read as " + std::string(input_format_name(format)) + "; use --format to choose another format)",
                    ReadProblem::Severity::FileSkipped});
    }

    void add(const readers::SourceText& source, Article&& article, std::size_t line, LineOffsets& line_offsets) {
        const std::string id = article.id;  // the article itself moves into the indexer
        if (!id.empty() && !first_of_id(source, id, line, line_offsets)) return;
        if (article.headline.empty() && article.body.empty()) {
            // Still indexed: its id, date and other fields find it. Counted apart, not as a repair.
            ++summary_.without_text;
            if (options_.on_problem)
                options_.on_problem({source.path, line, line_offsets.start_of(line),
                                     "article " + (id.empty() ? std::string("without id") : id) +
                                         " has no text (no headline and no body): indexed by its other fields only",
                                     ReadProblem::Severity::Repaired});
        }
        // An unknown language is not a reason to lose the article: it is analyzed in the detected one.
        std::string unknown_language;
        if (!article.language.empty() && find_language(article.language) == nullptr)
            unknown_language = std::exchange(article.language, {});
        try {
            const std::string language = indexer_.add(std::move(article));
            ++summary_.languages[language];
            if (!unknown_language.empty())
                report({source.path, line, 0,
                        "article " + (id.empty() ? std::string("without id") : id) + ": unknown language '" +
                            unknown_language + "' (not an ISO 639 code or language name): indexed as " + language,
                        ReadProblem::Severity::Repaired});
        } catch (const DatabaseError&) {
            throw;
        } catch (const IndexingError&) {
            throw;
        } catch (const Error& e) {
            report({source.path, line, 0, "article " + (id.empty() ? std::string("without id") : id) + " skipped: " + e.what(),
                    ReadProblem::Severity::ArticleSkipped});
        }
        if (++progress_.articles % kProgressEvery == 0) show_progress();
    }

    // True for the first article of the run with this id; a later one from another place is a
    // reported problem naming both places, and skipped: only an earlier run's version is replaced.
    bool first_of_id(const readers::SourceText& source, const std::string& id, std::size_t line,
                     LineOffsets& line_offsets) {
        if (source_paths_.empty() || source_paths_.back() != source.path) source_paths_.push_back(source.path);
        const auto [first, inserted] = first_places_.try_emplace(id, Place{source_paths_.size() - 1, line});
        if (inserted) return true;
        const std::string& first_path = source_paths_[first->second.path];
        const std::string first_place =
            first->second.line > 0 ? first_path + ":" + std::to_string(first->second.line) : first_path;
        report({source.path, line, line_offsets.start_of(line),
                "article " + id + " skipped: the same id as the article at " + first_place +
                    ", which is kept (ids must be unique in a database)",
                ReadProblem::Severity::ArticleSkipped});
        return false;
    }

    void report(const ReadProblem& problem) {
        switch (problem.severity) {
            case ReadProblem::Severity::Repaired: ++summary_.repairs; break;
            case ReadProblem::Severity::ArticleSkipped:
                ++summary_.skipped_articles;
                ++summary_.skip_reasons[problem.reason];
                break;
            case ReadProblem::Severity::FileSkipped:
                ++summary_.skipped_files;
                ++summary_.skip_reasons[problem.reason];
                break;
        }
        if (options_.on_problem) options_.on_problem(problem);
    }

    void show_progress() {
        progress_.seconds = elapsed();
        if (options_.on_progress) options_.on_progress(progress_);
    }

    double elapsed() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

    struct Place {
        std::size_t path;  // into source_paths_: one copy of each file's path, not one per article
        std::size_t line;
    };

    Indexer& indexer_;
    const IndexRunOptions& options_;
    readers::ReadOptions read_options_;
    InputOptions input_options_;
    std::vector<std::string> source_paths_;
    std::unordered_map<std::string, Place> first_places_;  // of every id met in this run
    const IndexerCounts counts_before_;
    IndexSummary summary_;
    IndexProgress progress_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

std::vector<std::filesystem::path> collect_input_files(const std::vector<std::filesystem::path>& inputs,
                                                       const std::function<void(const ReadProblem&)>& on_problem) {
    std::vector<std::filesystem::path> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            std::vector<std::filesystem::path> found;
            add_folder(input, found, on_problem);
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::exists(input, ec)) {
            files.push_back(input);
        } else if (on_problem) {
            on_problem({input.string(), 0, 0, "no such file or folder", ReadProblem::Severity::FileSkipped});
        }
    }
    return files;
}

void check_field_map(const std::vector<std::string>& entries) { readers::csv::parse_field_map(entries); }

IndexSummary index_inputs(Indexer& indexer, const std::vector<std::filesystem::path>& inputs,
                          const IndexRunOptions& options) {
    return Run(indexer, options).run(inputs);
}

}  // namespace morgue
