// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// A generated project for the benchmarks that need many images (lector-bench-eval, lector-bench-suspects): N images
// x W "reference" words with jittered detections of a run "model", misses, false positives, don't-care regions and
// misread texts, written straight into the schema.
#pragma once

#include <lector/metrics/eval_image_source.h>

#include <QString>
#include <QStringList>

#include <random>

namespace lector::bench {

/// Makes the images one after another from one random sequence, so that the whole input, the streaming source and
/// the generated project hold the same images.
class ImageMaker {
public:
    explicit ImageMaker(int words)
        : m_words(words)
        , m_rng(42)
        , m_vocabulary(QStringLiteral("the of and to in is was for on that with as by at from 2026 $12.50 한국어 서울 "
                                      "Lector OCR invoice total price date")
                           .split(QLatin1Char(' ')))
    {
    }

    void make(int i, EvalImage& image);

private:
    int m_words;
    std::mt19937 m_rng;
    QStringList m_vocabulary;
    int m_batchNumber = -1;
    QString m_batch;
};

/// Writes the images of ImageMaker into a new project at `path`: "reference" labels them, the run "model" detects.
/// One prepared INSERT per table in one transaction. Prints what failed on stderr.
bool generateEvalProject(const QString& path, int images, int words);

} // namespace lector::bench
