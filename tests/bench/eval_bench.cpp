// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Time and peak memory of the detection evaluation (ICDAR 2015 protocol) on generated data: N images x W ground-truth
// words with jittered detections, misses, false positives, don't-care regions and misread texts.
//   lector-bench-eval [--images 100000] [--words 60] [--work DIR]
// Each mode runs in a child process of its own (this program again, with --mode), so that one mode's peak memory
// (getrusage ru_maxrss) does not hide another's; the parent prints seconds, peak and the ratios against the
// baseline measured in the same run, and checks that every mode gives the same figures.
//   baseline    the old way: the whole DetectionEvalInput made in memory, then evaluateDetections(input)
//   generator   streaming: an EvalImageSource that makes the same images a chunk at a time
//   store-load  (needs --work) loadDetectionEvalInput from the generated project, then evaluateDetections(input):
//               what lector-cli eval did before streaming
//   store       (needs --work) evaluateDetections(store, reference, model) through the public store API
// The project (DIR/eval-N-W.lector) is written once straight into the schema, one prepared INSERT per table in one
// transaction, and reused by later runs. Nothing is written without --work.

#include "synthetic_eval_project.h"

#include <lector/metrics/detection_eval.h>
#include <lector/metrics/detection_eval_loader.h>
#include <lector/metrics/eval_image_source.h>
#include <lector/store/project_store.h>

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace lector;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// The streaming source over ImageMaker: chunks of 512 images, the next one made in readAhead() while the other
/// cores evaluate (as StoreEvalSource reads).
class GeneratorSource : public EvalImageSource {
public:
    GeneratorSource(int images, int words)
        : m_images(images)
        , m_maker(words)
    {
    }
    QString groundTruthName() const override { return QStringLiteral("reference"); }
    QString detectionName() const override { return QStringLiteral("model"); }
    std::int64_t imageCount() const override { return m_images; }
    Result<bool> everyDetectionHasConfidence() override { return true; } // ImageMaker gives each one
    Result<EvalImageChunk> nextChunk() override
    {
        while (!nextIsFull())
            makeOne();
        std::swap(m_current, m_next);
        m_next.clear();
        return EvalImageChunk { m_current.data(), m_current.size() };
    }
    Result<void> readAhead() override
    {
        if (!nextIsFull())
            makeOne();
        return {};
    }

private:
    static constexpr size_t kChunk = 512;
    bool nextIsFull() const { return m_made >= m_images || m_next.size() >= kChunk; }
    void makeOne() { m_maker.make(m_made++, m_next.emplace_back()); }

    int m_images;
    int m_made = 0;
    bench::ImageMaker m_maker;
    std::vector<EvalImage> m_current, m_next;
};

DetectionEvalInput makeInput(int images, int words)
{
    DetectionEvalInput input;
    input.groundTruthName = QStringLiteral("reference");
    input.detectionName = QStringLiteral("model");
    input.images.resize(size_t(images));
    bench::ImageMaker maker(words);
    for (int i = 0; i < images; ++i)
        maker.make(i, input.images[size_t(i)]);
    return input;
}

/// The figures every mode must agree on, printed exactly.
std::string figures(const DetectionEvalReport& r)
{
    const DetectionCounts& t = r.totals;
    char buffer[512];
    std::snprintf(buffer, sizeof buffer,
        "images=%lld gt=%lld det=%lld matched=%lld text_equal=%lld char_errors=%lld word_errors=%lld "
        "p=%.17g r=%.17g h=%.17g iou=%.17g ap=%.17g slices=%zu batches=%zu confusions=%zu scored=%zu",
        t.images, t.groundTruth, t.detections, t.matched, t.textEqual, t.charErrors, t.wordErrors, t.precision(),
        t.recall(), t.hmean(), t.meanIoU(), r.averagePrecision, r.perSlice.size(), r.perBatch.size(),
        r.confusions.size(), r.scored.size());
    return buffer;
}

/// One mode in this process: prints "RESULT <seconds> <peak MB> <figures>" (and what took how long on stderr).
int runMode(const std::string& mode, int images, int words, const QString& project)
{
    const auto t0 = Clock::now();
    DetectionEvalReport report;
    if (mode == "baseline") {
        const DetectionEvalInput input = makeInput(images, words);
        const auto t1 = Clock::now();
        report = evaluateDetections(input);
        std::fprintf(stderr, "  baseline: made the input in %.2f s, evaluated in %.2f s\n", seconds(t0, t1),
            seconds(t1, Clock::now()));
    } else if (mode == "generator") {
        GeneratorSource source(images, words);
        auto r = evaluateDetections(source, {});
        if (!r)
            return 2;
        report = std::move(r).value();
    } else if (mode == "store-load" || mode == "store") {
        auto store = ProjectStore::open(project);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
            return 2;
        }
        const EvalSource truth = EvalSource::annotator(QStringLiteral("reference"));
        const EvalSource run = EvalSource::run(QStringLiteral("model"));
        if (mode == "store-load") {
            auto input = loadDetectionEvalInput(**store, truth, run);
            if (!input)
                return 2;
            const auto t1 = Clock::now();
            report = evaluateDetections(*input);
            std::fprintf(stderr, "  store-load: loaded in %.2f s, evaluated in %.2f s\n", seconds(t0, t1),
                seconds(t1, Clock::now()));
        } else {
            auto r = evaluateDetections(**store, truth, run, {});
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 2;
            }
            report = std::move(r).value();
        }
    } else {
        std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
        return 1;
    }
    const double s = seconds(t0, Clock::now());
    std::printf("RESULT %.3f %ld %s\n", s, peakRssMb(), figures(report).c_str());
    return 0;
}

