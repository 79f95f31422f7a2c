// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

// Shared by the canvas, commands and tools tests: a real project in a temporary folder with real image files.

#include "shell/project_session.h"

#include <lector/store/project_store.h>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace lector::testing {

/// A project with `images` blank pages of 400x300 (page_0.png, ...), one of them with a region by "other".
struct TestProject {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::vector<ImageId> images;
    AnnotatorId me = 0;
    AnnotatorId other = 0;
    RunId run = 0;

    bool create(int imageCount = 2)
    {
        if (!dir.isValid())
            return false;
        const QString folder = dir.filePath(QStringLiteral("images"));
        QDir().mkpath(folder);
        ImportBatch batch;
        for (int i = 0; i < imageCount; ++i) {
            QImage img(400, 300, QImage::Format_RGB32);
            img.fill(QColor(240, 240, 240 - i));
            const QString file = QDir(folder).filePath(QStringLiteral("page_%1.png").arg(i));
            if (!img.save(file))
                return false;
            ImportedImage ii;
            ii.imagePath = file;
            if (i == 0) {
                Region r;
                r.polygon = Polygon::fromBox({ 300, 200, 380, 230 });
                r.text = QStringLiteral("theirs");
                ii.regions.push_back(r);
            }
            batch.images.push_back(ii);
        }
        path = dir.filePath(QStringLiteral("t.lector"));
        auto created = ProjectStore::create(path);
        if (!created)
            return false;
        store = std::move(created).value();
        if (!store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("other"))))
            return false;
        auto all = store->images();
        if (!all)
            return false;
        for (const ImageRecord& r : *all)
            images.push_back(r.id);
        auto meId = store->ensureAnnotator(QStringLiteral("me"));
        auto otherId = store->ensureAnnotator(QStringLiteral("other"));
        if (!meId || !otherId)
            return false;
        me = *meId;
        other = *otherId;
        return true;
    }

    std::vector<Annotation> mine(ImageId image) const
    {
        auto rows = store->annotations(image, me);
        return rows ? *rows : std::vector<Annotation>();
    }

    std::vector<EditLogEntry> log() const
    {
        auto rows = store->editLog();
        return rows ? *rows : std::vector<EditLogEntry>();
    }

    /// The app's session on the project (a connection of its own), working as `who`.
    std::unique_ptr<ProjectSession> session;
    bool openSession(const QString& who = QStringLiteral("me"))
    {
        if (!session)
            session = std::make_unique<ProjectSession>();
        auto opened = session->open(path, who);
        if (!opened)
            qWarning("%s", qPrintable(opened.error().toString()));
        return bool(opened);
    }
};

/// Holds the project's write lock from a second connection (the sqlite3 shell), so that the store's writes fail
/// after its busy timeout: a locked database, as another program would cause.
class WriteLock {
public:
    bool acquire(const QString& path)
    {
        m_shell.start(QStringLiteral("sqlite3"), { path });
        if (!m_shell.waitForStarted())
            return false;
        m_shell.write("BEGIN IMMEDIATE;\nSELECT 'locked';\n");
        for (int i = 0; i < 50 && !m_shell.canReadLine(); ++i)
            m_shell.waitForReadyRead(100);
        return m_shell.readLine().trimmed() == "locked";
    }
    void release()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        m_shell.waitForFinished(5000);
    }
    ~WriteLock() { release(); }

private:
    QProcess m_shell;
};

inline Polygon quad(double x0, double y0, double x1, double y1) { return Polygon::fromBox({ x0, y0, x1, y1 }); }

} // namespace lector::testing
