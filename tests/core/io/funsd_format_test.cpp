// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "io/funsd/funsd_format.h"

#include "test_support.h"

#include <lector/io/format_registry.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fstream>

using namespace lector;

namespace {

QString funsdDir() { return lector::test::sharedDataDir() + QStringLiteral("/funsd/training_data"); }

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A label file plus a stand-in image (readers only check that the image exists).
QString writeLabel(const QTemporaryDir& dir, const QByteArray& json, const QString& stem = QStringLiteral("form"))
{
    writeFile(dir.filePath(stem + QStringLiteral(".png")), "not decoded");
    const QString path = dir.filePath(stem + QStringLiteral(".json"));
    writeFile(path, json);
    return path;
}

nlohmann::json parseWithDom(const QString& path)
{
    std::ifstream in(path.toStdString());
    return nlohmann::json::parse(in);
}

Error readError(const QString& path)
{
    auto batch = FunsdFormat().read(path, ReadOptions {});
    EXPECT_FALSE(batch.has_value());
    if (batch)
        return {};
    return batch.error();
}

} // namespace

TEST(FunsdFormat, ReadsRealSampleWithTheReadmeCounts)
{
    LECTOR_REQUIRE_SHARED_DATA();
    // The annotations folder alone: images come from its sibling images/ folder.
    auto batch = FunsdFormat().read(funsdDir() + QStringLiteral("/annotations"), ReadOptions {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    // Figures stated in /work/shared/data/funsd/README.md.
    EXPECT_EQ(batch->images.size(), 33u);
    EXPECT_EQ(batch->regionCount(), 5153u);
    std::size_t empty = 0;
    for (const ImportedImage& img : batch->images) {
        EXPECT_TRUE(QFileInfo::exists(img.imagePath)) << img.imagePath;
        EXPECT_EQ(QFileInfo(img.imagePath).completeBaseName(), QFileInfo(img.labelFile).completeBaseName());
        for (const Region& r : img.regions) {
            EXPECT_TRUE(r.polygon.isAxisAlignedBox());
            EXPECT_FALSE(r.hasConfidence());
            EXPECT_EQ(r.text.isEmpty(), bool(r.flags & FlagIllegible));
            empty += r.text.isEmpty();
        }
    }
    EXPECT_EQ(empty, 216u);
}

TEST(FunsdFormat, EveryWordMatchesADomParseOfTheSameFile)
{
    LECTOR_REQUIRE_SHARED_DATA();
    auto batch = FunsdFormat().read(funsdDir(), ReadOptions {}); // the split folder holding annotations/
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 33u);
    for (const ImportedImage& img : batch->images) {
        const nlohmann::json doc = parseWithDom(img.labelFile);
        std::size_t k = 0;
        for (const auto& entity : doc.at("form")) {
            for (const auto& word : entity.at("words")) {
                ASSERT_LT(k, img.regions.size()) << img.labelFile;
                const Region& r = img.regions[k++];
                const auto& b = word.at("box");
                EXPECT_EQ(r.polygon.boundingBox(),
                    (BoxF { b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>() }));
                EXPECT_EQ(r.text.toStdString(), word.at("text").get<std::string>());
            }
        }
        EXPECT_EQ(k, img.regions.size()) << img.labelFile;
    }
}

TEST(FunsdFormat, FirstWordOfEntity52IsTheReadmeExample)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString file = funsdDir() + QStringLiteral("/annotations/0001438955.json");
    auto batch = FunsdFormat().read(file, ReadOptions {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    // Count the words before entity id 52 with an independent parser, then look at that region.
    const nlohmann::json doc = parseWithDom(file);
    std::size_t before = 0;
    bool found = false;
    for (const auto& entity : doc.at("form")) {
        if (entity.at("id") == 52) {
            found = true;
            break;
        }
        before += entity.at("words").size();
    }
    ASSERT_TRUE(found);
    const Region& r = batch->images[0].regions.at(before);
    EXPECT_EQ(r.text, QStringLiteral("\""));
    EXPECT_EQ(r.polygon, Polygon::fromBox(BoxF { 145, 208, 156, 219 }));
}

TEST(FunsdFormat, RegistryDetectsFunsd)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const Format* f = FormatRegistry::instance().detect(funsdDir() + QStringLiteral("/annotations"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->id(), QStringLiteral("funsd"));
    f = FormatRegistry::instance().detect(funsdDir() + QStringLiteral("/annotations/0001438955.json"));
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->id(), QStringLiteral("funsd"));
}

TEST(FunsdFormat, RoundTripsWordsRoundingBoxesOutward)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString imagePath = dir.filePath(QStringLiteral("src/page_1.png"));
    writeFile(imagePath, "pixels");

    ExportSet set;
    set.name = QStringLiteral("alice");
    ExportImage img;
    img.id = 7;
    img.absolutePath = imagePath;
    img.relativePath = QStringLiteral("scans/page_1.png");
    Region a;
    a.polygon = Polygon::fromBox(BoxF { 10, 20, 30, 40 });
    a.text = QStringLiteral("Date:");
    Region b; // fractional and slanted: written as its bounding box rounded outward
    b.polygon = Polygon { { { 10.5, 50.2 }, { 40.1, 49.7 }, { 40.9, 60 }, { 10.2, 60.4 } } };
    b.text = QStringLiteral("say \"h\u00E9llo\", \\ \u2610");
    Region c;
    c.polygon = Polygon::fromBox(BoxF { 1, 2, 3, 4 });
    c.flags = FlagIllegible;
    img.regions = { a, b, c };
    set.images.push_back(img);

    const QString out = dir.filePath(QStringLiteral("out"));
    WriteOptions wo;
    wo.copyImages = true;
    auto written = FunsdFormat().write(set, out, wo);
    ASSERT_TRUE(written.has_value()) << written.error().toString();
    ASSERT_TRUE(QFileInfo::exists(out + QStringLiteral("/page_1.json")));
    ASSERT_TRUE(QFileInfo::exists(out + QStringLiteral("/page_1.png")));

    // The file is FUNSD as other tools read it: one "other" entity per word.
    const nlohmann::json doc = parseWithDom(out + QStringLiteral("/page_1.json"));
    ASSERT_EQ(doc.at("form").size(), 3u);
    for (int i = 0; i < 3; ++i) {
        const auto& e = doc["form"][i];
        EXPECT_EQ(e.at("id"), i);
        EXPECT_EQ(e.at("label"), "other");
        EXPECT_TRUE(e.at("linking").empty());
        EXPECT_EQ(e.at("words").size(), 1u);
        EXPECT_EQ(e.at("box"), e["words"][0].at("box"));
    }
    EXPECT_EQ(doc["form"][1]["box"], nlohmann::json({ 10, 49, 41, 61 }));

    auto batch = FunsdFormat().read(out, ReadOptions {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 1u);
    const auto& regions = batch->images[0].regions;
    ASSERT_EQ(regions.size(), 3u);
    EXPECT_EQ(regions[0].polygon, a.polygon);
    EXPECT_EQ(regions[0].text, a.text);
    EXPECT_EQ(regions[0].flags, FlagNone);
    EXPECT_EQ(regions[1].polygon, Polygon::fromBox(BoxF { 10, 49, 41, 61 }));
    EXPECT_EQ(regions[1].text, b.text);
    EXPECT_EQ(regions[2].text, QString());
    EXPECT_EQ(regions[2].flags, FlagIllegible);
}

TEST(FunsdFormat, RefusesTwoImagesWithOneStem)
{
    QTemporaryDir dir;
    ExportSet set;
    ExportImage a;
    a.relativePath = QStringLiteral("a/x.png");
    ExportImage b;
    b.relativePath = QStringLiteral("b/x.jpg");
    set.images = { a, b };
    auto written = FunsdFormat().write(set, dir.path(), WriteOptions {});
    ASSERT_FALSE(written.has_value());
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("x")));
}

