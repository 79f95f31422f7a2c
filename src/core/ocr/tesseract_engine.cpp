// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/tesseract_engine.h>

#include <lector/core/tr.h>

#include "ocr/ocr_image_data.h"
#include "ocr/page_preparation.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <spdlog/spdlog.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace lector {

namespace {

/// Debian builds Tesseract with OpenMP, and every LSTM step then asks for 4 threads: with one engine per core
/// that oversubscribes the machine (a page took 12 s instead of 1 s on 2 cores). OMP_THREAD_LIMIT=1 fixes it
/// but libgomp reads it only at process start, so instead max-active-levels is set to 0: every parallel region
/// then runs on the thread that meets it. libgomp (GCC 12) keeps that setting per thread, so each reading
/// thread sets it before reading. The symbol is looked up at run time: a Tesseract built without OpenMP simply
/// has no libgomp loaded, and then there is nothing to do.
void keepOpenMpOnThisThread()
{
    using SetLevels = void (*)(int);
    static const SetLevels setLevels = reinterpret_cast<SetLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    thread_local bool done = false;
    if (setLevels && !done) {
        setLevels(0);
        done = true;
    }
}

/// Done once per process, before the first engine starts. debug_file is a process-wide parameter:
/// diagnostics such as "Estimating resolution as 209" would otherwise go to stderr, amid the CLI's output.
void silenceDiagnosticsOnce(tesseract::TessBaseAPI& api)
{
    static std::once_flag once;
    std::call_once(once, [&api] { api.SetVariable("debug_file", "/dev/null"); });
}

/// "Hang" when the word has Hangul, "Latn" when it has Latin letters, else "Zyyy" (digits, signs): the demo
/// generator's rule, so that pre-labels and ground truth agree.
QString scriptOf(const QString& text)
{
    bool latin = false;
    for (const QChar c : text) {
        const QChar::Script s = c.script();
        if (s == QChar::Script_Hangul)
            return QStringLiteral("Hang");
        if (s == QChar::Script_Latin)
            latin = true;
    }
    return latin ? QStringLiteral("Latn") : QStringLiteral("Zyyy");
}

/// A word quad from Tesseract's axis-aligned word box and the angle of its text line's baseline (radians,
/// positive clockwise on screen). The box is the bounding box of the rotated word, so the rotated rectangle's
/// sides follow from W = w cos + h sin, H = w sin + h cos. Nearly level lines, and boxes too small for the
/// solution to be stable, keep the axis-aligned box.
Polygon wordQuad(const BoxF& box, double angle, double imageWidth, double imageHeight)
{
    const double c = std::abs(std::cos(angle));
    const double s = std::abs(std::sin(angle));
    const double det = c * c - s * s;
    const double W = box.width();
    const double H = box.height();
    Polygon quad = Polygon::fromBox(box);
    if (std::abs(angle) >= 0.004 && std::abs(angle) < 0.6 && det > 0.1) {
        const double w = (W * c - H * s) / det;
        const double h = (H * c - W * s) / det;
        if (w > 1 && h > 0.4 * H) {
            const double cx = (box.x0 + box.x1) / 2;
            const double cy = (box.y0 + box.y1) / 2;
            const double ux = std::cos(angle), uy = std::sin(angle); // along the baseline
            const double vx = -uy, vy = ux; // down the glyphs
            const double hw = w / 2, hh = h / 2;
            quad.points = { { cx - ux * hw - vx * hh, cy - uy * hw - vy * hh },
                { cx + ux * hw - vx * hh, cy + uy * hw - vy * hh }, { cx + ux * hw + vx * hh, cy + uy * hw + vy * hh },
                { cx - ux * hw + vx * hh, cy - uy * hw + vy * hh } };
        }
    }
    for (PointF& p : quad.points) {
        p.x = std::clamp(p.x, 0.0, imageWidth);
        p.y = std::clamp(p.y, 0.0, imageHeight);
    }
    return quad;
}

bool isCanceled(void* flag, int)
{
    return static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed);
}

QString oneLine(const char* utf8) { return QString::fromUtf8(utf8).simplified(); }

