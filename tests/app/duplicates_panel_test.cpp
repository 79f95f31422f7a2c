// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// The Duplicates dock: a search on the job runner finds the copies, the slider re-clusters without hashing again,
// Keep This One marks the others (one undo step that leaves them out of exports), undo and redo; pages of one
// template are told apart by the pixel check, also when the slider widens the threshold.
#include "panels/duplicates_panel.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

#include <lector/dedup/duplicate_finder.h>
#include <lector/store/duplicate_repository.h>
#include <lector/store/project_store.h>

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace lector;

namespace {

// The page rotated by 2 degrees about its centre on a white page: what a rescan does to it.
QImage rotatedCopy(const QImage& image)
{
    QImage rotated(image.size(), QImage::Format_RGB32);
    rotated.fill(Qt::white);
    QPainter r(&rotated);
    r.setRenderHint(QPainter::SmoothPixmapTransform);
    r.translate(image.width() / 2.0, image.height() / 2.0);
    r.rotate(2);
    r.translate(-image.width() / 2.0, -image.height() / 2.0);
    r.drawImage(0, 0, image);
    r.end();
    return rotated;
}

} // namespace

class DuplicatesPanelTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        // Two pages of text, the first also rotated and saved as a JPEG (a near copy of it).
        QStringList files;
        for (int page = 0; page < 2; ++page) {
            QImage image(600, 800, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setPen(Qt::black);
            QFont font = p.font();
            font.setPixelSize(28);
            p.setFont(font);
            for (int line = 0; line < 18; ++line)
                p.drawText(40 + (page * 37 * line) % 120, 60 + line * 40,
                    QStringLiteral("Line %1 of page %2 %3")
                        .arg(line)
                        .arg(page)
                        .arg(QString(line * page % 7 + 3, QLatin1Char('x'))));
            p.fillRect(page ? 300 : 60, page ? 100 : 500, 200, 150, Qt::black);
            p.end();
            const QString path = m_dir->filePath(QStringLiteral("page%1.png").arg(page));
            QVERIFY(image.save(path));
            files << path;
            if (page == 0) {
                // Rotated by 2 degrees on a white page, then JPEG: a near copy a few bits away.
                const QString jpeg = m_dir->filePath(QStringLiteral("page0-copy.jpg"));
                QVERIFY(rotatedCopy(image).save(jpeg, "JPG", 70));
                files << jpeg;
            }
        }
        auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("d.lector")));
        QVERIFY(store);
        ImportBatch batch;
        for (const QString& f : files)
            batch.images.push_back({ f, 0, 0, {}, {} });
        QVERIFY((*store)->importBatch(batch, ImportTarget::imagesOnly()));
        store->reset();
        m_session = std::make_unique<ProjectSession>();
        QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("d.lector")), QStringLiteral("lead"), Role::Lead));
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void findsKeepsAndUndoes()
    {
        DuplicatesPanel panel(m_session.get());
        panel.setEager(true);
        panel.findDuplicates();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && panel.clusterCount() > 0, 20000);
        QCOMPARE(panel.clusterCount(), 1);
        QCOMPARE(panel.clusterImages(0), (std::vector<ImageId> { 1, 2 }));
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        QCOMPARE(panel.tree()->topLevelItem(0)->childCount(), 2);

        // The slider re-clusters from the hashes already computed: at 0 bits the rotated JPEG is not a copy.
        QVERIFY(panel.tree()->topLevelItem(0)->text(0).contains(QLatin1String("Near")));
        panel.setThreshold(0);
        QCOMPARE(panel.clusterCount(), 0);
        panel.setThreshold(kDefaultDedupThreshold);
        QCOMPARE(panel.clusterCount(), 1);

        QSignalSpy opened(&panel, &SessionPanel::imageRequested);
        QTreeWidgetItem* second = panel.tree()->topLevelItem(0)->child(1);
        emit panel.tree()->itemDoubleClicked(second, 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<ImageId>(), ImageId(2));

        panel.keep(1);
        QCOMPARE(m_session->history()->count(), 1);
        DuplicateRepository repo(*m_session->store());
        QCOMPARE(*repo.marks(), (std::map<ImageId, ImageId> { { 2, 1 } }));
        m_session->history()->undo();
        QVERIFY(repo.marks()->empty());
        m_session->history()->redo();
        QCOMPARE(*repo.marks(), (std::map<ImageId, ImageId> { { 2, 1 } }));

        // A second search hashes nothing new.
        panel.findDuplicates();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching(), 20000);
        QCOMPARE(panel.clusterCount(), 1);
    }

    // Receipts of one layout with other items look alike to the hashes; the dock checks the pixels of the pairs
    // within its threshold (again when the slider widens it) and keeps only the real copy.
    void pagesOfOneTemplateStayApart()
    {
        QTemporaryDir dir;
        QStringList files;
        const QStringList items { QStringLiteral("MILK"), QStringLiteral("BREAD"), QStringLiteral("EGGS"),
            QStringLiteral("COFFEE"), QStringLiteral("RICE"), QStringLiteral("TEA"), QStringLiteral("BUTTER") };
        for (int page = 0; page < 4; ++page) {
            QImage image(600, 900, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setPen(Qt::black);
            QFont font = p.font();
            font.setPixelSize(26);
            p.setFont(font);
            p.drawText(150, 60, QStringLiteral("CORNER MARKET"));
            p.drawLine(30, 90, 570, 90);
            for (int line = 0; line < 16; ++line) {
                p.drawText(40, 140 + line * 44, items[(line * 3 + page * 5) % items.size()]);
                p.drawText(430, 140 + line * 44,
                    QStringLiteral("%1.%2")
                        .arg(1 + (line * 7 + page * 13) % 40)
                        .arg((line * 31 + page * 17) % 90 + 10));
            }
            p.end();
            const QString path = dir.filePath(QStringLiteral("receipt%1.png").arg(page));
            QVERIFY(image.save(path));
            files << path;
            if (page == 0) {
                const QString jpeg = dir.filePath(QStringLiteral("receipt0-copy.jpg"));
                QVERIFY(rotatedCopy(image).save(jpeg, "JPG", 70));
                files << jpeg;
            }
        }
        const QString path = dir.filePath(QStringLiteral("r.lector"));
        {
            auto store = ProjectStore::create(path);
            QVERIFY(store);
            ImportBatch batch;
            for (const QString& f : files)
                batch.images.push_back({ f, 0, 0, {}, {} });
            QVERIFY((*store)->importBatch(batch, ImportTarget::imagesOnly()));
        }
        ProjectSession session;
        QVERIFY(session.open(path, QStringLiteral("lead"), Role::Lead));
        // The hashes alone join different receipts at the widest threshold: the case this test is about.
        auto hashes = updateProjectHashes(*session.store());
        QVERIFY(hashes);
        const auto hashesOnly = nearClusters(hashes->images, kMaxDedupThreshold, nullptr, false);
        QVERIFY(hashesOnly && !hashesOnly->empty() && hashesOnly->front().images.size() > 2);

        DuplicatesPanel panel(&session);
        panel.setEager(true);
        panel.findDuplicates();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isSearching() && !panel.isChecking(), 30000);
        QCOMPARE(panel.clusterCount(), 1);
        QCOMPARE(panel.clusterImages(0), (std::vector<ImageId> { 1, 2 }));
        panel.setThreshold(kMaxDedupThreshold);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 30000);
        QCOMPARE(panel.clusterCount(), 1);
        QCOMPARE(panel.clusterImages(0), (std::vector<ImageId> { 1, 2 }));
        // The receipts the hashes joined and the pixels told apart are counted in the status line: as many as the
        // candidate pairs within the threshold that are not the one true pair.
        const auto candidates = nearCandidates(hashes->images, kMaxDedupThreshold);
        int apart = 0;
        for (const NearPair& p : candidates) {
            const bool truePair = hashes->images[p.first].id == 1 && hashes->images[p.second].id == 2;
            apart += truePair ? 0 : 1;
        }
        QVERIFY(apart > 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel.rejectedPairs(), apart, 30000);
        QVERIFY2(panel.statusText().contains(QStringLiteral("%1 candidate pair").arg(apart)),
            qPrintable(panel.statusText()));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_MAIN(DuplicatesPanelTest)
#include "duplicates_panel_test.moc"
