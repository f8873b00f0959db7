#pragma once

#include <morgue/index_run.hpp>
#include <morgue/read_problem.hpp>

#include <pybind11/pybind11.h>

#include <vector>

namespace morgue::python {

// What Indexer.index() returns: IndexSummary's counts under its own names (what morgue-index
// prints at the end of a run), and "problems", each ReadProblem as it was met (what morgue-index
// prints as "warning:" or "skipped:" lines).
pybind11::dict summary_dict(const IndexSummary& summary, const std::vector<ReadProblem>& problems);

}  // namespace morgue::python
