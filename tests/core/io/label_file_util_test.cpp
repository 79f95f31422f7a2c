// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/label_file_util.h"

#include <lector/io/io_util.h>

#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;

TEST(LabelFileUtil, ParsesOnlyFiniteNumbers)
{
    EXPECT_EQ(io::parseFiniteNumber(u" 377 "), 377.0);
    EXPECT_EQ(io::parseFiniteNumber(u"+1.5"), 1.5);
    EXPECT_EQ(io::parseFiniteNumber(u"-0.25"), -0.25);
    EXPECT_EQ(io::parseFiniteNumber(u"1e3"), 1000.0);
    for (const char16_t* bad :
        { u"", u" ", u"nan", u"NaN", u"inf", u"-inf", u"infinity", u"1e999", u"1,5", u"12x", u"0x10", u"١٢" }) {
        EXPECT_FALSE(io::parseFiniteNumber(QStringView(bad)).has_value()) << QString::fromUtf16(bad).toStdString();
    }
}

TEST(LabelFileUtil, FormatsTheShortestExactDecimal)
{
    EXPECT_EQ(io::formatNumber(377.0), QStringLiteral("377"));
    EXPECT_EQ(io::formatNumber(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(io::formatNumber(-2.5), QStringLiteral("-2.5"));
    for (double v : { 1.0 / 3, 421.0 / 1280, 123.5 / 720, 1e-7, 12345678.125 })
        EXPECT_EQ(io::parseFiniteNumber(io::formatNumber(v)), v);
}

TEST(LabelFileUtil, JsonErrorsNameTheLineOfTheBadByte)
{
    auto ok = io::parseJson("{\"a\": [1, 2]}", QStringLiteral("f.json"));
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ((*ok)["a"][1], 2);
    auto bad = io::parseJson("{\n\"a\": [1,\n 2,,\n3]}", QStringLiteral("f.json"));
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().path, QStringLiteral("f.json"));
    EXPECT_EQ(bad.error().line, 3);
    auto later = io::parseJson("[1, }", QStringLiteral("Label.txt"), 12);
    ASSERT_FALSE(later.has_value());
    EXPECT_EQ(later.error().line, 12);
}

TEST(LabelFileUtil, PointsMustBeFiniteNumberPairs)
{
    const auto pts = io::pointsFromJson(nlohmann::json::parse("[[1, 2.5], [3, 4]]"));
    ASSERT_TRUE(pts.has_value());
    ASSERT_EQ(pts->size(), 2u);
    EXPECT_EQ((*pts)[0], (PointF { 1, 2.5 }));
    for (const char* bad : { "{}", "[[1]]", "[[1, 2, 3]]", "[[1, \"2\"]]", "[[1, null]]", "[1, 2]" })
        EXPECT_FALSE(io::pointsFromJson(nlohmann::json::parse(bad)).has_value()) << bad;
}

TEST(LabelFileUtil, KeepsExportedPathsInsideTheOutputFolder)
{
    ExportImage image;
    image.absolutePath = QStringLiteral("/data/photos/x.jpg");
    image.relativePath = QStringLiteral("train/x.jpg");
    EXPECT_EQ(io::safeRelativePath(image), QStringLiteral("train/x.jpg"));
    EXPECT_EQ(io::exportStem(image), QStringLiteral("x"));
    image.relativePath = QStringLiteral("../outside/x.jpg");
    EXPECT_EQ(io::safeRelativePath(image), QStringLiteral("x.jpg"));
    image.relativePath = QStringLiteral("/abs/x.jpg");
    EXPECT_EQ(io::safeRelativePath(image), QStringLiteral("x.jpg"));
    image.relativePath.clear();
    EXPECT_EQ(io::safeRelativePath(image), QStringLiteral("x.jpg"));
    image.relativePath = QStringLiteral("a\\b.c.jpg");
    EXPECT_EQ(io::safeRelativePath(image), QStringLiteral("a/b.c.jpg"));
    EXPECT_EQ(io::exportStem(image), QStringLiteral("b.c"));
}

TEST(LabelFileUtil, LabelFilesAtNamesAFolderWithoutLabels)
{
    QTemporaryDir dir;
    auto files = io::labelFilesAt(dir.path(), { QStringLiteral(".txt") });
    ASSERT_FALSE(files.has_value());
    EXPECT_EQ(files.error().code, ErrorCode::NotFound);
    EXPECT_EQ(files.error().path, dir.path());
    auto missing = io::labelFilesAt(dir.filePath(QStringLiteral("nope")), { QStringLiteral(".txt") });
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().path, dir.filePath(QStringLiteral("nope")));
}

