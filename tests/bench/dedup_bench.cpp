// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Duplicate images: (1) hashing speed on JPEG pages of about 2000 x 3000 on every core, beside the reduced decode
// alone in the same run (the limit); (2) all near pairs among a million random stored hashes through the index;
// (3) planted copies of the real pages under $LECTOR_TEST_DATA, each transform at two strengths: recall per
// transform and false pairs among the originals, per descriptor and threshold, beside findimagedupes on the same
// folder in the same run. Writes only under --work.
// Usage: lector-bench-dedup [--work DIR] [--data DIR] [--pages N] [--hashes N] [--threshold T] [--no-findimagedupes]
//        [--only hashing|index|planted]

#include "dedup/decoded_pages.h"
#include "dedup/page_transforms.h"

#include <lector/core/parallel_for.h>
#include <lector/dedup/duplicate_finder.h>
#include <lector/dedup/hash_index.h>
#include <lector/dedup/image_hashes.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace lector;

namespace {

struct Planted {
    QString path;
    int original = -1; // index of its original; -1 for an original
    std::string transform;
};

QStringList realPages(const QString& data)
{
    QStringList out;
    QDirIterator it(
        data, { QStringLiteral("*.png"), QStringLiteral("*.jpg") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

void hashingSpeed(const QString& work, const QStringList& pages, int count)
{
    const QString dir = work + QStringLiteral("/pages");
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = dir + QStringLiteral("/page%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
        files << path;
        if (QFileInfo::exists(path))
            continue;
        cv::Mat page = cv::imread(pages[i % pages.size()].toStdString(), cv::IMREAD_COLOR);
        cv::Mat big;
        cv::resize(page, big, cv::Size(2000, 3000), 0, 0, cv::INTER_CUBIC);
        cv::putText(big, std::to_string(i), cv::Point(100, 200), cv::FONT_HERSHEY_SIMPLEX, 4, cv::Scalar(0, 0, 0), 8);
        cv::imwrite(path.toStdString(), big, { cv::IMWRITE_JPEG_QUALITY, 90 });
    }
    const auto rate = [&](const char* what, const std::function<void(const QString&)>& work1) {
        double best = 0;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            parallelFor(std::size_t(files.size()), {}, [&](std::size_t i, int) { work1(files[int(i)]); });
            best = std::max(best, files.size() / (t.nsecsElapsed() / 1e9));
        }
        std::printf("  %-44s %7.0f pages/s (best of 3)\n", what, best);
        return best;
    };
    std::printf("hashing %d JPEG pages of 2000 x 3000 (q90) on %d threads:\n", count,
        parallelThreads({}, std::size_t(files.size())));
    const double decode = rate("IMREAD_REDUCED_GRAYSCALE_8 decode alone", [](const QString& p) {
        cv::Mat m = cv::imread(p.toStdString(), cv::IMREAD_REDUCED_GRAYSCALE_8);
        (void)m;
    });
    const double hashing = rate("hashImageFile (decode + pHash, dHash, rhash)", [](const QString& p) {
        auto h = hashImageFile(p);
        (void)h;
    });
    std::printf("  hashing runs at %.0f %% of the decode alone\n", 100.0 * hashing / decode);
}

void indexSpeed(int count, int threshold)
{
    std::mt19937_64 rng(42);
    std::vector<std::uint64_t> hashes(static_cast<std::size_t>(count));
    for (auto& h : hashes)
        h = rng();
    // Planted near pairs: a copy of every 1000th hash with `threshold` bits flipped, at the end.
    const int planted = count / 1000;
    for (int k = 0; k < planted; ++k) {
        std::uint64_t h = hashes[std::size_t(k) * 1000];
        std::set<int> bits;
        while (int(bits.size()) < threshold)
            bits.insert(int(rng() % 64));
        for (int b : bits)
            h ^= std::uint64_t(1) << b;
        hashes[std::size_t(count - planted + k)] = h;
    }
    QElapsedTimer t;
    t.start();
    const HashIndex index(hashes);
    const double build = t.nsecsElapsed() / 1e9;
    t.restart();
    const std::vector<HashPair> pairs = index.pairsWithin(threshold);
    const double query = t.nsecsElapsed() / 1e9;
    int found = 0;
    for (const HashPair& p : pairs)
        found += p.second >= std::uint32_t(count - planted) && p.first % 1000 == 0
            && p.first / 1000 == p.second - std::uint32_t(count - planted);
    std::printf("all pairs within %d bits among %d random hashes: index built in %.2f s, pairs in %.2f s "
                "(%.2f s in all); %zu pairs, %d of %d planted pairs found\n",
        threshold, count, build, query, build + query, pairs.size(), found, planted);
}

std::vector<Planted> plant(const QString& work, const QStringList& pages)
{
    const QString dir = work + QStringLiteral("/planted");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::vector<Planted> out;
    for (int i = 0; i < pages.size(); ++i) {
        const cv::Mat page = cv::imread(pages[i].toStdString(), cv::IMREAD_COLOR);
        const QString base = dir + QStringLiteral("/p%1").arg(i, 3, 10, QLatin1Char('0'));
        cv::imwrite((base + QStringLiteral("-original.png")).toStdString(), page);
        out.push_back({ base + QStringLiteral("-original.png"), -1, "original" });
        for (const test::PageTransform& t : test::pageTransforms()) {
            const bool jpeg = t.kind == "jpeg";
            const QString path = base + QLatin1Char('-') + QString::fromStdString(t.name)
                + (jpeg ? QStringLiteral(".jpg") : QStringLiteral(".png"));
            const cv::Mat copy = test::transformPage(page, t);
            if (jpeg)
                cv::imwrite(path.toStdString(), page, { cv::IMWRITE_JPEG_QUALITY, t.strength ? 40 : 75 });
            else
                cv::imwrite(path.toStdString(), copy);
            out.push_back({ path, i, t.name });
        }
    }
    return out;
}

// Recall per transform and false pairs among originals of a clustering given as a cluster id per file.
void score(const char* who, const std::vector<Planted>& files, const std::vector<int>& clusterOf, double seconds)
{
    std::map<std::string, std::pair<int, int>> recall; // transform -> found, total
    int found = 0, total = 0;
    // Originals are at the indices where original == -1; copy i's original is the original of page files[i].original.
    std::vector<std::size_t> originalIndex;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].original < 0)
            originalIndex.push_back(i);
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].original < 0)
            continue;
        const std::size_t o = originalIndex[std::size_t(files[i].original)];
        const bool hit = clusterOf[i] >= 0 && clusterOf[i] == clusterOf[o];
        auto& r = recall[files[i].transform];
        r.first += hit;
        ++r.second;
        found += hit;
        ++total;
    }
    int falsePairs = 0;
    for (std::size_t a = 0; a < originalIndex.size(); ++a) {
        for (std::size_t b = a + 1; b < originalIndex.size(); ++b) {
            const int ca = clusterOf[originalIndex[a]], cb = clusterOf[originalIndex[b]];
            falsePairs += ca >= 0 && ca == cb;
        }
    }
    std::printf("%s: %d of %d planted copies found, %d false pairs among %zu originals, %.2f s\n", who, found, total,
        falsePairs, originalIndex.size(), seconds);
    for (const auto& [name, r] : recall)
        std::printf("    %-14s %2d/%2d\n", name.c_str(), r.first, r.second);
}