TEST(FunsdFormat, TruncatedJsonNamesFileAndLine)
{
    QTemporaryDir dir;
    const QString path = writeLabel(dir,
        "{\n"
        "    \"form\": [\n"
        "        {\n"
        "            \"id\": 0,\n"
        "            \"words\": [\n"
        "                {\"text\": \"a\", \"box\": [1, 2, 3, 4]},\n"
        "                {\"text\": \"b\", \"box\": [1, 2\n");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(QFileInfo(e.path).fileName(), QStringLiteral("form.json"));
    EXPECT_EQ(e.line, 7);
    EXPECT_TRUE(e.message.contains(QStringLiteral("JSON"))) << e.message;
}

TEST(FunsdFormat, SyntaxErrorNamesItsLine)
{
    QTemporaryDir dir;
    const QString path = writeLabel(dir,
        "{\n"
        "    \"form\": [\n"
        "        {\n"
        "            \"id\": 0\n"
        "            \"words\": []\n"
        "        }\n"
        "    ]\n"
        "}\n");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.line, 5);
}

TEST(FunsdFormat, BoxWithThreeNumbersIsAnError)
{
    QTemporaryDir dir;
    const QString path = writeLabel(dir,
        "{\"form\": [\n"
        "  {\"id\": 0, \"words\": [\n"
        "    {\"text\": \"ok\", \"box\": [1, 2, 3, 4]},\n"
        "    {\"text\": \"bad\", \"box\": [1, 2, 3]}\n"
        "  ]}\n"
        "]}\n");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.path, path);
    EXPECT_EQ(e.line, 4);
    EXPECT_TRUE(e.message.contains(QStringLiteral("form[0].words[1].box"))) << e.message;
    EXPECT_TRUE(e.message.contains(QStringLiteral("4 numbers"))) << e.message;
}

