// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Times the agreement report and measures its peak memory on generated data (images × annotators × words, with
// jitter, missed words, typos and illegible flags), each way of computing it in a child process of its own:
//   memory-old  the old way, the baseline: the whole AgreementInput in memory, then the report as it was before it
//               streamed (tests/core/metrics/legacy_agreement_report.h, its own thread pool)
//   memory      the whole AgreementInput in memory, then the streaming report (computeAgreement(input))
//   generator   streamed from the generator: no image is held longer than its chunk
//   store-old   the old way from a project store: loadAgreementInput as it was (one query per image), then the
//               old report (needs --work)
//   store       streamed from the store through the public API: computeAgreement(store, ...) (needs --work)
// Run with --help for the options. Writes nothing unless --work is given; the store goes there (kept for the next
// run with the same sizes).
#include <lector/metrics/agreement_input_source.h>
#include <lector/metrics/agreement_report.h>
#include <lector/metrics/store_agreement_source.h>
#include <lector/store/project_store.h>

#include "metrics/legacy_agreement_report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace lector;

namespace {

struct Sizes {
    int images = 10000;
    int annotators = 3;
    int words = 60;
};

/// The images one after the other, the same sequence whichever way they are consumed.
class Generator {
public:
    explicit Generator(const Sizes& sizes)
        : m_sizes(sizes)
        , m_rng(42)
    {
        m_vocabulary = QStringLiteral("the of and to in is was for on that with as by at from 2026 $12.50 한국어 서울 "
                                      "Lector OCR invoice total price date")
                           .split(QLatin1Char(' '));
        for (int a = 0; a < sizes.annotators; ++a)
            m_names << QStringLiteral("annotator-%1").arg(a);
    }

    const QStringList& names() const { return m_names; }
    bool atEnd() const { return m_next >= m_sizes.images; }
    int position() const { return m_next; }

    AgreementImage next()
    {
        const int i = m_next++;
        AgreementImage image;
        image.id = i + 1;
        image.batch = batchOf(i);
        // The truth: words in lines of 5.
        std::vector<AgreementRegion> truth;
        for (int w = 0; w < m_sizes.words; ++w) {
            const double x = 20 + (w % 5) * 150 + m_unit(m_rng) * 20, y = 20 + (w / 5) * 40;
            const double width = 60 + m_unit(m_rng) * 60, height = 18 + m_unit(m_rng) * 12;
            AgreementRegion r;
            r.region.polygon = Polygon::fromBox({ x, y, x + width, y + height });
            r.region.text = m_vocabulary[int(m_unit(m_rng) * m_vocabulary.size()) % m_vocabulary.size()];
            r.guidelineVersion = versionOf(i);
            truth.push_back(std::move(r));
        }
        for (int a = 0; a < m_sizes.annotators; ++a) {
            std::vector<AgreementRegion> regions;
            regions.reserve(size_t(m_sizes.words));
            for (const AgreementRegion& t : truth) {
                if (m_unit(m_rng) < 0.03)
                    continue; // missed
                AgreementRegion r = t;
                for (PointF& p : r.region.polygon.points) {
                    p.x += m_jitter(m_rng);
                    p.y += m_jitter(m_rng);
                }
                if (m_unit(m_rng) < 0.03 && !r.region.text.isEmpty())
                    r.region.text[int(m_unit(m_rng) * r.region.text.size()) % r.region.text.size()] = QLatin1Char('x');
                if (m_unit(m_rng) < 0.01)
                    r.region.flags |= FlagIllegible;
                regions.push_back(std::move(r));
            }
            image.byAnnotator[m_names[a]] = std::move(regions);
        }
        return image;
    }

