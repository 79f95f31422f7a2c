// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QString>

#include <vector>

namespace lector {

/// Something not wrong but worth telling the user about an import or export, with where it was found.
struct Issue {
    QString message;
    QString path;
    int line = 0;
    QString toString() const;
};

/// An image and its regions as a reader found them. `imagePath` is absolute (resolved against the images
/// folder by the reader); width and height are 0 when the file format does not give them.
struct ImportedImage {
    QString imagePath;
    int width = 0;
    int height = 0;
    std::vector<Region> regions;
    QString labelFile; // where the regions came from, for error messages
    /// The label file marks the image as finished (PPOCRLabel's fileState.txt): an import into an annotator marks
    /// it done for them.
    bool done = false;
};

/// Everything a reader parsed from one label file or folder, before any of it touches the store.
struct ImportBatch {
    QString formatId;
    std::vector<ImportedImage> images;
    std::vector<Issue> warnings;
    std::size_t regionCount() const;
};

/// An image with its regions to write. `relativePath` is the path label files use (relative to the
/// project's image root); `absolutePath` is where the pixels are.
struct ExportImage {
    ImageId id = 0;
    QString absolutePath;
    QString relativePath;
    int width = 0;
    int height = 0;
    QString split; // the image's split in the project ("train", "val"...), empty when none
    ImageState state = ImageState::ToDo; // the exported annotator's state of the image; ToDo for a model run
    std::vector<Region> regions;
};

/// The labels of one annotator (or the predictions of one run) over the project, as writers take them: every image
/// with a region, and for an annotator also every image marked done without one (labeled as holding no text).
struct ExportSet {
    QString name; // annotator or run name
    bool predictions = false;
    std::vector<ExportImage> images;
    std::int64_t imagesNotDone = 0; // images with labels left out because they are not marked done (doneOnly)
};

} // namespace lector
