// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/core/result.h>
#include <lector/geometry/polygon.h>
#include <lector/ocr/ocr_image.h>
#include <lector/store/types.h>

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace lector {

/// How readPage() turns the page into black and white before the engine sees it. None hands the engine the gray
/// page (Tesseract then thresholds it itself, globally with Otsu, but recognizes from the gray pixels); Otsu and
/// Adaptive threshold it with OpenCV first (one global threshold, or a local Gaussian-weighted one that follows
/// uneven lighting and stains).
enum class Binarization { None, Otsu, Adaptive };

QString binarizationName(Binarization binarization); // "none", "otsu", "adaptive"
bool parseBinarization(const QString& name, Binarization* binarization);

/// What an engine reads and how. Numbers follow Tesseract's page segmentation modes (tesseract --help-psm), which
/// other engines map to their nearest equivalent. The defaults are what measured best on the shared FUNSD and
/// ICDAR 2015 samples (docs/ocr.md, lector-bench-ocr).
struct OcrSettings {
    QString language = QStringLiteral("eng"); // one or more languages joined by '+': "eng", "eng+kor"
    int pageSegMode = 4; // readPage(): 3 automatic, 4 one column, 6 one block, 11 sparse text, 12 sparse with OSD
    int regionSegMode = 7; // readRegions(): 7 one text line, 8 one word, 13 raw line
    /// readPage(): the page is scaled by this factor (cubic) before reading, and the words' coordinates scaled back
    /// to the page's pixels; 1 reads the page as it is. kAutoUpscale scales by what the page's glyphs need: small
    /// text (a 100 dpi scan, a phone photo of a receipt) is read with its glyphs about glyphHeight pixels tall, and a
    /// page whose text is already that big is read as it is. Never below 1; at most kMaxUpscale.
    double upscale = kAutoUpscale;
    double glyphHeight = kAutoGlyphHeight; // with kAutoUpscale: the median glyph height (pixels) to read at
    Binarization binarization = Binarization::None; // readPage() only; readRegions() prepares its own cuts
    QString dataPath; // folder of the model files; empty: the engine's default (Tesseract: $TESSDATA_PREFIX, else
                      // Debian's /usr/share/tesseract-ocr/5/tessdata)

    static constexpr double kAutoUpscale = 0;
    static constexpr double kMaxUpscale = 4;
    /// The median glyph height (of the connected components of ink) that automatic upscaling aims at by default.
    static constexpr double kAutoGlyphHeight = 20;
    /// "auto" or the factor ("1", "2", "1.5"), for run settings and command lines.
    QString upscaleName() const;
    /// Parses "auto" or a factor in [1, kMaxUpscale]; false when malformed.
    static bool parseUpscale(const QString& text, double* upscale);
};

/// The text an engine read inside one given region; confidence 0..1 (0 when nothing was read).
struct OcrText {
    QString text;
    double confidence = 0;
};

/// An OCR engine instance: reads the words of a page, or the text inside given regions. Engines keep heavy state
/// (loaded models), so an instance is made once and reused; it is not thread-safe: use one instance per thread
/// (runAutolabel() makes one per worker). Coordinates are image pixels of the OcrImage, which are the store's.
class OcrEngine {
public:
    virtual ~OcrEngine();

    virtual QString name() const = 0;
    /// The engine library's version ("5.3.0"), recorded with a model run.
    virtual QString version() const = 0;
    virtual const OcrSettings& settings() const = 0;

    /// Every word on the page: Region::polygon a 4-point quad clockwise from the word's top-left (rotated to follow
    /// a skewed text line when the engine reports its baseline), inside the image; text; confidence 0..1; script
    /// ("Hang", "Latn" or "Zyyy") from the characters. `cancel`, when given and set from another thread, stops the
    /// engine mid-page with ErrorCode::Canceled.
    virtual Result<std::vector<Region>> readPage(const OcrImage& image, const std::atomic<bool>* cancel = nullptr) = 0;
    /// The text inside each region of one image, in order: each region is cut out (a 4-point quad rectified to an
    /// upright rectangle, other polygons by their bounding box) and read as one line (settings().regionSegMode).
    /// A region outside the image or too small to hold text gives an empty text with confidence 0.
    virtual Result<std::vector<OcrText>> readRegions(const OcrImage& image, const std::vector<Polygon>& regions) = 0;
    Result<OcrText> readRegion(const OcrImage& image, const Polygon& region);

    using Factory = std::function<Result<std::unique_ptr<OcrEngine>>(const OcrSettings&)>;
    /// Makes an engine by name ("tesseract"). Fails with a clear error when the name is unknown or the engine cannot
    /// start with these settings (a language without model files names the language and the missing file).
    static Result<std::unique_ptr<OcrEngine>> create(const QString& name, const OcrSettings& settings);
    /// The names create() accepts, sorted.
    static QStringList engineNames();
    /// Adds an engine to the factory (Tesseract is built in); replaces one of the same name.
    static void registerEngine(const QString& name, Factory factory);
};

} // namespace lector