/// Cuts a region out of the page as an upright image of the text, padded with the background so that the
/// glyphs do not touch the edge, and scaled up when it is too small for the recognizer. Empty when the region
/// lies outside the image or is too small to hold text.
cv::Mat cutRegion(const cv::Mat& page, const Polygon& region)
{
    if (!region.isValid())
        return {};
    cv::Mat cut;
    const auto& p = region.points;
    auto dist = [](const PointF& a, const PointF& b) { return std::hypot(a.x - b.x, a.y - b.y); };
    if (region.isQuad() && !region.isAxisAlignedBox()) {
        const double w = std::max(dist(p[0], p[1]), dist(p[3], p[2]));
        const double h = std::max(dist(p[0], p[3]), dist(p[1], p[2]));
        if (w < 2 || h < 2)
            return {};
        const cv::Point2f src[4] = { { float(p[0].x), float(p[0].y) }, { float(p[1].x), float(p[1].y) },
            { float(p[2].x), float(p[2].y) }, { float(p[3].x), float(p[3].y) } };
        const cv::Point2f dst[4] = { { 0, 0 }, { float(w), 0 }, { float(w), float(h) }, { 0, float(h) } };
        const cv::Mat m = cv::getPerspectiveTransform(src, dst);
        cv::warpPerspective(
            page, cut, m, cv::Size(int(std::lround(w)), int(std::lround(h))), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    } else {
        const BoxF b = region.boundingBox();
        const int x0 = std::max(0, int(std::floor(b.x0)));
        const int y0 = std::max(0, int(std::floor(b.y0)));
        const int x1 = std::min(page.cols, int(std::ceil(b.x1)));
        const int y1 = std::min(page.rows, int(std::ceil(b.y1)));
        if (x1 - x0 < 2 || y1 - y0 < 2)
            return {};
        cut = page(cv::Rect(x0, y0, x1 - x0, y1 - y0)).clone();
    }
    // The recognizer works best with glyphs some 30-50 px tall; small words are scaled up (never down).
    constexpr int kMinHeight = 40;
    if (cut.rows < kMinHeight) {
        const double f = std::min(4.0, double(kMinHeight) / cut.rows);
        cv::resize(cut, cut, cv::Size(), f, f, cv::INTER_CUBIC);
    }
    // Light text on a dark ground (signs, scene text) is turned dark on light, which the recognizer was
    // trained on: the ground is what the cut's outermost pixels mostly are.
    {
        cv::Mat binary;
        const double threshold = cv::threshold(cut, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        std::vector<uchar> rim;
        for (int x = 0; x < cut.cols; ++x) {
            rim.push_back(cut.at<uchar>(0, x));
            rim.push_back(cut.at<uchar>(cut.rows - 1, x));
        }
        for (int y = 0; y < cut.rows; ++y) {
            rim.push_back(cut.at<uchar>(y, 0));
            rim.push_back(cut.at<uchar>(y, cut.cols - 1));
        }
        const auto dark = std::count_if(rim.begin(), rim.end(), [&](uchar v) { return v < threshold; });
        if (dark * 2 > static_cast<std::ptrdiff_t>(rim.size()))
            cv::bitwise_not(cut, cut);
    }
    // Pad with the background: the median of the cut's outermost pixels.
    std::vector<uchar> edge;
    edge.reserve(2 * (size_t(cut.rows) + size_t(cut.cols)));
    for (int x = 0; x < cut.cols; ++x) {
        edge.push_back(cut.at<uchar>(0, x));
        edge.push_back(cut.at<uchar>(cut.rows - 1, x));
    }
    for (int y = 0; y < cut.rows; ++y) {
        edge.push_back(cut.at<uchar>(y, 0));
        edge.push_back(cut.at<uchar>(y, cut.cols - 1));
    }
    std::nth_element(edge.begin(), edge.begin() + std::ptrdiff_t(edge.size() / 2), edge.end());
    const int pad = std::max(8, cut.rows / 3);
    cv::copyMakeBorder(cut, cut, pad, pad, pad, pad, cv::BORDER_CONSTANT, cv::Scalar(edge[edge.size() / 2]));
    return cut;
}

} // namespace

struct TesseractEngine::Impl {
    OcrSettings settings;
    tesseract::TessBaseAPI api;
};

TesseractEngine::TesseractEngine(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

TesseractEngine::~TesseractEngine() = default;

QString TesseractEngine::defaultDataPath()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    return prefix.isEmpty() ? QStringLiteral("/usr/share/tesseract-ocr/5/tessdata") : prefix;
}

QString TesseractEngine::libraryVersion() { return QString::fromLatin1(tesseract::TessBaseAPI::Version()); }

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::create(const OcrSettings& settings)
{
    auto impl = std::make_unique<Impl>();
    impl->settings = settings;
    OcrSettings& s = impl->settings;
    s.language = s.language.trimmed();
    if (s.dataPath.isEmpty())
        s.dataPath = defaultDataPath();
    if (s.language.isEmpty())
        return LECTOR_ERROR(
            ErrorCode::InvalidArgument, Core::tr("no OCR language given (e.g. \"eng\" or \"eng+kor\")"));
    // Mode 0 only detects orientation and 2 only segments: neither reads any text.
    for (const int psm : { s.pageSegMode, s.regionSegMode }) {
        if (psm < 1 || psm > 13 || psm == 2)
            return LECTOR_ERROR(ErrorCode::InvalidArgument,
                Core::tr("page segmentation mode %1 does not read text (use 1 or 3 to 13; see tesseract "
                         "--help-psm)")
                    .arg(psm));
    }
    if (!(s.upscale == OcrSettings::kAutoUpscale || (s.upscale >= 1 && s.upscale <= OcrSettings::kMaxUpscale)))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("an upscale of %1 is not one the engine reads at (use auto, or 1 to %2)")
                .arg(s.upscale)
                .arg(OcrSettings::kMaxUpscale));
    if (s.upscale == OcrSettings::kAutoUpscale && !(s.glyphHeight >= 4 && s.glyphHeight <= 200))
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("a glyph height of %1 px is not one to read at (use 4 to 200)").arg(s.glyphHeight));
    // Tesseract's own message for a missing language goes to stderr and its return code says only "failed", so
    // each language's file is checked first.
    const QDir dir(s.dataPath);
    for (const QString& lang : s.language.split(QLatin1Char('+'))) {
        if (lang.isEmpty() || lang.contains(QLatin1Char('/')))
            return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("malformed OCR language \"%1\"").arg(s.language));
        const QString file = dir.filePath(lang + QStringLiteral(".traineddata"));
        if (!QFileInfo::exists(file))
            return LECTOR_ERROR(ErrorCode::NotFound,
                Core::tr("no Tesseract data for the language \"%1\" (install tesseract-ocr-%1, or set "
                         "TESSDATA_PREFIX to the folder holding %1.traineddata)")
                    .arg(lang))
                .at(file);
    }
    silenceDiagnosticsOnce(impl->api);
    const QByteArray dataPath = QFile::encodeName(s.dataPath);
    const QByteArray language = s.language.toUtf8();
    if (impl->api.Init(dataPath.constData(), language.constData(), tesseract::OEM_DEFAULT) != 0)
        return LECTOR_ERROR(ErrorCode::Io,
            Core::tr("Tesseract could not load the language data \"%1\" (a damaged or incompatible "
                     ".traineddata file?)")
                .arg(s.language))
            .at(s.dataPath);
    return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(impl)));
}

