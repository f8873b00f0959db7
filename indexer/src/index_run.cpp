#include "input_file.hpp"
#include "readers/read_articles.hpp"

#include <morgue/error.hpp>
#include <morgue/index_run.hpp>
#include <morgue/language.hpp>

#include <algorithm>
#include <chrono>
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

class Run {
public:
    Run(Indexer& indexer, const IndexRunOptions& options)
        : indexer_(indexer), options_(options), counts_before_(indexer.counts()) {}

    IndexSummary run(const std::vector<std::filesystem::path>& inputs) {
        const auto files = collect_input_files(inputs, [this](const ReadProblem& p) { report(p); });
        for (const auto& file : files) {
            std::error_code ec;
            const auto size = std::filesystem::file_size(file, ec);
            progress_.bytes_total += ec ? 0 : size;
        }
        for (const auto& file : files) {
            read_file(file);
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
    void read_file(const std::filesystem::path& file) {
        ++summary_.files;
        LoadedInput input;
        try {
            input = load_input(file);
        } catch (const InputError& e) {
            // The message names the file for callers of load_input; the problem names it already.
            std::string_view reason = e.what();
            if (const std::string prefix = file.string() + ": "; reason.starts_with(prefix)) reason.remove_prefix(prefix.size());
            report({file.string(), 0, 0, std::string(reason), ReadProblem::Severity::FileSkipped});
            return;
        }
        for (auto& problem : input.problems) report(problem);
        std::uint64_t articles_in_file = 0, problems_in_file = 0;
        readers::ReadCallbacks callbacks{
            [&](Article&& article, std::size_t line) {
                ++articles_in_file;
                add(input.source, std::move(article), line);
            },
            [&](ReadProblem&& problem) {
                ++problems_in_file;
                report(problem);
            },
        };
        readers::read_articles(input.source, options_.format, callbacks);
        if (articles_in_file == 0 && problems_in_file == 0)
            report({file.string(), 0, 0,
                    "no articles found (read as " +
                        std::string(input_format_name(options_.format == InputFormat::Auto
                                                          ? detect_input_format(file, std::string_view(input.source.text).substr(0, 4096))
                                                          : options_.format)) +
                        "; use --format to choose another format)",
                    ReadProblem::Severity::FileSkipped});
    }

    void add(const readers::SourceText& source, Article&& article, std::size_t line) {
        const std::string id = article.id;  // the article itself moves into the indexer
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

    Indexer& indexer_;
    const IndexRunOptions& options_;
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

IndexSummary index_inputs(Indexer& indexer, const std::vector<std::filesystem::path>& inputs,
                          const IndexRunOptions& options) {
    return Run(indexer, options).run(inputs);
}

}  // namespace morgue
