// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/progress.h>
#include <lector/core/result.h>

#include <QString>

#include <cstdint>
#include <map>

namespace lector::demo {

struct DemoOptions {
    int pages = 60;
    unsigned seed = 7;
};

/// What generateDemoProject() wrote. `regionsByAnnotator` includes the ground truth ("reference").
struct DemoSummary {
    int images = 0;
    std::int64_t groundTruthRegions = 0;
    std::map<QString, std::int64_t> regionsByAnnotator;
    std::int64_t predictions = 0;
};

/// Writes a realistic demo project into `dir`: rendered document pages (DIR/images/page_001.png ...) with exact
/// word quads as the "reference" ground truth, three simulated annotators with their own kinds of noise and
/// timing, two guideline versions and two synthetic model runs, in three batches. From 40 pages on, the last batch
/// (batch-3, a quarter of the pages) drifted: darker, blurred scans, seven Korean notices in twenty instead of three
/// (the Drift dock's case). Deterministic for a given seed.
/// Needs a QGuiApplication (it renders text with QPainter; QT_QPA_PLATFORM=offscreen is enough).
/// Fails when DIR/demo.lector exists; on failure or cancel the partly written project file is removed.
Result<DemoSummary> generateDemoProject(const QString& dir, const DemoOptions& options, Progress* progress = nullptr);

} // namespace lector::demo
