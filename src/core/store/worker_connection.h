// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What a pass split over several connections needs (internal to lectorcore): the distribution, drift and the
// label-error finder read a big project on a connection per thread, as ProjectStore is one connection per thread.
#pragma once

#include <lector/core/parallel_for.h>
#include <lector/core/result.h>
#include <lector/store/project_store.h>

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace lector::detail {

/// The project opened again for a worker thread, as the caller's was: a read-only store stays read-only.
inline Result<std::unique_ptr<ProjectStore>> openWorkerConnection(const ProjectStore& store)
{
    auto opened = ProjectStore::open(store.location(), store.isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (opened && store.isServer())
        (*opened)->setImageRoot(store.rootDir());
    return opened;
}

/// The error a split pass returns: the first real failure, which outranks the cancels it caused in the other
/// threads; nullptr when every share ran.
inline const Error* firstFailure(const std::vector<std::optional<Error>>& errors)
{
    const Error* first = nullptr;
    for (const auto& e : errors) {
        if (e && (!first || first->code == ErrorCode::Canceled))
            first = &*e;
    }
    return first;
}

/// Runs `share(connection, t, onCaller)` for every t below `shares`, each on a thread of its own: the one the
/// calling thread takes gets `store` itself (onCaller true: its progress and open snapshot are the caller's), the
/// others the project opened again. A failure sets `stop` (when given) so that the other shares end early; the
/// first real failure is returned. `Store` is ProjectStore or const ProjectStore.
template <typename Store, typename Share>
Result<void> runOnShareConnections(Store& store, int shares, std::atomic<bool>* stop, const Share& share)
{
    std::vector<std::optional<Error>> errors(static_cast<std::size_t>(shares));
    ParallelOptions parallel;
    parallel.threads = shares;
    parallelFor(std::size_t(shares), parallel, [&](std::size_t t, int worker) {
        Result<void> r;
        if (worker == 0) {
            r = share(store, t, true);
        } else if (auto connection = openWorkerConnection(store)) {
            r = share(**connection, t, false);
        } else {
            r = std::move(connection).error();
        }
        if (!r) {
            errors[t] = r.error();
            if (stop)
                stop->store(true);
        }
    });
    if (const Error* first = firstFailure(errors))
        return *first;
    return {};
}

} // namespace lector::detail
