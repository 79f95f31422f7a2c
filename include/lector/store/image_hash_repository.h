// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/dedup/image_hashes.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <vector>

namespace lector {

class ProjectStore;

/// One image's stored hashes with the file's size and modification time (ms) when it was hashed: a file whose size
/// or time differs is hashed again. `pixelSha256` is empty until an exact-duplicate check decoded the image whole.
struct StoredImageHash {
    ImageId image = 0;
    std::int64_t fileSize = 0;
    std::int64_t fileMtime = 0;
    ImageHashes hashes;
    QString pixelSha256;
};

/// The project's image hashes (table image_hashes). Each put() is one transaction: a canceled or killed run keeps
/// the batches it committed whole and nothing of the rest.
class ImageHashRepository {
public:
    explicit ImageHashRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    Result<std::vector<StoredImageHash>> all() const;
    /// Writes (replaces) the rows in one transaction; the pixel SHA-256 is cleared unless given.
    Result<void> put(const std::vector<StoredImageHash>& rows);
    /// Stores the decoded-pixel SHA-256 of images already hashed, in one transaction.
    Result<void> setPixelSha256(const std::vector<std::pair<ImageId, QString>>& values);

private:
    ProjectStore& m_store;
};

} // namespace lector
