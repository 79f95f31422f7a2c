// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QString>

#include <vector>

namespace lector {

struct ImageProbe {
    QString sha256; // lower-case hex of the file's bytes
    int width = 0; // after EXIF orientation
    int height = 0;
};

/// Reads an image file, hashes it and decodes it (OpenCV, EXIF orientation honoured) to prove it is a usable
/// image. Errors name the file: missing, unreadable, or not decodable.
Result<ImageProbe> probeImage(const QString& path);

/// probeImage over many files on all cores, in input order. Stops at the first failure (the error of the
/// lowest-index failing file) or when `progress` is canceled.
Result<std::vector<ImageProbe>> probeImages(const std::vector<QString>& paths, Progress* progress = nullptr);

} // namespace lector
