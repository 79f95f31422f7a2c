// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/ppocrlabel/recognition_crop.h"

#include <lector/core/tr.h>
#include <lector/io/io_util.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

namespace lector::io {

Result<cv::Mat> decodeColorImage(const QString& path)
{
    auto bytes = readFileBytes(path);
    if (!bytes)
        return std::move(bytes).error();
    cv::Mat page;
    try {
        const cv::Mat buffer(1, int(bytes->size()), CV_8UC1, const_cast<char*>(bytes->constData()));
        page = cv::imdecode(buffer, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode"))
            .at(path)
            .withDetail(QString::fromStdString(e.what()));
    }
    if (page.empty())
        return LECTOR_ERROR(ErrorCode::Decode, Core::tr("the image does not decode")).at(path);
    return page;
}

Polygon cropQuad(const Polygon& polygon)
{
    Polygon quad = polygon;
    if (!polygon.isQuad()) {
        std::vector<cv::Point2f> points;
        points.reserve(polygon.points.size());
        for (const PointF& p : polygon.points)
            points.emplace_back(float(p.x), float(p.y));
        cv::Point2f corners[4];
        cv::minAreaRect(points).points(corners);
        quad.points.clear();
        for (const cv::Point2f& c : corners)
            quad.points.push_back({ c.x, c.y });
    }
    // Green's formula as get_rotate_crop_image writes it: d < 0 is counter-clockwise on screen.
    double d = 0;
    for (std::size_t i = 0; i < 4; ++i) { // index - 1 and index, index from -1 to 2 as in the Python
        const PointF& a = quad.points[(i + 3) % 4];
        const PointF& b = quad.points[i];
        d += -0.5 * (b.y + a.y) * (b.x - a.x);
    }
    if (d < 0)
        std::swap(quad.points[1], quad.points[3]);
    return quad;
}

QByteArray cropWordJpeg(const cv::Mat& page, const Polygon& polygon)
{
    const Polygon quad = cropQuad(polygon);
    // Corners on one line would give OpenCV a singular transform and a crop of smeared pixels (PPOCRLabel writes it).
    if (!(quad.area() > 0))
        return {};
    // np.float32 corners, as PPOCRLabel hands them to OpenCV.
    cv::Point2f src[4];
    for (int i = 0; i < 4; ++i)
        src[i] = cv::Point2f(float(quad.points[std::size_t(i)].x), float(quad.points[std::size_t(i)].y));
    const auto length = [](const cv::Point2f& a, const cv::Point2f& b) { return std::hypot(a.x - b.x, a.y - b.y); };
    const int width = int(std::max(length(src[0], src[1]), length(src[2], src[3])));
    const int height = int(std::max(length(src[0], src[3]), length(src[1], src[2])));
    if (width <= 0 || height <= 0)
        return {};
    const cv::Point2f dst[4] = { { 0, 0 }, { float(width), 0 }, { float(width), float(height) }, { 0, float(height) } };
    std::vector<uchar> jpeg;
    try {
        const cv::Mat transform = cv::getPerspectiveTransform(src, dst);
        cv::Mat crop;
        cv::warpPerspective(page, crop, transform, cv::Size(width, height), cv::INTER_CUBIC, cv::BORDER_REPLICATE);
        if (double(crop.rows) / crop.cols >= 1.5)
            cv::rotate(crop, crop, cv::ROTATE_90_COUNTERCLOCKWISE); // np.rot90
        if (!cv::imencode(".jpg", crop, jpeg))
            return {};
    } catch (const cv::Exception&) {
        return {}; // a degenerate quad (three corners on a line): no crop, as PPOCRLabel's try/except gives none
    }
    return QByteArray(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size()));
}

} // namespace lector::io
