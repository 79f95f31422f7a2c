// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Shared by the OCR tests: one demo project (rendered pages whose word quads and texts are known exactly), made once
// per test run, and the checks that compare OCR words with its ground truth.
#pragma once

#include <lector/geometry/polygon.h>
#include <lector/metrics/polygon_iou.h>
#include <lector/store/project_store.h>

#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace lector::test {

constexpr int kDemoPages = 3;

/// The demo project's folder (DIR/demo.lector, DIR/images/page_00N.png), made on first use. Read-only for tests:
/// copyDemoProject() gives a private copy to change.
inline QString demoProjectDir()
{
    static QTemporaryDir dir;
    static QString project = makeDemoProject(dir.path(), kDemoPages);
    return project.isEmpty() ? QString() : dir.path();
}

/// Copies the demo project folder into `target` (a fresh temporary folder); returns the .lector path.
inline QString copyDemoProject(const QString& target)
{
    const QString source = demoProjectDir();
    if (source.isEmpty())
        return {};
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(target).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to))
            return {};
    }
    return QDir(target).filePath(QStringLiteral("demo.lector"));
}

/// How OCR words compare with the ground truth of one page: each true word is matched to the predicted word that
/// overlaps it most (IoU >= 0.5).
struct WordMatch {
    int truth = 0; // true words
    int matched = 0; // with an overlapping predicted word
    int sameText = 0; // ... whose text is exactly the true text
    double meanIoU = 0; // over the matched words
};

inline WordMatch matchWords(const std::vector<Region>& truth, const std::vector<Region>& predicted)
{
    WordMatch m;
    double iouSum = 0;
    for (const Region& t : truth) {
        if (t.isDontCare())
            continue;
        ++m.truth;
        const Region* best = nullptr;
        double bestIoU = 0.5;
        for (const Region& p : predicted) {
            const double iou = polygonIoU(t.polygon, p.polygon);
            if (iou >= bestIoU) {
                bestIoU = iou;
                best = &p;
            }
        }
        if (best) {
            ++m.matched;
            iouSum += bestIoU;
            if (best->text == t.text)
                ++m.sameText;
        }
    }
    m.meanIoU = m.matched ? iouSum / m.matched : 0;
    return m;
}

} // namespace lector::test
