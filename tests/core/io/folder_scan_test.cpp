// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Finding a dataset in a folder (New Project from Folder, a drop, import --folder): images by name and by bytes,
// checked by header; the label sets beside them read against the right image folder; images-only imports.
#include "format_test_support.h"

#include <lector/io/folder_scan.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace lector;
using namespace lector::test;

namespace {

QStringList names(const std::vector<QString>& paths, const QString& root)
{
    QStringList out;
    for (const QString& p : paths)
        out << QDir(root).relativeFilePath(p);
    return out;
}

bool hasProblem(const FolderScan& scan, const QString& fileName)
{
    return std::any_of(scan.problems.begin(), scan.problems.end(),
        [&](const Issue& i) { return QFileInfo(i.path).fileName() == fileName; });
}

} // namespace

TEST(FolderScan, FindsTheIcdarSampleAndItsLabelsInAnotherFolder)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString root = sharedDataDir() + QStringLiteral("/icdar2015");
    auto scan = scanPaths({ root });
    ASSERT_TRUE(scan) << scan.error().toString();
    ASSERT_EQ(scan->images.size(), 7u);
    for (const QString& image : scan->images)
        EXPECT_TRUE(QDir(root).relativeFilePath(image).startsWith(QStringLiteral("imgs/test/img_"))) << image;
    // Natural order: img_1 … img_7, not as a plain string sort would put them if there were an img_10.
    EXPECT_TRUE(scan->images.front().endsWith(QStringLiteral("img_1.jpg")));
    ASSERT_FALSE(scan->labels.empty());
    const FoundLabels& labels = scan->labels.front();
    EXPECT_EQ(labels.formatId, QStringLiteral("icdar2015"));
    EXPECT_EQ(QDir(root).relativeFilePath(labels.path), QStringLiteral("annotations/test"));
    EXPECT_EQ(labels.imagesMatched, 7);
    EXPECT_FALSE(labels.looksLikePredictions);

    // The same regions as the format reads when told where the images are (and as the sample's README counts).
    ReadOptions direct;
    direct.imagesDir = root + QStringLiteral("/imgs/test");
    auto expected = FormatRegistry::instance().format(QStringLiteral("icdar2015"))->read(labels.path, direct);
    ASSERT_TRUE(expected) << expected.error().toString();
    EXPECT_EQ(labels.regions, 62);
    EXPECT_EQ(labels.regions, std::int64_t(expected->regionCount()));

    const ImportBatch batch = folderImportBatch(*scan, &labels);
    EXPECT_EQ(batch.images.size(), 7u);
    EXPECT_EQ(batch.regionCount(), expected->regionCount());
}

TEST(FolderScan, FindsFunsdAnnotationsBesideTheirImages)
{
    LECTOR_REQUIRE_SHARED_DATA();
    const QString root = sharedDataDir() + QStringLiteral("/funsd");
    auto scan = scanPaths({ root });
    ASSERT_TRUE(scan) << scan.error().toString();
    ASSERT_FALSE(scan->labels.empty());
    const FoundLabels& labels = scan->labels.front();
    EXPECT_EQ(labels.formatId, QStringLiteral("funsd"));
    EXPECT_EQ(labels.imagesMatched, int(scan->images.size()));
    auto expected = FormatRegistry::instance()
                        .format(QStringLiteral("funsd"))
                        ->read(root + QStringLiteral("/training_data/annotations"), ReadOptions {});
    ASSERT_TRUE(expected) << expected.error().toString();
    EXPECT_EQ(labels.regions, std::int64_t(expected->regionCount()));
    EXPECT_EQ(labels.batch.images.size(), expected->images.size());
}

