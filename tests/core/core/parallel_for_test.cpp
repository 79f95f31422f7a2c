// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/core/parallel_for.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace lector;

namespace {

/// Records what the loop reports, and cancels once `cancelAt` items were reported (0: never).
class RecordingProgress : public Progress {
public:
    explicit RecordingProgress(std::int64_t cancelAt = 0)
        : m_cancelAt(cancelAt)
    {
    }
    void report(std::int64_t done, std::int64_t total) override
    {
        reports.emplace_back(done, total);
        reporters.insert(std::this_thread::get_id());
        if (m_cancelAt > 0 && done >= m_cancelAt)
            m_canceled = true;
    }
    bool isCanceled() const override { return m_canceled.load(); }
    void cancel() { m_canceled = true; }

    std::vector<std::pair<std::int64_t, std::int64_t>> reports;
    std::set<std::thread::id> reporters;

private:
    std::int64_t m_cancelAt;
    std::atomic<bool> m_canceled { false };
};

} // namespace

TEST(ParallelFor, RunsEveryIndexOnceWithWorkersInRange)
{
    for (int threads : { 1, 2, 4, 7 }) {
        const std::size_t count = 10007;
        std::vector<std::atomic<int>> seen(count);
        std::vector<std::atomic<int>> perWorker(static_cast<std::size_t>(threads));
        ParallelOptions options;
        options.threads = threads;
        ASSERT_TRUE(parallelFor(count, options, [&](std::size_t i, int worker) {
            ASSERT_GE(worker, 0);
            ASSERT_LT(worker, threads);
            ++seen[i];
            ++perWorker[std::size_t(worker)];
        }));
        int sum = 0;
        for (std::size_t i = 0; i < count; ++i)
            ASSERT_EQ(seen[i].load(), 1) << "index " << i << " with " << threads << " threads";
        for (auto& w : perWorker)
            sum += w.load();
        EXPECT_EQ(sum, int(count));
    }
}

TEST(ParallelFor, ReportsFromTheCallingThreadOnlyAndEndsAtTheTotal)
{
    RecordingProgress progress;
    ParallelOptions options;
    options.threads = 4;
    options.progress = &progress;
    options.progressBase = 100;
    options.progressTotal = 5100;
    ASSERT_TRUE(parallelFor(5000, options, [](std::size_t, int) {}));
    ASSERT_FALSE(progress.reports.empty());
    EXPECT_EQ(progress.reports.back(), std::make_pair(std::int64_t(5100), std::int64_t(5100)));
    for (std::size_t k = 1; k < progress.reports.size(); ++k)
        EXPECT_LE(progress.reports[k - 1].first, progress.reports[k].first);
    EXPECT_EQ(progress.reporters, std::set<std::thread::id> { std::this_thread::get_id() });
}

TEST(ParallelFor, CancelStopsBeforeTheEndWithWholeItems)
{
    RecordingProgress progress(500);
    ParallelOptions options;
    options.threads = 2;
    options.progress = &progress;
    std::atomic<int> started { 0 }, finished { 0 };
    const std::size_t count = 100000;
    EXPECT_FALSE(parallelFor(count, options, [&](std::size_t, int) {
        ++started;
        std::this_thread::yield();
        ++finished;
    }));
    EXPECT_EQ(started.load(), finished.load()); // no body was cut short
    EXPECT_LT(finished.load(), int(count));
    EXPECT_GE(finished.load(), 500);
}

TEST(ParallelFor, NothingToDoIsComplete)
{
    int calls = 0;
    EXPECT_TRUE(parallelFor(0, {}, [&](std::size_t, int) { ++calls; }));
    EXPECT_EQ(calls, 0);
}

