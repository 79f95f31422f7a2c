// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace lector {

/// How a parallel loop runs and reports.
struct ParallelOptions {
    /// Threads, the calling thread among them; 0: one per core (at most 16); 1: everything on the calling thread.
    int threads = 0;
    /// Items done are reported here from the calling thread only (Progress implementations need not be
    /// thread-safe for report()); isCanceled() is asked from every thread and stops the loop.
    Progress* progress = nullptr;
    /// For work done in several calls (a chunk at a time): items done before this call, added to what is reported.
    std::int64_t progressBase = 0;
    /// The total reported; 0: progressBase + count.
    std::int64_t progressTotal = 0;
};

/// The threads a loop of `count` items gets under `options` (never more than the items, at least 1).
int parallelThreads(const ParallelOptions& options, std::size_t count);

/// The one thread pool of lectorcore: runs body(index, worker) for every index in [0, count), handing the indices
/// out in order through one counter, on parallelThreads() threads of which the calling thread is worker 0 (so
/// per-worker state indexed by `worker` needs no locking). Returns false when the progress was canceled before
/// every item ran; the items that ran are whole (body is never interrupted). Every kernel that spreads over
/// cores uses this instead of a pool of its own.
bool parallelFor(std::size_t count, const ParallelOptions& options, const std::function<void(std::size_t, int)>& body);

/// A parallel map with an ordered reduction: produce(index, worker) runs on the workers (as in parallelFor), and
/// consume(index, value) on the calling thread, in index order, as soon as each value and all before it are
/// ready. At most a few values per thread wait to be consumed, so a long input never piles up in memory. consume
/// returning false stops the loop (a write failed); so does a cancel. Returns true when every item was consumed.
/// This is what a per-image kernel plus a merge is: the kernel is `produce`, the merge `consume`.
template <typename T>
bool parallelMap(std::size_t count, const ParallelOptions& options, const std::function<T(std::size_t, int)>& produce,
    const std::function<bool(std::size_t, T&&)>& consume);

namespace detail {
    /// Runs `worker(w)` on threads 1..threads-1 while the calling thread runs `caller()`, then joins them.
    void runWorkers(int threads, const std::function<void(int)>& worker, const std::function<void()>& caller);
}

template <typename T>
bool parallelMap(std::size_t count, const ParallelOptions& options, const std::function<T(std::size_t, int)>& produce,
    const std::function<bool(std::size_t, T&&)>& consume)
{
    Progress* progress = options.progress;
    const std::int64_t total
        = options.progressTotal > 0 ? options.progressTotal : options.progressBase + std::int64_t(count);
    const auto report = [&](std::size_t consumed) {
        if (progress)
            progress->report(options.progressBase + std::int64_t(consumed), total);
    };
    const int threads = parallelThreads(options, count);
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i) {
            if (progress && progress->isCanceled())
                return false;
            if (!consume(i, produce(i, 0)))
                return false;
            report(i + 1);
        }
        return true;
    }

    // Values produced ahead of the next one to consume wait in a ring; a worker whose index is too far ahead
    // waits for the consumer, which bounds memory to `window` values.
    const std::size_t window = std::size_t(threads) * 4;
    std::mutex mutex;
    std::condition_variable produced, consumedSome;
    std::vector<std::optional<T>> ring(window);
    std::size_t next = 0; // next index to hand out
    std::size_t consumed = 0; // values consumed so far: the next one to consume is `consumed`
    bool stop = false;

    // Takes the next index, or nothing when there is none or the loop stops; waits while the ring is full.
    const auto take = [&](std::unique_lock<std::mutex>& lock) -> std::optional<std::size_t> {
        consumedSome.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
        if (stop || next >= count)
            return std::nullopt;
        return next++;
    };
    const auto canceled = [&] { return progress && progress->isCanceled(); };
    const auto worker = [&](int w) {
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock<std::mutex> lock(mutex);
                auto taken = take(lock);
                if (!taken)
                    return;
                i = *taken;
            }
            if (canceled()) {
                std::lock_guard<std::mutex> lock(mutex);
                stop = true;
                produced.notify_all();
                consumedSome.notify_all();
                return;
            }
            T value = produce(i, w);
            std::lock_guard<std::mutex> lock(mutex);
            ring[i % window].emplace(std::move(value));
            produced.notify_all();
        }
    };
    bool ok = true;
    const auto caller = [&] {
        std::unique_lock<std::mutex> lock(mutex);
        while (consumed < count) {
            if (canceled())
                stop = true;
            if (stop) {
                ok = false;
                break;
            }
            std::optional<T>& slot = ring[consumed % window];
            if (slot) {
                T value = std::move(*slot);
                slot.reset();
                const std::size_t i = consumed;
                lock.unlock();
                const bool more = consume(i, std::move(value));
                lock.lock();
                ++consumed;
                consumedSome.notify_all();
                if (!more) {
                    stop = true;
                    ok = false;
                    break;
                }
                lock.unlock();
                report(consumed);
                lock.lock();
                continue;
            }
            // Nothing to consume yet: produce one item here if any is left (the calling thread is a worker too),
            // else wait for the others.
            if (next < count && next < consumed + window) {
                const std::size_t i = next++;
                lock.unlock();
                T value = produce(i, 0);
                lock.lock();
                ring[i % window].emplace(std::move(value));
                continue;
            }
            produced.wait_for(lock, std::chrono::milliseconds(50));
        }
        stop = true;
        consumedSome.notify_all();
    };
    detail::runWorkers(threads, worker, caller);
    return ok && consumed == count;
}

} // namespace lector
