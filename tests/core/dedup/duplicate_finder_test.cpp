// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/dedup/duplicate_finder.h>

#include "dedup/decoded_pages.h"
#include "dedup/page_transforms.h"
#include "dedup/reduced_decode.h"
#include "test_support.h"

#include <lector/store/duplicate_repository.h>
#include <lector/store/image_hash_repository.h>
#include <lector/store/project_store.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace lector;

namespace {

QStringList realPages(int funsd, int icdar)
{
    const QString dir = test::sharedDataDir();
    if (dir.isEmpty())
        return {};
    QStringList out;
    const QString f = dir + QStringLiteral("/funsd/training_data/images/");
    const QString i = dir + QStringLiteral("/icdar2015/imgs/test/");
    for (const QString& name : QDir(f).entryList({ QStringLiteral("*.png") }, QDir::Files, QDir::Name).mid(0, funsd))
        out << f + name;
    for (const QString& name : QDir(i).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name).mid(0, icdar))
        out << i + name;
    return out;
}

std::unique_ptr<ProjectStore> projectWith(const QString& dir, const QStringList& files)
{
    auto store = ProjectStore::create(dir + QStringLiteral("/p.lector"));
    EXPECT_TRUE(store) << store.error().toString().toStdString();
    if (!store)
        return nullptr;
    ImportBatch batch;
    for (const QString& f : files)
        batch.images.push_back({ f, 0, 0, {}, {}, false });
    const auto imported = (*store)->importBatch(batch, ImportTarget::imagesOnly());
    EXPECT_TRUE(imported) << imported.error().toString().toStdString();
    return std::move(store).value();
}

QString noisePng(const QString& dir, int i, int size = 64)
{
    cv::Mat m(size, size, CV_8UC3);
    cv::randu(m, cv::Scalar::all(0), cv::Scalar::all(255));
    const QString path = dir + QStringLiteral("/noise%1.png").arg(i, 4, 10, QLatin1Char('0'));
    cv::imwrite(path.toStdString(), m);
    return path;
}

class CancelAfter : public Progress {
public:
    explicit CancelAfter(std::int64_t n)
        : m_n(n)
    {
    }
    void report(std::int64_t done, std::int64_t) override
    {
        if (done >= m_n)
            m_canceled = true;
    }
    bool isCanceled() const override { return m_canceled; }

private:
    std::int64_t m_n;
    std::atomic<bool> m_canceled { false };
};

} // namespace

TEST(DuplicateFinder, FindsEveryPlantedCopyAndNoFalsePair)
{
    const QStringList pages = realPages(10, 4);
    if (pages.isEmpty())
        GTEST_SKIP() << "no shared data";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList files;
    std::map<QString, int> originalOf; // file -> page index
    std::map<QString, std::string> transformOf;
    for (int p = 0; p < pages.size(); ++p) {
        const cv::Mat page = cv::imread(pages[p].toStdString(), cv::IMREAD_COLOR);
        ASSERT_FALSE(page.empty());
        const QString original = dir.filePath(QStringLiteral("p%1-original.png").arg(p));
        cv::imwrite(original.toStdString(), page);
        files << original;
        originalOf[original] = p;
        for (const test::PageTransform& t : test::pageTransforms()) {
            const QString path = dir.filePath(QStringLiteral("p%1-%2.png").arg(p).arg(QString::fromStdString(t.name)));
            cv::imwrite(path.toStdString(), test::transformPage(page, t));
            files << path;
            originalOf[path] = p;
            transformOf[path] = t.name;
        }
    }
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    const auto hashes = updateProjectHashes(*store);
    ASSERT_TRUE(hashes) << hashes.error().toString().toStdString();
    EXPECT_TRUE(hashes->problems.empty());
    ASSERT_EQ(hashes->images.size(), std::size_t(files.size()));
    const auto found = nearClusters(hashes->images, kDefaultDedupThreshold);
    ASSERT_TRUE(found);
    const std::vector<ImageCluster>& clusters = *found;

    std::map<ImageId, QString> pathOf;
    for (const HashedImage& img : hashes->images)
        pathOf[img.id] = QFileInfo(img.path).absoluteFilePath();
    std::map<QString, int> clusterOf;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        std::set<int> pagesIn;
        for (ImageId id : clusters[c].images) {
            clusterOf[pathOf[id]] = int(c);
            pagesIn.insert(originalOf[QFileInfo(pathOf[id]).absoluteFilePath()]);
        }
        EXPECT_EQ(pagesIn.size(), 1U) << "a cluster joins different pages";
    }
    for (const auto& [path, transform] : transformOf) {
        const QString original
            = QFileInfo(dir.filePath(QStringLiteral("p%1-original.png").arg(originalOf[path]))).absoluteFilePath();
        const QString copy = QFileInfo(path).absoluteFilePath();
        EXPECT_TRUE(clusterOf.count(copy) && clusterOf.count(original) && clusterOf[copy] == clusterOf[original])
            << transform << " of " << original.toStdString();
    }
}

