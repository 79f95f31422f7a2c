// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_probe.h>

#include <lector/core/parallel_for.h>
#include <lector/io/io_util.h>

#include <QCryptographicHash>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <atomic>
#include <optional>

namespace lector {

Result<ImageProbe> probeImage(const QString& path)
{
    auto bytes = io::readFileBytes(path);
    if (!bytes) {
        Error e = std::move(bytes).error();
        if (e.code == ErrorCode::NotFound)
            e.message = QStringLiteral("image not found");
        return e;
    }
    ImageProbe probe;
    probe.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    cv::Mat img;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes->size()), CV_8UC1, const_cast<char*>(bytes->constData()));
        // IMREAD_COLOR applies the EXIF orientation; the size we store is what a viewer shows.
        img = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Decode, QStringLiteral("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
    if (img.empty())
        return LECTOR_ERROR(ErrorCode::Decode, QStringLiteral("the image does not decode (corrupt or unsupported)"))
            .at(path);
    probe.width = img.cols;
    probe.height = img.rows;
    return probe;
}

Result<std::vector<ImageProbe>> probeImages(const std::vector<QString>& paths, Progress* progress)
{
    const size_t n = paths.size();
    std::vector<std::optional<Result<ImageProbe>>> results(n);
    // The first file that fails ends the probing: the import it belongs to fails anyway.
    std::atomic<bool> failed { false };
    ParallelOptions options;
    // At most 8 threads, the cap probing always had: it reads files as much as it decodes them.
    options.threads = std::min(parallelThreads(options, n), 8);
    options.progress = progress;
    options.stop = &failed;
    parallelFor(n, options, [&](size_t i, int) {
        results[i] = probeImage(paths[i]);
        if (!*results[i])
            failed = true;
    });
    if (progress && progress->isCanceled())
        return LECTOR_ERROR(ErrorCode::Canceled, QStringLiteral("canceled"));
    std::vector<ImageProbe> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (!results[i].has_value())
            continue; // not reached because another file failed: that failure is returned below
        if (!*results[i])
            return std::move(*results[i]).error();
        out.push_back(std::move(*results[i]).value());
    }
    if (out.size() != n) {
        for (auto& r : results) {
            if (r && !*r)
                return std::move(*r).error();
        }
    }
    return out;
}

} // namespace lector
