// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/coco/coco_format.h"

#include "test_support.h"

#include <lector/io/format_registry.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

using namespace lector;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

nlohmann::json parseWithDom(const QString& path)
{
    std::ifstream in(path.toStdString());
    return nlohmann::json::parse(in);
}

// Two images in <dir>/images (stand-ins: the reader only checks that they exist) and a COCO file beside them.
QString writeCoco(const QTemporaryDir& dir, const QByteArray& json)
{
    writeFile(dir.filePath(QStringLiteral("images/a.png")), "a");
    writeFile(dir.filePath(QStringLiteral("images/b.jpg")), "b");
    const QString path = dir.filePath(QStringLiteral("coco.json"));
    writeFile(path, json);
    return path;
}

Error readError(const QString& path, const ReadOptions& options = {})
{
    auto batch = CocoFormat().read(path, options);
    EXPECT_FALSE(batch.has_value());
    if (batch)
        return {};
    return batch.error();
}

ExportSet sampleSet(const QTemporaryDir& dir)
{
    ExportSet set;
    set.name = QStringLiteral("alice");
    for (int i = 0; i < 3; ++i) {
        ExportImage img;
        img.id = 10 + i;
        img.relativePath = QStringLiteral("images/p%1.png").arg(i);
        img.absolutePath = dir.filePath(img.relativePath);
        writeFile(img.absolutePath, QByteArray::number(i));
        img.width = 640 + i;
        img.height = 480;
        set.images.push_back(img);
    }
    Region quad;
    quad.polygon = Polygon { { { 10.25, 20 }, { 90.5, 22.125 }, { 88, 40 }, { 9, 38.75 } } };
    quad.text = QStringLiteral("\"Caf\u00E9\", 5\u20AC \\ \U0001F600");
    Region box;
    box.polygon = Polygon::fromBox(BoxF { 100, 100, 150, 120 });
    box.text = QStringLiteral("STOP");
    Region illegible;
    illegible.polygon = Polygon::fromBox(BoxF { 1, 2, 3, 4 });
    illegible.flags = FlagIllegible;
    Region dontCare;
    dontCare.polygon = Polygon::fromBox(BoxF { 5, 5, 25, 15 });
    dontCare.flags = FlagDontCare; // no text, as every reader gives a don't-care region
    Region curved; // more than 4 points
    curved.polygon = Polygon { { { 0, 0 }, { 10, 1 }, { 20, 0 }, { 20, 5 }, { 10, 6 }, { 0, 5 } } };
    curved.text = QStringLiteral("wave");
    set.images[0].regions = { quad, box, illegible };
    set.images[1].regions = { dontCare, curved };
    // images[2] has no regions: it still belongs to the set
    return set;
}

void expectSameRegions(const std::vector<Region>& actual, const std::vector<Region>& expected, bool confidence)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].polygon, expected[i].polygon) << i;
        EXPECT_EQ(actual[i].text, expected[i].text) << i;
        EXPECT_EQ(actual[i].flags, expected[i].flags) << i;
        if (confidence)
            EXPECT_DOUBLE_EQ(actual[i].confidence, expected[i].confidence) << i;
        else
            EXPECT_FALSE(actual[i].hasConfidence()) << i;
    }
}

} // namespace