// Pages of one template (receipts: one layout, other words) are one picture to the 32 x 32 hashes; the pixel check
// must tell them apart and still keep every copy with its page.
TEST(DuplicateFinder, PagesOfOneTemplateAreNotDuplicatesTheirCopiesAre)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList files;
    std::map<QString, int> pageOf;
    constexpr int kPages = 8;
    for (int p = 0; p < kPages; ++p) {
        const cv::Mat page = test::templatedPage(unsigned(p));
        const QString path = dir.filePath(QStringLiteral("r%1.png").arg(p));
        cv::imwrite(path.toStdString(), page);
        files << path;
        pageOf[QFileInfo(path).absoluteFilePath()] = p;
        if (p >= 2)
            continue;
        for (const test::PageTransform& t : test::pageTransforms()) {
            if (t.strength != 1)
                continue;
            const QString copy = dir.filePath(QStringLiteral("r%1-%2.png").arg(p).arg(QString::fromStdString(t.name)));
            cv::imwrite(copy.toStdString(), test::transformPage(page, t));
            files << copy;
            pageOf[QFileInfo(copy).absoluteFilePath()] = p;
        }
    }
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    const auto hashes = updateProjectHashes(*store);
    ASSERT_TRUE(hashes);
    ASSERT_EQ(hashes->images.size(), std::size_t(files.size()));
    std::map<ImageId, int> page;
    for (const HashedImage& img : hashes->images)
        page[img.id] = pageOf.at(QFileInfo(img.path).absoluteFilePath());
    const auto pagesIn = [&](const ImageCluster& c) {
        std::set<int> out;
        for (ImageId id : c.images)
            out.insert(page[id]);
        return out;
    };

    // The hashes alone join different receipts: the case this test is about.
    const auto hashesOnly = nearClusters(hashes->images, kDefaultDedupThreshold, nullptr, false);
    ASSERT_TRUE(hashesOnly);
    bool joined = false;
    for (const ImageCluster& c : *hashesOnly)
        joined = joined || pagesIn(c).size() > 1;
    ASSERT_TRUE(joined) << "the templated pages no longer look alike to the hashes; the test lost its point";

    std::vector<NearPair> pairs = nearCandidates(hashes->images, kDefaultDedupThreshold);
    ASSERT_TRUE(checkNearPairs(hashes->images, pairs));
    for (const NearPair& p : pairs) {
        const bool samePage = page[hashes->images[p.first].id] == page[hashes->images[p.second].id];
        EXPECT_TRUE(p.checked);
        EXPECT_EQ(p.check.same, samePage)
            << hashes->images[p.first].path.toStdString() << " and " << hashes->images[p.second].path.toStdString()
            << ": ink difference " << p.check.inkDifference << ", " << p.check.inliers << " inliers";
    }
    const auto clusters = clustersOfPairs(hashes->images, pairs, kDefaultDedupThreshold);
    std::set<int> clustered;
    for (const ImageCluster& c : clusters) {
        EXPECT_EQ(pagesIn(c).size(), 1U) << "a cluster joins different receipts";
        const int copies = int(std::count_if(
            pageOf.begin(), pageOf.end(), [&](const auto& entry) { return entry.second == *pagesIn(c).begin(); }));
        EXPECT_EQ(int(c.images.size()), copies) << "every copy of receipt " << *pagesIn(c).begin() << " with it";
        clustered.insert(*pagesIn(c).begin());
    }
    EXPECT_EQ(clustered, (std::set<int> { 0, 1 }));
    // No check was spent on a pair that other confirmed checks had already joined: a group of k copies cost k - 1
    // looks that said "same".
    std::size_t confirmed = 0, joinedImages = 0;
    for (const NearPair& p : pairs)
        confirmed += p.checked && !p.inferred && p.check.same;
    for (const ImageCluster& c : clusters)
        joinedImages += c.images.size() - 1;
    EXPECT_EQ(confirmed, joinedImages);
}

