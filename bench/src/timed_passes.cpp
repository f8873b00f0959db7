#include "timed_passes.hpp"

#include "latency_stats.hpp"
#include "stopwatch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <random>
#include <thread>

namespace morgue::bench {
namespace {

struct PassState {
    std::vector<double> latencies;
    double busy_seconds = 0;
    std::size_t errors = 0;
};

// Runs each query once while the deadline allows; false if the deadline cut the pass short.
bool run_pass(Engine& engine, const std::vector<const BenchQuery*>& queries, const Stopwatch& clock,
              double deadline, PassState* timed) {
    for (const auto* query : queries) {
        if (clock.seconds() >= deadline) return false;
        const Stopwatch watch;
        try {
            engine.run(*query);
        } catch (const std::exception&) {
            if (timed) ++timed->errors;
            continue;
        }
        if (timed) {
            timed->latencies.push_back(watch.microseconds());
            timed->busy_seconds += watch.seconds();
        }
    }
    return true;
}

std::vector<const BenchQuery*> supported(Engine& engine, const std::vector<BenchQuery>& queries) {
    std::vector<const BenchQuery*> out;
    for (const auto& q : queries)
        if (engine.supports(q)) out.push_back(&q);
    return out;
}

}  // namespace

nlohmann::json time_class(Engine& engine, const std::vector<BenchQuery>& queries, const PassLimits& limits) {
    const auto chosen = supported(engine, queries);
    PassState state;
    const Stopwatch clock;
    run_pass(engine, chosen, clock, limits.seconds, nullptr);  // warm-up
    const Stopwatch timed_clock;
    std::size_t passes = 0;
    bool complete = true;
    while (passes < limits.passes && timed_clock.seconds() < limits.seconds) {
        complete = run_pass(engine, chosen, timed_clock, limits.seconds, &state);
        if (complete) ++passes;
    }
    if (state.latencies.empty() && !chosen.empty()) {  // one slow pass used the whole budget: time one more
        complete = run_pass(engine, chosen, Stopwatch(), limits.seconds, &state);
        passes = complete ? 1 : 0;
    }
    auto result = latency_summary(state.latencies, state.busy_seconds);
    result["queries"] = queries.size();
    result["supported"] = chosen.size();
    result["full_passes"] = passes;
    result["errors"] = state.errors;
    return result;
}

bool drop_page_cache() {
    ::sync();
    std::ofstream control("/proc/sys/vm/drop_caches");
    control << "3" << std::flush;
    return static_cast<bool>(control);
}

nlohmann::json cold_pass(const EngineMaker& maker, const std::vector<BenchQuery>& queries, double seconds_per_class) {
    nlohmann::json classes = nlohmann::json::object();
    for (const auto& name : query_classes(queries)) {
        const auto of_class = queries_of_class(queries, name);
        if (!drop_page_cache()) return {{"measured", false}, {"reason", "cannot write /proc/sys/vm/drop_caches"}};
        auto engine = maker.make();
        PassState state;
        run_pass(*engine, supported(*engine, of_class), Stopwatch(), seconds_per_class, &state);
        classes[name] = latency_summary(state.latencies, state.busy_seconds);
    }
    return {{"measured", true}, {"classes", classes}};
}

nlohmann::json throughput(const EngineMaker& maker, const std::vector<BenchQuery>& queries, unsigned threads,
                          double seconds) {
    std::atomic<std::uint64_t> answered{0};
    const Stopwatch clock;
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                auto engine = maker.make();
                auto mix = supported(*engine, queries);
                std::shuffle(mix.begin(), mix.end(), std::mt19937_64(t + 1));
                PassState state;
                while (clock.seconds() < seconds && !mix.empty()) run_pass(*engine, mix, clock, seconds, &state);
                answered += state.latencies.size();
            });
        }
    }
    const double elapsed = clock.seconds();
    return {{"threads", threads}, {"queries", answered.load()}, {"seconds", elapsed},
            {"qps", static_cast<double>(answered.load()) / elapsed}};
}

}  // namespace morgue::bench