TEST(FolderScan, ImagesByNameAndByBytesWhatIsNotAnImageIsAProblem)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeImage(root, QStringLiteral("page_10.png"), 40, 30);
    writeImage(root, QStringLiteral("page_2.png"), 41, 30);
    writeImage(root + QStringLiteral("/scans/2024"), QStringLiteral("receipt.JPG"), 50, 20);
    // A JPEG without an ending (a camera's export): found by its first bytes.
    const QString jpeg = writeImage(root, QStringLiteral("tmp.jpg"), 30, 30);
    QFile::rename(jpeg, root + QStringLiteral("/scan0001"));
    writeBytes(root, QStringLiteral("notes.jpg"), "these are notes, not a JPEG");
    writeBytes(root, QStringLiteral("empty.png"), QByteArray());
    writeBytes(root, QStringLiteral("README"), "a dataset");
    writeImage(root + QStringLiteral("/.thumbnails"), QStringLiteral("t.png"), 8, 8); // hidden: not a dataset's
    ASSERT_TRUE(QFile::link(root, root + QStringLiteral("/scans/loop"))); // a link back up: not followed

    auto scan = scanPaths({ root });
    ASSERT_TRUE(scan) << scan.error().toString();
    EXPECT_EQ(names(scan->images, root),
        (QStringList { QStringLiteral("page_2.png"), QStringLiteral("page_10.png"), QStringLiteral("scan0001"),
            QStringLiteral("scans/2024/receipt.JPG") }));
    EXPECT_TRUE(hasProblem(*scan, QStringLiteral("notes.jpg")));
    EXPECT_TRUE(hasProblem(*scan, QStringLiteral("empty.png")));
    EXPECT_FALSE(hasProblem(*scan, QStringLiteral("README")));
    EXPECT_TRUE(scan->labels.empty());
    EXPECT_GT(scan->imageBytes, 0);

    FolderScanOptions flat;
    flat.recursive = false;
    auto top = scanPaths({ root }, flat);
    ASSERT_TRUE(top);
    EXPECT_EQ(top->images.size(), 3u);
}

TEST(FolderScan, DroppedFilesAndAMissingPath)
{
    QTemporaryDir dir;
    const QString a = writeImage(dir.path(), QStringLiteral("a.png"), 10, 10);
    const QString b = writeImage(dir.path() + QStringLiteral("/sub"), QStringLiteral("b.png"), 10, 10);
    auto scan = scanPaths({ a, dir.path() + QStringLiteral("/sub") });
    ASSERT_TRUE(scan) << scan.error().toString();
    EXPECT_EQ(scan->images, (std::vector<QString> { a, b }));
    auto missing = scanPaths({ a, dir.path() + QStringLiteral("/nope") });
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().toString().contains(QStringLiteral("/nope")));
}

TEST(FolderScan, CancelStopsTheScan)
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.png"), 10, 10);
    SilentProgress progress;
    progress.cancel();
    auto scan = scanPaths({ dir.path() }, {}, &progress);
    ASSERT_FALSE(scan);
    EXPECT_EQ(scan.error().code, ErrorCode::Canceled);
}

TEST(FolderScan, LabelsForSomeImagesTheOthersComeInUnlabeled)
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeImage(root, QStringLiteral("img_1.png"), 100, 60);
    writeImage(root, QStringLiteral("img_2.png"), 100, 60);
    writeImage(root, QStringLiteral("img_3.png"), 100, 60);
    writeBytes(root + QStringLiteral("/gt"), QStringLiteral("gt_img_1.txt"), "1,1,20,1,20,10,1,10,hello\n");
    writeBytes(root + QStringLiteral("/gt"), QStringLiteral("gt_img_3.txt"),
        "2,2,30,2,30,12,2,12,world\n3,3,9,3,9,9,3,9,###\n");
    auto scan = scanPaths({ root });
    ASSERT_TRUE(scan) << scan.error().toString();
    ASSERT_EQ(scan->labels.size(), 1u) << scan->summary();
    const FoundLabels& labels = scan->labels.front();
    EXPECT_EQ(labels.formatId, QStringLiteral("icdar2015"));
    EXPECT_EQ(labels.imagesDir, root); // gt/ holds no images: the paths resolved against the folder with them
    EXPECT_EQ(labels.imagesMatched, 2);
    const ImportBatch batch = folderImportBatch(*scan, &labels);
    ASSERT_EQ(batch.images.size(), 3u);
    EXPECT_EQ(batch.images[0].regions.size(), 1u);
    EXPECT_TRUE(batch.images[1].regions.empty());
    EXPECT_EQ(batch.images[2].regions.size(), 2u);
    const ImportBatch imagesAlone = folderImportBatch(*scan, nullptr);
    EXPECT_EQ(imagesAlone.images.size(), 3u);
    EXPECT_EQ(imagesAlone.regionCount(), 0u);
}

