// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// OCR pre-labeling throughput, side by side on the same pages: (a) the tesseract command line, one process per page,
// one after another (`tesseract IMG stdout --psm P -l L tsv`, OMP_THREAD_LIMIT=1), as a script would do it; (b)
// runAutolabel with a pool of worker threads, one engine each, writing every page's words to the project store.
// Same images, same language, same page segmentation mode; (b) does more (it also decodes with OpenCV and writes the
// store). Each round runs (a) then (b); the figures are the medians over the rounds. --cancel adds (d): how long
// runAutolabel takes to return once canceled while its engines are mid-page (the unit tests only check that a
// cancel stops the engines, not how soon).
// Usage: lector-bench-prelabel [--pages N (12)] [--lang L (eng)] [--psm P (3)] [--threads T (2)] [--rounds R (1)]
//        [--single] (also (c): the pool with one thread, to tell process start-up from parallelism apart)
//        [--cancel] [--work DIR (the demo project goes in a temporary folder there; default: the system's)]
#include <lector/ocr/autolabel.h>
#include <lector/ocr/tesseract_engine.h>
#include <lector/store/project_store.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <utility>
#include <vector>

using namespace lector;

namespace {

struct Figures {
    double seconds = 0;
    double cpuSeconds = 0; // user + system, of the tesseract processes for (a), of this process for (b)
    std::int64_t words = 0;
};

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

/// Words in tesseract's TSV: level-5 rows with text.
std::int64_t tsvWords(const QByteArray& tsv)
{
    std::int64_t n = 0;
    for (const QByteArray& line : tsv.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 12 && f[0] == "5" && !f[11].trimmed().isEmpty())
            ++n;
    }
    return n;
}

Figures commandLine(const QStringList& images, const QString& lang, int psm)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    Figures f;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    for (const QString& image : images) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("tesseract"),
            { image, QStringLiteral("stdout"), QStringLiteral("--psm"), QString::number(psm), QStringLiteral("-l"),
                lang, QStringLiteral("tsv") });
        if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
            std::fprintf(
                stderr, "tesseract failed on %s: %s\n", qPrintable(image), p.readAllStandardError().constData());
            std::exit(2);
        }
        f.words += tsvWords(p.readAllStandardOutput());
    }
    f.seconds = clock.nsecsElapsed() / 1e9;
    f.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    return f;
}

Figures pool(ProjectStore& store, const QString& lang, int psm, int threads, const QString& run)
{
    AutolabelOptions o;
    o.ocr.language = lang;
    o.ocr.pageSegMode = psm;
    o.ocr.upscale = 1; // the same pixels as the tesseract CLI reads: equal work, checked by the word counts
    o.threads = threads;
    o.runName = run;
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    auto summary = runAutolabel(store, o);
    const double seconds = clock.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    if (!summary || summary->imagesFailed) {
        std::fprintf(
            stderr, "autolabel failed: %s\n", summary ? "an image failed" : qPrintable(summary.error().toString()));
        std::exit(2);
    }
    return { seconds, cpu, summary->words };
}

/// Cancels once `after` images are reported done, and keeps the time of the cancel.
class CancelAfter : public Progress {
public:
    explicit CancelAfter(std::int64_t after)
        : m_after(after)
    {
    }
    void report(std::int64_t done, std::int64_t) override
    {
        if (done >= m_after && !m_canceled) {
            m_canceledAt.start();
            m_canceled = true;
        }
    }
    bool isCanceled() const override { return m_canceled; }
    double sinceCancel() const { return m_canceled ? m_canceledAt.nsecsElapsed() / 1e9 : 0; }

private:
    std::int64_t m_after;
    std::atomic<bool> m_canceled { false };
    QElapsedTimer m_canceledAt;
};

