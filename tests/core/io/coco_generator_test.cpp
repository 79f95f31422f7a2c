// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/io/coco_generator.h>

#include "io/coco/coco_format.h"

#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <set>

using namespace lector;

TEST(CocoGenerator, SmallDatasetReadsBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto generated = generateCocoDataset(dir.path(), 20, 50, 42);
    ASSERT_TRUE(generated.has_value()) << generated.error().toString();

    auto batch = CocoFormat().read(dir.path(), ReadOptions {});
    ASSERT_TRUE(batch.has_value()) << batch.error().toString();
    ASSERT_EQ(batch->images.size(), 20u);
    EXPECT_EQ(batch->regionCount(), 1000u);

    // Compare with an independent DOM parse: every text, in order, and the image list.
    std::ifstream in(dir.filePath(QStringLiteral("annotations.json")).toStdString());
    const nlohmann::json doc = nlohmann::json::parse(in);
    ASSERT_EQ(doc.at("annotations").size(), 1000u);
    std::size_t k = 0;
    std::set<QByteArray> hashes;
    bool sawSpecial = false;
    for (std::size_t i = 0; i < batch->images.size(); ++i) {
        const ImportedImage& img = batch->images[i];
        EXPECT_EQ(img.imagePath,
            QDir::cleanPath(
                dir.filePath(QString::fromStdString("images/" + doc["images"][i]["file_name"].get<std::string>()))));
        const cv::Mat pixels = cv::imread(img.imagePath.toStdString(), cv::IMREAD_UNCHANGED);
        ASSERT_FALSE(pixels.empty()) << img.imagePath;
        EXPECT_EQ(pixels.cols, img.width);
        EXPECT_EQ(pixels.rows, img.height);
        QFile f(img.imagePath);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        hashes.insert(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
        ASSERT_EQ(img.regions.size(), 50u);
        for (const Region& r : img.regions) {
            const auto& ann = doc["annotations"][k++];
            const std::string text = ann["utf8_string"].get<std::string>();
            EXPECT_EQ(r.text.toStdString(), text == "###" ? "" : text); // ### marks don't care, with no text
            EXPECT_EQ(r.isDontCare(), text == "###");
            EXPECT_EQ(bool(r.flags & FlagIllegible), ann["legibility"] == "illegible");
            sawSpecial |= text.find_first_of("\",\\\x80\xC3") != std::string::npos;
            const BoxF b = r.polygon.boundingBox();
            EXPECT_GE(b.x0, 0);
            EXPECT_GE(b.y0, 0);
            EXPECT_LE(b.x1, img.width);
            EXPECT_LE(b.y1, img.height);
        }
    }
    EXPECT_EQ(hashes.size(), 20u); // distinct files
    EXPECT_TRUE(sawSpecial);
}

TEST(CocoGenerator, SameSeedSameAnnotations)
{
    QTemporaryDir a;
    QTemporaryDir b;
    ASSERT_TRUE(generateCocoDataset(a.path(), 3, 5, 7).has_value());
    ASSERT_TRUE(generateCocoDataset(b.path(), 3, 5, 7).has_value());
    QFile fa(a.filePath(QStringLiteral("annotations.json")));
    QFile fb(b.filePath(QStringLiteral("annotations.json")));
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly));
    ASSERT_TRUE(fb.open(QIODevice::ReadOnly));
    EXPECT_EQ(fa.readAll(), fb.readAll());
}
