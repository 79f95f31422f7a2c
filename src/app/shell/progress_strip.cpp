// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/progress_strip.h"

#include "shell/shared_progress.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace lector {

ProgressStrip::ProgressStrip(QWidget* parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(140);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ProgressStrip::cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_progress || m_progress->total() <= 0)
            return;
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(1000 * m_progress->done() / m_progress->total()));
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

ProgressStrip::~ProgressStrip() = default;

std::shared_ptr<SharedProgress> ProgressStrip::start()
{
    cancel();
    m_progress = std::make_shared<SharedProgress>();
    m_bar->setRange(0, 0);
    show();
    m_timer->start();
    return m_progress;
}

void ProgressStrip::finish()
{
    m_progress.reset();
    m_timer->stop();
    hide();
}

void ProgressStrip::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

} // namespace lector
