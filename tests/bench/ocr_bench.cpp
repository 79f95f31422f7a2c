// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// How well the OCR engine's page reading finds and reads the words of real pages, per engine setting: the shared
// FUNSD (scanned forms) and ICDAR 2015 (scene text) samples read with TesseractEngine::readPage under every
// combination of the page segmentation modes, upscale factors and binarizations asked for, each scored against the
// dataset's ground truth by evaluateDetections (the ICDAR 2015 protocol of the Predictions panel: greedy one-to-one
// matching at IoU > 0.5, in confidence order; case-sensitive texts). The table gives, per setting and dataset, the
// words found, word-level detection precision, recall and H-mean, the recognition of the matched words (exact-word
// accuracy and CER), the end-to-end word accuracy (true words found and read exactly, over all true words), the
// share of the words found below the acceptance threshold, and seconds per page (per worker, on a shared machine:
// a rough figure only).
// FUNSD words with an empty text (216 of 5,153: check boxes, blots) are scored as don't care, as ICDAR's "###".
// Reads the datasets only; writes nothing unless --work is given (then ocr-bench.md and ocr-bench.csv there).
#include <lector/core/parallel_for.h>
#include <lector/io/format_registry.h>
#include <lector/metrics/detection_eval.h>
#include <lector/ocr/ocr_image.h>
#include <lector/ocr/tesseract_engine.h>

#include "ocr/ocr_image_data.h"
#include "ocr/page_preparation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace lector;

namespace {

struct Page {
    QString path;
    std::vector<Region> truth;
};

struct Dataset {
    QString name;
    std::vector<Page> pages;
};

struct Setting {
    int psm = 3;
    double upscale = 1;
    Binarization binarization = Binarization::None;
    QString name() const
    {
        return QStringLiteral("psm %1, upscale %2, %3")
            .arg(psm)
            .arg(upscale == OcrSettings::kAutoUpscale ? QStringLiteral("auto") : QStringLiteral("×%1").arg(upscale))
            .arg(binarizationName(binarization));
    }
};

struct Row {
    QString setting;
    QString dataset;
    DetectionCounts counts;
    long long below = 0; // detections below the threshold
    double secondsPerPage = 0;
    double meanScale = 1;
};

void usage(std::FILE* to)
{
    std::fprintf(to,
        "usage: lector-bench-ocr [--data DIR] [--sets funsd,icdar2015] [--psm 3,4,6,11,12] [--upscale 1,2,auto]\n"
        "                        [--binarize none,otsu,adaptive] [--glyph-height PX] [--lang eng] [--threads N]\n"
        "                        [--limit N] [--threshold T] [--work DIR]\n"
        "Reads the shared FUNSD and ICDAR 2015 samples (--data, default $LECTOR_TEST_DATA) with Tesseract under\n"
        "every combination of the listed page segmentation modes, upscales (a factor 1 to 4, or auto: glyphs\n"
        "scaled to --glyph-height px, default 20) and binarizations, and prints detection precision, recall and\n"
        "H-mean, the recognition of the matched words and the words below --threshold (default 0.6), per dataset.\n"
        "--limit reads only the first N pages of each set; --threads sets the workers (default 2), one engine each.\n"
        "Writes nothing unless --work DIR is given: then DIR/ocr-bench.md and DIR/ocr-bench.csv.\n"
        "Run it with OMP_THREAD_LIMIT=1 set (libgomp reads it at start-up).\n");
}

std::optional<Dataset> loadSet(const QString& data, const QString& name)
{
    const FormatRegistry& formats = FormatRegistry::instance();
    Result<ImportBatch> batch = LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("unknown set"));
    if (name == QLatin1String("funsd")) {
        batch = formats.format(QStringLiteral("funsd"))
                    ->read(data + QStringLiteral("/funsd/training_data"), ReadOptions {});
    } else if (name == QLatin1String("icdar2015")) {
        ReadOptions options;
        options.imagesDir = data + QStringLiteral("/icdar2015/imgs/test");
        batch = formats.format(QStringLiteral("icdar2015"))
                    ->read(data + QStringLiteral("/icdar2015/annotations/test"), options);
    }
    if (!batch) {
        std::fprintf(stderr, "cannot read the %s sample: %s\n", qPrintable(name), qPrintable(batch.error().toString()));
        return std::nullopt;
    }
    Dataset set;
    set.name = name;
    std::sort(batch->images.begin(), batch->images.end(),
        [](const ImportedImage& a, const ImportedImage& b) { return a.imagePath < b.imagePath; });
    for (ImportedImage& image : batch->images) {
        for (Region& r : image.regions) {
            if (r.text.isEmpty())
                r.flags |= FlagDontCare;
        }
        set.pages.push_back({ image.imagePath, std::move(image.regions) });
    }
    return set;
}