TEST(ParallelMap, ConsumesInIndexOrderOnTheCallingThread)
{
    for (int threads : { 1, 2, 3, 8 }) {
        ParallelOptions options;
        options.threads = threads;
        std::vector<std::size_t> order;
        const auto caller = std::this_thread::get_id();
        bool onCaller = true;
        ASSERT_TRUE(parallelMap<long long>(
            2000, options,
            [](std::size_t i, int) {
                // Uneven work, so that later items often finish first.
                long long x = 0;
                for (std::size_t k = 0; k < (i % 7) * 2000; ++k)
                    x += static_cast<long long>(k % 3);
                return static_cast<long long>(i) * 3 + (x < 0 ? 1 : 0);
            },
            [&](std::size_t i, long long&& value) {
                onCaller &= std::this_thread::get_id() == caller;
                EXPECT_EQ(value, static_cast<long long>(i) * 3);
                order.push_back(i);
                return true;
            }));
        EXPECT_TRUE(onCaller);
        ASSERT_EQ(order.size(), 2000u);
        for (std::size_t i = 0; i < order.size(); ++i)
            ASSERT_EQ(order[i], i) << threads << " threads";
    }
}

TEST(ParallelMap, BoundsTheValuesWaitingToBeConsumed)
{
    ParallelOptions options;
    options.threads = 4;
    std::atomic<long long> produced { 0 };
    long long consumed = 0;
    long long mostAhead = 0;
    ASSERT_TRUE(parallelMap<int>(
        3000, options,
        [&](std::size_t, int) {
            ++produced;
            return 1;
        },
        [&](std::size_t, int&&) {
            ++consumed;
            mostAhead = std::max(mostAhead, produced.load() - consumed);
            // A slow consumer: producers must wait instead of racing ahead.
            std::this_thread::sleep_for(std::chrono::microseconds(20));
            return true;
        }));
    EXPECT_LE(mostAhead, 4 * 4 + 4);
}

TEST(ParallelMap, ConsumerFailureAndCancelStop)
{
    ParallelOptions options;
    options.threads = 3;
    std::size_t consumed = 0;
    EXPECT_FALSE(parallelMap<int>(
        1000, options, [](std::size_t i, int) { return int(i); },
        [&](std::size_t i, int&&) {
            ++consumed;
            return i < 10;
        }));
    EXPECT_EQ(consumed, 11u);

    RecordingProgress progress(50);
    options.progress = &progress;
    consumed = 0;
    EXPECT_FALSE(parallelMap<int>(
        100000, options, [](std::size_t i, int) { return int(i); },
        [&](std::size_t, int&&) {
            ++consumed;
            return true;
        }));
    EXPECT_GE(consumed, 50u);
    EXPECT_LT(consumed, 100000u);
    EXPECT_EQ(progress.reporters, std::set<std::thread::id> { std::this_thread::get_id() });
}

TEST(ParallelFor, ABodySettingTheStopFlagEndsTheLoopWithWholeItems)
{
    for (int threads : { 1, 3 }) {
        std::atomic<bool> stop { false };
        ParallelOptions options;
        options.threads = threads;
        options.stop = &stop;
        std::atomic<int> started { 0 }, finished { 0 };
        const std::size_t count = 100000;
        EXPECT_FALSE(parallelFor(count, options, [&](std::size_t i, int) {
            ++started;
            if (i == 100)
                stop = true; // a failure: no use going on
            std::this_thread::yield();
            ++finished;
        }));
        EXPECT_TRUE(stop.load());
        EXPECT_EQ(started.load(), finished.load()) << threads << " threads";
        EXPECT_LT(finished.load(), int(count));
        EXPECT_GE(finished.load(), 101);
    }
}

TEST(ParallelFor, ACancelSetsTheStopFlagAndACompleteLoopLeavesItClear)
{
    std::atomic<bool> stop { false };
    ParallelOptions options;
    options.threads = 2;
    options.stop = &stop;
    EXPECT_TRUE(parallelFor(1000, options, [](std::size_t, int) {}));
    EXPECT_FALSE(stop.load());
    RecordingProgress progress;
    progress.cancel();
    options.progress = &progress;
    EXPECT_FALSE(parallelFor(1000, options, [](std::size_t, int) {}));
    EXPECT_TRUE(stop.load());
}