TEST(CocoFormat, GroundTruthRoundTrip)
{
    QTemporaryDir dir;
    ExportSet set = sampleSet(dir);
    set.images[0].split = QStringLiteral("val");
    set.images[1].split = QStringLiteral("dev"); // not a COCO-Text set: written "train", and counted
    const QString out = dir.filePath(QStringLiteral("export"));
    auto written = CocoFormat().write(set, out, WriteOptions {});
    ASSERT_TRUE(written.has_value()) << written.error().toString();
    const QString file = out + QStringLiteral("/annotations.json");

    // The file as coco_text.COCO_Text's createIndex reads it: imgs, anns and imgToAnns keyed by id, and each
    // image's set.
    const nlohmann::json doc = parseWithDom(file);
    ASSERT_EQ(doc.at("imgs").size(), 3u);
    EXPECT_EQ(doc.at("cats"), nlohmann::json::object());
    const auto& img = doc["imgs"]["11"];
    EXPECT_EQ(img["id"], 11);
    EXPECT_EQ(img["file_name"], "images/p1.png");
    EXPECT_EQ(img["width"], 641);
    EXPECT_EQ(img["set"], "train");
    EXPECT_EQ(doc["imgs"]["10"]["set"], "val");
    EXPECT_EQ(doc["imgs"]["12"]["set"], "train");
    ASSERT_EQ(doc.at("anns").size(), 5u);
    EXPECT_EQ(doc.at("imgToAnns"), nlohmann::json::parse(R"({"10": [1, 2, 3], "11": [4, 5], "12": []})"));
    const auto& first = doc["anns"]["1"];
    EXPECT_EQ(first["image_id"], 10);
    EXPECT_EQ(first["bbox"], nlohmann::json({ 9, 20, 81.5, 20 }));
    EXPECT_EQ(first["legibility"], "legible");
    EXPECT_EQ(first["utf8_string"], "\"Caf\u00E9\", 5\u20AC \\ \U0001F600");
    EXPECT_DOUBLE_EQ(doc["anns"]["2"]["area"].get<double>(), 50.0 * 20.0);
    EXPECT_EQ(doc["anns"]["2"]["mask"], nlohmann::json({ 100, 100, 150, 100, 150, 120, 100, 120 }));
    // Illegible words have no utf8_string (COCO-Text's evaluation tells legible ones by it); a don't-care region is
    // an illegible one, COCO-Text having no don't care.
    EXPECT_EQ(doc["anns"]["3"]["legibility"], "illegible");
    EXPECT_FALSE(doc["anns"]["3"].contains("utf8_string"));
    EXPECT_EQ(doc["anns"]["4"]["legibility"], "illegible");
    EXPECT_FALSE(doc["anns"]["4"].contains("utf8_string"));

    EXPECT_EQ(written->images, 3);
    EXPECT_EQ(written->regions, 5);
    EXPECT_EQ(written->count(ExportLoss::DontCareAsIllegible), 1);
    EXPECT_EQ(written->count(ExportLoss::TextsDropped), 0);
    EXPECT_EQ(written->count(ExportLoss::SplitsDropped), 1);
    EXPECT_EQ(written->count(ExportLoss::TextsReadAsDontCare), 0);
    EXPECT_TRUE(written->tracks(ExportLoss::ScriptsDropped));
    EXPECT_FALSE(written->tracks(ExportLoss::PolygonsAsBoxes)); // COCO keeps polygons

    ReadOptions options;
    options.imagesDir = dir.path();
    auto batch = CocoFormat().read(out, options); // the folder: its annotations.json
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 3u);
    ExportSet expected = set;
    Region& dontCare = expected.images[1].regions[0];
    dontCare.flags = FlagIllegible;
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(batch->images[i].imagePath, QFileInfo(set.images[i].absolutePath).absoluteFilePath());
        EXPECT_EQ(batch->images[i].width, set.images[i].width);
        EXPECT_EQ(batch->images[i].height, set.images[i].height);
        expectSameRegions(batch->images[i].regions, expected.images[i].regions, false);
    }
}

