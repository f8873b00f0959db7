#include "task_files.hpp"

#include "text_lines.hpp"

#include <morgue/article.hpp>
#include <morgue/article_json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace morgue::quality {
namespace {

std::ofstream open_for_writing(const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return out;
}

void close_written(std::ofstream& out, const std::filesystem::path& file) {
    out.close();
    if (!out) throw std::runtime_error("writing " + file.string() + " failed (disk full?)");
}

std::vector<std::string> fields_of(const std::string& line, char separator) {
    std::vector<std::string> fields;
    if (separator == ' ') {
        std::istringstream in(line);
        for (std::string field; in >> field;) fields.push_back(field);
        return fields;
    }
    std::size_t start = 0;
    for (std::size_t end; (end = line.find(separator, start)) != std::string::npos; start = end + 1)
        fields.push_back(line.substr(start, end - start));
    fields.push_back(line.substr(start));
    return fields;
}

[[noreturn]] void malformed(const std::filesystem::path& file, std::size_t line, const std::string& what) {
    throw std::runtime_error(file.string() + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

const char* task_kind_name(TaskKind kind) { return kind == TaskKind::Judged ? "judged" : "known-item"; }

void write_documents_jsonl(const std::filesystem::path& file, const std::vector<Document>& documents) {
    auto out = open_for_writing(file);
    for (const auto& document : documents) {
        Article article;
        article.id = document.id;
        article.headline = document.headline;
        article.body = document.body;
        out << to_json_line(article) << '\n';
    }
    close_written(out, file);
}

void write_queries(const std::filesystem::path& file, const std::vector<Query>& queries) {
    auto out = open_for_writing(file);
    for (const auto& query : queries) out << query.id << '\t' << query.text << '\n';
    close_written(out, file);
}

void write_qrels(const std::filesystem::path& file, const Qrels& qrels) {
    auto out = open_for_writing(file);
    for (const auto& [query, documents] : qrels)
        for (const auto& [document, grade] : documents) out << query << " 0 " << document << ' ' << grade << '\n';
    close_written(out, file);
}

void write_run(const std::filesystem::path& file, const std::string& engine,
               const std::vector<std::pair<std::string, Ranking>>& rankings) {
    auto out = open_for_writing(file);
    for (const auto& [query, ranking] : rankings)
        for (std::size_t i = 0; i < ranking.size(); ++i)
            // The score column only orders ties in other tools; ranks are what is evaluated.
            out << query << " Q0 " << ranking[i] << ' ' << i + 1 << ' ' << ranking.size() - i << ' ' << engine << '\n';
    close_written(out, file);
}

void write_tasks(const std::filesystem::path& file, const std::vector<TaskEntry>& tasks) {
    auto out = open_for_writing(file);
    for (const auto& task : tasks)
        out << task.name << '\t' << task_kind_name(task.kind) << '\t' << task.docs << '\t' << task.depth << '\n';
    close_written(out, file);
}

Qrels read_qrels(const std::filesystem::path& file) {
    Qrels qrels;
    const auto lines = read_lines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto fields = fields_of(lines[i], ' ');
        if (fields.empty()) continue;
        if (fields.size() != 4) malformed(file, i + 1, "expected 'query 0 doc grade'");
        const int grade = std::stoi(fields[3]);
        if (grade > 0) qrels[fields[0]][fields[2]] = grade;
    }
    return qrels;
}

Run read_run(const std::filesystem::path& file) {
    std::map<std::string, std::vector<std::pair<std::size_t, std::string>>> ranked;
    const auto lines = read_lines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto fields = fields_of(lines[i], ' ');
        if (fields.empty()) continue;
        if (fields.size() != 6) malformed(file, i + 1, "expected 'query Q0 doc rank score engine'");
        ranked[fields[0]].emplace_back(std::stoul(fields[3]), fields[2]);
    }
    Run run;
    for (auto& [query, entries] : ranked) {
        std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& entry : entries) run[query].push_back(std::move(entry.second));
    }
    return run;
}

std::vector<TaskEntry> read_tasks(const std::filesystem::path& file) {
    std::vector<TaskEntry> tasks;
    const auto lines = read_lines(file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].empty()) continue;
        const auto fields = fields_of(lines[i], '\t');
        if (fields.size() != 4 || (fields[1] != "judged" && fields[1] != "known-item"))
            malformed(file, i + 1, "expected 'name<TAB>judged|known-item<TAB>docs<TAB>depth'");
        tasks.push_back({fields[0], fields[1] == "judged" ? TaskKind::Judged : TaskKind::KnownItem, fields[2],
                         std::stoul(fields[3])});
    }
    return tasks;
}

}  // namespace morgue::quality
