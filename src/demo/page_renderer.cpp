// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "page_renderer.h"

#include "demo_random.h"
#include "vocabulary.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTransform>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lector::demo {

namespace {

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kSerif = QStringLiteral("DejaVu Serif");
const QString kMono = QStringLiteral("DejaVu Sans Mono");
const QString kKorean = QStringLiteral("Noto Sans CJK KR");

std::vector<QString> splitWords(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return { parts.begin(), parts.end() };
}

struct PlacedWord {
    QString text;
    QFont font;
    double x = 0;
    double baseline = 0;
    BoxF box;
    int line = 0;
};

} // namespace

/// The page being laid out: a cursor going down the page and the words placed so far, in the upright frame.
class PageRenderer::Layout {
public:
    Layout(int width, int height, double margin)
        : left(margin)
        , right(width - margin)
        , top(margin)
        , bottom(height - margin)
        , y(margin)
    {
    }

    double left;
    double right;
    double top;
    double bottom;
    double y; // top of the next line
    int lines = 0;
    std::vector<PlacedWord> words;

    static double width(const Token& t) { return QFontMetricsF(t.font).horizontalAdvance(t.text); }
    static double space(const Token& t) { return QFontMetricsF(t.font).horizontalAdvance(QLatin1Char(' ')); }

    /// Height a line of these tokens takes; false when it no longer fits on the page.
    bool fits(const std::vector<Token>& tokens) const { return y + lineHeight(tokens) <= bottom; }

    static double lineHeight(const std::vector<Token>& tokens)
    {
        double a = 0, d = 0;
        for (const Token& t : tokens) {
            const QFontMetricsF fm(t.font);
            a = std::max(a, fm.ascent());
            d = std::max(d, fm.descent());
        }
        return a + d;
    }

    /// Places tokens at the given pen positions on one line; the line's baseline is set by its tallest font.
    /// Returns false (placing nothing) when the line does not fit.
    bool placeLine(const std::vector<Token>& tokens, const std::vector<double>& xs, double gapFactor)
    {
        if (tokens.empty() || !fits(tokens))
            return false;
        double a = 0, d = 0;
        for (const Token& t : tokens) {
            const QFontMetricsF fm(t.font);
            a = std::max(a, fm.ascent());
            d = std::max(d, fm.descent());
        }
        const double baseline = y + a;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const QFontMetricsF fm(tokens[i].font);
            PlacedWord w;
            w.text = tokens[i].text;
            w.font = tokens[i].font;
            w.x = xs[i];
            w.baseline = baseline;
            w.box
                = BoxF { xs[i], baseline - fm.ascent(), xs[i] + fm.horizontalAdvance(w.text), baseline + fm.descent() };
            w.line = lines;
            words.push_back(std::move(w));
        }
        ++lines;
        y = baseline + d + (a + d) * gapFactor;
        return true;
    }

    /// Wraps tokens between `from` and `right` into as many lines as needed (and as fit).
    void paragraph(const std::vector<Token>& tokens, double from, double gapFactor)
    {
        std::size_t i = 0;
        while (i < tokens.size()) {
            std::vector<Token> line;
            std::vector<double> xs;
            double x = from;
            while (i < tokens.size()) {
                const double w = width(tokens[i]);
                if (!line.empty() && x + w > right)
                    break;
                line.push_back(tokens[i]);
                xs.push_back(x);
                x += w + space(tokens[i]);
                ++i;
            }
            if (!placeLine(line, xs, gapFactor))
                return;
        }
    }

    void skip(double pixels) { y += pixels; }

    /// Pen positions of tokens set one after the other from `x`, a space apart.
    static std::vector<double> flow(const std::vector<Token>& tokens, double x)
    {
        std::vector<double> xs;
        for (const Token& t : tokens) {
            xs.push_back(x);
            x += width(t) + space(t);
        }
        return xs;
    }
};

PageRenderer::PageRenderer(const Vocabulary& vocabulary, int width, int height)
    : m_vocabulary(vocabulary)
    , m_width(width)
    , m_height(height)
{
}