// The pages hashing decoded whole are handed to the pixel check, which then decodes nothing again: with the files
// gone it decides every pair as it did with them, and without the pages (the files still gone) it can decide none.
TEST(DuplicateFinder, PagesKeptFromHashingDecideAsTheFilesDo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList files;
    for (int p = 0; p < 3; ++p) {
        const cv::Mat page = test::templatedPage(unsigned(p));
        const QString path = dir.filePath(QStringLiteral("r%1.png").arg(p));
        cv::imwrite(path.toStdString(), page);
        files << path;
        for (const test::PageTransform& t : test::pageTransforms()) {
            if (t.strength != 1 || p > 0)
                continue;
            const QString copy = dir.filePath(QStringLiteral("r%1-%2.png").arg(p).arg(QString::fromStdString(t.name)));
            cv::imwrite(copy.toStdString(), test::transformPage(page, t));
            files << copy;
        }
    }
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    auto hashes = updateProjectHashes(*store, nullptr, 0, /*keepPages=*/true);
    ASSERT_TRUE(hashes);
    ASSERT_TRUE(hashes->pages);
    std::vector<NearPair> fromFiles = nearCandidates(hashes->images, kDefaultDedupThreshold);
    ASSERT_GT(fromFiles.size(), 5U);
    ASSERT_TRUE(checkNearPairs(hashes->images, fromFiles));

    for (const QString& f : files)
        ASSERT_TRUE(QFile::remove(f));
    std::vector<NearPair> fromPages = nearCandidates(hashes->images, kDefaultDedupThreshold);
    std::vector<NearPair> fromNothing = fromPages;
    ASSERT_TRUE(checkNearPairs(hashes->images, fromPages, nullptr, 0, hashes->pages.get()));
    ASSERT_TRUE(checkNearPairs(hashes->images, fromNothing));
    ASSERT_EQ(fromPages.size(), fromFiles.size());
    int confirmed = 0;
    for (std::size_t k = 0; k < fromFiles.size(); ++k) {
        EXPECT_EQ(fromPages[k].check.same, fromFiles[k].check.same) << k;
        EXPECT_EQ(fromPages[k].inferred, fromFiles[k].inferred) << k;
        if (!fromFiles[k].inferred) {
            EXPECT_DOUBLE_EQ(fromPages[k].check.inkDifference, fromFiles[k].check.inkDifference) << k;
        }
        confirmed += fromFiles[k].check.same;
        EXPECT_FALSE(fromNothing[k].check.same) << "decided without its files or pages";
    }
    EXPECT_GE(confirmed, int(test::pageTransforms().size()) / 2 - 1) << "the copies of receipt 0 were not joined";
}

// The pixel check's ink (one pass of running sums) is OpenCV's box filters' Niblack rule, pixel for pixel, on real
// scans at both check sides and with a gain.
TEST(DuplicateFinder, PageInkIsNiblacksRuleThroughOpenCvsBoxFilters)
{
    const QStringList pages = realPages(3, 2);
    if (pages.isEmpty())
        GTEST_SKIP() << "no shared data";
    for (const QString& path : pages) {
        for (const int side : { kPageCheckSide, kCoarseCheckSide }) {
            for (const double gain : { 1.0, 0.6 }) {
                const cv::Mat gray = detail::readPage(path, side).value();
                const int n = side == kPageCheckSide ? 19 : 13;
                cv::Mat mean, squares;
                cv::boxFilter(gray, mean, CV_64F, cv::Size(n, n), cv::Point(-1, -1), true, cv::BORDER_REPLICATE);
                cv::sqrBoxFilter(gray, squares, CV_64F, cv::Size(n, n), cv::Point(-1, -1), true, cv::BORDER_REPLICATE);
                cv::Mat deviation;
                cv::sqrt(cv::max(squares - mean.mul(mean), 0.0), deviation);
                cv::Mat g;
                gray.convertTo(g, CV_64F);
                const cv::Mat expected = g < mean - cv::max(deviation * 0.5, 8.0 / gain);
                const cv::Mat ink = detail::pageInk(gray, side, gain);
                const int differing = cv::countNonZero(ink != expected);
                // Float rounding may flip a pixel that sits on the line; no more.
                EXPECT_LE(differing, int(gray.total() / 20000))
                    << path.toStdString() << " at " << side << ", gain " << gain << ": " << differing << " pixels of "
                    << cv::countNonZero(expected);
                EXPECT_GT(cv::countNonZero(expected), int(gray.total() / 100)) << "no ink: the test lost its point";
            }
        }
    }
}

