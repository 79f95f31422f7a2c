// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/autolabel.h>

#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace lector {

namespace {

struct Job {
    ImageId image = 0;
    QString path;
    int width = 0;
    int height = 0;
};

/// What a worker hands to the writing thread: one image's words, or why it has none.
struct Outcome {
    std::size_t job = 0;
    std::vector<Region> words;
    std::optional<Error> error;
};

/// Reads one image on a worker thread. The size check catches a file replaced since it was added, whose words
/// would not fit the store's geometry.
Result<std::vector<Region>> readImage(OcrEngine& engine, const Job& job, const std::atomic<bool>& stop)
{
    auto image = OcrImage::load(job.path);
    if (!image)
        return std::move(image).error();
    if (image->width() != job.width || image->height() != job.height)
        return LECTOR_ERROR(ErrorCode::Decode,
            QStringLiteral("the image is %1×%2 pixels but the project recorded %3×%4 (the file changed since it "
                           "was added)")
                .arg(image->width())
                .arg(image->height())
                .arg(job.width)
                .arg(job.height))
            .at(job.path);
    auto words = engine.readPage(*image, &stop);
    if (!words && words.error().path.isEmpty())
        return Error(std::move(words).error()).at(job.path);
    return words;
}

std::string utf8(const QString& s) { return s.toStdString(); }

} // namespace