QFont PageRenderer::latinFont(const QString& family, int pixels, bool bold) const
{
    QFont f(family);
    f.setPixelSize(pixels);
    f.setBold(bold);
    // Unhinted outlines keep advances linear in the size and identical under rotation.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

QFont PageRenderer::koreanFont(int pixels, bool bold) const
{
    QFont f(kKorean);
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

std::vector<PageRenderer::Token> PageRenderer::tokens(const std::vector<QString>& words, const QFont& latin) const
{
    std::vector<Token> out;
    out.reserve(words.size());
    for (const QString& w : words) {
        // Currency signs and Hangul are drawn with the CJK font, as a text engine's fallback would.
        const bool korean = Vocabulary::scriptOf(w) == QLatin1String("Hang") || w.contains(QChar(0x20A9));
        out.push_back({ w, korean ? koreanFont(latin.pixelSize(), latin.bold()) : latin });
    }
    return out;
}

void PageRenderer::layoutLetter(Layout& layout, DemoRandom& rng) const
{
    const QString family = rng.chance(0.5) ? kSerif : kSans;
    const int body = rng.uniformInt(14, 21);
    const auto title = tokens(splitWords(m_vocabulary.heading(rng)), latinFont(kSans, rng.uniformInt(28, 40), true));
    layout.placeLine(title, Layout::flow(title, layout.left), 0.6);
    const QFont small = latinFont(family, std::max(11, body - 3));
    {
        const auto line = tokens({ m_vocabulary.code(rng), m_vocabulary.date(rng) }, small);
        layout.placeLine(line, { layout.left, layout.right - Layout::width(line[1]) }, 1.0);
    }
    const QFont font = latinFont(family, body);
    const double korean = rng.chance(0.3) ? 0.12 : 0.02;
    while (layout.y < layout.bottom - 3 * body) {
        const int sentences = rng.uniformInt(2, 4);
        std::vector<QString> words;
        for (int s = 0; s < sentences; ++s) {
            const auto sentence = m_vocabulary.sentence(rng, rng.uniformInt(5, 14), korean);
            words.insert(words.end(), sentence.begin(), sentence.end());
        }
        const int before = layout.lines;
        layout.paragraph(tokens(words, font), layout.left + (rng.chance(0.5) ? 2.0 * body : 0.0), 0.3);
        if (layout.lines == before)
            break;
        layout.skip(body * 0.8);
    }
    // A tiny footer: the don't-care candidates.
    const QFont footer = latinFont(kSans, rng.uniformInt(8, 10));
    layout.y = std::min(layout.y, layout.bottom - 14);
    layout.bottom += 20;
    const auto line
        = tokens({ QStringLiteral("Page"), QString::number(rng.uniformInt(1, 9)), m_vocabulary.code(rng) }, footer);
    layout.placeLine(line, Layout::flow(line, layout.left), 0);
}

void PageRenderer::layoutReceipt(Layout& layout, DemoRandom& rng) const
{
    const int body = rng.uniformInt(15, 22);
    const QFont head = latinFont(kSans, rng.uniformInt(30, 42), true);
    const QFont text = latinFont(rng.chance(0.5) ? kSans : kSerif, body);
    const QFont mono = latinFont(kMono, body);
    const bool korean = rng.chance(0.5);
    layout.placeLine(
        tokens({ korean ? QStringLiteral("영수증") : QStringLiteral("RECEIPT") }, head), { layout.left }, 0.6);
    layout.paragraph(
        tokens({ m_vocabulary.code(rng), m_vocabulary.date(rng), m_vocabulary.time(rng) }, text), layout.left, 0.8);
    const double qtyX = layout.left + (layout.right - layout.left) * 0.58;
    const int rows = rng.uniformInt(10, 22);
    for (int r = 0; r < rows; ++r) {
        std::vector<QString> item;
        const int n = rng.uniformInt(1, 3);
        for (int i = 0; i < n; ++i)
            item.push_back(korean && rng.chance(0.6) ? m_vocabulary.koreanWord(rng) : m_vocabulary.englishWord(rng));
        std::vector<Token> line = tokens(item, text);
        std::vector<double> xs = Layout::flow(line, layout.left);
        line.push_back({ QString::number(rng.uniformInt(1, 12)), mono });
        xs.push_back(qtyX);
        const auto price = tokens({ m_vocabulary.price(rng, rng.chance(0.6)) }, mono);
        line.push_back(price[0]);
        xs.push_back(layout.right - Layout::width(price[0]));
        if (!layout.placeLine(line, xs, 0.35))
            return;
    }
    layout.skip(body);
    const auto total
        = tokens({ korean ? QStringLiteral("합계") : QStringLiteral("TOTAL"), m_vocabulary.price(rng, true) },
            latinFont(kSans, body + 4, true));
    layout.placeLine(total, { layout.left, layout.right - Layout::width(total[1]) }, 0.8);
    layout.paragraph(tokens(korean ? std::vector<QString> { QStringLiteral("감사합니다"), QStringLiteral("부가세"),
                                m_vocabulary.percentage(rng) }
                                   : m_vocabulary.sentence(rng, rng.uniformInt(4, 8), 0.0),
                         text),
        layout.left, 0.5);
}

void PageRenderer::layoutForm(Layout& layout, DemoRandom& rng) const
{
    const int body = rng.uniformInt(13, 20);
    const QFont label = latinFont(kSans, body, true);
    const QFont value = latinFont(rng.chance(0.5) ? kSerif : kMono, body);
    const auto title = tokens(splitWords(m_vocabulary.heading(rng)), latinFont(kSerif, rng.uniformInt(26, 36), true));
    layout.placeLine(title, Layout::flow(title, layout.left), 0.8);
    const double valueX = layout.left + (layout.right - layout.left) * 0.35;
    while (true) {
        const double r = rng.uniform();
        QString field;
        std::vector<QString> values;
        if (r < 0.2) {
            field = QStringLiteral("Date:");
            values = { m_vocabulary.date(rng) };
        } else if (r < 0.35) {
            field = QStringLiteral("Amount:");
            values = { m_vocabulary.price(rng, true) };
        } else if (r < 0.5) {
            field = QStringLiteral("Reference:");
            values = { m_vocabulary.code(rng) };
        } else if (r < 0.65) {
            field = QStringLiteral("주소:");
            values = { m_vocabulary.koreanWord(rng), m_vocabulary.koreanWord(rng), m_vocabulary.number(rng) };
        } else {
            QString w = m_vocabulary.englishWord(rng);
            field = w.left(1).toUpper() + w.mid(1) + QLatin1Char(':');
            values = m_vocabulary.sentence(rng, rng.uniformInt(1, 5), 0.05);
            values.back().chop(1);
        }
        std::vector<Token> line = tokens({ field }, label);
        std::vector<double> xs { layout.left };
        const auto v = tokens(values, value);
        double x = valueX;
        for (const Token& t : v) {
            line.push_back(t);
            xs.push_back(x);
            x += Layout::width(t) + Layout::space(t);
        }
        if (!layout.placeLine(line, xs, rng.uniform(0.5, 1.2)))
            return;
    }
}

void PageRenderer::layoutKoreanNotice(Layout& layout, DemoRandom& rng) const
{
    const int body = rng.uniformInt(15, 22);
    const QFont font = koreanFont(body);
    const auto title
        = tokens({ QStringLiteral("공지"), QStringLiteral("사항") }, koreanFont(rng.uniformInt(30, 40), true));
    layout.placeLine(title, Layout::flow(title, layout.left), 0.6);
    layout.paragraph(
        tokens({ m_vocabulary.date(rng), m_vocabulary.time(rng) }, latinFont(kSans, body - 2)), layout.left, 0.8);
    while (layout.y < layout.bottom - 3 * body) {
        std::vector<QString> words;
        for (int s = rng.uniformInt(2, 4); s > 0; --s) {
            const auto sentence = m_vocabulary.koreanSentence(rng, rng.uniformInt(4, 9));
            words.insert(words.end(), sentence.begin(), sentence.end());
        }
        const int before = layout.lines;
        layout.paragraph(tokens(words, font), layout.left, 0.45);
        if (layout.lines == before)
            break;
        layout.skip(body * 0.8);
    }
}

void PageRenderer::degrade(QImage& image, DemoRandom& rng, std::vector<unsigned char>& gray, bool drifted) const
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    cv::Mat mat(g.height(), g.width(), CV_8UC1);
    for (int y = 0; y < g.height(); ++y)
        std::copy_n(g.constScanLine(y), g.width(), mat.ptr<unsigned char>(y));
    // The drifted batch's scanner is always out of focus; the same draws are made either way.
    if (rng.chance(0.7) || drifted) {
        const double sigma = drifted ? rng.uniform(1.4, 2.0) : rng.uniform(0.4, 1.0);
        cv::GaussianBlur(mat, mat, cv::Size(0, 0), sigma);
    }
    // Uneven lighting and sensor noise, from OpenCV's own (deterministic) generator seeded by ours.
    cv::Mat noise(mat.size(), CV_16SC1);
    cv::RNG cvRng(static_cast<std::uint64_t>(rng.uniformInt(1, 1 << 30)));
    cvRng.fill(noise, cv::RNG::NORMAL, 0, rng.uniform(1.5, 4.0));
    cv::Mat shade(mat.size(), CV_16SC1);
    const double gx = rng.uniform(-8, 8) / mat.cols;
    const double gy = rng.uniform(-8, 8) / mat.rows;
    for (int y = 0; y < mat.rows; ++y) {
        auto* row = shade.ptr<short>(y);
        for (int x = 0; x < mat.cols; ++x)
            row[x] = static_cast<short>(std::lround(gx * x + gy * y));
    }
    cv::Mat out;
    mat.convertTo(out, CV_16SC1);
    out += noise + shade;
    out.convertTo(mat, CV_8UC1); // saturates to 0..255
    gray.assign(mat.datastart, mat.dataend);
}

Result<RenderedPage> PageRenderer::render(int index, const QString& absolutePath, DemoRandom& rng, bool drifted) const
{
    RenderedPage page;
    page.index = index;
    page.absolutePath = absolutePath;
    page.fileName = absolutePath.section(QLatin1Char('/'), -1);
    page.width = m_width;
    page.height = m_height;
    page.degraded = drifted;
    // Every fourth page (the second, sixth, ...) was scanned askew.
    const double angle = rng.uniform(0.6, 3.0) * (rng.chance(0.5) ? -1 : 1);
    if (index % 4 == 1)
        page.angleDegrees = angle;

    Layout layout(m_width, m_height, rng.uniform(0.06, 0.09) * m_width);
    // Letters, receipts, forms and Korean notices; the drifted batch comes from a Korean branch: seven in twenty are
    // notices there, against three in twenty elsewhere.
    const double draw = rng.uniform();
    const double kind = !drifted ? draw : draw < 0.65 ? draw * 0.85 / 0.65 : 0.9;
    if (kind < 0.35)
        layoutLetter(layout, rng);
    else if (kind < 0.6)
        layoutReceipt(layout, rng);
    else if (kind < 0.85)
        layoutForm(layout, rng);
    else
        layoutKoreanNotice(layout, rng);

    QImage image(m_width, m_height, QImage::Format_RGB32);
    const int paper = rng.uniformInt(236, 252) - (drifted ? 62 : 0);
    image.fill(QColor(paper, paper, paper - rng.uniformInt(0, 6)));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QTransform t;
        t.translate(m_width / 2.0, m_height / 2.0);
        t.rotate(page.angleDegrees);
        t.translate(-m_width / 2.0, -m_height / 2.0);
        painter.setTransform(t);
        const int ink = rng.uniformInt(10, 60);
        painter.setPen(QColor(ink, ink, ink + rng.uniformInt(0, 25)));
        for (const PlacedWord& w : layout.words) {
            painter.setFont(w.font);
            painter.drawText(QPointF(w.x, w.baseline), w.text);
        }
    }
    std::vector<unsigned char> gray;
    degrade(image, rng, gray, drifted);

    page.words.reserve(layout.words.size());
    for (const PlacedWord& w : layout.words) {
        PageWord word;
        word.text = w.text;
        word.script = Vocabulary::scriptOf(w.text);
        word.local = w.box;
        word.quad = page.mapBox(w.box);
        word.fontPixels = w.font.pixelSize();
        word.line = w.line;
        word.isPrice = Vocabulary::isSignedPrice(w.text);
        page.words.push_back(std::move(word));
    }

    try {
        const cv::Mat mat(m_height, m_width, CV_8UC1, gray.data());
        if (!cv::imwrite(QFile::encodeName(absolutePath).toStdString(), mat, { cv::IMWRITE_PNG_COMPRESSION, 1 }))
            return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("Cannot write the demo page image.")).at(absolutePath);
    } catch (const cv::Exception& e) {
        return LECTOR_ERROR(ErrorCode::Io, QStringLiteral("Cannot write the demo page image."))
            .at(absolutePath)
            .withDetail(QString::fromStdString(e.what()));
    }
    return page;
}

} // namespace lector::demo
