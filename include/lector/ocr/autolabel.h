// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>
#include <lector/io/import_batch.h>
#include <lector/ocr/ocr_engine.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace lector {

class ProjectStore;

struct AutolabelOptions {
    QString engine = QStringLiteral("tesseract");
    OcrSettings ocr; // language, page segmentation mode, data folder
    std::vector<ImageId> images; // which images, in this order; empty: every image of the project, in id order
    QString runName; // empty: "<engine>-<language>-<yyyyMMdd-hhmmss>"
    QString model; // recorded with the run; empty: "<engine> <version>"
    int threads = 0; // worker threads, one engine each (the calling thread writes); 0: one per core, at most 16
    /// false (default): an image that fails (missing, undecodable, changed since it was added) is skipped and
    /// recorded in the summary and in the run's settings, and the run goes on. true: the first failure ends the run
    /// and is returned as the error; the images finished before it stay in the run.
    bool stopOnError = false;
    /// The confidence a word needs to be accepted as a pre-label (PromoteOptions::minConfidence of the promotion
    /// that usually follows): the summary counts the words below it, which stay in the run. 0 counts none.
    double acceptThreshold = kDefaultAcceptThreshold;
    static constexpr double kDefaultAcceptThreshold = 0.6;
};

struct AutolabelSummary {
    RunId run = 0;
    QString runName;
    int imagesTotal = 0; // images the run was asked to read
    int imagesDone = 0; // images whose predictions are written (possibly none when nothing was read)
    int imagesFailed = 0; // skipped because of an error (see failures)
    std::int64_t words = 0;
    /// Of `words`, those below AutolabelOptions::acceptThreshold (a word without a confidence counts as 0): in the
    /// run like the others, but a promotion at that threshold leaves them out. Per image in `belowByImage`.
    std::int64_t belowThreshold = 0;
    double acceptThreshold = 0;
    std::vector<std::pair<ImageId, std::int64_t>> belowByImage; // images with words below, in the order read
    double seconds = 0; // wall time, engine start-up included
    bool canceled = false;
    std::vector<Issue> failures; // one per failed image: the file and what went wrong
    double imagesPerSecond() const { return seconds > 0 ? imagesDone / seconds : 0; }
};

/// Pre-labels a project with an OCR engine: creates a model run (settings JSON: engine, engine_version, lang, psm,
/// upscale ("auto" with glyph_height, or the factor), binarize, threads, accept_threshold, and at the end status
/// "complete", "canceled" or "failed", images_done, words, below_threshold and the failures), reads the
/// images on parallelMap's worker threads, each with its own engine, and writes each image's words as predictions
/// in one transaction as soon as it and the images before it are read (in the order of the images). The workers
/// never touch the store: every write happens on the calling thread, which must own `store`. So a cancel or an
/// error leaves whole images in the run, never part of one. Cancel through `progress` (polled every 50 ms, and
/// passed to the engines, which stop mid-page) returns the summary with `canceled` set and the run kept with the
/// images finished so far; PredictionRepository::removeRun() discards it. Errors before the run starts (unknown
/// engine, missing language data, unknown image id, a run name in use) leave the store untouched.
Result<AutolabelSummary> runAutolabel(
    ProjectStore& store, const AutolabelOptions& options, Progress* progress = nullptr);

/// Re-recognition for the canvas: the engine's text and confidence inside each polygon of a project image, in
/// order, decoding the image once. Runs on the calling thread, which must own `store` and `engine`; a GUI that reads
/// off the UI thread resolves the path first (ProjectStore::absoluteImagePath) and calls OcrImage::load and
/// OcrEngine::readRegions in its worker.
Result<std::vector<OcrText>> recognizeRegions(
    ProjectStore& store, ImageId image, const std::vector<Polygon>& regions, OcrEngine& engine);

} // namespace lector
