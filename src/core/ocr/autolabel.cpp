// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/autolabel.h>

#include <lector/core/parallel_for.h>
#include <lector/core/tr.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <set>

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
    std::vector<Region> words;
    std::optional<Error> error;
    bool engineFailed = false; // the worker could not start its engine: `error` ends the run
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
            Core::tr("the image is %1×%2 pixels but the project recorded %3×%4 (the file changed since it "
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

namespace {

/// The images to read, in the order asked (each once); NotFound for an image the project does not have.
Result<std::vector<Job>> listJobs(const ProjectStore& store, const AutolabelOptions& options)
{
    auto all = store.images();
    if (!all)
        return std::move(all).error();
    std::vector<Job> jobs;
    if (options.images.empty()) {
        jobs.reserve(all->size());
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
                return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the project has no image %1").arg(id))
                    .at(store.path());
            if (seen.insert(id).second)
                jobs.push_back({ id, store.absoluteImagePath(*it->second), it->second->width, it->second->height });
        }
    }
    if (jobs.empty())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("the project has no images to read")).at(store.path());
    return jobs;
}

} // namespace

Result<AutolabelSummary> runAutolabel(ProjectStore& store, const AutolabelOptions& options, Progress* progress)
{
    QElapsedTimer clock;
    clock.start();

    // 1. Everything that can be checked is checked before the run exists.
    auto listed = listJobs(store, options);
    if (!listed)
        return std::move(listed).error();
    const std::vector<Job> jobs = std::move(listed).value();

    // The first engine is made here, so that a bad engine name or missing language data fails before anything is
    // written; the other workers make theirs in parallel on their own threads.
    auto firstEngine = OcrEngine::create(options.engine, options.ocr);
    if (!firstEngine)
        return std::move(firstEngine).error();
    const OcrSettings& settings = (*firstEngine)->settings();
    const QString engineVersion = (*firstEngine)->version();
    const QString engineName = (*firstEngine)->name();

    // The workers only read (one engine each, worker 0 taking the one made above); this thread only writes, and
    // looks for a cancel every 50 ms, which `stop` passes on to the engines mid-page.
    std::atomic<bool> stop { false };
    ParallelOptions parallel;
    parallel.threads = options.threads;
    parallel.progress = progress;
    parallel.stop = &stop;
    parallel.callerOnlyConsumes = true;
    const int threads = parallelThreads(parallel, jobs.size());

    AutolabelSummary summary;
    summary.imagesTotal = static_cast<int>(jobs.size());
    summary.acceptThreshold = options.acceptThreshold;
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
    runSettings["upscale"] = utf8(settings.upscaleName());
    if (settings.upscale == OcrSettings::kAutoUpscale)
        runSettings["glyph_height"] = settings.glyphHeight;
    runSettings["binarize"] = utf8(binarizationName(settings.binarization));
    runSettings["threads"] = threads;
    runSettings["accept_threshold"] = options.acceptThreshold;
    runSettings["images_requested"] = jobs.size();
    runSettings["status"] = "running";
    const QString model = options.model.isEmpty() ? engineName + QLatin1Char(' ') + engineVersion : options.model;
    auto run = store.createRun(summary.runName, model, QString::fromStdString(runSettings.dump()));
    if (!run)
        return std::move(run).error();
    summary.run = *run;

    // 2. Workers read; this thread writes, image by image in job order.
    std::vector<std::unique_ptr<OcrEngine>> engines(static_cast<std::size_t>(threads));
    std::vector<std::optional<Error>> engineErrors(engines.size());
    engines[0] = std::move(*firstEngine);
    const auto read = [&](std::size_t i, int worker) {
        std::unique_ptr<OcrEngine>& engine = engines[std::size_t(worker)];
        std::optional<Error>& engineError = engineErrors[std::size_t(worker)];
        Outcome outcome;
        if (!engine && !engineError) {
            auto made = OcrEngine::create(options.engine, options.ocr);
            if (made)
                engine = std::move(*made);
            else
                engineError = std::move(made).error();
        }
        if (!engine) {
            outcome.error = engineError;
            outcome.engineFailed = true;
            return outcome;
        }
        auto words = readImage(*engine, jobs[i], stop);
        if (words)
            outcome.words = std::move(*words);
        else
            outcome.error = std::move(words).error();
        return outcome;
    };

    PredictionRepository predictions(store);
    std::optional<Error> fatal; // ends the run: a store write failed, an engine did not start, or stopOnError
    nlohmann::json failures = nlohmann::json::array();
    const auto write = [&](std::size_t i, Outcome&& o) {
        // Returning false ends the run; the images already written stay whole.
        const Job& job = jobs[i];
        if (o.engineFailed) {
            fatal = std::move(*o.error);
            return false;
        }
        if (o.error) {
            // An engine stops mid-page only once the run is stopping; its image is not read, not failed.
            if (o.error->code == ErrorCode::Canceled)
                return false;
            ++summary.imagesFailed;
            summary.failures.push_back({ o.error->message, o.error->path.isEmpty() ? job.path : o.error->path, 0 });
            failures.push_back(
                { { "image", job.image }, { "path", utf8(job.path) }, { "error", utf8(o.error->message) } });
            if (options.stopOnError) {
                fatal = std::move(*o.error);
                return false;
            }
            return true;
        }
        auto written = predictions.addImagePredictions(summary.run, job.image, o.words);
        if (!written) {
            fatal = std::move(written).error();
            return false;
        }
        ++summary.imagesDone;
        summary.words += static_cast<std::int64_t>(o.words.size());
        const auto below = std::count_if(o.words.begin(), o.words.end(),
            [&](const Region& w) { return options.acceptThreshold > 0 && !(w.confidence >= options.acceptThreshold); });
        if (below > 0) {
            summary.belowThreshold += below;
            summary.belowByImage.emplace_back(job.image, below);
        }
        return true;
    };
    if (progress)
        progress->report(0, static_cast<std::int64_t>(jobs.size()));
    const bool complete = parallelMap<Outcome>(jobs.size(), parallel, read, write);
    // The loop ends early only on a cancel or on a fatal error.
    summary.canceled = !complete && !fatal;
    engines.clear();
    summary.seconds = clock.nsecsElapsed() / 1e9;

    // 3. How the run ended goes into its settings, so that a partial run is recognisable later.
    runSettings["status"] = fatal ? "failed" : summary.canceled ? "canceled" : "complete";
    runSettings["images_done"] = summary.imagesDone;
    runSettings["words"] = summary.words;
    runSettings["below_threshold"] = summary.belowThreshold;
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
        return LECTOR_ERROR(ErrorCode::NotFound, Core::tr("the project has no image %1").arg(image)).at(store.path());
    auto decoded = OcrImage::load(store.absoluteImagePath(**record));
    if (!decoded)
        return std::move(decoded).error();
    return engine.readRegions(*decoded, regions);
}

} // namespace lector