TEST(CocoFormat, ResultsRoundTripThroughTheReferenceFile)
{
    QTemporaryDir dir;
    ExportSet labels = sampleSet(dir);
    ExportSet predictions = labels;
    predictions.predictions = true;
    predictions.name = QStringLiteral("run-1");
    double score = 0.125;
    for (ExportImage& img : predictions.images) {
        for (Region& r : img.regions) {
            r.confidence = score;
            score += 0.25;
        }
    }
    ASSERT_TRUE(CocoFormat().write(labels, dir.filePath(QStringLiteral("gt")), WriteOptions {}).has_value());
    ASSERT_TRUE(CocoFormat().write(predictions, dir.filePath(QStringLiteral("run")), WriteOptions {}).has_value());
    const QString results = dir.filePath(QStringLiteral("run/results.json"));
    ASSERT_TRUE(QFileInfo::exists(results));

    const nlohmann::json doc = parseWithDom(results);
    ASSERT_TRUE(doc.is_array());
    ASSERT_EQ(doc.size(), 5u);
    EXPECT_EQ(doc[0]["image_id"], 10);
    EXPECT_EQ(doc[0]["score"], 0.125);

    // Without the ground truth the integer ids lead nowhere, and the error says what to pass.
    const Error e = readError(results);
    EXPECT_EQ(e.code, ErrorCode::NotFound);
    EXPECT_TRUE(e.message.contains(QStringLiteral("--reference"))) << e.message;

    ReadOptions options;
    options.imagesDir = dir.path();
    options.referenceFile = dir.filePath(QStringLiteral("gt/annotations.json"));
    ASSERT_TRUE(CocoFormat().supportsFile(results));
    auto batch = CocoFormat().read(results, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 3u); // the image without detections too
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(batch->images[i].imagePath, QFileInfo(predictions.images[i].absolutePath).absoluteFilePath());
        EXPECT_EQ(batch->images[i].width, predictions.images[i].width);
        expectSameRegions(batch->images[i].regions, predictions.images[i].regions, true);
    }
}

TEST(CocoFormat, ResultsMayNameImagesByFileOrStem)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir,
        R"([{"image_id": "a.png", "bbox": [1, 2, 3, 4], "score": 0.5, "utf8_string": "x"},
            {"image_id": "b", "segmentation": [[0, 0, 4, 0, 4, 2, 0, 2]], "score": 0.75, "text": "y"},
            {"image_id": "a.png", "bbox": [5, 6, 7, 8], "score": 1, "utf8_string": "z"}])");
    ReadOptions options;
    options.imagesDir = dir.filePath(QStringLiteral("images"));
    auto batch = CocoFormat().read(path, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    EXPECT_EQ(QFileInfo(batch->images[0].imagePath).fileName(), QStringLiteral("a.png"));
    ASSERT_EQ(batch->images[0].regions.size(), 2u);
    EXPECT_EQ(batch->images[0].regions[0].polygon, Polygon::fromBox(BoxF { 1, 2, 4, 6 }));
    EXPECT_EQ(batch->images[0].regions[1].text, QStringLiteral("z"));
    EXPECT_DOUBLE_EQ(batch->images[0].regions[0].confidence, 0.5);
    EXPECT_EQ(QFileInfo(batch->images[1].imagePath).fileName(), QStringLiteral("b.jpg"));
    EXPECT_EQ(batch->images[1].regions.at(0).text, QStringLiteral("y"));
    EXPECT_DOUBLE_EQ(batch->images[1].regions.at(0).confidence, 0.75);
}

TEST(CocoFormat, CocoTextFlagsAndImageSizes)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({
"images": [{"id": 1, "file_name": "a.png", "width": 640, "height": 480},
           {"id": 2, "file_name": "b.jpg", "width": 320, "height": 200}],
"annotations": [
  {"id": 5, "image_id": 2, "bbox": [10, 20, 30, 40], "utf8_string": "EXIT", "legibility": "legible", "category_id": 1},
  {"id": 6, "image_id": 1, "bbox": [1, 1, 2, 2], "utf8_string": "", "legibility": "illegible"},
  {"id": 7, "image_id": 1, "bbox": [0, 0, 5, 5], "segmentation": [[0, 0, 5, 0, 5, 5]], "utf8_string": "###"},
  {"id": 8, "image_id": 1, "bbox": [3, 3, 1, 1], "segmentation": [[1, 2]], "iscrowd": 1, "text": "crowd"}
],
"categories": [{"id": 1, "name": "text"}]})");
    ASSERT_TRUE(CocoFormat().supportsFile(path));
    auto batch = CocoFormat().read(path, ReadOptions {}); // images/ beside the file is found
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 2u);
    const ImportedImage& a = batch->images[0];
    const ImportedImage& b = batch->images[1];
    EXPECT_EQ(a.width, 640);
    EXPECT_EQ(b.height, 200);
    ASSERT_EQ(b.regions.size(), 1u);
    EXPECT_EQ(b.regions[0].polygon, Polygon::fromBox(BoxF { 10, 20, 40, 60 }));
    EXPECT_EQ(b.regions[0].flags, FlagNone);
    ASSERT_EQ(a.regions.size(), 3u);
    EXPECT_EQ(a.regions[0].flags, FlagIllegible);
    EXPECT_EQ(a.regions[1].polygon.points.size(), 3u); // the segmentation wins over the bbox
    EXPECT_EQ(a.regions[1].flags, FlagDontCare);
    EXPECT_EQ(a.regions[2].polygon, Polygon::fromBox(BoxF { 3, 3, 4, 4 })); // too short a polygon: the bbox
    EXPECT_EQ(a.regions[2].flags, FlagDontCare);
}

