// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>

#include <atomic>
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
    /// A stop flag shared with the bodies, when given: the loop stops as soon as it is set (by a body that failed,
    /// say), and sets it itself when it stops early (a cancel seen, consume returning false), so that a long body
    /// handed the flag can give up midway (an OCR engine stops mid-page). The loop never clears it.
    std::atomic<bool>* stop = nullptr;
    /// parallelMap only: the calling thread consumes, and looks for a cancel at least every 50 ms, but never
    /// produces; the producers, worker 0 among them, all run on threads of their own (one more thread in all).
    /// For long produce calls that watch `stop`: a cancel reaches them within 50 ms instead of waiting for the
    /// calling thread's own item, and each value is consumed as soon as it and those before it are ready.
    bool callerOnlyConsumes = false;
};

/// The threads a loop of `count` items gets under `options` (never more than the items, at least 1): the workers,
/// indexed 0..parallelThreads()-1. With callerOnlyConsumes the calling thread comes on top of them.
int parallelThreads(const ParallelOptions& options, std::size_t count);

/// The one thread pool of lectorcore: runs body(index, worker) for every index in [0, count), handing the indices
/// out in order through one counter, on parallelThreads() threads of which the calling thread is worker 0 (so
/// per-worker state indexed by `worker` needs no locking). Returns false when the progress was canceled, or the
/// stop flag set, before every item ran; the items that ran are whole (body is never interrupted). Every kernel
/// that spreads over cores uses this instead of a pool of its own.
bool parallelFor(std::size_t count, const ParallelOptions& options, const std::function<void(std::size_t, int)>& body);

/// A parallel map with an ordered reduction: produce(index, worker) runs on the workers (as in parallelFor, or
/// only on threads of their own with callerOnlyConsumes; worker < parallelThreads() either way), and
/// consume(index, value) on the calling thread, in index order, as soon as each value and all before it are ready.
/// At most a few values per thread wait to be consumed, so a long input never piles up in memory. consume
/// returning false stops the loop (a write failed); so do a cancel and the stop flag. Returns true when every item
/// was consumed. This is what a per-image kernel plus a merge is: the kernel is `produce`, the merge `consume`.
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
    const auto canceled = [&] {
        return (progress && progress->isCanceled()) || (options.stop && options.stop->load(std::memory_order_relaxed));
    };
    const auto stopShared = [&] {
        if (options.stop)
            options.stop->store(true, std::memory_order_relaxed);
    };
    const int producers = parallelThreads(options, count);
    const bool callerProduces = !options.callerOnlyConsumes;
    if (count == 0)
        return true;
    if (producers <= 1 && callerProduces) {
        for (std::size_t i = 0; i < count; ++i) {
            if (canceled() || !consume(i, produce(i, 0))) {
                stopShared();
                return false;
            }
            report(i + 1);
        }
        return true;
    }
    const int threads = callerProduces ? producers : producers + 1;

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
                stopShared();
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
                stopShared();
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
                    stopShared();
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
            if (callerProduces && next < count && next < consumed + window) {
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
    if (callerProduces)
        detail::runWorkers(threads, worker, caller);
    else
        detail::runWorkers(
            threads, [&](int w) { worker(w - 1); }, caller);
    return ok && consumed == count;
}

} // namespace lector
