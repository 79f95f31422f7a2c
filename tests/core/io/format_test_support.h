// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Fixtures the label format tests share: tiny images, raw label files, region comparison.

#include "test_support.h"

#include <lector/io/format.h>
#include <lector/io/import_batch.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace lector::test {

/// Writes a grey image of the given size (the format follows the suffix) and returns its absolute path.
inline QString writeImage(const QString& dir, const QString& name, int width, int height)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).absoluteFilePath(name);
    const cv::Mat img(height, width, CV_8UC3, cv::Scalar(200, 180, 160));
    EXPECT_TRUE(cv::imwrite(path.toStdString(), img)) << path;
    return path;
}

/// Writes raw bytes (label files with BOMs, CRLF, bad UTF-8...) and returns the absolute path.
inline QString writeBytes(const QString& dir, const QString& name, const QByteArray& bytes)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).absoluteFilePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << path;
    file.write(bytes);
    return path;
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return file.readAll();
}

inline Region makeRegion(const Polygon& polygon, const QString& text, std::uint32_t flags = FlagNone)
{
    Region r;
    r.polygon = polygon;
    r.text = text;
    r.flags = flags;
    return r;
}

/// Reads `path` with `format` (default options), expecting a failure; returns its error.
inline Error readError(const Format& format, const QString& path)
{
    auto batch = format.read(path, {});
    EXPECT_FALSE(batch.has_value()) << path;
    return batch ? Error {} : batch.error();
}

/// A malformed-input error that locates the bad record.
inline void expectParseErrorAt(const Error& e, const QString& path, int line)
{
    EXPECT_EQ(e.code, ErrorCode::Parse) << e.toString();
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.line, line) << e.toString();
}

/// Geometry, text, flags and confidence, compared exactly.
inline void expectSameRegions(const std::vector<Region>& expected, const std::vector<Region>& actual)
{
    ASSERT_EQ(expected.size(), actual.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "region " << i);
        EXPECT_EQ(expected[i].polygon.toText(), actual[i].polygon.toText());
        EXPECT_EQ(expected[i].text, actual[i].text);
        EXPECT_EQ(expected[i].flags, actual[i].flags);
        EXPECT_EQ(expected[i].hasConfidence(), actual[i].hasConfidence());
        if (expected[i].hasConfidence() && actual[i].hasConfidence()) {
            EXPECT_EQ(expected[i].confidence, actual[i].confidence);
        }
    }
}

} // namespace lector::test