    static QString batchOf(int i) { return QStringLiteral("batch-%1").arg(i % 5); }
    int versionOf(int i) const { return 1 + (i * 2 >= m_sizes.images); }

private:
    Sizes m_sizes;
    std::mt19937 m_rng;
    std::uniform_real_distribution<double> m_unit { 0, 1 };
    std::normal_distribution<double> m_jitter { 0, 1.5 };
    QStringList m_vocabulary;
    QStringList m_names;
    int m_next = 0;
};

/// The generator as an AgreementSource.
class GeneratorSource : public AgreementSource {
public:
    explicit GeneratorSource(const Sizes& sizes)
        : m_generator(sizes)
        , m_count(sizes.images)
    {
    }
    QStringList annotators() const override { return m_generator.names(); }
    std::int64_t imageCount() const override { return m_count; }
    Result<int> read(std::vector<AgreementImage>& images, int max) override
    {
        int n = 0;
        for (; n < max && !m_generator.atEnd(); ++n)
            images.push_back(m_generator.next());
        return n;
    }

private:
    Generator m_generator;
    std::int64_t m_count = 0;
};

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

long peakKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

QString storeDir(const QString& work, const Sizes& s)
{
    return QDir(work).filePath(QStringLiteral("agreement-%1x%2x%3").arg(s.images).arg(s.annotators).arg(s.words));
}

QString storePath(const QString& work, const Sizes& s)
{
    return QDir(storeDir(work, s)).filePath(QStringLiteral("project.lector"));
}

/// Writes the generated project through the public store API: one tiny distinct image file per image, each
/// annotator's regions imported in batches of 2,000 images (guideline version 2 published half way, as the
/// generator stamps it), then the batches set. Kept for the next run: a file named "complete" marks it done.
int makeStore(const QString& work, const Sizes& sizes)
{
    const QString dir = storeDir(work, sizes);
    if (QFile::exists(QDir(dir).filePath(QStringLiteral("complete")))) {
        std::printf("store: reusing %s\n", qPrintable(storePath(work, sizes)));
        return 0;
    }
    QDir(dir).removeRecursively();
    const QString images = QDir(dir).filePath(QStringLiteral("images"));
    QDir().mkpath(images);
    const auto t0 = std::chrono::steady_clock::now();
    auto store = ProjectStore::create(storePath(work, sizes));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    Generator generator(sizes);
    std::vector<QString> paths;
    const int half = (sizes.images + 1) / 2;
    constexpr int kSlice = 2000;
    std::int64_t regions = 0;
    while (!generator.atEnd()) {
        const int first = generator.position();
        if (first == 0 || first == half) {
            auto v = (*store)->publishGuideline(QStringLiteral("# Guideline %1").arg(first ? 2 : 1),
                QStringLiteral("generated"), QStringLiteral("lead"));
            if (!v) {
                std::fprintf(stderr, "%s\n", qPrintable(v.error().toString()));
                return 1;
            }
        }
        const int end = std::min(sizes.images, first < half ? std::min(half, first + kSlice) : first + kSlice);
        std::vector<ImportBatch> batches(size_t(sizes.annotators));
        for (int i = first; i < end; ++i) {
            // An 8×8 grey PGM whose pixels spell the image's number: a distinct file OpenCV decodes.
            const QString path = QDir(images).filePath(QStringLiteral("img%1.pgm").arg(i, 6, 10, QLatin1Char('0')));
            QByteArray pgm("P5 8 8 255\n");
            QByteArray pixels(64, char(0));
            for (int b = 0; b < 4; ++b)
                pixels[b] = char((i >> (8 * b)) & 0xff);
            pgm += pixels;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(pgm) != pgm.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
            const AgreementImage image = generator.next();
            for (int a = 0; a < sizes.annotators; ++a) {
                ImportedImage imported;
                imported.imagePath = path;
                for (const AgreementRegion& r : image.byAnnotator.at(generator.names()[a]))
                    imported.regions.push_back(r.region);
                regions += std::int64_t(imported.regions.size());
                batches[size_t(a)].images.push_back(std::move(imported));
            }
        }
        for (int a = 0; a < sizes.annotators; ++a) {
            ImportTarget target = ImportTarget::forAnnotator(generator.names()[a]);
            target.batch = QStringLiteral("generated");
            auto summary = (*store)->importBatch(batches[size_t(a)], target);
            if (!summary) {
                std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
                return 1;
            }
        }
        std::fprintf(stderr, "\rstore: %d of %d images", end, sizes.images);
        std::fflush(stderr);
    }
    std::fprintf(stderr, "\n");
    auto all = (*store)->images();
    if (!all)
        return 1;
    std::map<QString, std::vector<ImageId>> byBatch;
    for (const ImageRecord& r : *all)
        byBatch[Generator::batchOf(int(r.id - 1))].push_back(r.id);
    for (const auto& [batch, ids] : byBatch)
        if (!(*store)->setImageBatch(ids, batch, {}))
            return 1;
    store->reset();
    QFile marker(QDir(dir).filePath(QStringLiteral("complete")));
    if (!marker.open(QIODevice::WriteOnly))
        return 1;
    std::printf("store: wrote %s, %lld regions, %.1f MB, in %.1f s\n", qPrintable(storePath(work, sizes)),
        static_cast<long long>(regions), double(QFileInfo(storePath(work, sizes)).size()) / 1e6,
        seconds(t0, std::chrono::steady_clock::now()));
    return 0;
}

/// One mode, in this (child) process: prints "RESULT key=value ...".
int runMode(const std::string& mode, const Sizes& sizes, const QString& work)
{
    const auto t0 = std::chrono::steady_clock::now();
    double loadSeconds = 0;
    AgreementReport report;
    const auto loaded = [&] { loadSeconds = seconds(t0, std::chrono::steady_clock::now()); };
    if (mode == "memory-old" || mode == "memory") {
        AgreementInput input;
        input.images.reserve(size_t(sizes.images));
        Generator generator(sizes);
        while (!generator.atEnd())
            input.images.push_back(generator.next());
        loaded();
        report = mode == "memory" ? computeAgreement(input) : legacy::computeAgreement(input);
    } else if (mode == "generator") {
        GeneratorSource source(sizes);
        auto r = computeAgreement(source);
        if (!r)
            return 1;
        report = std::move(r).value();
    } else if (mode == "store-old" || mode == "store") {
        auto store = ProjectStore::open(storePath(work, sizes));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 1;
        }
        if (mode == "store") {
            auto r = computeAgreement(**store);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
            report = std::move(r).value();
        } else {
            auto input = legacy::loadAgreementInput(**store);
            if (!input)
                return 1;
            loaded();
            report = legacy::computeAgreement(*input);
        }
    } else {
        std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
        return 2;
    }
    const double total = seconds(t0, std::chrono::steady_clock::now());
    std::printf("RESULT seconds=%.3f load=%.3f peak_kb=%ld images=%d units=%d alpha_text=%.17g alpha_geometry=%.17g "
                "kappa=%.17g",
        total, loadSeconds, peakKb(), report.images, report.units, report.alphaText.alpha, report.alphaGeometry.alpha,
        report.kappaIllegible);
    for (size_t p = 0; p < report.pairs.size(); ++p)
        std::printf(" f1_%zu=%.17g iou_%zu=%.17g matched_%zu=%lld", p, report.pairs[p].f1(), p,
            report.pairs[p].meanIoU(), p, report.pairs[p].matched);
    std::printf("\n");
    return 0;
}

