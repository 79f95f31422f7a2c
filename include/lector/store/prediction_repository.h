// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace lector {

class ProjectStore;

/// Writes of model-run predictions beyond ProjectStore's import: a pre-labeling run adds each image's words as that
/// image completes, so that a run stopped halfway holds whole images only. Uses the store's connection: call it
/// from the thread that owns the store.
class PredictionRepository {
public:
    explicit PredictionRepository(ProjectStore& store)
        : m_store(store)
    {
    }

    /// Adds the predictions of one image in one transaction (all or none). Every region needs a valid polygon.
    Result<void> addImagePredictions(RunId run, ImageId image, const std::vector<Region>& regions);
    /// Replaces a run's settings (JSON text), e.g. to record how a run ended.
    Result<void> setRunSettings(RunId run, const QString& settingsJson);
    Result<std::optional<ModelRun>> findRun(const QString& name) const;
    /// How many predictions the run has on each image (images without any are absent).
    Result<std::map<ImageId, std::int64_t>> countsByImage(RunId run) const;
    /// Removes a run and its predictions (e.g. one the user canceled and does not want to keep).
    Result<void> removeRun(RunId run);

private:
    ProjectStore& m_store;
};

} // namespace lector