QString TesseractEngine::name() const { return QStringLiteral("tesseract"); }
QString TesseractEngine::version() const { return libraryVersion(); }
const OcrSettings& TesseractEngine::settings() const { return m_impl->settings; }

Result<std::vector<Region>> TesseractEngine::readPage(const OcrImage& image, const std::atomic<bool>* cancel)
{
    if (image.isNull())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("no image to read"));
    keepOpenMpOnThisThread();
    const cv::Mat& original = image.data()->gray;
    PreparedPage prepared;
    try {
        prepared = preparePage(original, m_impl->settings);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Internal, Core::tr("could not prepare the page for reading"))
            .at(image.path())
            .withDetail(QString::fromStdString(e.what()));
    }
    const cv::Mat& page = prepared.gray;
    tesseract::TessBaseAPI& api = m_impl->api;
    api.SetPageSegMode(static_cast<tesseract::PageSegMode>(m_impl->settings.pageSegMode));
    api.SetImage(page.data, page.cols, page.rows, 1, static_cast<int>(page.step));
    tesseract::ETEXT_DESC monitor;
    if (cancel) {
        monitor.cancel = &isCanceled;
        monitor.cancel_this = const_cast<std::atomic<bool>*>(cancel);
    }
    const int rc = api.Recognize(&monitor);
    if (cancel && cancel->load()) {
        api.Clear();
        return LECTOR_ERROR(ErrorCode::Canceled, Core::tr("canceled"));
    }
    if (rc != 0) {
        api.Clear();
        return LECTOR_ERROR(ErrorCode::Internal, Core::tr("Tesseract failed to read the page")).at(image.path());
    }
    std::vector<Region> words;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        constexpr auto kWord = tesseract::RIL_WORD;
        double lineAngle = 0;
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                lineAngle = it->Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2) && x2 != x1
                    ? std::atan2(double(y2 - y1), double(x2 - x1))
                    : 0.0;
            }
            if (it->Empty(kWord))
                continue;
            const std::unique_ptr<char[]> utf8(it->GetUTF8Text(kWord));
            const QString text = utf8 ? oneLine(utf8.get()) : QString();
            int l = 0, t = 0, r = 0, b = 0;
            if (text.isEmpty() || !it->BoundingBox(kWord, &l, &t, &r, &b) || r <= l || b <= t)
                continue;
            Region word;
            word.polygon
                = wordQuad(BoxF { double(l), double(t), double(r), double(b) }, lineAngle, page.cols, page.rows);
            // Back to the page's pixels (the factors are the ratios of the sizes; the clamp only absorbs rounding).
            for (PointF& p : word.polygon.points) {
                p = prepared.toPage(p);
                p.x = std::clamp(p.x, 0.0, double(original.cols));
                p.y = std::clamp(p.y, 0.0, double(original.rows));
            }
            word.text = text;
            word.confidence = std::clamp(it->Confidence(kWord) / 100.0, 0.0, 1.0);
            word.script = scriptOf(text);
            words.push_back(std::move(word));
        } while (it->Next(kWord));
    }
    api.Clear();
    return words;
}