struct ModeResult {
    std::string mode;
    double seconds = 0;
    long peakMb = 0;
    std::string figures;
};

bool runChild(
    const std::string& self, const std::string& mode, int images, int words, const QString& project, ModeResult& out)
{
    std::string command
        = "'" + self + "' --mode " + mode + " --images " + std::to_string(images) + " --words " + std::to_string(words);
    if (!project.isEmpty())
        command += " --project '" + project.toStdString() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return false;
    char line[4096];
    bool got = false;
    while (std::fgets(line, sizeof line, pipe)) {
        if (std::strncmp(line, "RESULT ", 7) != 0)
            continue;
        char* end = nullptr;
        out.mode = mode;
        out.seconds = std::strtod(line + 7, &end);
        out.peakMb = std::strtol(end, &end, 10);
        out.figures = std::string(end + 1);
        while (!out.figures.empty() && out.figures.back() == '\n')
            out.figures.pop_back();
        got = true;
    }
    return pclose(pipe) == 0 && got;
}

void usage()
{
    std::printf("Usage: lector-bench-eval [--images N] [--words N] [--work DIR]\n"
                "Times the detection evaluation and measures its peak memory, each mode in a child process:\n"
                "  baseline    the whole DetectionEvalInput in memory, then evaluateDetections(input)\n"
                "  generator   streaming from a source that makes the same images a chunk at a time\n"
                "  store-load  loadDetectionEvalInput from a generated project, then evaluate (needs --work)\n"
                "  store       evaluateDetections(store, ...) streaming from that project (needs --work)\n"
                "Options:\n"
                "  --images N  images (default 100000)\n"
                "  --words N   ground-truth words per image (default 60)\n"
                "  --work DIR  where the generated project is kept (DIR/eval-N-W.lector, made once); without it\n"
                "              nothing is written and the store modes are left out\n"
                "  --mode M    run one mode in this process and print its RESULT line (what the parent runs)\n");
}

} // namespace

int main(int argc, char** argv)
{
    int images = 100000, words = 60;
    QString work, project;
    std::string mode;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else if (arg == "--images" && hasValue) {
            images = std::atoi(argv[++i]);
        } else if (arg == "--words" && hasValue) {
            words = std::atoi(argv[++i]);
        } else if (arg == "--work" && hasValue) {
            work = QFileInfo(QString::fromLocal8Bit(argv[++i])).absoluteFilePath();
        } else if (arg == "--project" && hasValue) {
            project = QString::fromLocal8Bit(argv[++i]);
        } else if (arg == "--mode" && hasValue) {
            mode = argv[++i];
        } else {
            std::fprintf(stderr, "lector-bench-eval: unknown argument %s (see --help)\n", arg.c_str());
            return 1;
        }
    }
    if (images <= 0 || words <= 0) {
        std::fprintf(stderr, "lector-bench-eval: --images and --words take positive numbers\n");
        return 1;
    }
    if (!mode.empty())
        return runMode(mode, images, words, project);

    std::vector<std::string> modes { "baseline", "generator" };
    if (!work.isEmpty()) {
        QDir().mkpath(work);
        project = QDir(work).filePath(QStringLiteral("eval-%1-%2.lector").arg(images).arg(words));
        if (!QFileInfo::exists(project)) {
            std::printf("generating %s (once) ...\n", qPrintable(project));
            std::fflush(stdout);
            const auto t0 = Clock::now();
            if (!bench::generateEvalProject(project, images, words)) {
                QFile::remove(project);
                return 2;
            }
            std::printf("  generated in %.1f s\n", seconds(t0, Clock::now()));
        }
        modes.push_back("store-load");
        modes.push_back("store");
    }

    char self[4096] = {};
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string exe = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
    std::printf("detection evaluation, %d images x %d words, greedy matching, %u hardware threads\n", images, words,
        std::thread::hardware_concurrency());
    std::vector<ModeResult> results;
    for (const std::string& m : modes) {
        std::fflush(stdout);
        ModeResult r;
        if (!runChild(exe, m, images, words, project, r)) {
            std::fprintf(stderr, "lector-bench-eval: mode %s failed\n", m.c_str());
            return 2;
        }
        results.push_back(r);
    }
    const ModeResult& base = results.front();
    std::printf("\n%-12s %9s %9s %9s %9s  figures\n", "mode", "seconds", "peak MB", "time", "memory");
    bool same = true;
    for (const ModeResult& r : results) {
        const bool equal = r.figures == base.figures;
        same = same && equal;
        std::printf("%-12s %9.2f %9ld %8.2fx %8.2fx  %s\n", r.mode.c_str(), r.seconds, r.peakMb,
            r.seconds / base.seconds, double(r.peakMb) / double(base.peakMb), equal ? "same as baseline" : "DIFFER");
    }
    std::printf("\nbaseline figures: %s\n", base.figures.c_str());
    for (const ModeResult& r : results)
        if (r.figures != base.figures)
            std::printf("%s figures: %s\n", r.mode.c_str(), r.figures.c_str());
    return same ? 0 : 3;
}
