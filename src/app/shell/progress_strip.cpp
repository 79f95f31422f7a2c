// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/progress_strip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <cmath>

namespace lector {

QString timeLeft(double elapsedSeconds, std::int64_t done, std::int64_t total)
{
    if (done <= 0 || total <= 0 || done >= total || elapsedSeconds < 1)
        return {};
    const double left = elapsedSeconds / double(done) * double(total - done);
    if (left < 90)
        return QObject::tr("about %1 s left").arg(std::max(1, int(std::lround(left))));
    return QObject::tr("about %1 min left").arg(int(std::lround(left / 60)));
}

ProgressStrip::ProgressStrip(JobRunner* jobs, const QStringList& keys, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_keys(keys)
{
    m_label = new QLabel(this);
    m_label->hide();
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(140);
    m_bar->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("progressCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ProgressStrip::cancel);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ProgressStrip::update);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_jobs, &JobRunner::started, this, [this](JobRunner::JobId, const QString& key, const QString&) {
        if (follows(key))
            pick();
    });
    connect(m_jobs, &JobRunner::finished, this, [this](JobRunner::JobId id, const QString&) {
        if (id == m_shown)
            pick();
    });
}

ProgressStrip::~ProgressStrip() = default;

bool ProgressStrip::follows(const QString& key) const { return m_keys.isEmpty() || m_keys.contains(key); }

void ProgressStrip::setShowsText(bool shows) { m_label->setVisible(shows); }

void ProgressStrip::pick()
{
    // The newest running job this strip follows.
    JobRunner::JobId newest = 0;
    for (const QString& key : m_keys)
        newest = std::max(newest, m_jobs->current(key));
    if (m_keys.isEmpty())
        newest = m_jobs->newestJob();
    m_shown = newest;
    if (!m_shown) {
        m_timer->stop();
        hide();
        return;
    }
    m_bar->setRange(0, 0);
    update();
    show();
    m_timer->start();
}

void ProgressStrip::update()
{
    auto progress = m_jobs->progress(m_shown);
    if (!progress)
        return;
    const std::int64_t done = progress->done(), total = progress->total();
    if (total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * std::min(done, total) / total));
    }
    QString text = m_jobs->title(m_shown);
    if (total > 0)
        text += tr(" %1 of %2").arg(done).arg(total);
    const QString left = timeLeft(m_jobs->elapsed(m_shown), done, total);
    if (!left.isEmpty())
        text += tr(", %1").arg(left);
    if (progress->isCanceled())
        text = tr("Canceling…");
    m_label->setText(text);
    m_cancel->setVisible(m_jobs->isCancelable(m_shown));
    m_cancel->setEnabled(!progress->isCanceled());
}

QString ProgressStrip::text() const { return m_label->text(); }

void ProgressStrip::cancel()
{
    if (m_shown)
        m_jobs->cancel(m_shown);
    update();
}

} // namespace lector