Result<AutolabelSummary> runAutolabel(ProjectStore& store, const AutolabelOptions& options, Progress* progress)
{
    QElapsedTimer clock;
    clock.start();

    // 1. Everything that can be checked is checked before the run exists.
    auto all = store.images();
    if (!all)
        return std::move(all).error();
    std::vector<Job> jobs;
    if (options.images.empty()) {
        for (const ImageRecord& r : *all)
            jobs.push_back({ r.id, store.absoluteImagePath(r), r.width, r.height });
    } else {
        std::map<ImageId, const ImageRecord*> byId;
        for (const ImageRecord& r : *all)
            byId[r.id] = &r;
        std::set<ImageId> seen;
        for (const ImageId id : options.images) {
            auto it = byId.find(id);
            if (it == byId.end())
                return LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("the project has no image %1").arg(id))
                    .at(store.path());
            if (seen.insert(id).second)
                jobs.push_back({ id, store.absoluteImagePath(*it->second), it->second->width, it->second->height });
        }
    }
    if (jobs.empty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QStringLiteral("the project has no images to read"))
            .at(store.path());

    // The first engine is made here, so that a bad engine name or missing language data fails before anything is
    // written; the other workers make theirs in parallel on their own threads.
    auto firstEngine = OcrEngine::create(options.engine, options.ocr);
    if (!firstEngine)
        return std::move(firstEngine).error();
    const OcrSettings& settings = (*firstEngine)->settings();
    const QString engineVersion = (*firstEngine)->version();
    const QString engineName = (*firstEngine)->name();

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads
        = std::min<std::size_t>(jobs.size(), options.threads > 0 ? static_cast<std::size_t>(options.threads) : cores);

    AutolabelSummary summary;
    summary.imagesTotal = static_cast<int>(jobs.size());
    summary.runName = options.runName.trimmed().isEmpty()
        ? QStringLiteral("%1-%2-%3")
              .arg(engineName, settings.language,
                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")))
        : options.runName.trimmed();
    nlohmann::ordered_json runSettings;
    runSettings["engine"] = utf8(engineName);
    runSettings["engine_version"] = utf8(engineVersion);
    runSettings["lang"] = utf8(settings.language);
    runSettings["psm"] = settings.pageSegMode;
    runSettings["threads"] = threads;
    runSettings["images_requested"] = jobs.size();
    runSettings["status"] = "running";
    const QString model = options.model.isEmpty() ? engineName + QLatin1Char(' ') + engineVersion : options.model;
    auto run = store.createRun(summary.runName, model, QString::fromStdString(runSettings.dump()));
    if (!run)
        return std::move(run).error();
    summary.run = *run;

    // 2. Workers read; this thread writes.
    std::atomic<bool> stop { false };
    std::atomic<std::size_t> next { 0 };
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Outcome> outcomes;
    std::size_t workersDone = 0;
    std::optional<Error> engineError; // a worker that could not start its engine

    auto work = [&](std::unique_ptr<OcrEngine> engine) {
        if (!engine) {
            auto made = OcrEngine::create(options.engine, options.ocr);
            if (made) {
                engine = std::move(*made);
            } else {
                std::lock_guard<std::mutex> lock(mutex);
                engineError = std::move(made).error();
            }
        }
        while (engine && !stop.load()) {
            const std::size_t i = next.fetch_add(1);
            if (i >= jobs.size())
                break;
            Outcome outcome;
            outcome.job = i;
            auto words = readImage(*engine, jobs[i], stop);
            if (words)
                outcome.words = std::move(*words);
            else
                outcome.error = std::move(words).error();
            std::lock_guard<std::mutex> lock(mutex);
            outcomes.push_back(std::move(outcome));
            ready.notify_one();
        }
        std::lock_guard<std::mutex> lock(mutex);
        ++workersDone;
        ready.notify_one();
    };
    std::vector<std::thread> pool;
    pool.reserve(threads);
    pool.emplace_back(work, std::move(*firstEngine));
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work, nullptr);

    PredictionRepository predictions(store);
    std::optional<Error> fatal; // ends the run: a store write failed, an engine did not start, or stopOnError
    nlohmann::json failures = nlohmann::json::array();
    const auto total = static_cast<std::int64_t>(jobs.size());
    if (progress)
        progress->report(0, total);
    for (;;) {
        std::deque<Outcome> batch;
        bool finished = false;
        {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait_for(
                lock, std::chrono::milliseconds(50), [&] { return !outcomes.empty() || workersDone == threads; });
            batch.swap(outcomes);
            finished = workersDone == threads && batch.empty();
            if (engineError && !fatal) {
                fatal = *engineError;
                stop = true;
            }
        }
        if (progress && progress->isCanceled() && !summary.canceled) {
            summary.canceled = true;
            stop = true;
        }
        for (Outcome& o : batch) {
            // After a cancel or a fatal error nothing more is written: the images already written stay whole.
            if (stop)
                break;
            const Job& job = jobs[o.job];
            if (o.error) {
                if (o.error->code == ErrorCode::Canceled)
                    continue;
                ++summary.imagesFailed;
                summary.failures.push_back({ o.error->message, o.error->path.isEmpty() ? job.path : o.error->path, 0 });
                failures.push_back(
                    { { "image", job.image }, { "path", utf8(job.path) }, { "error", utf8(o.error->message) } });
                if (options.stopOnError) {
                    fatal = std::move(*o.error);
                    stop = true;
                }
            } else {
                auto written = predictions.addImagePredictions(summary.run, job.image, o.words);
                if (!written) {
                    fatal = std::move(written).error();
                    stop = true;
                    break;
                }
                ++summary.imagesDone;
                summary.words += static_cast<std::int64_t>(o.words.size());
            }
            if (progress)
                progress->report(summary.imagesDone + summary.imagesFailed, total);
        }
        if (finished)
            break;
    }
    for (std::thread& t : pool)
        t.join();
    summary.seconds = clock.nsecsElapsed() / 1e9;

    // 3. How the run ended goes into its settings, so that a partial run is recognisable later.
    runSettings["status"] = fatal ? "failed" : summary.canceled ? "canceled" : "complete";
    runSettings["images_done"] = summary.imagesDone;
    runSettings["words"] = summary.words;
    if (!failures.empty())
        runSettings["failures"] = failures;
    auto recorded = predictions.setRunSettings(summary.run, QString::fromStdString(runSettings.dump()));
    if (fatal)
        return std::move(*fatal);
    if (!recorded)
        return std::move(recorded).error();
    return summary;
}

Result<std::vector<OcrText>> recognizeRegions(
    ProjectStore& store, ImageId image, const std::vector<Polygon>& regions, OcrEngine& engine)
{
    auto record = store.image(image);
    if (!record)
        return std::move(record).error();
    if (!*record)
        return LECTOR_ERROR(ErrorCode::NotFound, QStringLiteral("the project has no image %1").arg(image))
            .at(store.path());
    auto decoded = OcrImage::load(store.absoluteImagePath(**record));
    if (!decoded)
        return std::move(decoded).error();
    return engine.readRegions(*decoded, regions);
}

} // namespace lector
