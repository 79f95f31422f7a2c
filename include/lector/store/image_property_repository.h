// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/image/image_properties.h>
#include <lector/store/types.h>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// One image's stored properties with the file's size and modification time (ms) when it was measured: a file
/// whose size or time differs is measured again.
struct StoredImageProperties {
    ImageId image = 0;
    std::int64_t fileSize = 0;
    std::int64_t fileMtime = 0;
    ImageProperties properties;
};

/// The project's image properties (table image_properties, schema 10). Each put() is one transaction: a canceled
/// or killed run keeps the batches it committed whole and nothing of the rest.
class ImagePropertyRepository {
public:
    explicit ImagePropertyRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// Every stored row, in image order.
    Result<std::vector<StoredImageProperties>> all() const;
    /// Writes (replaces) the rows in one transaction.
    Result<void> put(const std::vector<StoredImageProperties>& rows);

private:
    ProjectStore& m_store;
};

} // namespace lector