/// Runs `args` as a child of this executable; returns its exit code and stdout.
int runChild(const std::vector<std::string>& args, std::string* out)
{
    int pipeFd[2];
    if (pipe(pipeFd) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFd[1], STDOUT_FILENO);
        close(pipeFd[0]);
        close(pipeFd[1]);
        std::vector<char*> argv;
        for (const std::string& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv("/proc/self/exe", argv.data());
        _exit(127);
    }
    close(pipeFd[1]);
    char buf[4096];
    ssize_t n = 0;
    while ((n = read(pipeFd[0], buf, sizeof buf)) > 0)
        out->append(buf, size_t(n));
    close(pipeFd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::map<std::string, std::string> parseResult(const std::string& out)
{
    std::map<std::string, std::string> values;
    const size_t at = out.find("RESULT ");
    if (at == std::string::npos)
        return values;
    const std::string line = out.substr(at + 7, out.find('\n', at) - at - 7);
    size_t p = 0;
    while (p < line.size()) {
        const size_t space = line.find(' ', p);
        const std::string token = line.substr(p, space == std::string::npos ? std::string::npos : space - p);
        const size_t eq = token.find('=');
        if (eq != std::string::npos)
            values[token.substr(0, eq)] = token.substr(eq + 1);
        if (space == std::string::npos)
            break;
        p = space + 1;
    }
    return values;
}

void usage()
{
    std::printf(
        "Usage: lector-bench-agreement [--images N] [--annotators K] [--words N] [--work DIR] [--modes LIST]\n"
        "  Times the agreement report and its peak memory (ru_maxrss), each mode in a child process:\n"
        "  memory-old (the baseline: whole input in memory, the report before it streamed), memory, generator,\n"
        "  and with --work store-old and store (a project store generated in DIR and kept for the next run).\n"
        "  Defaults: --images 10000 --annotators 3 --words 60; --modes: every mode the options allow.\n"
        "  Writes nothing unless --work is given.\n");
}

} // namespace

int main(int argc, char** argv)
{
    Sizes sizes;
    QString work;
    std::string mode;
    std::vector<std::string> modes;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else if (arg == "--images") {
            sizes.images = std::atoi(value().c_str());
        } else if (arg == "--annotators") {
            sizes.annotators = std::atoi(value().c_str());
        } else if (arg == "--words") {
            sizes.words = std::atoi(value().c_str());
        } else if (arg == "--work") {
            work = QString::fromStdString(value());
        } else if (arg == "--mode") {
            mode = value();
        } else if (arg == "--modes") {
            const std::string list = value();
            for (size_t p = 0; p <= list.size();) {
                const size_t comma = std::min(list.find(',', p), list.size());
                modes.push_back(list.substr(p, comma - p));
                p = comma + 1;
            }
        } else {
            std::fprintf(stderr, "unknown option %s (see --help)\n", arg.c_str());
            return 2;
        }
    }
    if (sizes.images <= 0 || sizes.annotators < 2 || sizes.words <= 0) {
        std::fprintf(stderr, "--images and --words must be positive, --annotators at least 2\n");
        return 2;
    }
    if (mode == "make-store")
        return makeStore(work, sizes);
    if (!mode.empty())
        return runMode(mode, sizes, work);

    if (modes.empty()) {
        modes = { "memory-old", "memory", "generator" };
        if (!work.isEmpty())
            modes.insert(modes.end(), { "store-old", "store" });
    }
    std::printf("agreement: %d images x %d annotators x %d words, %u hardware threads\n", sizes.images,
        sizes.annotators, sizes.words, std::thread::hardware_concurrency());
    std::fflush(stdout);
    const std::vector<std::string> common { "lector-bench-agreement", "--images", std::to_string(sizes.images),
        "--annotators", std::to_string(sizes.annotators), "--words", std::to_string(sizes.words), "--work",
        work.toStdString() };
    bool needStore = false;
    for (const std::string& m : modes)
        needStore = needStore || m.rfind("store", 0) == 0;
    if (needStore) {
        if (work.isEmpty()) {
            std::fprintf(stderr, "the store modes need --work DIR\n");
            return 2;
        }
        std::vector<std::string> args = common;
        args.insert(args.end(), { "--mode", "make-store" });
        std::string out;
        const int rc = runChild(args, &out);
        std::printf("%s", out.c_str());
        std::fflush(stdout);
        if (rc != 0)
            return 1;
    }

    std::map<std::string, std::map<std::string, std::string>> results;
    std::printf("%-11s %9s %9s %10s %9s %9s   %s\n", "mode", "seconds", "(load)", "peak MB", "time/base", "mem/base",
        "figures");
    for (const std::string& m : modes) {
        std::vector<std::string> args = common;
        args.insert(args.end(), { "--mode", m });
        std::string out;
        if (runChild(args, &out) != 0) {
            std::printf("%-11s failed\n", m.c_str());
            continue;
        }
        auto r = parseResult(out);
        results[m] = r;
        // Ratios against the baseline of the same source: memory-old for the in-memory and generated modes,
        // store-old for the store.
        const std::string base = m.rfind("store", 0) == 0 ? "store-old" : "memory-old";
        std::string timeRatio = "-", memRatio = "-";
        if (results.count(base)) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.2f", std::stod(r["seconds"]) / std::stod(results[base]["seconds"]));
            timeRatio = buf;
            std::snprintf(buf, sizeof buf, "%.3f", std::stod(r["peak_kb"]) / std::stod(results[base]["peak_kb"]));
            memRatio = buf;
        }
        std::printf("%-11s %9.2f %9.2f %10.1f %9s %9s   images %s, units %s, alpha text %.6f, alpha geometry %.6f, "
                    "pair 0 F1 %.6f\n",
            m.c_str(), std::stod(r["seconds"]), std::stod(r["load"]), std::stod(r["peak_kb"]) / 1024.0,
            timeRatio.c_str(), memRatio.c_str(), r["images"].c_str(), r["units"].c_str(), std::stod(r["alpha_text"]),
            std::stod(r["alpha_geometry"]), std::stod(r["f1_0"]));
        std::fflush(stdout);
    }
    // Every mode must find the same figures (floating ones within 1e-9: the old report summed in another order).
    bool agree = true;
    for (const auto& [m, r] : results)
        for (const auto& [key, value] : results.begin()->second) {
            if (key == "seconds" || key == "load" || key == "peak_kb")
                continue;
            const double a = std::stod(value), b = r.count(key) ? std::stod(r.at(key)) : NAN;
            if (!(std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a))) && !(std::isnan(a) && std::isnan(b)))
                agree = false;
        }
    std::printf("figures %s across modes\n", agree ? "agree" : "DIFFER");
    return agree ? 0 : 1;
}
