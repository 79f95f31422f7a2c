// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/ocr/ocr_engine.h>

#include <lector/core/tr.h>
#include <lector/ocr/tesseract_engine.h>

#include <map>
#include <mutex>

namespace lector {

namespace {

/// The factory table; Tesseract is built in.
struct EngineTable {
    EngineTable()
    {
        factories[QStringLiteral("tesseract")] = [](const OcrSettings& settings) {
            auto engine = TesseractEngine::create(settings);
            if (!engine)
                return Result<std::unique_ptr<OcrEngine>>(std::move(engine).error());
            return Result<std::unique_ptr<OcrEngine>>(std::unique_ptr<OcrEngine>(std::move(*engine)));
        };
    }
    std::mutex mutex;
    std::map<QString, OcrEngine::Factory> factories;
};

EngineTable& engineTable()
{
    static EngineTable table;
    return table;
}

} // namespace

QString binarizationName(Binarization binarization)
{
    switch (binarization) {
    case Binarization::None:
        break;
    case Binarization::Otsu:
        return QStringLiteral("otsu");
    case Binarization::Adaptive:
        return QStringLiteral("adaptive");
    }
    return QStringLiteral("none");
}

bool parseBinarization(const QString& name, Binarization* binarization)
{
    for (const Binarization b : { Binarization::None, Binarization::Otsu, Binarization::Adaptive }) {
        if (name.trimmed().compare(binarizationName(b), Qt::CaseInsensitive) == 0) {
            *binarization = b;
            return true;
        }
    }
    return false;
}

QString OcrSettings::upscaleName() const
{
    return upscale == kAutoUpscale ? QStringLiteral("auto") : QString::number(upscale);
}

bool OcrSettings::parseUpscale(const QString& text, double* upscale)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        *upscale = kAutoUpscale;
        return true;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !(v >= 1 && v <= kMaxUpscale))
        return false;
    *upscale = v;
    return true;
}

OcrEngine::~OcrEngine() = default;

Result<OcrText> OcrEngine::readRegion(const OcrImage& image, const Polygon& region)
{
    auto texts = readRegions(image, { region });
    if (!texts)
        return std::move(texts).error();
    Q_ASSERT(texts->size() == 1);
    return std::move(texts->front());
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const QString& name, const OcrSettings& settings)
{
    Factory factory;
    {
        EngineTable& table = engineTable();
        std::lock_guard<std::mutex> lock(table.mutex);
        auto it = table.factories.find(name.trimmed().toLower());
        if (it != table.factories.end())
            factory = it->second;
    }
    if (!factory)
        return LECTOR_ERROR(ErrorCode::InvalidArgument,
            Core::tr("unknown OCR engine \"%1\" (known: %2)").arg(name, engineNames().join(QStringLiteral(", "))));
    return factory(settings);
}

QStringList OcrEngine::engineNames()
{
    EngineTable& table = engineTable();
    std::lock_guard<std::mutex> lock(table.mutex);
    QStringList names;
    for (const auto& [name, factory] : table.factories)
        names << name;
    return names;
}

void OcrEngine::registerEngine(const QString& name, Factory factory)
{
    EngineTable& table = engineTable();
    std::lock_guard<std::mutex> lock(table.mutex);
    table.factories[name.trimmed().toLower()] = std::move(factory);
}

} // namespace lector
