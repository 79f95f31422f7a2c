// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "canvas/canvas_legend.h"

#include "canvas/canvas_scene.h"
#include "canvas/region_layer.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

namespace lector {

namespace {
constexpr int kMargin = 8;
constexpr int kSample = 26; // the line sample's length
}

CanvasLegend::CanvasLegend(CanvasScene* scene, QWidget* viewport)
    : QWidget(viewport)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("canvasLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the page under it stays clickable
    refresh();
}

std::vector<CanvasLegend::Row> CanvasLegend::currentRows() const
{
    std::vector<Row> rows;
    if (m_scene->hasConflictFocus()) {
        // Focus mode shows a conflict's versions alone: the legend names them as the review panel numbers them.
        for (const ConflictFocus::Version& v : m_scene->conflictFocus().versions)
            rows.push_back({ v.label, v.color, v.consensus ? Qt::DashLine : Qt::SolidLine, 2.5 });
        if (m_scene->showsMine())
            rows.push_back({ tr("my labels (faded)"), QColor(0, 120, 255, 110), Qt::SolidLine, 1 });
        return rows;
    }
    if (m_scene->showsMine()) {
        rows.push_back({ tr("my labels"), QColor(0, 120, 255), Qt::SolidLine, 1 });
        rows.push_back({ tr("illegible"), QColor(230, 120, 0), Qt::SolidLine, 1 });
        rows.push_back({ tr("don't care"), QColor(128, 128, 128), Qt::DashDotLine, 1 });
    }
    if (m_scene->showsOthers())
        rows.push_back({ tr("other annotators (their colour)"), QColor(0xd6, 0x27, 0x28), Qt::DashLine, 1 });
    if (m_scene->showsPredictions())
        rows.push_back({ tr("predictions, confidence 0 → 1"), QColor(), Qt::DotLine, 1.5, true });
    if (m_scene->showsEvaluation()
        && (m_scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::TruePositive)
               + m_scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::FalsePositive)
               + m_scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::Missed)
               + m_scene->evaluationOverlayCount(EvaluationOverlayRegion::Kind::SetAside))
            > 0) {
        rows.push_back({ tr("found"), QColor(0, 160, 60), Qt::SolidLine, 1 });
        rows.push_back({ tr("false detection"), QColor(220, 20, 40), Qt::DashLine, 2 });
        rows.push_back({ tr("missed"), QColor(255, 140, 0), Qt::DotLine, 2 });
        rows.push_back({ tr("set aside (don't care)"), QColor(140, 140, 140), Qt::DashDotLine, 1 });
    }
    return rows;
}

QStringList CanvasLegend::rows() const
{
    QStringList out;
    for (const Row& r : m_rows)
        out << r.text;
    return out;
}

void CanvasLegend::refresh()
{
    m_rows = currentRows();
    const QFontMetrics metrics(font());
    int width = 0;
    for (const Row& r : m_rows)
        width = std::max(width, metrics.horizontalAdvance(r.text));
    const int line = metrics.height() + 2;
    resize(kMargin * 3 + kSample + width, kMargin * 2 + line * int(m_rows.size()));
    if (auto* viewport = parentWidget())
        move(kMargin, viewport->height() - height() - kMargin);
    setVisible(!m_rows.empty() && isEnabled());
    update();
}

void CanvasLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(rect().adjusted(0, 0, -1, -1), 6, 6);
    const QFontMetrics metrics(font());
    const int line = metrics.height() + 2;
    int y = kMargin;
    for (const Row& r : m_rows) {
        const int mid = y + line / 2;
        QPen pen(r.color, r.width, r.style);
        if (r.gradient) {
            QLinearGradient g(kMargin, 0, kMargin + kSample, 0);
            g.setColorAt(0, RegionLayer::confidenceColor(0));
            g.setColorAt(0.5, RegionLayer::confidenceColor(0.5));
            g.setColorAt(1, RegionLayer::confidenceColor(1));
            pen.setBrush(g);
        }
        p.setPen(pen);
        p.drawLine(kMargin, mid, kMargin + kSample, mid);
        p.setPen(QColor(30, 30, 30));
        p.drawText(kMargin * 2 + kSample, y + metrics.ascent() + 1, r.text);
        y += line;
    }
}

} // namespace lector