/// (d): seconds from a cancel, made as the first page is written, to runAutolabel returning; and the pages written.
std::pair<double, int> cancelLatency(ProjectStore& store, const QString& lang, int psm, int threads, const QString& run)
{
    AutolabelOptions o;
    o.ocr.language = lang;
    o.ocr.pageSegMode = psm;
    o.ocr.upscale = 1; // the same pixels as the tesseract CLI reads: equal work, checked by the word counts
    o.threads = threads;
    o.runName = run;
    CancelAfter progress(1);
    auto summary = runAutolabel(store, o, &progress);
    const double seconds = progress.sinceCancel();
    if (!summary || !summary->canceled) {
        std::fprintf(stderr, "autolabel was not canceled: %s\n",
            summary ? "it ran to the end" : qPrintable(summary.error().toString()));
        std::exit(2);
    }
    return { seconds, summary->imagesDone };
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int pages = 12, psm = 3, threads = 2, rounds = 1;
    QString lang = QStringLiteral("eng");
    bool single = false, cancel = false;
    QString work;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--pages"))
            pages = next.toInt(), ++i;
        else if (a == QLatin1String("--lang"))
            lang = next, ++i;
        else if (a == QLatin1String("--psm"))
            psm = next.toInt(), ++i;
        else if (a == QLatin1String("--threads"))
            threads = next.toInt(), ++i;
        else if (a == QLatin1String("--rounds"))
            rounds = next.toInt(), ++i;
        else if (a == QLatin1String("--single"))
            single = true;
        else if (a == QLatin1String("--cancel"))
            cancel = true;
        else if (a == QLatin1String("--work"))
            work = next, ++i;
        else {
            const bool help = a == QLatin1String("--help") || a == QLatin1String("-h");
            std::fprintf(help ? stdout : stderr,
                "usage: lector-bench-prelabel [--pages N] [--lang L] [--psm P] [--threads T] "
                "[--rounds R] [--single] [--cancel] [--work DIR]\n");
            return help ? 0 : 1;
        }
    }
    if (pages < 1 || threads < 1 || rounds < 1)
        return 1;

    QTemporaryDir dir(
        QDir(work.isEmpty() ? QDir::tempPath() : work).filePath(QStringLiteral("lector-bench-prelabel-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a folder in %s\n", qPrintable(work.isEmpty() ? QDir::tempPath() : work));
        return 2;
    }
    QProcess demo;
    demo.start(QStringLiteral(LECTOR_CLI_PATH),
        { QStringLiteral("demo"), dir.path(), QStringLiteral("--pages"), QString::number(pages) });
    if (!demo.waitForFinished(600'000) || demo.exitCode() != 0) {
        std::fprintf(stderr, "lector-cli demo failed: %s\n", demo.readAllStandardError().constData());
        return 2;
    }
    auto store = ProjectStore::open(QDir(dir.path()).filePath(QStringLiteral("demo.lector")));
    if (!store)
        return 2;
    auto records = (*store)->images();
    if (!records)
        return 2;
    QStringList images;
    for (const ImageRecord& r : *records)
        images << (*store)->absoluteImagePath(r);

    std::printf("%d demo pages (1000x1400 px), lang %s, psm %d, Tesseract %s, %u cores\n", pages, qPrintable(lang), psm,
        qPrintable(TesseractEngine::libraryVersion()), std::thread::hardware_concurrency());
    std::vector<double> cliSeconds, poolSeconds, singleSeconds, ratios, cliCpu, poolCpu, cancelSingle, cancelPool;
    std::int64_t cliWords = 0, poolWords = 0;
    for (int r = 0; r < rounds; ++r) {
        const Figures a = commandLine(images, lang, psm);
        const Figures b = pool(**store, lang, psm, threads, QStringLiteral("bench-%1").arg(r));
        cliSeconds.push_back(a.seconds);
        poolSeconds.push_back(b.seconds);
        ratios.push_back(a.seconds / b.seconds);
        cliCpu.push_back(a.cpuSeconds);
        poolCpu.push_back(b.cpuSeconds);
        cliWords = a.words;
        poolWords = b.words;
        std::printf("round %d: (a) tesseract CLI %.2f s, CPU %.2f s (%lld words)  (b) pool of %d %.2f s, CPU %.2f s "
                    "(%lld words)  ratio %.2f\n",
            r + 1, a.seconds, a.cpuSeconds, static_cast<long long>(a.words), threads, b.seconds, b.cpuSeconds,
            static_cast<long long>(b.words), a.seconds / b.seconds);
        if (single) {
            const Figures c = pool(**store, lang, psm, 1, QStringLiteral("bench-single-%1").arg(r));
            singleSeconds.push_back(c.seconds);
            std::printf("         (c) pool of 1 %.2f s, CPU %.2f s (%lld words)\n", c.seconds, c.cpuSeconds,
                static_cast<long long>(c.words));
        }
        if (cancel) {
            const auto one = cancelLatency(**store, lang, psm, 1, QStringLiteral("bench-cancel-1-%1").arg(r));
            const auto many
                = cancelLatency(**store, lang, psm, threads, QStringLiteral("bench-cancel-%1-%2").arg(threads).arg(r));
            cancelSingle.push_back(one.first);
            cancelPool.push_back(many.first);
            std::printf("         (d) canceled after the first page: 1 thread returned %.3f s later (%d pages "
                        "written), %d threads %.3f s later (%d pages)\n",
                one.first, one.second, threads, many.first, many.second);
        }
    }
    const double a = median(cliSeconds), b = median(poolSeconds);
    std::printf("medians over %d rounds (best round in brackets):\n", rounds);
    std::printf("(a) tesseract CLI, one process per page: %.2f pages/s [%.2f], CPU %.3f s/page (%lld words)\n",
        pages / a, pages / *std::min_element(cliSeconds.begin(), cliSeconds.end()), median(cliCpu) / pages,
        static_cast<long long>(cliWords));
    std::printf("(b) runAutolabel, %d threads:            %.2f pages/s [%.2f], CPU %.3f s/page (%lld words)\n", threads,
        pages / b, pages / *std::min_element(poolSeconds.begin(), poolSeconds.end()), median(poolCpu) / pages,
        static_cast<long long>(poolWords));
    if (single)
        std::printf("(c) runAutolabel, 1 thread:             %.2f pages/s [%.2f]\n", pages / median(singleSeconds),
            pages / *std::min_element(singleSeconds.begin(), singleSeconds.end()));
    std::printf("ratio (b)/(a): median of the rounds %.2f, best round %.2f\n", median(ratios),
        *std::max_element(ratios.begin(), ratios.end()));
    if (cancel)
        std::printf("(d) cancel to return, after the first page: 1 thread %.3f s [worst %.3f], %d threads %.3f s "
                    "[worst %.3f]\n",
            median(cancelSingle), *std::max_element(cancelSingle.begin(), cancelSingle.end()), threads,
            median(cancelPool), *std::max_element(cancelPool.begin(), cancelPool.end()));
    return 0;
}