TEST(FolderScan, LabelsThatLookRightButDoNotReadAreAProblemNotAFailure)
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("img_1.png"), 100, 60);
    // An ICDAR line, then a broken one: the set is named with the reader's error, the images still come in.
    writeBytes(dir.path(), QStringLiteral("gt_img_1.txt"), "1,1,20,1,20,10,1,10,ok\n1,1,x,1,20,10,1,10,bad\n");
    auto scan = scanPaths({ dir.path() });
    ASSERT_TRUE(scan) << scan.error().toString();
    EXPECT_TRUE(scan->labels.empty());
    EXPECT_TRUE(
        hasProblem(*scan, QStringLiteral("gt_img_1.txt")) || hasProblem(*scan, QFileInfo(dir.path()).fileName()))
        << scan->summary();
    EXPECT_EQ(scan->images.size(), 1u);
}

TEST(ImportImagesOnly, AddsImagesWithoutMakingAnAnnotator)
{
    QTemporaryDir dir;
    writeImage(dir.path() + QStringLiteral("/images"), QStringLiteral("a.png"), 20, 10);
    writeImage(dir.path() + QStringLiteral("/images"), QStringLiteral("b.png"), 21, 10);
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.lector")));
    ASSERT_TRUE(store);
    auto scan = scanPaths({ dir.filePath(QStringLiteral("images")) }, FolderScanOptions { true, false, 32 });
    ASSERT_TRUE(scan);
    auto summary = (*store)->importBatch(folderImportBatch(*scan, nullptr), ImportTarget::imagesOnly());
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesAdded, 2);
    auto info = (*store)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->images, 2);
    EXPECT_TRUE(info->annotationsByAnnotator.empty());
    auto annotators = (*store)->annotators();
    ASSERT_TRUE(annotators);
    EXPECT_TRUE(annotators->empty()); // the CLI used to need an empty .txt per image, which made "imported"

    // Regions cannot come in without someone to belong to.
    ImportBatch withRegions = folderImportBatch(*scan, nullptr);
    Region r;
    r.polygon = Polygon::fromBox({ 1, 1, 5, 5 });
    withRegions.images[0].regions.push_back(r);
    auto refused = (*store)->importBatch(withRegions, ImportTarget::imagesOnly());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
}

TEST(ImportImagesOnly, AnImageThatDoesNotDecodeIsLeftOutOnlyWhenAskedAndOnlyWithoutRegions)
{
    QTemporaryDir dir;
    const QString good = writeImage(dir.path(), QStringLiteral("good.png"), 20, 10);
    // A PNG whose header is whole but whose pixels are gone: the scan's header check passes it, decoding fails.
    QFile source(good);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray head = source.read(33);
    const QString broken = writeBytes(dir.path(), QStringLiteral("broken.png"), head + QByteArray(64, 'x'));
    auto scan = scanPaths({ dir.path() });
    ASSERT_TRUE(scan);
    ASSERT_EQ(scan->images.size(), 2u);

    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.lector")));
    ASSERT_TRUE(store);
    const ImportBatch batch = folderImportBatch(*scan, nullptr);
    auto strict = (*store)->importBatch(batch, ImportTarget::imagesOnly());
    ASSERT_FALSE(strict); // all or nothing unless asked
    EXPECT_TRUE(strict.error().toString().contains(QStringLiteral("broken.png")));
    EXPECT_EQ((*store)->info()->images, 0);

    ImportTarget lenient = ImportTarget::imagesOnly();
    lenient.skipUnreadableImages = true;
    auto summary = (*store)->importBatch(batch, lenient);
    ASSERT_TRUE(summary) << summary.error().toString();
    EXPECT_EQ(summary->imagesAdded, 1);
    EXPECT_EQ(summary->imagesSkipped, 1);
    ASSERT_FALSE(summary->warnings.empty());
    EXPECT_EQ(summary->warnings.back().path, broken);

    // With regions on it, the broken image fails the import even when asked to skip.
    ImportBatch labeled = batch;
    for (ImportedImage& img : labeled.images) {
        if (img.imagePath == broken) {
            Region r;
            r.polygon = Polygon::fromBox({ 1, 1, 5, 5 });
            img.regions.push_back(r);
        }
    }
    ImportTarget toAlice = ImportTarget::forAnnotator(QStringLiteral("alice"));
    toAlice.skipUnreadableImages = true;
    EXPECT_FALSE((*store)->importBatch(labeled, toAlice));
}