TEST(CocoFormat, TextOcrDictionaries)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({
"imgs": {"a4ea": {"id": "a4ea", "width": 1024, "height": 768, "set": "train", "file_name": "train/a.png"}},
"anns": {
  "a4ea_1": {"id": "a4ea_1", "image_id": "a4ea", "bbox": [1, 2, 3, 4], "utf8_string": "Hello",
             "points": [1, 2, 4, 2, 4, 6, 1, 6.5], "area": 12},
  "a4ea_2": {"id": "a4ea_2", "image_id": "a4ea", "bbox": [10, 20, 5, 5], "utf8_string": ".",
             "points": [10, 20, 15, 20, 15, 25, 10, 25], "area": 25}
},
"img2Anns": {"a4ea": ["a4ea_1", "a4ea_2"]}})");
    ReadOptions options;
    options.imagesDir = dir.filePath(QStringLiteral("images"));
    auto batch = CocoFormat().read(path, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    const ImportedImage& img = batch->images[0];
    EXPECT_EQ(QFileInfo(img.imagePath).fileName(), QStringLiteral("a.png"));
    EXPECT_EQ(img.width, 1024);
    ASSERT_EQ(img.regions.size(), 2u);
    EXPECT_EQ(img.regions[0].polygon, (Polygon { { { 1, 2 }, { 4, 2 }, { 4, 6 }, { 1, 6.5 } } }));
    EXPECT_EQ(img.regions[0].text, QStringLiteral("Hello"));
    EXPECT_EQ(img.regions[1].text, QString()); // "." is TextOCR's mark for illegible
    EXPECT_EQ(img.regions[1].flags, FlagIllegible);
}

TEST(CocoFormat, NonNumericBboxNamesTheAnnotation)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({
"images": [{"id": 1, "file_name": "a.png", "width": 640, "height": 480}],
"annotations": [
  {"id": 11, "image_id": 1, "bbox": [1, 2, 3, 4], "utf8_string": "ok"},
  {"image_id": 1,
   "bbox": ["a", 2, 3, 4], "utf8_string": "bad", "id": 12}
]})");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.line, 6);
    EXPECT_TRUE(e.message.contains(QStringLiteral("annotation 12"))) << e.message; // the id comes after the bbox
    EXPECT_TRUE(e.message.contains(QStringLiteral("annotations[1].bbox"))) << e.message;
}

TEST(CocoFormat, BboxWithThreeNumbersIsAnError)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({"images": [{"id": 1, "file_name": "a.png"}],
"annotations": [{"id": 3, "image_id": 1, "bbox": [1, 2, 3]}]})");
    const Error e = readError(path);
    EXPECT_EQ(e.line, 2);
    EXPECT_TRUE(e.message.contains(QStringLiteral("annotation 3"))) << e.message;
    EXPECT_TRUE(e.message.contains(QStringLiteral("4 numbers"))) << e.message;
}