TEST(FunsdFormat, NonNumericCoordinateIsAnError)
{
    QTemporaryDir dir;
    const QString path = writeLabel(dir,
        "{\"form\": [\n"
        "  {\"id\": 0, \"words\": [\n"
        "    {\"text\": \"ok\",\n"
        "     \"box\": [1, \"2\", 3, 4]}\n"
        "  ]}\n"
        "]}\n");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.line, 4);
    EXPECT_TRUE(e.message.contains(QStringLiteral("form[0].words[0].box"))) << e.message;
    EXPECT_TRUE(e.message.contains(QStringLiteral("numbers"))) << e.message;
}

TEST(FunsdFormat, MissingImageIsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lonely.json"));
    writeFile(path, "{\"form\": []}");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::NotFound);
    EXPECT_EQ(e.path, path);
    EXPECT_TRUE(e.message.contains(QStringLiteral("lonely"))) << e.message;
}

TEST(FunsdFormat, NotAFunsdDocument)
{
    QTemporaryDir dir;
    const QString path = writeLabel(dir, "{\"shapes\": []}");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_TRUE(e.message.contains(QStringLiteral("form"))) << e.message;
}

TEST(FunsdFormat, EntitiesAndWordsThatAreNotObjectsAreRejectedNotSkipped)
{
    const struct {
        QByteArray json;
        int line;
        const char* says;
    } cases[] = {
        { "{\"form\": [\n  {\"id\": 0, \"words\": []},\n  false\n]}\n", 3, "form[1] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0, \"words\": []},\n  42\n]}\n", 3, "form[1] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0, \"words\": []},\n  null\n]}\n", 3, "form[1] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0, \"words\": []},\n  [1, 2]\n]}\n", 3, "form[1] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0,\n   \"words\": [7]}\n]}\n", 3, "form[0].words[0] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0,\n   \"words\": [[\"a\"]]}\n]}\n", 3, "form[0].words[0] is not a JSON object" },
        { "{\"form\": [\n  {\"id\": 0,\n   \"words\": null}\n]}\n", 3, "form[0].words must be a list" },
        { "{\"form\": [\n  {\"id\": 0,\n   \"words\": {\"text\": \"a\"}}\n]}\n", 3, "form[0].words must be a list" },
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.json.toStdString());
        QTemporaryDir dir;
        const QString path = writeLabel(dir, c.json);
        const Error e = readError(path);
        EXPECT_EQ(e.code, ErrorCode::Parse);
        EXPECT_EQ(e.path, path);
        EXPECT_EQ(e.line, c.line) << e.toString();
        EXPECT_TRUE(e.message.contains(QLatin1String(c.says))) << e.toString();
    }
}

TEST(FunsdFormat, NestingDeeperThanAnyFormatIsAnError)
{
    QTemporaryDir dir;
    const QString path = writeLabel(
        dir, "{\"form\": [\n  {\"id\": 0, \"linking\": " + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}]}");
    const Error e = readError(path);
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_EQ(e.line, 2);
    EXPECT_TRUE(e.message.contains(QStringLiteral("nested deeper than 64 levels"))) << e.toString();
}
