// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/store/types.h>

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lector {

class ProjectStore;
class ReadSnapshot;

namespace db {
class Statement;
}

/// Every image of the project with its labels, one image at a time in id order, for reports over a whole project
/// that must not hold it in memory (the agreement report). One cursor reads the labels in (image, annotator, id)
/// order straight off the annotations_by_image index, and a second walks the images beside it, so that images
/// nobody labeled come too. Everything, counts included, is read under one ReadSnapshot of its own: one committed
/// state of the project whatever other connections write meanwhile. Uses the store's connection: it lives on the
/// store's thread, and nothing writes through that connection while a cursor is open (reads may).
class ImageLabelCursor {
public:
    /// Which labels come.
    struct Filter {
        /// Only these annotators' labels; nullopt: everyone's.
        std::optional<std::vector<AnnotatorId>> annotators;
        /// False: labels whose source is consensus are left out.
        bool consensusSource = true;
    };

    /// One image and its labels passing the filter, by annotator id, then id. Of each label, image, annotator,
    /// guidelineVersion, region (points, text, flags, script) and source are read; the other fields stay default.
    struct Image {
        ImageId id = 0;
        QString batch;
        std::vector<Annotation> labels;
    };

    static Result<std::unique_ptr<ImageLabelCursor>> open(const ProjectStore& store, const Filter& filter);
    /// Every label.
    static Result<std::unique_ptr<ImageLabelCursor>> open(const ProjectStore& store);
    ~ImageLabelCursor();
    ImageLabelCursor(const ImageLabelCursor&) = delete;
    ImageLabelCursor& operator=(const ImageLabelCursor&) = delete;

    /// Images next() yields in all.
    std::int64_t imageCount() const { return m_imageCount; }
    /// The annotators with at least one label passing the filter, ascending id: who next() will name.
    const std::vector<AnnotatorId>& annotatorsWithLabels() const { return m_annotators; }
    /// Fills `image` with the next image (its labels replaced); false after the last.
    Result<bool> next(Image& image);

private:
    explicit ImageLabelCursor(const ProjectStore& store);
    Result<void> start(const Filter& filter);

    const ProjectStore& m_store;
    std::unique_ptr<ReadSnapshot> m_snapshot; // declared before the statements: it outlives them
    std::unique_ptr<db::Statement> m_images;
    std::unique_ptr<db::Statement> m_labels; // null when the filter lets no label through
    bool m_labelPending = false; // m_labels holds a row not yet given out
    bool m_done = false;
    std::int64_t m_imageCount = 0;
    std::vector<AnnotatorId> m_annotators;
    QString m_lastBatch; // consecutive images of a batch share one string
    std::string m_lastBatchUtf8;
};

} // namespace lector