TEST(LabelFileUtil, ResolvesImagePathsWrittenHereOrElsewhere)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("imgs/sub"));
    const QString inSub = dir.filePath(QStringLiteral("imgs/sub/a.png"));
    const QString flat = dir.filePath(QStringLiteral("imgs/b.png"));
    for (const QString& f : { inSub, flat }) {
        QFile file(f);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QString images = dir.filePath(QStringLiteral("imgs"));
    EXPECT_EQ(io::resolveImagePath(images, QStringLiteral("sub/a.png")), inSub);
    EXPECT_EQ(io::resolveImagePath(images, QStringLiteral("sub\\a.png")), inSub); // Windows separators
    EXPECT_EQ(io::resolveImagePath(images, inSub), inSub); // absolute and present
    // Written on another machine: the folder part is gone here, the file name is in the images folder.
    EXPECT_EQ(io::resolveImagePath(images, QStringLiteral("other/b.png")), flat);
    EXPECT_EQ(io::resolveImagePath(images, QStringLiteral("/home/someone/data/b.png")), flat);
    // Nowhere: the path as written, so that the error names it.
    EXPECT_EQ(io::resolveImagePath(images, QStringLiteral("/home/someone/data/c.png")),
        QStringLiteral("/home/someone/data/c.png"));
}

TEST(LabelFileUtil, JsonNestedTooDeepIsFoundOutsideStrings)
{
    const QByteArray ok = "{\"a\": [[1]], \"s\": \"[[[[[[[[[[\\\"[[[[\"}";
    EXPECT_FALSE(io::jsonTooDeepAt(ok.constData(), std::size_t(ok.size()), 3));
    const QByteArray deep = "{\"a\": [[[1]]]}";
    const auto at = io::jsonTooDeepAt(deep.constData(), std::size_t(deep.size()), 3);
    ASSERT_TRUE(at);
    EXPECT_EQ(*at, 8u) << "the fourth opening bracket";

    auto parsed = io::parseJson("[\n" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "]", QStringLiteral("f"));
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().line, 2);
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("nested deeper"))) << parsed.error().toString();
}

TEST(LabelFileUtil, ReadFileBytesStopsAtItsLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'a'));
    }
    auto small = io::readFileBytes(path, 999);
    ASSERT_FALSE(small);
    EXPECT_EQ(small.error().path, path);
    auto exact = io::readFileBytes(path, 1000);
    ASSERT_TRUE(exact);
    EXPECT_EQ(exact->size(), 1000);
    if (QFileInfo::exists(QStringLiteral("/dev/zero"))) {
        // A character device has no size: read in chunks up to the limit, then refused.
        auto zero = io::readFileBytes(QStringLiteral("/dev/zero"), 3 << 20);
        ASSERT_FALSE(zero);
        EXPECT_TRUE(zero.error().message.contains(QStringLiteral("larger than"))) << zero.error().toString();
    }
}

TEST(LabelFileUtil, ForEachUtf8LineStreamsLinesAsSplitLinesWould)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lines.txt"));
    const QByteArray text = "\xEF\xBB\xBF"
                            "first\r\n\nthird \xC3\xA9\n"
        + QByteArray(3 << 20, 'x') + "\nlast";
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QStringList lines;
    QList<int> numbers;
    ASSERT_TRUE(io::forEachUtf8Line(path, [&](int line, const QString& t) -> Result<void> {
        numbers << line;
        lines << t;
        return {};
    }));
    const QStringList expected = io::splitLines(*io::readUtf8File(path));
    EXPECT_EQ(lines, expected);
    EXPECT_EQ(numbers, (QList<int> { 1, 2, 3, 4, 5 }));

    // The handler's error stops the reading.
    int seen = 0;
    auto stopped = io::forEachUtf8Line(path, [&](int line, const QString&) -> Result<void> {
        ++seen;
        if (line == 2)
            return LECTOR_ERROR(ErrorCode::Parse, QStringLiteral("stop")).at(path, line);
        return {};
    });
    ASSERT_FALSE(stopped);
    EXPECT_EQ(stopped.error().line, 2);
    EXPECT_EQ(seen, 2);
}