TEST(DuplicateFinder, PairCheckIsDeterministicAndNamesAnImageThatDoesNotDecode)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString b = dir.filePath(QStringLiteral("b.png"));
    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    cv::imwrite(a.toStdString(), test::templatedPage(1));
    cv::imwrite(b.toStdString(), test::transformPage(test::templatedPage(1), { "rotate-3deg", "rotate", 1 }));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG\r\n\x1a\n not really");
    f.close();
    const auto sa = PageSignature::fromFile(a);
    const auto sb = PageSignature::fromFile(b);
    ASSERT_TRUE(sa && sb);
    const PairCheck first = checkPair(**sa, **sb);
    const PairCheck again = checkPair(**sa, **sb);
    EXPECT_TRUE(first.same) << first.inkDifference;
    EXPECT_EQ(first.inliers, again.inliers);
    EXPECT_EQ(first.inkDifference, again.inkDifference);
    const auto broken = PageSignature::fromFile(bad);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().toString().contains(QStringLiteral("bad.png")));
    EXPECT_FALSE(PageSignature::fromFile(dir.filePath(QStringLiteral("gone.png"))));

    // A pair whose image no longer decodes stays unconfirmed; the other pairs are checked.
    std::vector<HashedImage> images(3);
    images[0].path = a;
    images[1].path = b;
    images[2].path = bad;
    for (std::size_t i = 0; i < 3; ++i)
        images[i].id = ImageId(i + 1);
    std::vector<NearPair> pairs(2);
    pairs[0].first = 0;
    pairs[0].second = 1;
    pairs[1].first = 0;
    pairs[1].second = 2;
    ASSERT_TRUE(checkNearPairs(images, pairs));
    EXPECT_TRUE(pairs[0].checked && pairs[0].check.same);
    EXPECT_TRUE(pairs[1].checked);
    EXPECT_FALSE(pairs[1].check.same);
    EXPECT_EQ(clustersOfPairs(images, pairs, kDefaultDedupThreshold).size(), 1U);
}

TEST(DuplicateFinder, ExactClustersAreTheSamePixelsOnly)
{
    const QStringList pages = realPages(2, 0);
    if (pages.isEmpty())
        GTEST_SKIP() << "no shared data";
    QTemporaryDir dir;
    const cv::Mat page = cv::imread(pages[0].toStdString(), cv::IMREAD_COLOR);
    const QString a = dir.filePath(QStringLiteral("a.png"));
    const QString b = dir.filePath(QStringLiteral("b.png")); // other compression, same pixels
    const QString c = dir.filePath(QStringLiteral("c.jpg")); // JPEG q=100: not the same pixels
    const QString other = dir.filePath(QStringLiteral("d.png"));
    cv::imwrite(a.toStdString(), page, { cv::IMWRITE_PNG_COMPRESSION, 1 });
    cv::imwrite(b.toStdString(), page, { cv::IMWRITE_PNG_COMPRESSION, 9 });
    cv::imwrite(c.toStdString(), page, { cv::IMWRITE_JPEG_QUALITY, 100 });
    cv::imwrite(other.toStdString(), cv::imread(pages[1].toStdString(), cv::IMREAD_COLOR));
    auto store = projectWith(dir.path(), { a, b, c, other });
    ASSERT_TRUE(store);
    const auto hashes = updateProjectHashes(*store);
    ASSERT_TRUE(hashes);
    const auto exact = exactClusters(*store, hashes->images);
    ASSERT_TRUE(exact);
    ASSERT_EQ(exact->size(), 1U);
    EXPECT_EQ(exact->front().images, (std::vector<ImageId> { 1, 2 }));
    // The JPEG is a near duplicate of both.
    const auto near = nearClusters(hashes->images, kDefaultDedupThreshold);
    ASSERT_TRUE(near);
    ASSERT_EQ(near->size(), 1U);
    EXPECT_EQ(near->front().images, (std::vector<ImageId> { 1, 2, 3 }));
    // The pixel SHA-256 of the candidates is stored: a second look decodes nothing.
    const auto stored = ImageHashRepository(*store).all();
    ASSERT_TRUE(stored);
    int withSha = 0;
    for (const StoredImageHash& h : *stored)
        withSha += !h.pixelSha256.isEmpty();
    EXPECT_EQ(withSha, 3);
}

TEST(DuplicateFinder, SecondRunHashesOnlyNewAndChangedImages)
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 5; ++i)
        files << noisePng(dir.path(), i);
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    auto first = updateProjectHashes(*store);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->hashed, 5);
    auto second = updateProjectHashes(*store);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->hashed, 0);
    EXPECT_EQ(second->images.size(), 5U);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(second->images[i].hashes.phash, first->images[i].hashes.phash);

    ImportBatch batch;
    batch.images.push_back({ noisePng(dir.path(), 5), 0, 0, {}, {}, false });
    ASSERT_TRUE(store->importBatch(batch, ImportTarget::imagesOnly()));
    // A changed file (other size) is hashed again too.
    noisePng(dir.path(), 0, 80);
    auto third = updateProjectHashes(*store);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->hashed, 2);
    EXPECT_EQ(third->images.front().hashes.width, 80);
}

