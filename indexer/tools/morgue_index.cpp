// morgue-index: reads news articles into a morgue database.
#include <morgue/alternatives.hpp>
#include <morgue/cli.hpp>
#include <morgue/input_format.hpp>
#include <morgue/option_values.hpp>
#include <morgue/index_run.hpp>
#include <morgue/indexer.hpp>
#include <morgue/language.hpp>
#include <morgue/printable.hpp>

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>

namespace {

using namespace morgue;

const cli::OptionValues kOptionValues = {{"format", input_format_names()}, {"lang", language_names()}};

cxxopts::Options make_options() {
    cxxopts::Options options("morgue-index", "Index news articles into a morgue database.");
    options.positional_help("FILE_OR_FOLDER...");
    cli::add_database_option(options);
    options.add_options()
        ("format", "input format: " + alternatives(input_format_names()), cxxopts::value<std::string>()->default_value("auto"), "NAME")
        ("field-map", "CSV columns to read as fields, e.g. title=headline,story=body (fields: headline, body, date, byline, "
                      "source, section, id, dateline, lang, topics, ignore)", cxxopts::value<std::vector<std::string>>(), "COLUMN=FIELD,...")
        ("encoding", "charset of every input file (GB18030, Big5, Shift_JIS, KOI8-R, windows-1252, ...) instead of detecting it "
                     "per file", cxxopts::value<std::string>(), "NAME")
        ("v,verbose", "print each file's detected format and charset")
        ("lang", "language of every article that does not name one: an ISO 639 code or a name (de, deu, german, zh, none, ...); "
                 "without it each article's language is detected, english where unsure",
         cxxopts::value<std::string>(), "LANG")
        ("batch", "articles per commit", cxxopts::value<std::size_t>()->default_value("10000"), "N")
        ("threads", "threads analyzing articles (0 = one per core)", cxxopts::value<unsigned>()->default_value("0"), "N")
        ("delete", "delete the article with this id (repeatable)", cxxopts::value<std::vector<std::string>>(), "ID")
        ("bulk", "load a new database fast: write shards on every core and merge them at the end "
                 "(nothing is kept if interrupted; refuses a database that holds articles)")
        ("top-lists", "rebuild the precomputed best matches of frequent words, even with nothing to index (every run that changes "
                      "the database rebuilds them)")
        ("shard-by", "write an archive of several databases: --db names its collection file, the shards go in the folder "
                     "DB.shards/, an article in the shard of its year or month, or N articles a shard (later runs add "
                     "to it the same way; morgue-search --db DB searches them all)",
         cxxopts::value<std::string>(), "year|month|size:N")
        ("wait", "wait for another indexer holding the database instead of failing")
        ("q,quiet", "print only errors")
        ("inputs", "files or folders to index", cxxopts::value<std::vector<std::string>>());
    cli::add_list_values_option(options, kOptionValues);
    cli::add_standard_options(options);
    options.parse_positional({"inputs"});
    return options;
}

const cli::ExitCodeMeanings kExitCodes = {
    {cli::kExitOk, "every input was indexed (repairs were warned about)"},
    {cli::kExitPartial, "some input was rejected (each named on stderr); everything else is indexed"},
    {cli::kExitUsage, "bad option"},
    {cli::kExitFailure,
     "failed: the database could not be opened (missing, damaged, or written by an incompatible morgue), "
     "was locked by another indexer, or could not be written"},
};

void print_progress(const IndexProgress& p) {
    const double rate = p.seconds > 0 ? static_cast<double>(p.articles) / p.seconds : 0;
    std::fprintf(stderr, "\r%10llu articles  %8.0f articles/s", static_cast<unsigned long long>(p.articles), rate);
    if (p.bytes_done > 0 && p.bytes_total > p.bytes_done) {
        const double eta = p.seconds * static_cast<double>(p.bytes_total - p.bytes_done) / static_cast<double>(p.bytes_done);
        std::fprintf(stderr, "  ETA %3d:%02d", static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    }
    std::fflush(stderr);
}

void print_summary(const IndexSummary& s, std::uint64_t total_documents) {
    const double rate = s.seconds > 0 ? static_cast<double>(s.added + s.replaced) / s.seconds : 0;
    std::cerr << "indexed " << s.added + s.replaced << " articles (" << s.added << " new, " << s.replaced
              << " replaced) from " << s.files << " files in " << s.seconds << " s (" << static_cast<long>(rate)
              << " articles/s); skipped " << s.skipped_articles << " articles and " << s.skipped_files << " files";
    if (s.without_text) std::cerr << "; " << s.without_text << " articles without text";
    if (s.repairs) std::cerr << "; repaired " << s.repairs << " inputs";
    std::cerr << "; the database holds " << total_documents << " articles\n";
    if (!s.languages.empty()) {
        std::cerr << "languages:";
        for (const auto& [language, count] : s.languages) std::cerr << ' ' << language << ' ' << count;
        std::cerr << '\n';
    }
    for (const auto& [reason, count] : s.skip_reasons)
        std::cerr << "  skipped " << count << " x " << printable(reason) << '\n';
    for (const auto* counts : {&s.formats, &s.encodings}) {
        if (counts->empty()) continue;
        std::cerr << (counts == &s.formats ? "  files by format:" : "  files by charset:");
        for (const auto& [name, count] : *counts) std::cerr << ' ' << name << ' ' << count;
        std::cerr << '\n';
    }
}

// Commits, and precomputes the best matches of frequent words for fast one-word searches.
void build_top_lists(Indexer& indexer, bool quiet) {
    const auto start = std::chrono::steady_clock::now();
    const std::size_t words = indexer.build_top_lists();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet) std::cerr << "precomputed the best matches of " << words << " frequent words in " << seconds << " s\n";
}

int run(int argc, char** argv) {
    auto options = make_options();
    const auto args = options.parse(argc, argv);
    if (cli::handle_standard_options(options, args, kExitCodes)) return cli::kExitOk;
    if (cli::handle_list_values(args, kOptionValues)) return cli::kExitOk;
    const bool quiet = args.count("quiet") > 0;

    IndexerOptions indexer_options;
    indexer_options.database = cli::database_path(args);
    if (args.count("lang")) {  // given: forces the language, so nothing is detected
        indexer_options.language = args["lang"].as<std::string>();
        if (find_language(indexer_options.language) == nullptr)
            throw cli::UsageError("unknown language '" + indexer_options.language + "' for --lang: give " +
                                  accepted_language_forms());
        indexer_options.detect_language = false;
    }
    indexer_options.batch_size = std::max<std::size_t>(1, args["batch"].as<std::size_t>());
    indexer_options.wait_for_lock = args.count("wait") > 0;
    indexer_options.threads = args["threads"].as<unsigned>();
    indexer_options.bulk = args.count("bulk") > 0;
    if (args.count("shard-by")) {
        indexer_options.shard_by = args["shard-by"].as<std::string>();
        if (indexer_options.bulk) throw cli::UsageError("--bulk writes one database: not with --shard-by");
        try {
            check_shard_scheme(indexer_options.shard_by);
        } catch (const Error& e) {
            throw cli::UsageError(e.what());
        }
    }
    IndexRunOptions run_options;
    run_options.format = parse_input_format(args["format"].as<std::string>());
    if (args.count("field-map")) run_options.field_map = args["field-map"].as<std::vector<std::string>>();
    try {
        check_field_map(run_options.field_map);
    } catch (const Error& e) {
        throw cli::UsageError(e.what());
    }
    if (args.count("encoding")) run_options.encoding = args["encoding"].as<std::string>();

    const auto deletes = args.count("delete") ? args["delete"].as<std::vector<std::string>>() : std::vector<std::string>{};
    std::vector<std::filesystem::path> inputs;
    if (args.count("inputs"))
        for (const auto& input : args["inputs"].as<std::vector<std::string>>()) inputs.emplace_back(input);
    const bool top_lists_only = args.count("top-lists") > 0;
    if (inputs.empty() && deletes.empty() && !top_lists_only)
        throw cli::UsageError("nothing to do: name files or folders to index, --delete ID, or --top-lists");
    if (indexer_options.bulk && !deletes.empty()) throw cli::UsageError("--bulk only adds articles; --delete without it");

    Indexer indexer(indexer_options);
    int exit_code = cli::kExitOk;
    for (const auto& id : deletes) {
        if (indexer.remove(id)) {
            if (!quiet) std::cerr << "deleted article " << printable(id) << '\n';
        } else {
            std::cerr << "morgue-index: no article with id " << printable(id) << " to delete\n";
            exit_code = cli::kExitPartial;
        }
    }
    if (inputs.empty()) {
        if (!deletes.empty() || top_lists_only) build_top_lists(indexer, quiet);
        return exit_code;
    }

    const bool progress = !quiet && isatty(STDERR_FILENO);
    run_options.on_problem = [&](const ReadProblem& problem) {
        if (quiet && problem.severity == ReadProblem::Severity::Repaired) return;
        if (progress) std::cerr << "\r\033[K";
        const char* kind = problem.severity == ReadProblem::Severity::Repaired ? "warning" : "skipped";
        std::cerr << "morgue-index: " << kind << ": " << printable(problem.to_string()) << '\n';
    };
    if (progress) run_options.on_progress = print_progress;
    if (args.count("verbose") && !quiet)
        run_options.on_file = [&](const InputFileInfo& file) {
            if (progress) std::cerr << "\r\033[K";
            std::cerr << "morgue-index: " << file.path << ": " << file.format << ", " << file.encoding
                      << (file.compression.empty() ? "" : ", " + file.compression) << '\n';
        };

    const IndexSummary summary = index_inputs(indexer, inputs, run_options);
    if (progress) std::cerr << "\r\033[K";
    if (!quiet) print_summary(summary, indexer.document_count());
    if (summary.added + summary.replaced > 0 || top_lists_only) build_top_lists(indexer, quiet);
    return summary.all_indexed() ? exit_code : cli::kExitPartial;
}

}  // namespace

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) a write should fail with EFBIG and be reported like a full
    // disk, not kill the process halfway through a commit.
    std::signal(SIGXFSZ, SIG_IGN);
    return morgue::cli::run_main("morgue-index", [&] { return run(argc, argv); });
}
