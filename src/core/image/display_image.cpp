// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/image/display_image.h>

#include "image/image_codecs.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <QFileInfo>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>

namespace lector {

namespace {

using namespace image_detail;

constexpr int kMaxReduction = 1024;

int ceilDiv(int a, int b) { return (a + b - 1) / b; }

int reductionFor(const ImageSize& size, std::int64_t maxPixels)
{
    int f = 1;
    while (f < kMaxReduction && std::int64_t(ceilDiv(size.width, f)) * ceilDiv(size.height, f) > maxPixels)
        f *= 2;
    return f;
}

int paddedRow(int width) { return (width * 3 + 3) & ~3; }

/// Takes rows of RGB pixels one at a time and keeps the mean of each `box` x `box` block: the memory of the result
/// and one row of sums, whatever the size of the input.
class BoxReducer {
public:
    BoxReducer(int width, int height, int box, cv::Mat out)
        : m_width(width)
        , m_height(height)
        , m_box(box)
        , m_out(std::move(out))
        , m_sums(std::size_t(m_out.cols) * 3, 0)
    {
    }

    void addRow(const std::uint8_t* rgb)
    {
        if (m_outRow >= m_out.rows)
            return;
        if (m_box == 1) {
            std::memcpy(m_out.ptr(m_outRow++), rgb, std::size_t(m_width) * 3);
            return;
        }
        for (int ox = 0, x = 0; ox < m_out.cols; ++ox) {
            std::uint32_t* sum = &m_sums[std::size_t(ox) * 3];
            for (const int end = std::min(x + m_box, m_width); x < end; ++x) {
                const std::uint8_t* pixel = rgb + std::ptrdiff_t(x) * 3;
                sum[0] += pixel[0];
                sum[1] += pixel[1];
                sum[2] += pixel[2];
            }
        }
        ++m_rowsInBand;
        ++m_rows;
        if (m_rowsInBand == m_box || m_rows == m_height)
            flush();
    }

private:
    void flush()
    {
        std::uint8_t* out = m_out.ptr(m_outRow);
        for (int ox = 0; ox < m_out.cols; ++ox) {
            const auto n = std::uint32_t(std::min(m_box, m_width - ox * m_box) * m_rowsInBand);
            for (int c = 0; c < 3; ++c)
                out[ox * 3 + c] = std::uint8_t((m_sums[std::size_t(ox) * 3 + c] + n / 2) / n);
        }
        std::fill(m_sums.begin(), m_sums.end(), 0);
        m_rowsInBand = 0;
        ++m_outRow;
    }

    int m_width;
    int m_height;
    int m_box;
    cv::Mat m_out;
    std::vector<std::uint32_t> m_sums;
    int m_rowsInBand = 0;
    int m_rows = 0; // input rows taken
    int m_outRow = 0;
};

/// The pixels upright, as OpenCV's IMREAD_COLOR turns them (its ExifTransform).
cv::Mat upright(const cv::Mat& img, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(img, out, 1);
        return out;
    case 3:
        cv::flip(img, out, -1);
        return out;
    case 4:
        cv::flip(img, out, 0);
        return out;
    case 5:
        cv::transpose(img, out);
        return out;
    case 6:
        cv::transpose(img, out);
        cv::flip(out, out, 1);
        return out;
    case 7:
        cv::transpose(img, out);
        cv::flip(out, out, -1);
        return out;
    case 8:
        cv::transpose(img, out);
        cv::flip(out, out, 0);
        return out;
    default:
        return img;
    }
}

DisplayImage pack(const cv::Mat& rgb)
{
    DisplayImage out;
    out.width = rgb.cols;
    out.height = rgb.rows;
    out.bytesPerLine = paddedRow(rgb.cols);
    out.rgb = QByteArray(qsizetype(out.bytesPerLine) * rgb.rows, '\0');
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(out.rgb.data() + qsizetype(y) * out.bytesPerLine, rgb.ptr(y), std::size_t(rgb.cols) * 3);
    return out;
}

/// JPEG and PNG streamed into a box filter, the result written straight into the QByteArray a QImage will wrap.
/// InvalidArgument when the file needs the whole-image path (interlaced PNG, CMYK JPEG).
Result<DisplayImage> decodeStreamed(const QByteArray& bytes, const QString& path, Codec codec, std::int64_t maxPixels)
{
    const auto header = readImageHeaderSize(path);
    if (!header)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("no header size")).at(path);
    const int reduction = reductionFor(*header, maxPixels);
    const int scale = codec == Codec::Jpeg ? std::min(reduction, 8) : 1;
    DisplayImage out;
    std::optional<BoxReducer> reducer;
    const auto start = [&](const RowFormat& format) {
        try {
            const int box = reduction / scale;
            out.width = ceilDiv(format.width, box);
            out.height = ceilDiv(format.height, box);
            out.bytesPerLine = paddedRow(out.width);
            out.rgb = QByteArray(qsizetype(out.bytesPerLine) * out.height, '\0');
            reducer.emplace(format.width, format.height, box,
                cv::Mat(out.height, out.width, CV_8UC3, out.rgb.data(), std::size_t(out.bytesPerLine)));
            return format.channels == 3;
        } catch (const std::bad_alloc&) {
            return false;
        }
    };
    const auto take = [&](const std::uint8_t* row) { reducer->addRow(row); };
    auto streamed = codec == Codec::Jpeg ? decodeJpeg(bytes, path, scale, true, start, take)
                                         : decodePng(bytes, path, true, start, take);
    if (!streamed)
        return std::move(streamed).error();
    reducer.reset();
    if (streamed->orientation != 1) {
        const cv::Mat stored(out.height, out.width, CV_8UC3, out.rgb.data(), std::size_t(out.bytesPerLine));
        out = pack(upright(stored, streamed->orientation));
    }
    out.fullSize = streamed->shown();
    out.reduction = reduction;
    return out;
}

Result<DisplayImage> decodeWithOpenCv(const QByteArray& bytes, const QString& path, std::int64_t maxPixels)
{
    cv::Mat bgr;
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<char*>(bytes.constData()));
        bgr = cv::imdecode(buffer, cv::IMREAD_COLOR);
        if (bgr.empty())
            return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode (corrupt or unsupported)"))
                .at(path);
        DisplayImage out;
        out.fullSize = { bgr.cols, bgr.rows };
        out.reduction = reductionFor(out.fullSize, maxPixels);
        if (out.reduction > 1)
            cv::resize(bgr, bgr, cv::Size(ceilDiv(bgr.cols, out.reduction), ceilDiv(bgr.rows, out.reduction)), 0, 0,
                cv::INTER_AREA);
        cv::Mat rgb;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        const ImageSize full = out.fullSize;
        const int reduction = out.reduction;
        out = pack(rgb);
        out.fullSize = full;
        out.reduction = reduction;
        return out;
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
}

} // namespace

Result<DisplayImage> decodeDisplayImage(const QString& path, std::int64_t maxPixels)
{
    maxPixels = std::max<std::int64_t>(maxPixels, 1);
    if (!QFileInfo::exists(path))
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("image not found")).at(path);
    auto bytes = io::readFileBytes(path, kMaxImageFileBytes);
    if (!bytes)
        return std::move(bytes).error();
    const Codec codec = codecOf(*bytes);
    if (codec != Codec::Other) {
        auto streamed = decodeStreamed(*bytes, path, codec, maxPixels);
        if (streamed || streamed.error().code != ErrorCode::InvalidArgument)
            return streamed;
    }
    return decodeWithOpenCv(*bytes, path, maxPixels);
}

} // namespace lector
