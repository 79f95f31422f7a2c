// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/ocr/ocr_engine.h>

#include <memory>

namespace lector {

/// Tesseract 5 (libtesseract, LSTM models) as an OcrEngine. Each instance owns one TessBaseAPI with its languages
/// loaded; make one per thread. Tesseract's own OpenMP threads are switched off on every thread that reads
/// (parallelism comes from one engine per worker instead, which never oversubscribes the cores; see
/// docs/performance.md), and its diagnostics ("Estimating resolution as ...") are silenced.
class TesseractEngine final : public OcrEngine {
public:
    ~TesseractEngine() override;

    /// Loads the languages of `settings`. NotFound naming the language and the missing file when a language has no
    /// <lang>.traineddata in the data folder; InvalidArgument for an empty language or an unsupported mode.
    static Result<std::unique_ptr<TesseractEngine>> create(const OcrSettings& settings);
    /// $TESSDATA_PREFIX when set, else Debian's /usr/share/tesseract-ocr/5/tessdata.
    static QString defaultDataPath();
    /// The linked library's version, e.g. "5.3.0".
    static QString libraryVersion();

    QString name() const override;
    QString version() const override;
    const OcrSettings& settings() const override;
    Result<std::vector<Region>> readPage(const OcrImage& image, const std::atomic<bool>* cancel = nullptr) override;
    Result<std::vector<OcrText>> readRegions(const OcrImage& image, const std::vector<Polygon>& regions) override;

private:
    struct Impl;
    explicit TesseractEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lector