TEST(ParallelMap, TheStopFlagIsSetOnEveryEarlyStopAndStopsTheLoop)
{
    for (int threads : { 1, 3 }) {
        SCOPED_TRACE(threads);
        ParallelOptions options;
        options.threads = threads;
        std::atomic<bool> stop { false };
        options.stop = &stop;
        const auto identity = [](std::size_t i, int) { return int(i); };
        const auto all = [](std::size_t, int&&) { return true; };
        EXPECT_TRUE(parallelMap<int>(500, options, identity, all));
        EXPECT_FALSE(stop.load()) << "a complete loop leaves the flag alone";

        // consume failing
        EXPECT_FALSE(parallelMap<int>(500, options, identity, [](std::size_t i, int&&) { return i < 10; }));
        EXPECT_TRUE(stop.load());

        // a cancel
        stop = false;
        RecordingProgress progress(20);
        options.progress = &progress;
        EXPECT_FALSE(parallelMap<int>(100000, options, identity, all));
        EXPECT_TRUE(stop.load());
        options.progress = nullptr;

        // a produce setting the flag itself
        stop = false;
        std::size_t consumed = 0;
        EXPECT_FALSE(parallelMap<int>(
            100000, options,
            [&](std::size_t i, int) {
                if (i == 30)
                    stop = true;
                return int(i);
            },
            [&](std::size_t, int&&) {
                ++consumed;
                return true;
            }));
        EXPECT_LT(consumed, 100000u);
    }
}

TEST(ParallelMap, CallerOnlyConsumesProducesOffTheCallingThreadAndConsumesInOrderOnIt)
{
    for (int threads : { 1, 2, 5 }) {
        for (std::size_t count : { std::size_t(1), std::size_t(777) }) {
            ParallelOptions options;
            options.threads = threads;
            options.callerOnlyConsumes = true;
            const int producers = parallelThreads(options, count);
            const auto caller = std::this_thread::get_id();
            std::atomic<bool> producedOnCaller { false }, workerOutOfRange { false };
            std::mutex mutex;
            std::set<std::thread::id> producerThreads;
            std::vector<std::size_t> order;
            bool consumedOnCaller = true;
            ASSERT_TRUE(parallelMap<std::size_t>(
                count, options,
                [&](std::size_t i, int worker) {
                    if (std::this_thread::get_id() == caller)
                        producedOnCaller = true;
                    if (worker < 0 || worker >= producers)
                        workerOutOfRange = true;
                    std::lock_guard<std::mutex> lock(mutex);
                    producerThreads.insert(std::this_thread::get_id());
                    return i * 2;
                },
                [&](std::size_t i, std::size_t&& value) {
                    consumedOnCaller &= std::this_thread::get_id() == caller;
                    EXPECT_EQ(value, i * 2);
                    order.push_back(i);
                    return true;
                }));
            EXPECT_FALSE(producedOnCaller) << threads << " threads, " << count << " items";
            EXPECT_FALSE(workerOutOfRange);
            EXPECT_TRUE(consumedOnCaller);
            EXPECT_LE(int(producerThreads.size()), producers);
            ASSERT_EQ(order.size(), count);
            for (std::size_t i = 0; i < count; ++i)
                ASSERT_EQ(order[i], i);
        }
    }
}

TEST(ParallelMap, CallerOnlyConsumesPassesACancelToAProduceStillRunning)
{
    // Item 1 runs until the stop flag is set, as an OCR page does; the cancel comes after item 0 is consumed. Only
    // the consuming thread can see that cancel while the single producer is busy, and it must pass it on. (The
    // deadline only keeps a broken loop from hanging the test; nothing here is timed.)
    ParallelOptions options;
    options.threads = 1;
    options.callerOnlyConsumes = true;
    std::atomic<bool> stop { false };
    options.stop = &stop;
    RecordingProgress progress(1);
    options.progress = &progress;
    std::atomic<bool> sawStop { false };
    std::atomic<bool> started { false };
    std::vector<std::size_t> consumed;
    EXPECT_FALSE(parallelMap<int>(
        3, options,
        [&](std::size_t i, int) {
            if (i == 1) {
                started = true;
                const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
                while (!stop.load() && std::chrono::steady_clock::now() < deadline)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sawStop = stop.load();
            }
            return int(i);
        },
        [&](std::size_t i, int&&) {
            consumed.push_back(i);
            return true;
        }));
    // The producer may see the cancel before it takes item 1 (then item 1 never runs); once it runs, the stop
    // must reach it.
    EXPECT_TRUE(!started.load() || sawStop.load());
    EXPECT_EQ(consumed, std::vector<std::size_t> { 0 });
}
