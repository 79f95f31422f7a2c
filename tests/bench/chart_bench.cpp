// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// "A chart over 100,000 images draws in under 200 ms" (issue #6): the data distribution of a 100,000-image
// project, computed in the store (timed on its own), then the distribution panel's charts built and drawn
// offscreen. Run with QT_QPA_PLATFORM=offscreen:
//   lector-bench-chart [--images 100000] [--words 20] [--work DIR] [--runs 5]
//   lector-bench-chart --screenshot OUT.png --project P.lector [--tab N] [--size 1100x780] [--export DIR]
//
// The project is written straight into the schema with one prepared INSERT per table in one transaction (no image
// files: the distribution reads sizes, batches and labels from the store only), and kept under --work:
// 20 batches, train/val/test 80/10/10, five page sizes, 1 to 39 words per image (mean 20) of Latin, Hangul, digit
// and mixed words, a tenth of them rotated, from "gen" under guideline versions 1 and 2, and a second annotator on
// every tenth image.

#include "panels/chart_card.h"
#include "panels/chart_export.h"
#include "panels/distribution_panel.h"
#include "shell/project_session.h"

#include <lector/analysis/distribution.h>
#include <lector/store/project_store.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTabWidget>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <vector>

using namespace lector;

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool check(int rc, sqlite3* db, const char* what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

/// Writes images and labels into a new project at `path` (see the file comment).
bool generate(const QString& path, int images, int meanWords)
{
    {
        auto store = ProjectStore::create(path);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return false;
        }
        if (!(*store)->ensureAnnotator(QStringLiteral("gen")) || !(*store)->ensureAnnotator(QStringLiteral("second"))
            || !(*store)->publishGuideline(QStringLiteral("v1"), QString(), QStringLiteral("gen"))
            || !(*store)->publishGuideline(QStringLiteral("v2"), QString(), QStringLiteral("gen")))
            return false;
    }
    sqlite3* db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return false;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* image = nullptr;
    sqlite3_stmt* label = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO images (id, path, sha256, width, height, batch, split, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
        -1, &image, nullptr);
    sqlite3_prepare_v2(db,
        "INSERT INTO annotations (image_id, annotator_id, guideline_version, points, x_min, y_min, x_max, y_max, "
        "text, script, source, created_at, updated_at) "
        "SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', 'import', 0, 0 FROM annotators WHERE name = ?9",
        -1, &label, nullptr);
    const int sizes[5][2] = { { 1000, 1400 }, { 2480, 3508 }, { 1280, 720 }, { 640, 480 }, { 1654, 2339 } };
    const char* const latin[] = { "Total", "invoice", "the", "Date", "amount", "Lector", "receipt", "No.", "tax",
        "Paid", "quantity", "Seoul", "café", "item" };
    const char* const hangul[] = { "합계", "영수증", "회사", "금액", "서울", "부가세", "날짜", "카드" };
    std::mt19937 rng(6);
    std::string points, text;
    char buffer[256];
    for (int i = 1; i <= images; ++i) {
        const int* size = sizes[rng() % 5];
        const std::string name = "img_" + std::to_string(i) + ".png";
        const std::string sha = std::to_string(i);
        const std::string batch = "batch-" + std::to_string((i - 1) * 20 / images + 1);
        const int r = i % 10;
        const char* split = r == 0 ? "test" : r == 1 ? "val" : "train";
        sqlite3_bind_int64(image, 1, i);
        sqlite3_bind_text(image, 2, name.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(image, 3, sha.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(image, 4, size[0]);
        sqlite3_bind_int(image, 5, size[1]);
        sqlite3_bind_text(image, 6, batch.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(image, 7, split, -1, SQLITE_STATIC);
        if (!check(sqlite3_step(image), db, "insert image"))
            return false;
        sqlite3_reset(image);
        for (const char* annotator : { "gen", "second" }) {
            if (annotator[0] == 's' && i % 10 != 0)
                continue;
            const int words = 1 + int(rng() % unsigned(2 * meanWords - 1));
            for (int w = 0; w < words; ++w) {
                switch (rng() % 6) {
                case 0:
                case 1:
                case 2:
                    text = latin[rng() % 14];
                    break;
                case 3:
                    text = hangul[rng() % 8];
                    break;
                case 4:
                    text = std::to_string(rng() % 100000);
                    break;
                default:
                    text = std::string(latin[rng() % 14]) + "-" + std::to_string(rng() % 100);
                }
                const double h = 6 + (rng() % 1000) / 1000.0 * (rng() % 4 == 0 ? 120 : 30);
                const double wd = h * (0.5 + (rng() % 1000) / 1000.0 * 8);
                const double x = double(rng() % unsigned(size[0] / 2));
                const double y = double(rng() % unsigned(size[1] - 200));
                const double a = rng() % 10 == 0 ? ((rng() % 900) / 10.0 - 45) * M_PI / 180 : 0;
                const double c = std::cos(a), s = std::sin(a);
                double xy[8] = { 0, 0, wd, 0, wd, h, 0, h };
                points.clear();
                double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
                for (int k = 0; k < 4; ++k) {
                    const double px = x + xy[2 * k] * c - xy[2 * k + 1] * s;
                    const double py = y + xy[2 * k] * s + xy[2 * k + 1] * c;
                    x0 = std::min(x0, px);
                    y0 = std::min(y0, py);
                    x1 = std::max(x1, px);
                    y1 = std::max(y1, py);
                    std::snprintf(buffer, sizeof buffer, "%s%.2f,%.2f", k ? "," : "", px, py);
                    points += buffer;
                }
                sqlite3_bind_int64(label, 1, i);
                sqlite3_bind_int(label, 2, 1 + int(i > images / 2));
                sqlite3_bind_text(label, 3, points.c_str(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_double(label, 4, x0);
                sqlite3_bind_double(label, 5, y0);
                sqlite3_bind_double(label, 6, x1);
                sqlite3_bind_double(label, 7, y1);
                sqlite3_bind_text(label, 8, text.c_str(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(label, 9, annotator, -1, SQLITE_STATIC);
                if (!check(sqlite3_step(label), db, "insert label"))
                    return false;
                sqlite3_reset(label);
            }
        }
    }
    sqlite3_finalize(image);
    sqlite3_finalize(label);
    const bool ok = check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    sqlite3_close(db);
    return ok;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

int screenshot(const QStringList& args, const std::function<QString(const QString&, const QString&)>& value)
{
    Q_UNUSED(args);
    const QString out = value(QStringLiteral("--screenshot"), QString());
    const QString project = value(QStringLiteral("--project"), QString());
    const QStringList size = value(QStringLiteral("--size"), QStringLiteral("1100x780")).split(QLatin1Char('x'));
    ProjectSession session;
    DistributionPanel panel(&session);
    panel.resize(size.value(0).toInt(), size.value(1).toInt());
    panel.show();
    QSignalSpy ready(&panel, &DistributionPanel::distributionReady);
    if (!session.open(project, QStringLiteral("lea")))
        return 2;
    if (!ready.wait(60000)) {
        std::fprintf(stderr, "%s: the distribution did not arrive\n", qPrintable(project));
        return 2;
    }
    panel.findChild<QTabWidget*>()->setCurrentIndex(value(QStringLiteral("--tab"), QStringLiteral("0")).toInt());
    QApplication::processEvents();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QApplication::processEvents();
    if (!panel.grab().save(out)) {
        std::fprintf(stderr, "%s: cannot write\n", qPrintable(out));
        return 2;
    }
    std::printf("wrote %s\n", qPrintable(out));
    // --export DIR: every chart as PNG (2x) and SVG, as the cards' Export menu writes them.
    const QString dir = value(QStringLiteral("--export"), QString());
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        for (const QString& dimension : distributionDimensions()) {
            ChartCard* card = panel.card(dimension);
            QString error;
            if (!card->exportPng(QDir(dir).filePath(dimension + QStringLiteral(".png")), 2.0, &error)
                || !card->exportSvg(QDir(dir).filePath(dimension + QStringLiteral(".svg")), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
        }
        std::printf("exported the charts to %s\n", qPrintable(dir));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& def) {
        const int i = static_cast<int>(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    if (args.contains(QStringLiteral("--screenshot")))
        return screenshot(args, value);

    const int images = value(QStringLiteral("--images"), QStringLiteral("100000")).toInt();
    const int words = value(QStringLiteral("--words"), QStringLiteral("20")).toInt();
    const int runs = std::max(1, value(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const QString work = QFileInfo(value(QStringLiteral("--work"), QStringLiteral("bench-chart"))).absoluteFilePath();
    QDir().mkpath(work);
    const QString project = QDir(work).filePath(QStringLiteral("chart-%1-%2.lector").arg(images).arg(words));
    if (!QFileInfo::exists(project)) {
        QElapsedTimer t;
        t.start();
        std::printf("generating %s (once) ...\n", qPrintable(project));
        std::fflush(stdout);
        if (!generate(project, images, words)) {
            QFile::remove(project);
            return 2;
        }
        std::printf("  generated in %.1f s\n", t.elapsed() / 1000.0);
    }

    // 1. The distribution, on this thread with its own connection (the panel does the same on a worker).
    std::vector<double> computeMs;
    std::shared_ptr<const Distribution> distribution;
    for (int run = 0; run < runs; ++run) {
        auto store = ProjectStore::open(project);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 2;
        }
        QElapsedTimer t;
        t.start();
        auto d = computeDistribution(**store);
        computeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!d) {
            std::fprintf(stderr, "%s\n", qPrintable(d.error().toString()));
            return 2;
        }
        distribution = std::make_shared<const Distribution>(std::move(d).value());
    }
    std::vector<double> singleMs;
    for (int run = 0; run < std::min(runs, 3); ++run) {
        auto store = ProjectStore::open(project);
        DistributionOptions single;
        single.threads = 1;
        QElapsedTimer t;
        t.start();
        auto d = computeDistribution(**store, single);
        singleMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::vector<double> oneMs;
    {
        auto store = ProjectStore::open(project);
        DistributionOptions only;
        only.annotator = QStringLiteral("second");
        QElapsedTimer t;
        t.start();
        auto d = computeDistribution(**store, only);
        oneMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // 2. Charts: build every chart from the distribution, draw the panel's visible tab, and each chart alone.
    ProjectSession idle; // never opened: the charts are filled by hand below
    DistributionPanel panel(&idle);
    panel.resize(1200, 800);
    panel.show();
    QApplication::processEvents();
    std::vector<double> buildMs, panelDrawMs, chartMs;
    double worstChart = 0;
    QString worstDimension;
    auto* tabs = panel.findChild<QTabWidget*>();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        panel.showDistribution(distribution);
        buildMs.push_back(double(t.nsecsElapsed()) / 1e6);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            t.restart();
            const QPixmap shot = panel.grab();
            panelDrawMs.push_back(double(t.nsecsElapsed()) / 1e6);
            if (shot.isNull())
                return 2;
        }
        // One chart from nothing to pixels: fill it from the histogram and render it at report size.
        for (const QString& dimension : distributionDimensions()) {
            ChartCard* card = panel.card(dimension);
            t.restart();
            const QImage image = renderChart(card->view(), QSize(900, 420));
            const double ms = double(t.nsecsElapsed()) / 1e6;
            chartMs.push_back(ms);
            if (ms > worstChart) {
                worstChart = ms;
                worstDimension = dimension;
            }
            if (image.isNull())
                return 2;
        }
    }
    // Build + draw of a single chart, the way a user meets it: the histogram changes, the chart redraws.
    std::vector<double> oneChartMs;
    tabs->setCurrentIndex(1);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        panel.showDistribution(distribution);
        const QPixmap shot = panel.card(QStringLiteral("box_height"))->grab();
        oneChartMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // 3. The panel's own worker: the UI thread's longest stall while it computes, and how soon a cancel lands.
    ProjectSession session;
    DistributionPanel live(&session);
    live.resize(1200, 800);
    live.show();
    QApplication::processEvents();
    QSignalSpy ready(&live, &DistributionPanel::distributionReady);
    QElapsedTimer wall;
    wall.start();
    if (!session.open(project, QStringLiteral("lea")))
        return 2;
    qint64 last = 0, longestStall = 0;
    while (ready.count() == 0 && wall.elapsed() < 60000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 now = wall.elapsed();
        longestStall = std::max(longestStall, now - last);
        last = now;
    }
    const qint64 panelMs = wall.elapsed();
    wall.restart();
    live.refresh();
    while (wall.elapsed() < 300)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    QElapsedTimer cancelTimer;
    cancelTimer.start();
    live.cancel();
    while (live.isComputing() && cancelTimer.elapsed() < 60000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 cancelMs = cancelTimer.elapsed();

    std::printf("chart benchmark: %lld images, %lld labels, %d runs (median)\n", qlonglong(distribution->images),
        qlonglong(distribution->labels), runs);
    std::printf("  computeDistribution (all 18 histograms, every bar's images):    %8.1f ms (%u threads)\n",
        median(computeMs), std::thread::hardware_concurrency());
    std::printf("  computeDistribution on one thread:                               %8.1f ms\n", median(singleMs));
    std::printf("  computeDistribution, one annotator (%lld labels):              %8.1f ms\n",
        qlonglong(distribution->histogram(QStringLiteral("annotator"))->bins.back().count), oneMs.front());
    std::printf("  build all 18 charts (showDistribution):                           %8.1f ms\n", median(buildMs));
    std::printf("  draw one tab of the panel (grab, 2 to 5 charts, 1200x800):        %8.1f ms (max %.1f)\n",
        median(panelDrawMs), *std::max_element(panelDrawMs.begin(), panelDrawMs.end()));
    std::printf("  render one chart at 900x420 (renderChart):                        %8.1f ms (max %.1f, %s)\n",
        median(chartMs), worstChart, qPrintable(worstDimension));
    std::printf("  rebuild all charts + draw the box height card:                    %8.1f ms (target < 200 ms)\n",
        median(oneChartMs));
    std::printf("  panel: setStorePath to charts on screen (worker thread):          %8lld ms\n", panelMs);
    std::printf("  UI thread's longest stall meanwhile:                              %8lld ms\n", longestStall);
    std::printf("  cancel 300 ms into a refresh, until the worker has stopped:       %8lld ms\n", cancelMs);
    std::printf("  peak RSS %ld MB\n", peakRssMb());
    return median(oneChartMs) < 200 ? 0 : 1;
}