template <typename T, typename Parse> std::optional<std::vector<T>> parseList(const QString& text, Parse parse)
{
    std::vector<T> out;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        T value {};
        if (!parse(item.trimmed(), &value))
            return std::nullopt;
        out.push_back(value);
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

struct Read {
    std::vector<Region> words;
    double seconds = 0;
    double scale = 1;
    std::optional<Error> error;
};

/// Reads every page of every set under one setting, `threads` engines at once; the words per set and page.
std::optional<std::vector<std::vector<Read>>> readAll(
    const std::vector<Dataset>& sets, const std::vector<OcrImage>& images, const OcrSettings& settings, int threads)
{
    std::vector<std::pair<std::size_t, std::size_t>> jobs;
    for (std::size_t s = 0; s < sets.size(); ++s) {
        for (std::size_t p = 0; p < sets[s].pages.size(); ++p)
            jobs.emplace_back(s, p);
    }
    std::vector<std::vector<Read>> out(sets.size());
    for (std::size_t s = 0; s < sets.size(); ++s)
        out[s].resize(sets[s].pages.size());
    ParallelOptions parallel;
    parallel.threads = threads;
    std::vector<std::unique_ptr<TesseractEngine>> engines(std::size_t(parallelThreads(parallel, jobs.size())));
    std::optional<Error> failure;
    std::size_t imageIndex = 0;
    std::vector<std::size_t> firstImage(sets.size());
    for (std::size_t s = 0; s < sets.size(); ++s) {
        firstImage[s] = imageIndex;
        imageIndex += sets[s].pages.size();
    }
    parallelMap<Read>(
        jobs.size(), parallel,
        [&](std::size_t i, int worker) {
            Read read;
            auto& engine = engines[std::size_t(worker)];
            if (!engine) {
                auto made = TesseractEngine::create(settings);
                if (!made) {
                    read.error = made.error();
                    return read;
                }
                engine = std::move(made).value();
            }
            const OcrImage& image = images[firstImage[jobs[i].first] + jobs[i].second];
            read.scale = upscaleFactor(image.data()->gray, settings);
            QElapsedTimer clock;
            clock.start();
            auto words = engine->readPage(image);
            read.seconds = clock.nsecsElapsed() / 1e9;
            if (words)
                read.words = std::move(words).value();
            else
                read.error = words.error();
            return read;
        },
        [&](std::size_t i, Read&& read) {
            if (read.error) {
                failure = read.error;
                return false;
            }
            out[jobs[i].first][jobs[i].second] = std::move(read);
            return true;
        });
    if (failure) {
        std::fprintf(stderr, "reading failed: %s\n", qPrintable(failure->toString()));
        return std::nullopt;
    }
    return out;
}

QString percent(double v) { return QString::number(100 * v, 'f', 1); }

QString markdown(const std::vector<Row>& rows, double threshold)
{
    QString md;
    md += QStringLiteral(
        "| setting | set | words found | precision | recall | H-mean (F1) | matched read exactly | CER of "
        "matched | end-to-end word accuracy | found below %1 | s/page |\n")
              .arg(threshold);
    md += QStringLiteral("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (const Row& r : rows) {
        const DetectionCounts& c = r.counts;
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                  .arg(r.setting, r.dataset)
                  .arg(c.detections + c.detectionsDontCare)
                  .arg(percent(c.precision()), percent(c.recall()), percent(c.hmean()),
                      percent(c.matchedWordAccuracy()), QString::number(c.cer(), 'f', 3), percent(c.wordAccuracy()))
                  .arg(percent(c.detections + c.detectionsDontCare
                          ? double(r.below) / double(c.detections + c.detectionsDontCare)
                          : 0))
                  .arg(r.secondsPerPage, 0, 'f', 2);
    }
    return md;
}

QString csv(const std::vector<Row>& rows)
{
    QString out = QStringLiteral("setting,set,ground_truth,detections,detections_dont_care,matched,precision,recall,"
                                 "hmean,matched_word_accuracy,cer,word_accuracy,below_threshold,seconds_per_page,"
                                 "mean_scale\n");
    for (const Row& r : rows) {
        const DetectionCounts& c = r.counts;
        out += QStringLiteral("\"%1\",%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14,%15\n")
                   .arg(r.setting, r.dataset)
                   .arg(c.groundTruth)
                   .arg(c.detections)
                   .arg(c.detectionsDontCare)
                   .arg(c.matched)
                   .arg(c.precision(), 0, 'f', 6)
                   .arg(c.recall(), 0, 'f', 6)
                   .arg(c.hmean(), 0, 'f', 6)
                   .arg(c.matchedWordAccuracy(), 0, 'f', 6)
                   .arg(c.cer(), 0, 'f', 6)
                   .arg(c.wordAccuracy(), 0, 'f', 6)
                   .arg(r.below)
                   .arg(r.secondsPerPage, 0, 'f', 3)
                   .arg(r.meanScale, 0, 'f', 3);
    }
    return out;
}

bool writeText(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    f.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString data = qEnvironmentVariable("LECTOR_TEST_DATA");
    QString work;
    QStringList setNames { QStringLiteral("funsd"), QStringLiteral("icdar2015") };
    QString psmList = QStringLiteral("3,4,6,11,12");
    QString upscaleList = QStringLiteral("1");
    QString binarizeList = QStringLiteral("none");
    OcrSettings base;
    int threads = 2, limit = 0;
    double threshold = 0.6;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size();
        const QString next = hasValue ? args[i + 1] : QString();
        bool ok = true;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(stdout);
            return 0;
        } else if (!hasValue) {
            ok = false;
        } else if (a == QLatin1String("--data")) {
            data = next;
        } else if (a == QLatin1String("--work")) {
            work = next;
        } else if (a == QLatin1String("--sets")) {
            setNames = next.split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else if (a == QLatin1String("--psm")) {
            psmList = next;
        } else if (a == QLatin1String("--upscale")) {
            upscaleList = next;
        } else if (a == QLatin1String("--binarize")) {
            binarizeList = next;
        } else if (a == QLatin1String("--glyph-height")) {
            base.glyphHeight = next.toDouble(&ok);
        } else if (a == QLatin1String("--lang")) {
            base.language = next;
        } else if (a == QLatin1String("--threads")) {
            threads = next.toInt(&ok);
            ok = ok && threads >= 1;
        } else if (a == QLatin1String("--limit")) {
            limit = next.toInt(&ok);
            ok = ok && limit >= 0;
        } else if (a == QLatin1String("--threshold")) {
            threshold = next.toDouble(&ok);
            ok = ok && threshold >= 0 && threshold <= 1;
        } else {
            ok = false;
        }
        if (!ok) {
            std::fprintf(stderr, "lector-bench-ocr: bad argument %s\n", qPrintable(a));
            usage(stderr);
            return 1;
        }
        ++i;
    }
    const auto psms = parseList<int>(psmList, [](const QString& t, int* v) {
        bool ok = false;
        *v = t.toInt(&ok);
        return ok;
    });
    const auto upscales = parseList<double>(upscaleList, &OcrSettings::parseUpscale);
    const auto binarizations = parseList<Binarization>(binarizeList, &parseBinarization);
    if (!psms || !upscales || !binarizations || data.isEmpty()) {
        std::fprintf(stderr, "lector-bench-ocr: give --data, and lists of valid modes, upscales and binarizations\n");
        usage(stderr);
        return 1;
    }

    std::vector<Dataset> sets;
    std::vector<OcrImage> images; // decoded once, shared by every setting
    for (const QString& name : setNames) {
        auto set = loadSet(data, name);
        if (!set)
            return 1;
        if (limit > 0 && static_cast<int>(set->pages.size()) > limit)
            set->pages.resize(std::size_t(limit));
        for (const Page& page : set->pages) {
            auto image = OcrImage::load(page.path);
            if (!image) {
                std::fprintf(stderr, "%s\n", qPrintable(image.error().toString()));
                return 1;
            }
            images.push_back(std::move(image).value());
        }
        sets.push_back(std::move(*set));
    }
    std::printf("Tesseract %s, %s, %d worker(s); ", qPrintable(TesseractEngine::libraryVersion()),
        qPrintable(base.language), threads);
    for (const Dataset& set : sets)
        std::printf("%s: %zu pages; ", qPrintable(set.name), set.pages.size());
    std::printf("acceptance threshold %.2f\n", threshold);

    std::vector<Row> rows;
    std::size_t imageBase = 0;
    std::vector<std::size_t> firstImage;
    for (const Dataset& set : sets) {
        firstImage.push_back(imageBase);
        imageBase += set.pages.size();
    }
    for (const int psm : *psms) {
        for (const double upscale : *upscales) {
            for (const Binarization binarization : *binarizations) {
                const Setting setting { psm, upscale, binarization };
                OcrSettings settings = base;
                settings.pageSegMode = psm;
                settings.upscale = upscale;
                settings.binarization = binarization;
                auto reads = readAll(sets, images, settings, threads);
                if (!reads)
                    return 2;
                for (std::size_t s = 0; s < sets.size(); ++s) {
                    DetectionEvalInput input;
                    input.groundTruthName = sets[s].name;
                    input.detectionName = setting.name();
                    Row row;
                    row.setting = setting.name();
                    row.dataset = sets[s].name;
                    double seconds = 0, scale = 0;
                    for (std::size_t p = 0; p < sets[s].pages.size(); ++p) {
                        const OcrImage& image = images[firstImage[s] + p];
                        EvalImage e;
                        e.id = ImageId(p + 1);
                        e.width = image.width();
                        e.height = image.height();
                        e.groundTruth = sets[s].pages[p].truth;
                        e.detections = std::move((*reads)[s][p].words);
                        for (const Region& r : e.detections)
                            row.below += r.confidence < threshold;
                        seconds += (*reads)[s][p].seconds;
                        scale += (*reads)[s][p].scale;
                        input.images.push_back(std::move(e));
                    }
                    row.counts = evaluateDetections(input).totals;
                    row.secondsPerPage = seconds / double(sets[s].pages.size());
                    row.meanScale = scale / double(sets[s].pages.size());
                    rows.push_back(row);
                    const DetectionCounts& c = row.counts;
                    std::printf("%-34s %-9s found %5lld  P %5.1f  R %5.1f  H %5.1f  read %5.1f  CER %.3f  e2e %5.1f  "
                                "below %5.1f%%  %.2f s/page  scale %.2f\n",
                        qPrintable(row.setting), qPrintable(row.dataset), c.detections + c.detectionsDontCare,
                        100 * c.precision(), 100 * c.recall(), 100 * c.hmean(), 100 * c.matchedWordAccuracy(), c.cer(),
                        100 * c.wordAccuracy(),
                        c.detections + c.detectionsDontCare
                            ? 100.0 * double(row.below) / double(c.detections + c.detectionsDontCare)
                            : 0.0,
                        row.secondsPerPage, row.meanScale);
                    std::fflush(stdout);
                }
            }
        }
    }
    const QString table = markdown(rows, threshold);
    std::printf("\n%s", qPrintable(table));
    if (!work.isEmpty()) {
        QDir().mkpath(work);
        if (!writeText(QDir(work).filePath(QStringLiteral("ocr-bench.md")), table)
            || !writeText(QDir(work).filePath(QStringLiteral("ocr-bench.csv")), csv(rows)))
            return 2;
    }
    return 0;
}
