// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/ocr_image.h>

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include "ocr/ocr_image_data.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace lector {

OcrImage::OcrImage() = default;

int OcrImage::width() const { return m_data ? m_data->gray.cols : 0; }
int OcrImage::height() const { return m_data ? m_data->gray.rows : 0; }

Result<OcrImage> OcrImage::load(const QString& path)
{
    auto bytes = io::readFileBytes(path);
    if (!bytes) {
        Error e = std::move(bytes).error();
        if (e.code == ErrorCode::NotFound)
            e.message = Core::tr("image not found");
        return e;
    }
    auto data = std::make_shared<Data>();
    try {
        const cv::Mat buffer(1, static_cast<int>(bytes->size()), CV_8UC1, const_cast<char*>(bytes->constData()));
        // Any flag but IMREAD_UNCHANGED applies the EXIF orientation, as probeImage() (IMREAD_COLOR) does: the
        // pixels are laid out at the size the store recorded.
        data->gray = cv::imdecode(buffer, cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
    if (data->gray.empty())
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode (corrupt or unsupported)")).at(path);
    OcrImage image;
    image.m_data = std::move(data);
    image.m_path = path;
    return image;
}

Result<OcrImage> OcrImage::fromPixels(const std::uint8_t* pixels, int width, int height, int channels, int stride)
{
    if (!pixels || width <= 0 || height <= 0 || stride < width * channels)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("an empty or malformed pixel buffer"));
    int type = 0;
    int conversion = -1;
    switch (channels) {
    case 1:
        type = CV_8UC1;
        break;
    case 3:
        type = CV_8UC3;
        conversion = cv::COLOR_BGR2GRAY;
        break;
    case 4:
        type = CV_8UC4;
        conversion = cv::COLOR_BGRA2GRAY;
        break;
    default:
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("pixels need 1, 3 or 4 channels"));
    }
    const cv::Mat view(height, width, type, const_cast<std::uint8_t*>(pixels), static_cast<size_t>(stride));
    auto data = std::make_shared<Data>();
    try {
        if (conversion < 0)
            data->gray = view.clone();
        else
            cv::cvtColor(view, data->gray, conversion);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the pixels could not be converted to gray"))
            .withDetail(QString::fromStdString(e.what()));
    }
    OcrImage image;
    image.m_data = std::move(data);
    return image;
}

} // namespace lector
