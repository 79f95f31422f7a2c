// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/image_probe.h>

#include "image/image_codecs.h"

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/image/image_header.h>
#include <lector/io/io_util.h>

#include <QCryptographicHash>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>

namespace lector {

namespace {

std::int64_t limitFromEnvironment()
{
    const QString text = qEnvironmentVariable("LECTOR_MAX_MEGAPIXELS").trimmed();
    if (text.isEmpty())
        return kDefaultImagePixelLimit;
    bool ok = false;
    const double megapixels = text.toDouble(&ok);
    if (!ok || !(megapixels >= 0) || megapixels > 1e9) {
        if (auto log = spdlog::get("io"))
            log->warn("LECTOR_MAX_MEGAPIXELS={} is not a number of megapixels; the limit stays {} megapixels",
                text.toStdString(), kDefaultImagePixelLimit / 1'000'000);
        return kDefaultImagePixelLimit;
    }
    return std::llround(megapixels * 1e6);
}

std::atomic<std::int64_t>& limitSetting()
{
    static std::atomic<std::int64_t> limit { limitFromEnvironment() };
    return limit;
}

QString megapixels(std::int64_t pixels)
{
    return pixels % 1'000'000 == 0 ? QString::number(pixels / 1'000'000)
                                   : QString::number(double(pixels) / 1e6, 'f', 1);
}

Result<void> checkPixelLimit(const ImageSize& size, const QString& path)
{
    const std::int64_t limit = imagePixelLimit();
    const std::int64_t pixels = std::int64_t(size.width) * size.height;
    if (limit <= 0 || pixels <= limit)
        return {};
    return LECTOR_ERROR(ErrorCode::InvalidArgument,
        Core::tr("the image is %1×%2 pixels (%3 megapixels), above the limit of %4 megapixels (raise it with "
                 "--max-megapixels or LECTOR_MAX_MEGAPIXELS)")
            .arg(size.width)
            .arg(size.height)
            .arg(megapixels(pixels), megapixels(limit)))
        .at(path);
}

/// Decodes every pixel without keeping them: the image's size as shown.
Result<ImageSize> decodeWhole(const QByteArray& bytes, const QString& path)
{
    using namespace image_detail;
    const auto start = [](const RowFormat&) { return true; };
    const auto skip = [](const std::uint8_t*) {};
    switch (codecOf(bytes)) {
    case Codec::Jpeg: {
        auto image = decodeJpeg(bytes, path, 8, false, start, skip);
        if (!image)
            return std::move(image).error();
        return image->shown();
    }
    case Codec::Png: {
        auto image = decodePng(bytes, path, false, start, skip);
        if (!image)
            return std::move(image).error();
        return image->shown();
    }
    case Codec::Other:
        break;
    }
    cv::Mat img;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
        // IMREAD_COLOR applies the EXIF orientation; the size we store is what a viewer shows.
        img = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
    if (img.empty())
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode (corrupt or unsupported)")).at(path);
    return ImageSize { img.cols, img.rows };
}

} // namespace

std::int64_t imagePixelLimit() { return limitSetting().load(std::memory_order_relaxed); }

void setImagePixelLimit(std::int64_t pixels) { limitSetting().store(std::max<std::int64_t>(pixels, 0)); }

Result<ImageProbe> probeImage(const QString& path)
{
    if (!QFileInfo::exists(path))
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("image not found")).at(path);
    // From the header, before the file is read or a pixel decoded: a 30000 x 30000 scan is refused in microseconds.
    if (const auto header = readImageHeaderSize(path))
        LECTOR_TRY(checkPixelLimit(*header, path));
    auto bytes = io::readFileBytes(path, image_detail::kMaxImageFileBytes);
    if (!bytes) {
        Error e = std::move(bytes).error();
        if (e.code == ErrorCode::NotFound)
            e.message = Core::tr("image not found");
        return e;
    }
    ImageProbe probe;
    probe.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    auto size = decodeWhole(*bytes, path);
    if (!size)
        return std::move(size).error();
    LECTOR_TRY(checkPixelLimit(*size, path)); // formats whose header we do not parse
    probe.width = size->width;
    probe.height = size->height;
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
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("canceled"));
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
