// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/parallel_for.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace lector {

int parallelThreads(const ParallelOptions& options, std::size_t count)
{
    const int cores = int(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));
    const int wanted = options.threads > 0 ? options.threads : cores;
    return int(std::max<std::size_t>(1, std::min<std::size_t>(std::size_t(wanted), count)));
}

namespace detail {
void runWorkers(int threads, const std::function<void(int)>& worker, const std::function<void()>& caller)
{
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(std::max(0, threads - 1)));
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(worker, w);
    caller();
    for (std::thread& t : pool)
        t.join();
}
}

bool parallelFor(std::size_t count, const ParallelOptions& options, const std::function<void(std::size_t, int)>& body)
{
    Progress* progress = options.progress;
    const std::int64_t total
        = options.progressTotal > 0 ? options.progressTotal : options.progressBase + std::int64_t(count);
    std::atomic<std::size_t> next { 0 };
    std::atomic<std::size_t> done { 0 };
    std::atomic<bool> stop { false };
    std::atomic<bool>* shared = options.stop;
    const auto run = [&](int worker, bool reporter) {
        std::size_t lastReported = 0;
        for (;;) {
            if (stop.load(std::memory_order_relaxed) || (shared && shared->load(std::memory_order_relaxed)))
                return;
            if (progress && progress->isCanceled()) {
                stop.store(true, std::memory_order_relaxed);
                if (shared)
                    shared->store(true, std::memory_order_relaxed);
                return;
            }
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count)
                return;
            body(i, worker);
            const std::size_t n = done.fetch_add(1, std::memory_order_relaxed) + 1;
            // The calling thread reports, at most every 1/256 of the work, so that a cheap body is not slowed.
            if (reporter && progress && (n - lastReported) * 256 >= count) {
                lastReported = n;
                progress->report(options.progressBase + std::int64_t(n), total);
            }
        }
    };
    const int threads = parallelThreads(options, count);
    if (threads <= 1)
        run(0, true);
    else
        detail::runWorkers(
            threads, [&](int w) { run(w, false); }, [&] { run(0, true); });
    const bool complete = done.load() == count;
    if (complete && progress)
        progress->report(options.progressBase + std::int64_t(count), total);
    return complete;
}

} // namespace lector
