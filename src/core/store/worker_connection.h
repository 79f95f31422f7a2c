// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What a pass split over several connections needs (internal to lectorcore): the distribution, drift and the
// label-error finder read a big project on a connection per thread, as ProjectStore is one connection per thread.
#pragma once

#include <lector/core/result.h>
#include <lector/store/project_store.h>

#include <memory>
#include <optional>
#include <vector>

namespace lector::detail {

/// The project opened again for a worker thread, as the caller's was: a read-only store stays read-only.
inline Result<std::unique_ptr<ProjectStore>> openWorkerConnection(const ProjectStore& store)
{
    return ProjectStore::open(store.path(), store.isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite);
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

} // namespace lector::detail
