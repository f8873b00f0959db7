#include "index_summary.hpp"

#include <pybind11/stl.h>

namespace py = pybind11;
using namespace pybind11::literals;

namespace morgue::python {
namespace {

const char* severity_name(ReadProblem::Severity severity) {
    switch (severity) {
        case ReadProblem::Severity::Repaired: return "repaired";
        case ReadProblem::Severity::ArticleSkipped: return "article_skipped";
        case ReadProblem::Severity::FileSkipped: return "file_skipped";
    }
    return "unknown";
}

py::list problem_list(const std::vector<ReadProblem>& problems) {
    py::list list;
    for (const ReadProblem& p : problems)
        list.append(py::dict("path"_a = p.path, "line"_a = p.line, "byte_offset"_a = p.byte_offset,
                             "reason"_a = p.reason, "severity"_a = severity_name(p.severity),
                             "message"_a = p.to_string()));
    return list;
}

}  // namespace

py::dict summary_dict(const IndexSummary& s, const std::vector<ReadProblem>& problems) {
    return py::dict("files"_a = s.files, "added"_a = s.added, "replaced"_a = s.replaced,
                    "skipped_articles"_a = s.skipped_articles, "skipped_files"_a = s.skipped_files,
                    "without_text"_a = s.without_text, "repairs"_a = s.repairs, "skip_reasons"_a = s.skip_reasons,
                    "formats"_a = s.formats, "encodings"_a = s.encodings, "languages"_a = s.languages,
                    "input_bytes"_a = s.input_bytes, "seconds"_a = s.seconds, "all_indexed"_a = s.all_indexed(),
                    "problems"_a = problem_list(problems));
}

}  // namespace morgue::python
