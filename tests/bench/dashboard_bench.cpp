// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The dashboard's figures over a server project against the same project in a file (issue #15 §6: within 1.5×).
// A project of N images labeled by three annotators (W words a page, corners jittered, some words missed, some
// typos) is made once under --work, pushed once into the schema bench_dashboard_<N> of --server, and the
// dashboard's computation (computeQualitySummary: agreement, per-annotator figures, efficiency from the edit log)
// is timed on each, the file first, in the same run; the better of --rounds runs of each is printed with the ratio.
//
//   lector-bench-dashboard --server postgresql://USER@HOST:PORT/DB [--images 2000] [--words 30] [--rounds 3]
//                          [--work DIR]
//
// --server defaults to $LECTOR_TEST_PG (scripts/pg-cluster.sh's lector_pg_start makes one).

#include <lector/analysis/quality_summary.h>
#include <lector/store/project_store.h>

#include "server_push.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace lector;

namespace {

QString makeFile(const QString& work, int images, int words)
{
    const QString path = QDir(work).filePath(QStringLiteral("dashboard-%1x%2.lector").arg(images).arg(words));
    if (QFileInfo::exists(path))
        return path;
    std::printf("making a %d-image project labeled by 3 annotators under %s (once) ...\n", images, qPrintable(work));
    std::fflush(stdout);
    const QString imageDir = QDir(work).filePath(QStringLiteral("dashboard-images"));
    QDir().mkpath(imageDir);
    cv::Mat page(64, 96, CV_8UC3, cv::Scalar(250, 250, 250));
    std::mt19937 rng(15);
    std::normal_distribution<double> jitter(0.0, 1.0);
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    ImportBatch batches[3];
    for (int i = 0; i < images; ++i) {
        const QString file = QDir(imageDir).filePath(QStringLiteral("p%1.png").arg(i));
        // Each page its own pixels: the store knows an image by its content, and equal files would be one image.
        page.setTo(cv::Scalar(250, 250, 250));
        for (int bit = 0; bit < 20; ++bit)
            page.at<cv::Vec3b>(bit / 10, bit % 10) = (i >> bit) & 1 ? cv::Vec3b(0, 0, 0) : cv::Vec3b(255, 255, 255);
        if (!QFileInfo::exists(file))
            cv::imwrite(file.toStdString(), page);
        for (ImportBatch& b : batches)
            b.images.push_back({ file, 0, 0, {}, {}, false });
        for (int w = 0; w < words; ++w) {
            // 6 words a line on the 96 x 64 page, as small as it is.
            const double x = 1.0 + (w % 6) * 15.0;
            const double y = 1.0 + (w / 6) * 6.0;
            const QString text = QStringLiteral("w%1").arg((i * 31 + w) % 500);
            for (ImportBatch& b : batches) {
                if (chance(rng) < 0.03)
                    continue; // missed
                Region r;
                r.polygon = Polygon::fromBox(
                    { x + jitter(rng), y + jitter(rng), x + 120 + jitter(rng), y + 30 + jitter(rng) });
                r.text = chance(rng) < 0.03 ? text + QStringLiteral("x") : text;
                b.images.back().regions.push_back(r);
            }
        }
    }
    auto store = ProjectStore::create(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return {};
    }
    const char* names[] = { "ann1", "ann2", "ann3" };
    for (int k = 0; k < 3; ++k) {
        if (auto r = (*store)->importBatch(batches[k], ImportTarget::forAnnotator(QString::fromLatin1(names[k]))); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            store->reset();
            QFile::remove(path);
            return {};
        }
    }
    return path;
}

/// The best of `rounds` runs of the dashboard's computation, in ms (-1 on an error), and the summary's agreement
/// unit count (to show both computed the same thing).
std::pair<double, std::size_t> timeDashboard(const QString& location, int rounds)
{
    auto store = ProjectStore::open(location, OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return { -1, 0 };
    }
    EfficiencyOptions options;
    options.exclude = { QStringLiteral("reference"), QStringLiteral("consensus") };
    double best = -1;
    std::size_t units = 0;
    for (int r = 0; r < rounds; ++r) {
        const auto start = std::chrono::steady_clock::now();
        auto summary = computeQualitySummary(**store, options);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
            return { -1, 0 };
        }
        units = static_cast<std::size_t>(summary->agreement.images);
        best = best < 0 ? ms : std::min(best, ms);
    }
    return { best, units };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines as they come, also into a pipe
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("lector-bench-dashboard [--server URL] [--images 2000] [--words 30] [--rounds 3] [--work DIR]\n"
                    "Times the dashboard's computation on a server project against the same project in a file\n"
                    "(made once under DIR, default ./bench-dashboard; pushed once into the schema\n"
                    "bench_dashboard_NxW of the server, default $LECTOR_TEST_PG). Target: within 1.5x.\n");
        return 0;
    }
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const int images = value(QStringLiteral("--images"), QStringLiteral("2000")).toInt();
    const int words = value(QStringLiteral("--words"), QStringLiteral("30")).toInt();
    const int rounds = std::max(1, value(QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    const QString work
        = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-dashboard"))).absoluteFilePath();
    const QString server = value(QStringLiteral("--server"), qEnvironmentVariable("LECTOR_TEST_PG"));
    if (server.isEmpty()) {
        std::fprintf(stderr, "no server: give --server postgresql://… or set LECTOR_TEST_PG\n");
        return 2;
    }
    QDir().mkpath(work);
    const QString file = makeFile(work, images, words);
    if (file.isEmpty())
        return 2;
    const QString url = bench::pushedOnce(server, file, QStringLiteral("bench_dashboard_%1x%2").arg(images).arg(words));
    if (url.isEmpty())
        return 2;
    const auto [fileMs, fileUnits] = timeDashboard(file, rounds);
    const auto [serverMs, serverUnits] = timeDashboard(url, rounds);
    if (fileMs < 0 || serverMs < 0)
        return 1;
    std::printf("dashboard benchmark: %d images x 3 annotators x %d words, best of %d\n", images, words, rounds);
    std::printf("  project file (SQLite):          %8.0f ms (%zu images in the agreement)\n", fileMs, fileUnits);
    std::printf("  server project (PostgreSQL):    %8.0f ms (%zu images in the agreement)\n", serverMs, serverUnits);
    std::printf("  server / file:                  %8.2fx (target <= 1.5x)\n", serverMs / fileMs);
    return fileUnits == serverUnits ? 0 : 1;
}
