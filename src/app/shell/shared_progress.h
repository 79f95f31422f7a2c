// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>

#include <atomic>
#include <cstdint>

namespace lector {

/// Progress that a worker reports into and the UI thread reads and cancels; atomics, so no locking. Shared through
/// a std::shared_ptr so that either side may outlive the other.
class SharedProgress : public Progress {
public:
    void report(std::int64_t done, std::int64_t total) override
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    std::int64_t done() const { return m_done.load(std::memory_order_relaxed); }
    std::int64_t total() const { return m_total.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_done { 0 };
    std::atomic<std::int64_t> m_total { 0 };
    std::atomic<bool> m_canceled { false };
};

} // namespace lector