std::vector<int> clusterIds(const std::vector<ImageCluster>& clusters, std::size_t n)
{
    std::vector<int> out(n, -1);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        for (ImageId id : clusters[c].images)
            out[std::size_t(id - 1)] = int(c);
    }
    return out;
}

void planted(const QString& work, const QStringList& pages, int threshold, bool runFindimagedupes)
{
    const std::vector<Planted> files = plant(work, pages);
    std::printf("planted: %zu originals, %zu copies, %zu transforms\n", std::size_t(pages.size()),
        files.size() - std::size_t(pages.size()), test::pageTransforms().size());
    QElapsedTimer t;
    t.start();
    std::vector<HashedImage> images(files.size());
    // As updateProjectHashes(keepPages) does for lector-cli dedup: the pages hashing decoded whole are kept for
    // the pixel check.
    DecodedPages kept;
    parallelFor(files.size(), {}, [&](std::size_t i, int) {
        images[i].id = ImageId(i + 1);
        images[i].path = files[i].path;
        if (auto h = kept.hash(images[i].id, files[i].path))
            images[i].hashes = *h;
    });
    const double hashSeconds = t.nsecsElapsed() / 1e9;

    // Per descriptor: the distance of each copy to its original, to choose the descriptor and threshold.
    std::vector<std::size_t> originalIndex;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].original < 0)
            originalIndex.push_back(i);
    }
    const auto field = [](const ImageHashes& h, int k) { return k == 0 ? h.phash : k == 1 ? h.dhash : h.rhash; };
    const char* names[] = { "phash", "dhash", "rhash" };
    std::printf("distance of a copy to its original (median / max over pages), and the closest two originals:\n");
    std::printf("    %-14s %12s %12s %12s\n", "transform", names[0], names[1], names[2]);
    for (const test::PageTransform& tr : test::pageTransforms()) {
        std::printf("    %-14s", tr.name.c_str());
        for (int k = 0; k < 3; ++k) {
            std::vector<int> d;
            for (std::size_t i = 0; i < files.size(); ++i) {
                if (files[i].transform == tr.name)
                    d.push_back(hashDistance(field(images[i].hashes, k),
                        field(images[originalIndex[std::size_t(files[i].original)]].hashes, k)));
            }
            std::sort(d.begin(), d.end());
            std::printf(" %5d / %4d", d[d.size() / 2], d.back());
        }
        std::printf("\n");
    }
    std::printf("    %-14s", "originals min");
    for (int k = 0; k < 3; ++k) {
        int least = 64;
        for (std::size_t a = 0; a < originalIndex.size(); ++a) {
            for (std::size_t b = a + 1; b < originalIndex.size(); ++b)
                least = std::min(least,
                    hashDistance(field(images[originalIndex[a]].hashes, k), field(images[originalIndex[b]].hashes, k)));
        }
        std::printf(" %12d", least);
    }
    std::printf("\n");

    // Candidates at the widest threshold shown, their pixels checked once; each threshold then clusters them.
    const int widest = std::min(kMaxDedupThreshold, threshold + 2);
    t.restart();
    std::vector<NearPair> pairs = nearCandidates(images, widest);
    const double candidateSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    const std::size_t keptPages = kept.size();
    if (!checkNearPairs(images, pairs, nullptr, 0, &kept))
        return;
    const double checkSeconds = t.nsecsElapsed() / 1e9;
    for (const int side : { kPageCheckSide, kCoarseCheckSide }) {
        // What one pixel check costs, on one thread: making a signature (decode, ink, ORB) and comparing two.
        QElapsedTimer one;
        one.start();
        std::vector<std::shared_ptr<const PageSignature>> signatures;
        for (std::size_t i = 0; i < std::min<std::size_t>(files.size(), 30); ++i)
            signatures.push_back(PageSignature::fromFile(files[i].path, side).value());
        const double make = one.nsecsElapsed() / 1e6 / double(signatures.size());
        one.restart();
        for (std::size_t i = 1; i < signatures.size(); ++i)
            (void)checkPair(*signatures[0], *signatures[i]);
        const double compare = one.nsecsElapsed() / 1e6 / double(signatures.size() - 1);
        std::printf("one thread at %d px: a signature %.1f ms, a check %.1f ms (the first %zu files)\n", side, make,
            compare, signatures.size());
    }
    std::vector<int> pageOf(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        pageOf[i] = files[i].original < 0
            ? int(std::find(originalIndex.begin(), originalIndex.end(), i) - originalIndex.begin())
            : files[i].original;
    std::vector<double> copyDiff, otherDiff;
    int copiesUnaligned = 0, othersAligned = 0;
    int inferred = 0;
    std::map<std::string, std::vector<double>> byTransform; // copies checked against their original
    for (const NearPair& p : pairs) {
        if (p.inferred) {
            ++inferred;
            continue;
        }
        const bool same = pageOf[p.first] == pageOf[p.second];
        if (same && (files[p.first].original < 0 || files[p.second].original < 0))
            byTransform[files[p.first].original < 0 ? files[p.second].transform : files[p.first].transform].push_back(
                p.check.aligned ? p.check.inkDifference : 1.0);
        (same ? copyDiff : otherDiff).push_back(p.check.aligned ? p.check.inkDifference : 1.0);
        copiesUnaligned += same && !p.check.aligned;
        othersAligned += !same && p.check.aligned;
    }
    std::sort(copyDiff.begin(), copyDiff.end());
    std::sort(otherDiff.begin(), otherDiff.end());
    const auto at = [](const std::vector<double>& v, double q) {
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
    };
    std::printf("pixel check of %zu candidate pairs within %d bits: %.2f s (candidates %.2f s, %.1f ms a pair)\n",
        pairs.size(), widest, checkSeconds, candidateSeconds,
        1e3 * checkSeconds / double(std::max<std::size_t>(1, pairs.size())));
    std::printf("    %d decided by transitivity, %zu looked at; %zu pages kept from hashing\n", inferred,
        copyDiff.size() + otherDiff.size(), keptPages);
    for (auto& [name, v] : byTransform) {
        std::sort(v.begin(), v.end());
        std::printf("    %-14s copy and original: %zu checked, ink difference median %.3f, max %.3f\n", name.c_str(),
            v.size(), at(v, 0.5), v.back());
    }
    std::printf("    pairs of one page:       %zu, ink difference median %.3f, 99th %.3f, max %.3f; %d not aligned\n",
        copyDiff.size(), at(copyDiff, 0.5), at(copyDiff, 0.99), copyDiff.empty() ? 0.0 : copyDiff.back(),
        copiesUnaligned);
    std::printf("    pairs of distinct pages: %zu, ink difference min %.3f, 1st %.3f, median %.3f; %d aligned\n",
        otherDiff.size(), otherDiff.empty() ? 0.0 : otherDiff.front(), at(otherDiff, 0.01), at(otherDiff, 0.5),
        othersAligned);
    for (int th : { threshold - 2, threshold, widest }) {
        for (const bool check : { false, true }) {
            t.restart();
            const std::vector<ImageCluster> clusters = clustersOfPairs(images, pairs, th, check);
            const double seconds
                = hashSeconds + candidateSeconds + (check ? checkSeconds : 0.0) + t.nsecsElapsed() / 1e9;
            const std::string who = "lector (pHash or rhash within " + std::to_string(th) + " bits"
                + (check ? ", pixels checked)" : ", hashes only)");
            score(who.c_str(), files, clusterIds(clusters, files.size()), seconds);
        }
    }

    if (!runFindimagedupes)
        return;
    QProcess fid;
    QStringList args { QStringLiteral("-t"), QStringLiteral("90%"), QStringLiteral("--") };
    for (const Planted& p : files)
        args << p.path;
    t.restart();
    fid.start(QStringLiteral("findimagedupes"), args);
    if (!fid.waitForStarted() || !fid.waitForFinished(-1)) {
        std::printf("findimagedupes: not run (apt-get install findimagedupes)\n");
        return;
    }
    const double seconds = t.nsecsElapsed() / 1e9;
    std::map<QString, int> index;
    for (std::size_t i = 0; i < files.size(); ++i)
        index[files[i].path] = int(i);
    std::vector<int> clusterOf(files.size(), -1);
    int cluster = 0;
    for (const QByteArray& line : fid.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        for (const QByteArray& name : line.trimmed().split(' ')) {
            const auto at = index.find(QString::fromLocal8Bit(name));
            if (at != index.end())
                clusterOf[std::size_t(at->second)] = cluster;
        }
        ++cluster;
    }
    score("findimagedupes -t 90%", files, clusterOf, seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString work = QDir::tempPath() + QStringLiteral("/lector-bench-dedup");
    QString data = qEnvironmentVariable("LECTOR_TEST_DATA", QStringLiteral("/work/shared/data"));
    int pages = 600, hashes = 1'000'000, threshold = kDefaultDedupThreshold, templated = 0;
    bool findimagedupes = true;
    QString only;
    for (int i = 1; i < argc; ++i) {
        const char* next = i + 1 < argc ? argv[i + 1] : "";
        if (!std::strcmp(argv[i], "--work"))
            work = QString::fromLocal8Bit(next), ++i;
        else if (!std::strcmp(argv[i], "--data"))
            data = QString::fromLocal8Bit(next), ++i;
        else if (!std::strcmp(argv[i], "--pages"))
            pages = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--hashes"))
            hashes = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--threshold"))
            threshold = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--templated"))
            templated = std::atoi(next), ++i;
        else if (!std::strcmp(argv[i], "--only"))
            only = QString::fromLocal8Bit(next), ++i;
        else if (!std::strcmp(argv[i], "--no-findimagedupes"))
            findimagedupes = false;
        else {
            const bool help = !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h");
            std::fprintf(help ? stdout : stderr,
                "usage: lector-bench-dedup [--work DIR] [--data DIR] [--pages N] [--hashes N] [--threshold T] "
                "[--no-findimagedupes]\n"
                "       [--templated N] [--only hashing|index|planted]\n"
                "  hashing speed on N JPEG pages of 2000 x 3000 against the reduced decode alone; all near pairs\n"
                "  among N random hashes; planted copies of the pages under --data (default $LECTOR_TEST_DATA)\n"
                "  against findimagedupes; --templated N plants copies of N generated receipts of one layout instead\n"
                "  (pages that look alike to the hashes). Writes only under --work (default %s).\n",
                qPrintable(QDir::tempPath() + QStringLiteral("/lector-bench-dedup")));
            return help ? 0 : 1;
        }
    }
    if (pages < 1 || hashes < 1000 || threshold < 0 || threshold > kMaxDedupThreshold)
        return 1;
    QDir().mkpath(work);
    QStringList real;
    if (templated > 0) {
        const QString dir = work + QStringLiteral("/templated");
        QDir().mkpath(dir);
        for (int k = 0; k < templated; ++k) {
            const QString path = dir + QStringLiteral("/receipt-%1.png").arg(k, 3, 10, QLatin1Char('0'));
            cv::imwrite(path.toStdString(), test::templatedPage(unsigned(k)));
            real << path;
        }
    } else {
        real = realPages(data);
    }
    if (real.isEmpty()) {
        std::fprintf(stderr, "lector-bench-dedup: no PNG or JPEG pages under %s\n", qPrintable(data));
        return 1;
    }
    QDir().mkpath(work);
    if (only.isEmpty() || only == QLatin1String("hashing"))
        hashingSpeed(work, real, pages);
    if (only.isEmpty() || only == QLatin1String("index"))
        indexSpeed(hashes, threshold);
    if (only.isEmpty() || only == QLatin1String("planted"))
        planted(work, real, threshold, findimagedupes);
    return 0;
}
