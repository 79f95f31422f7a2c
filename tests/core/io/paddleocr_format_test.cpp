// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/paddleocr/paddleocr_format.h"

#include "io/format_test_support.h"

#include <lector/io/format_registry.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

/// A results folder with the images PaddleOCR saw (img_1.jpg, img_2.jpg) and `name` holding `content`.
QString resultsFolder(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    writeImage(dir.path(), QStringLiteral("img_1.jpg"), 128, 64);
    writeImage(dir.path(), QStringLiteral("img_2.jpg"), 128, 64);
    return writeBytes(dir.path(), name, content);
}

Region scored(const Polygon& polygon, const QString& text, double confidence, std::uint32_t flags = FlagNone)
{
    Region r = makeRegion(polygon, text, flags);
    r.confidence = confidence;
    return r;
}

Error readError(const QString& file) { return lector::test::readError(PaddleOcrFormat(), file); }

} // namespace

TEST(PaddleOcrFormat, ReadsSystemResultsWithScores)
{
    // As predict_system.py writes it (basename, tab, json.dumps(ensure_ascii=False)), with the score a fork adds
    // either as a number or as the string f"{score:.3f}".
    QTemporaryDir dir;
    const QString file = resultsFolder(dir, QStringLiteral("system_results.txt"),
        "img_1.jpg\t[{\"transcription\": \"\xEC\x84\x9C\xEC\x9A\xB8\", \"points\": [[10, 5], [40, 7], [39, 20], [9, "
        "18]], \"score\": 0.9871}, {\"transcription\": \"EXIT\", \"points\": [[50, 5], [90, 5], [90, 20], [50, 20]], "
        "\"score\": \"0.512\"}]\n"
        "/home/someone/ocr/img_2.jpg\t[{\"transcription\": \"###\", \"points\": [[1, 1], [5, 1], [5, 5], [1, 5]], "
        "\"score\": 1}]\n");
    EXPECT_TRUE(PaddleOcrFormat().supportsFile(file));
    EXPECT_TRUE(PaddleOcrFormat().supportsFile(dir.path()));
    EXPECT_EQ(FormatRegistry::instance().detect(file)->id(), QStringLiteral("paddleocr"));
    auto batch = PaddleOcrFormat().read(file, {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    EXPECT_EQ(QFileInfo(batch->images[1].imagePath).fileName(), QStringLiteral("img_2.jpg"));
    expectSameRegions(
        { scored(Polygon { { { 10, 5 }, { 40, 7 }, { 39, 20 }, { 9, 18 } } }, QStringLiteral("서울"), 0.9871),
            scored(Polygon::fromBox({ 50, 5, 90, 20 }), QStringLiteral("EXIT"), 0.512) },
        batch->images[0].regions);
    expectSameRegions(
        { scored(Polygon::fromBox({ 1, 1, 5, 5 }), QString(), 1, FlagDontCare) }, batch->images[1].regions);
}

TEST(PaddleOcrFormat, ReadsDetectionResultsAsBarePolygons)
{
    // predict_det.py: json.dumps of the boxes, no text, no score; an image with nothing found has [].
    QTemporaryDir dir;
    const QString file = resultsFolder(dir, QStringLiteral("det_results.txt"),
        "img_1.jpg\t[[[10.0, 5.0], [40.0, 7.0], [39.0, 20.0], [9.0, 18.0]], [[50, 5], [90, 5], [90, 20], [50, 20]]]\n"
        "img_2.jpg\t[]\n");
    EXPECT_TRUE(PaddleOcrFormat().supportsFile(file));
    auto batch = PaddleOcrFormat().read(dir.path(), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    ASSERT_EQ(batch->images[0].regions.size(), 2u);
    EXPECT_EQ(batch->images[0].regions[0].polygon.toText(), "10,5,40,7,39,20,9,18");
    EXPECT_FALSE(batch->images[0].regions[0].hasConfidence());
    EXPECT_TRUE(batch->images[1].regions.empty());
}

TEST(PaddleOcrFormat, ReadsPaddleOcr3JsonResults)
{
    QTemporaryDir dir;
    resultsFolder(dir, QStringLiteral("img_1_res.json"),
        "{\n  \"input_path\": \"/data/in/img_1.jpg\",\n  \"page_index\": null,\n  \"dt_polys\": [[[1, 2], [30, 2], "
        "[30, 12], [1, 12]]],\n  \"rec_texts\": [\"Hello\"],\n  \"rec_scores\": [0.93],\n  \"rec_polys\": [[[1, 2], "
        "[30, 2], [30, 12], [1, 12]]],\n  \"rec_boxes\": [[1, 2, 30, 12]]\n}\n");
    writeBytes(dir.path(), QStringLiteral("img_2_res.json"),
        "{\"res\": {\"dt_polys\": [[[5, 5], [25, 5], [25, 15], [5, 15]]], \"dt_scores\": [0.71]}}");
    EXPECT_TRUE(PaddleOcrFormat().supportsFile(dir.path()));
    auto batch = PaddleOcrFormat().read(dir.path(), {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    expectSameRegions(
        { scored(Polygon::fromBox({ 1, 2, 30, 12 }), QStringLiteral("Hello"), 0.93) }, batch->images[0].regions);
    // Detection only, found through the file name.
    EXPECT_EQ(QFileInfo(batch->images[1].imagePath).fileName(), QStringLiteral("img_2.jpg"));
    expectSameRegions({ scored(Polygon::fromBox({ 5, 5, 25, 15 }), QString(), 0.71) }, batch->images[1].regions);
}

TEST(PaddleOcrFormat, PpocrLabelFilesStayWithPpocrLabel)
{
    QTemporaryDir dir;
    const QString file = resultsFolder(dir, QStringLiteral("Label.txt"),
        "img_1.jpg\t[{\"transcription\": \"ok\", \"points\": [[1, 2], [3, 2], [3, 4], [1, 4]], \"difficult\": "
        "false}]\n");
    EXPECT_FALSE(PaddleOcrFormat().supportsFile(file));
    EXPECT_EQ(FormatRegistry::instance().detect(file)->id(), QStringLiteral("ppocrlabel"));
}

TEST(PaddleOcrFormat, MalformedResultsNameFileLineAndItem)
{
    QTemporaryDir dir;
    const QByteArray good
        = "img_1.jpg\t[{\"transcription\": \"a\", \"points\": [[1, 2], [3, 2], [3, 4]], \"score\": 0.5}]\n";
    struct Case {
        QByteArray second;
        QString says;
    };
    const Case cases[] = {
        { "img_2.jpg [{\"points\": [[1, 2], [3, 2], [3, 4]]}]\n", QStringLiteral("a tab") },
        { "img_2.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]], \"score\": 1.5}]\n", QStringLiteral("\"score\"") },
        { "img_2.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]], \"score\": \"high\"}]\n", QStringLiteral("\"score\"") },
        { "img_2.jpg\t[{\"transcription\": \"b\"}]\n", QStringLiteral("\"points\"") },
        { "img_2.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]]}, {\"points\": [[1, 2], [3, 2]]}]\n",
            QStringLiteral("item 2") },
        { "img_2.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]], \"transcription\": 7}]\n",
            QStringLiteral("\"transcription\"") },
        { "img_2.jpg\t[[[1, 2], [3, 2], [3, \"x\"]]]\n", QStringLiteral("item 1") },
        { "img_2.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]]}\n", QString() },
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.second.toStdString());
        const QString file = resultsFolder(dir, QStringLiteral("system_results.txt"), good + c.second);
        const Error e = readError(file);
        expectParseErrorAt(e, file, 2);
        EXPECT_TRUE(e.message.contains(c.says)) << e.message;
    }
    const QString missing = resultsFolder(
        dir, QStringLiteral("system_results.txt"), "img_9.jpg\t[{\"points\": [[1, 2], [3, 2], [3, 4]]}]\n");
    const Error e = readError(missing);
    EXPECT_EQ(e.code, ErrorCode::NotFound);
    EXPECT_EQ(e.line, 1);
    EXPECT_TRUE(e.message.contains(QStringLiteral("img_9.jpg"))) << e.message;

    QTemporaryDir jsonDir;
    const QString json = resultsFolder(jsonDir, QStringLiteral("img_1_res.json"),
        "{\"rec_polys\": [[[1, 2], [3, 2], [3, 4]]], \"rec_texts\": [\"a\", \"b\"], \"rec_scores\": [0.5]}");
    const Error lengths = readError(json);
    EXPECT_EQ(lengths.path, json);
    EXPECT_TRUE(lengths.message.contains(QStringLiteral("rec_texts"))) << lengths.message;
}

TEST(PaddleOcrFormat, NestingDeeperThanAnyFormatIsAnError)
{
    QTemporaryDir dir;
    const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const QString json = resultsFolder(dir, QStringLiteral("img_1_res.json"),
        "{\"rec_polys\": [[[1, 2], [3, 2], [3, 4]]],\n\"rec_texts\": [\"a\"], \"extra\": " + deep + "}");
    const Error e = readError(json);
    expectParseErrorAt(e, json, 2);
    EXPECT_TRUE(e.message.contains(QStringLiteral("nested deeper than 64 levels"))) << e.toString();

    const QString lines = resultsFolder(dir, QStringLiteral("system_results.txt"), "img_1.jpg\t" + deep + "\n");
    expectParseErrorAt(readError(lines), lines, 1);
}
