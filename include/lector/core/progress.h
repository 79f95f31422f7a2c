// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <atomic>
#include <cstdint>

namespace lector {

/// What a long core task reports to and asks of its caller. GUI-free: the app adapts it to a QPromise,
/// the CLI to stderr. Tasks call report() every so often and stop (rolling back) once isCanceled() is true.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void report(std::int64_t done, std::int64_t total) = 0;
    virtual bool isCanceled() const = 0;
};

/// A Progress that reports nowhere and can be canceled from any thread.
class SilentProgress : public Progress {
public:
    void report(std::int64_t, std::int64_t) override { }
    bool isCanceled() const override { return m_canceled.load(std::memory_order_relaxed); }
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_canceled { false };
};

} // namespace lector