TEST(DuplicateFinder, MissingAndUndecodableImagesAreNamedAndSkipped)
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 4; ++i)
        files << noisePng(dir.path(), i);
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    ASSERT_TRUE(QFile::remove(files[1]));
    {
        QFile f(files[2]);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not a png any more");
    }
    const auto hashes = updateProjectHashes(*store);
    ASSERT_TRUE(hashes);
    EXPECT_EQ(hashes->images.size(), 2U);
    ASSERT_EQ(hashes->problems.size(), 2U);
    EXPECT_EQ(hashes->problems[0].image, 2);
    EXPECT_EQ(QFileInfo(hashes->problems[0].path).fileName(), QFileInfo(files[1]).fileName());
    EXPECT_EQ(hashes->problems[1].image, 3);
    EXPECT_FALSE(hashes->problems[1].message.isEmpty());
}

TEST(DuplicateFinder, CanceledRunKeepsWholeBatchesOnly)
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 600; ++i)
        files << noisePng(dir.path(), i, 40);
    auto store = projectWith(dir.path(), files);
    ASSERT_TRUE(store);
    CancelAfter progress(300);
    const auto canceled = updateProjectHashes(*store, &progress);
    ASSERT_FALSE(canceled);
    EXPECT_EQ(canceled.error().code, ErrorCode::Canceled);
    const auto stored = ImageHashRepository(*store).all();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->size() % 256, 0U);
    EXPECT_GE(stored->size(), 256U);
    // Resuming hashes only the rest.
    const auto resumed = updateProjectHashes(*store);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->hashed, std::int64_t(600 - stored->size()));
}

TEST(DuplicateFinder, DefaultChoiceKeepsTheLargestThenTheEarliest)
{
    std::vector<HashedImage> images(4);
    for (int i = 0; i < 4; ++i) {
        images[std::size_t(i)].id = i + 1;
        images[std::size_t(i)].hashes.width = 100;
        images[std::size_t(i)].hashes.height = 100;
        images[std::size_t(i)].addedAt = 10 - i;
    }
    images[1].hashes.width = 200; // image 2 is the largest of 1, 2
    const auto marks = defaultMarks({ { { 1, 2 }, 3 }, { { 3, 4 }, 1 } }, images);
    ASSERT_EQ(marks.size(), 2U);
    EXPECT_EQ(marks[0].image, 1);
    EXPECT_EQ(marks[0].duplicateOf, 2);
    EXPECT_EQ(marks[1].image, 3); // same size: image 4 was added earlier
    EXPECT_EQ(marks[1].duplicateOf, 4);
}

TEST(DuplicateFinder, WordsBoxedTwiceByOneAnnotator)
{
    QTemporaryDir dir;
    auto store = projectWith(dir.path(), { noisePng(dir.path(), 0, 200) });
    ASSERT_TRUE(store);
    const auto ann = store->ensureAnnotator(QStringLiteral("ann"));
    const auto bob = store->ensureAnnotator(QStringLiteral("bob"));
    ASSERT_TRUE(ann && bob);
    const auto box = [](double x, double y, double w, double h) {
        Region r;
        r.polygon = Polygon::fromBox({ x, y, x + w, y + h });
        return r;
    };
    std::vector<Annotation> rows;
    const auto add = [&](AnnotatorId who, Region r) {
        Annotation a;
        a.image = 1;
        a.annotator = who;
        a.region = std::move(r);
        rows.push_back(a);
    };
    add(*ann, box(10, 10, 100, 20));
    add(*ann, box(11, 10, 100, 20)); // IoU 0.98 with the first
    add(*ann, box(10, 50, 100, 20));
    add(*ann, box(10, 54, 100, 20)); // IoU 0.67: another word, or a sloppy box, not a duplicate
    add(*bob, box(10, 10, 100, 20)); // another annotator's region on the same word
    ASSERT_TRUE(store->addAnnotations(rows));
    const auto found = regionDuplicates(*store);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->size(), 1U);
    EXPECT_EQ(found->front().annotator, *ann);
    EXPECT_EQ(found->front().regions.size(), 2U);
    EXPECT_NEAR(found->front().iou, 99.0 / 101.0, 1e-12);
}
