// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "panels/inspector_dock.h"
#include "shell/display_names.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <cmath>

namespace lector {

InspectorDock::InspectorDock(ProjectSession* session, QWidget* parent)
    : SessionPanel(session, parent)
{
    m_summary = new QLabel(tr("Nothing selected."), this);
    m_summary->setWordWrap(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("inspectorText"));
    m_illegible = new QCheckBox(tr("Illegible"), this);
    m_dontCare = new QCheckBox(tr("Don't care"), this);
    m_geometry = new QLabel(this);
    m_geometry->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_geometry->setWordWrap(true);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("inspectorOrigin"));
    m_origin->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Text:"), m_text);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_illegible);
    flags->addWidget(m_dontCare);
    flags->addStretch();
    form->addRow(tr("Flags:"), flags);
    form->addRow(tr("Geometry:"), m_geometry);
    form->addRow(tr("Origin:"), m_origin);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_text, &QLineEdit::editingFinished, this, [this] {
        if (m_current && m_text->isModified() && m_text->text() != m_current->region.text) {
            m_text->setModified(false);
            emit transcriptionEdited(m_current->id, m_text->text());
        }
    });
    auto emitFlags = [this] {
        if (!m_current)
            return;
        std::uint32_t flags = m_current->region.flags & ~(FlagIllegible | FlagDontCare);
        if (m_illegible->isChecked())
            flags |= FlagIllegible;
        if (m_dontCare->isChecked())
            flags |= FlagDontCare;
        if (flags != m_current->region.flags)
            emit flagsEdited(m_current->id, flags);
    };
    connect(m_illegible, &QCheckBox::clicked, this, emitFlags);
    connect(m_dontCare, &QCheckBox::clicked, this, emitFlags);
    showSummary(tr("Nothing selected."));
}

void InspectorDock::showAnnotation(const Annotation& a, const QString& annotatorName, bool editable)
{
    m_current = a;
    m_summary->setText(tr("Region #%1").arg(a.id));
    m_text->setText(a.region.text);
    m_text->setModified(false);
    m_text->setReadOnly(!editable);
    m_illegible->setChecked(a.region.flags & FlagIllegible);
    m_dontCare->setChecked(a.region.flags & FlagDontCare);
    for (QWidget* w :
        { static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_illegible), static_cast<QWidget*>(m_dontCare) })
        w->setEnabled(true);
    m_illegible->setEnabled(editable);
    m_dontCare->setEnabled(editable);
    QStringList corners;
    for (const PointF& p : a.region.polygon.points)
        corners << QStringLiteral("(%1, %2)").arg(p.x, 0, 'f', 1).arg(p.y, 0, 'f', 1);
    const BoxF b = a.region.polygon.boundingBox();
    double angle = 0;
    if (a.region.polygon.points.size() >= 2) {
        const PointF& p0 = a.region.polygon.points[0];
        const PointF& p1 = a.region.polygon.points[1];
        angle = std::atan2(p1.y - p0.y, p1.x - p0.x) * 180.0 / M_PI;
    }
    m_geometry->setText(tr("%1\n%2 × %3 px, %4°, %5 points")
                            .arg(corners.join(QLatin1Char(' ')))
                            .arg(b.width(), 0, 'f', 1)
                            .arg(b.height(), 0, 'f', 1)
                            .arg(angle, 0, 'f', 1)
                            .arg(a.region.polygon.points.size()));
    m_origin->setText(
        tr("%1, %2, guideline v%3, edited %4")
            .arg(annotatorName, sourceTitle(a.source))
            .arg(a.guidelineVersion)
            .arg(QDateTime::fromMSecsSinceEpoch(a.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

void InspectorDock::showSummary(const QString& text)
{
    m_current.reset();
    m_summary->setText(text);
    m_text->clear();
    m_geometry->clear();
    m_origin->clear();
    for (QWidget* w :
        { static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_illegible), static_cast<QWidget*>(m_dontCare) })
        w->setEnabled(false);
    m_illegible->setChecked(false);
    m_dontCare->setChecked(false);
}

void InspectorDock::projectClosed() { showSummary(tr("Nothing selected.")); }

QString InspectorDock::shownText() const { return m_text->text(); }

} // namespace lector