Result<std::vector<OcrText>> TesseractEngine::readRegions(const OcrImage& image, const std::vector<Polygon>& regions)
{
    if (image.isNull())
        return LECTOR_ERROR(ErrorCode::InvalidArgument, Core::tr("no image to read"));
    keepOpenMpOnThisThread();
    const cv::Mat& page = image.data()->gray;
    tesseract::TessBaseAPI& api = m_impl->api;
    std::vector<OcrText> out;
    out.reserve(regions.size());
    for (const Polygon& region : regions) {
        cv::Mat cut;
        try {
            cut = cutRegion(page, region);
        } catch (const cv::Exception& e) {
            return LECTOR_ERROR(ErrorCode::Internal, Core::tr("could not cut a region out of the image"))
                .at(image.path())
                .withDetail(QString::fromStdString(e.what()));
        }
        OcrText result;
        if (!cut.empty()) {
            api.SetPageSegMode(static_cast<tesseract::PageSegMode>(m_impl->settings.regionSegMode));
            api.SetImage(cut.data, cut.cols, cut.rows, 1, static_cast<int>(cut.step));
            // A cut has no resolution of its own; 300 dpi keeps Tesseract from guessing from a few glyphs.
            api.SetSourceResolution(300);
            const std::unique_ptr<char[]> utf8(api.GetUTF8Text());
            result.text = utf8 ? oneLine(utf8.get()) : QString();
            if (!result.text.isEmpty())
                result.confidence = std::clamp(api.MeanTextConf() / 100.0, 0.0, 1.0);
            api.Clear();
        }
        out.push_back(std::move(result));
    }
    return out;
}

} // namespace lector