TEST(CocoFormat, UnknownImageIdNamesTheAnnotation)
{
    QTemporaryDir dir;
    // The annotations come first: the image ids are checked once the whole file is read.
    const QString path = writeCoco(dir, R"({
"annotations": [
  {"id": 1, "image_id": 1, "bbox": [1, 2, 3, 4]},
  {"id": 77, "image_id": 9, "bbox": [1, 2, 3, 4]}
],
"images": [{"id": 1, "file_name": "a.png"}]})");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.line, 4);
    EXPECT_TRUE(e.message.contains(QStringLiteral("annotation 77"))) << e.message;
    EXPECT_TRUE(e.message.contains(QStringLiteral("image_id 9"))) << e.message;
}

TEST(CocoFormat, TruncatedDocumentNamesFileAndLine)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir,
        "{\n"
        "\"images\": [{\"id\": 1, \"file_name\": \"a.png\"}],\n"
        "\"annotations\": [\n"
        "  {\"id\": 1, \"image_id\": 1, \"bbox\": [1, 2, 3, 4]},\n"
        "  {\"id\": 2, \"image_id\": 1, \"bbox\": [1, 2,\n"
        "\n");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.line, 5);
}

TEST(CocoFormat, MissingImageFileIsAnError)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({
"images": [{"id": 1, "file_name": "a.png"},
  {"id": 2, "file_name": "gone.png"}],
"annotations": []})");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::NotFound);
    EXPECT_EQ(e.line, 3);
    EXPECT_TRUE(e.message.contains(QStringLiteral("gone.png"))) << e.message;
}

TEST(CocoFormat, RegistryDetectsCocoButNotFunsd)
{
    QTemporaryDir dir;
    const QString coco = writeCoco(dir, R"({"images": [], "annotations": []})");
    const Format* f = FormatRegistry::instance().detect(coco);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->id(), QStringLiteral("coco"));
    const QString funsd = dir.filePath(QStringLiteral("f.json"));
    writeFile(funsd, R"({"form": [{"id": 0, "words": [], "annotations": []}]})");
    EXPECT_FALSE(CocoFormat().supportsFile(funsd));
}

TEST(CocoFormat, OverflowingCoordinateNamesItsLocation)
{
    QTemporaryDir dir;
    // JSON has no NaN; a number too large for a double is the way a non-finite value could get in. The JSON
    // parser stops there, before the annotation's id is known, so the error gives the value's location.
    const QString path = writeCoco(dir, R"({"images": [{"id": 1, "file_name": "a.png"}],
"annotations": [{"id": 4, "image_id": 1, "segmentation": [[0, 0, 1e400, 0, 5, 5]]}]})");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.line, 2);
    EXPECT_TRUE(e.message.contains(QStringLiteral("annotations[0].segmentation[0][2]"))) << e.message;
    EXPECT_TRUE(e.message.contains(QStringLiteral("1e400"))) << e.message;
}

TEST(CocoFormat, PeriodIsOnlyIllegibleWithoutLegibilityField)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"({"images": [{"id": 1, "file_name": "a.png"}],
"annotations": [{"id": 1, "image_id": 1, "bbox": [0, 0, 2, 2], "utf8_string": ".", "legibility": "legible"}]})");
    auto batch = CocoFormat().read(path, ReadOptions {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    const Region& r = batch->images.at(0).regions.at(0);
    EXPECT_EQ(r.text, QStringLiteral("."));
    EXPECT_EQ(r.flags, FlagNone);
}

TEST(CocoFormat, DetectionsWithoutScoreGetAWarning)
{
    QTemporaryDir dir;
    const QString path = writeCoco(dir, R"([{"image_id": "a", "bbox": [0, 0, 2, 2], "utf8_string": "x"}])");
    ReadOptions options;
    options.imagesDir = dir.filePath(QStringLiteral("images"));
    auto batch = CocoFormat().read(path, options);
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    EXPECT_DOUBLE_EQ(batch->images.at(0).regions.at(0).confidence, 1.0);
    ASSERT_EQ(batch->warnings.size(), 1u);
    EXPECT_TRUE(batch->warnings[0].message.contains(QStringLiteral("score"))) << batch->warnings[0].message;
}
