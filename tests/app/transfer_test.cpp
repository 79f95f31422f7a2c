// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// File ▸ Export… and File ▸ Import Labels / Predictions…: the dialogs driven as a person would (fields set, Export or
// Import pressed), their jobs waited for, then the files written, the report shown and the store's counts checked.
#include "dialogs/export_dialog.h"
#include "dialogs/import_labels_dialog.h"
#include "main_window.h"
#include "panels/dataset_browser.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"
#include "shell/shortcut_registry.h"
#include "shell/transfer_controller.h"

#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace lector;

namespace {

/// The shared real OCR samples: $LECTOR_TEST_DATA, else shared/data in a folder above the test (../shared/data beside
/// the repository, whose build folder holds the test).
QString sharedDataDir()
{
    const QString set = qEnvironmentVariable("LECTOR_TEST_DATA");
    if (!set.isEmpty())
        return QFileInfo(set).isDir() ? QDir::cleanPath(QFileInfo(set).absoluteFilePath()) : QString();
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 6 && dir.cdUp(); ++up) {
        const QString data = dir.filePath(QStringLiteral("shared/data"));
        if (QFileInfo(data).isDir())
            return QDir::cleanPath(data);
    }
    return {};
}

Region word(std::vector<double> xy, const QString& text, double confidence = std::nan(""))
{
    Region r;
    r.polygon = *Polygon::fromFlat(xy);
    r.text = text;
    r.confidence = confidence;
    return r;
}

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// With $LECTOR_TRANSFER_SHOTS set, saves what the dialog shows there (for a look at it, not for a comparison).
void shoot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LECTOR_TRANSFER_SHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

std::int64_t labelsOf(ProjectStore& store, const QString& annotator)
{
    auto info = store.info();
    return info ? info->annotationsByAnnotator[annotator] : -1;
}

} // namespace

class TransferTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Three pages of alice's: two tilted quadrilaterals and two boxes; pages 1 and 2 marked done, page 3 not.
        ImportBatch batch;
        const std::vector<std::vector<Region>> regions = {
            { word({ 10, 10, 60, 14, 58, 34, 8, 30 }, QStringLiteral("Hello")) },
            { word({ 10, 40, 80, 40, 80, 60, 10, 60 }, QStringLiteral("World")),
                word({ 100, 20, 150, 26, 148, 46, 98, 40 }, QStringLiteral("again")) },
            { word({ 20, 20, 90, 20, 90, 50, 20, 50 }, QStringLiteral("three")) },
        };
        for (int i = 0; i < 3; ++i) {
            QImage page(200, 100, QImage::Format_RGB32);
            page.fill(qRgb(255, 255 - i, 255));
            const QString path = m_dir->filePath(QStringLiteral("img_%1.png").arg(i + 1));
            QVERIFY(page.save(path));
            batch.images.push_back({ path, 0, 0, regions[std::size_t(i)], {} });
        }
        m_project = m_dir->filePath(QStringLiteral("p.lector"));
        auto store = ProjectStore::create(m_project);
        QVERIFY(store);
        QVERIFY((*store)->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("alice"))));
        auto alice = (*store)->findAnnotator(QStringLiteral("alice"));
        QVERIFY(alice && *alice);
        auto images = (*store)->images();
        QVERIFY(images && images->size() == 3);
        for (int i = 0; i < 2; ++i)
            QVERIFY((*store)->setImageState((*images)[std::size_t(i)].id, (*alice)->id, ImageState::Done));
        ImportBatch predictions;
        predictions.images.push_back({ m_dir->filePath(QStringLiteral("img_1.png")), 0, 0,
            { word({ 11, 10, 60, 15, 58, 34, 9, 30 }, QStringLiteral("Hel1o"), 0.75) }, {} });
        QVERIFY((*store)->importBatch(predictions, ImportTarget::forRun(QStringLiteral("det"))));
    }

    void theFileMenuOffersBothWhileAProjectIsOpen()
    {
        MainWindow w;
        QAction* importing = w.shortcuts()->action(QStringLiteral("file.importLabels"));
        QAction* exporting = w.shortcuts()->action(QStringLiteral("file.export"));
        QVERIFY(importing && exporting);
        QMenu* file = w.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(importing) && file->actions().contains(exporting));
        QVERIFY(!importing->isEnabled() && !exporting->isEnabled());
        QString error;
        QVERIFY2(w.openProject(m_project, &error, QStringLiteral("alice"), false), qPrintable(error));
        QVERIFY(importing->isEnabled() && exporting->isEnabled());
        exporting->trigger();
        QVERIFY(w.transfer()->exportDialog() && w.transfer()->exportDialog()->isVisible());
        importing->trigger();
        QVERIFY(w.transfer()->importDialog() && w.transfer()->importDialog()->isVisible());
    }

    void optionsFollowTheFormatAndTheSource()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        ExportDialog dialog(&session, session.jobs());
        QVERIFY(dialog.setFormat(QStringLiteral("ppocrlabel")));
        QCOMPARE(dialog.sourceName(), QStringLiteral("alice"));
        QVERIFY(dialog.isOptionEnabled(ExportOption::DoneOnly));
        QVERIFY(dialog.isOptionEnabled(ExportOption::RecognitionCrops));
        QVERIFY(!dialog.isOptionEnabled(ExportOption::ResultTranscriptions));
        // PPOCRLabel copies the images always: the box says so, checked and fixed, and the folder note tells why.
        QVERIFY(!dialog.isOptionEnabled(ExportOption::CopyImages));
        QVERIFY(dialog.folderNote().contains(QStringLiteral("image folder")));
        QVERIFY(dialog.setFormat(QStringLiteral("yolo")));
        QVERIFY(!dialog.isOptionEnabled(ExportOption::RecognitionCrops));
        QVERIFY(dialog.isOptionEnabled(ExportOption::CopyImages));
        QVERIFY(!dialog.option(ExportOption::CopyImages)); // back to what it was before PPOCRLabel
        QVERIFY(dialog.folderNote().isEmpty());
        QVERIFY(dialog.setFormat(QStringLiteral("icdar2015")));
        QVERIFY(!dialog.isOptionEnabled(ExportOption::ResultTranscriptions));
        QVERIFY(dialog.setRun(QStringLiteral("det")));
        QVERIFY(dialog.sourceIsRun());
        QVERIFY(dialog.isOptionEnabled(ExportOption::ResultTranscriptions));
        QVERIFY(!dialog.isOptionEnabled(ExportOption::DoneOnly));
        // Only formats that write are offered.
        QVERIFY(!dialog.setFormat(QStringLiteral("paddleocr")));
    }

    void ppocrLabelExportOfDoneImagesLosesNothing()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        ExportDialog dialog(&session, session.jobs());
        const QString out = m_dir->filePath(QStringLiteral("ppocr"));
        QVERIFY(dialog.setFormat(QStringLiteral("ppocrlabel")));
        QVERIFY(dialog.setAnnotator(QStringLiteral("alice")));
        dialog.setOutputDir(out);
        dialog.setOption(ExportOption::DoneOnly, true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.accept();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // Export does not close the dialog
        QVERIFY(dialog.outcome());
        const ExportReport& report = dialog.outcome()->report;
        QCOMPARE(report.images, std::int64_t(2));
        QCOMPARE(report.regions, std::int64_t(3));
        QVERIFY(report.isLossless());
        const QString text = dialog.messageText();
        QVERIFY2(
            text.contains(QStringLiteral("Exported 3 regions on 2 images of annotator \"alice\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Left out 1 images with labels not marked done.")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Nothing lost: ppocrlabel carries everything exported.")), qPrintable(text));
        // The folder is PPOCRLabel's image folder: the two done images, Label.txt naming them, with the quad as is.
        const QString label = readAll(QDir(out).filePath(QStringLiteral("Label.txt")));
        QCOMPARE(label.count(QLatin1Char('\n')), 2);
        QVERIFY2(label.contains(QStringLiteral("[[10, 10], [60, 14], [58, 34], [8, 30]]")), qPrintable(label));
        QVERIFY(!label.contains(QStringLiteral("three")));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("img_1.png"))));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("img_2.png"))));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("img_3.png"))));
    }

    void yoloExportCountsQuadsMadeBoxes()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        TransferController transfer(&session, session.jobs(), nullptr);
        for (QAction* a : transfer.actions())
            QVERIFY(a->isEnabled());
        ExportDialog* dialog = transfer.exportProject();
        QVERIFY(dialog);
        QCOMPARE(transfer.exportProject(), dialog); // one at a time
        QVERIFY(dialog->setFormat(QStringLiteral("yolo")));
        const QString out = m_dir->filePath(QStringLiteral("yolo"));
        dialog->setOutputDir(out);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog->startExport());
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog->outcome());
        const ExportReport& report = dialog->outcome()->report;
        QCOMPARE(report.images, std::int64_t(3));
        QCOMPARE(report.regions, std::int64_t(4));
        // Two of alice's four regions are tilted quadrilaterals; YOLO has boxes only.
        QCOMPARE(report.count(ExportLoss::PolygonsAsBoxes), std::int64_t(2));
        const QString text = dialog->messageText();
        shoot(*dialog, QStringLiteral("export-yolo"));
        QVERIFY2(text.contains(QStringLiteral("What yolo cannot carry:\n  2 polygons written as their bounding box")),
            qPrintable(text));
        // One line per loss, in the order of ExportLoss.
        const QStringList lines = text.split(QLatin1Char('\n'));
        const int first = int(lines.indexOf(QStringLiteral("What yolo cannot carry:"))) + 1;
        QStringList shown;
        for (int i = first; i < lines.size(); ++i)
            shown << lines[i].trimmed();
        QCOMPARE(shown, report.lossLines());
        QVERIFY(!QDir(out).entryList({ QStringLiteral("*.txt") }, QDir::Files).isEmpty());
        // The project closes: the actions go grey and the dialog goes.
        session.close();
        for (QAction* a : transfer.actions())
            QVERIFY(!a->isEnabled());
        QTRY_VERIFY(!transfer.exportDialog());
    }

    void aRunsResultsInIcdarCarryTheTextWhenAsked()
    {
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        ExportDialog dialog(&session, session.jobs());
        QVERIFY(dialog.setFormat(QStringLiteral("icdar2015")));
        QVERIFY(dialog.setRun(QStringLiteral("det")));
        dialog.setOption(ExportOption::ResultTranscriptions, true);
        dialog.setOption(ExportOption::DoneOnly, true); // disabled for a run: not asked for
        const QString out = m_dir->filePath(QStringLiteral("res"));
        dialog.setOutputDir(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(dialog.startExport());
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.outcome(), qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(QStringLiteral("of model run \"det\"")));
        const QString res = readAll(QDir(out).filePath(QStringLiteral("res_img_1.txt")));
        QVERIFY2(res.contains(QStringLiteral("Hel1o")), qPrintable(res));
    }

    void importsASharedSampleAsLectorCliDoes_data()
    {
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("images");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("imageCount");
        QTest::addColumn<int>("regionCount");
        // The counts are the samples' READMEs'.
        QTest::newRow("icdar2015") << QStringLiteral("icdar2015/annotations/test")
                                   << QStringLiteral("icdar2015/imgs/test") << QStringLiteral("icdar2015") << 7 << 62;
        QTest::newRow("funsd") << QStringLiteral("funsd/training_data/annotations")
                               << QStringLiteral("funsd/training_data/images") << QStringLiteral("funsd") << 33 << 5153;
    }

    void importsASharedSampleAsLectorCliDoes()
    {
        QFETCH(QString, labels);
        QFETCH(QString, images);
        QFETCH(QString, format);
        QFETCH(int, imageCount);
        QFETCH(int, regionCount);
        const QString data = sharedDataDir();
        if (data.isEmpty())
            QSKIP("shared OCR samples not found: set LECTOR_TEST_DATA");
        const QString labelPath = QDir(data).filePath(labels);
        const QString imagesDir = QDir(data).filePath(images);

        ProjectSession session;
        DatasetBrowser browser(&session);
        QSignalSpy counted(&browser, &DatasetBrowser::countChanged);
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        QSignalSpy labelsChanged(&session, &ProjectSession::labelsChanged);
        ImportLabelsDialog dialog(&session, session.jobs());
        QSignalSpy detected(&dialog, &ImportLabelsDialog::detectionFinished);
        dialog.setLabelPath(labelPath);
        QVERIFY(detected.wait(30000));
        QVERIFY2(detected.at(0).at(0).toBool(), qPrintable(dialog.detectionText()));
        // Before importing: the format, the images folder found beside the labels, and the counts.
        QVERIFY(dialog.detection());
        QCOMPARE(dialog.formatId(), format);
        QCOMPARE(dialog.detection()->imagesFolder, imagesDir);
        QCOMPARE(dialog.imagesDir(), QDir::toNativeSeparators(imagesDir));
        QCOMPARE(dialog.detection()->images, imageCount);
        QCOMPARE(dialog.detection()->imagesFound, imageCount);
        QCOMPARE(dialog.detection()->regions, std::int64_t(regionCount));
        QVERIFY(!dialog.targetIsRun()); // ground truth, not a model's output
        QVERIFY(dialog.detectionText().contains(
            QStringLiteral("%1 regions on %2 images").arg(regionCount).arg(imageCount)));

        shoot(dialog, QStringLiteral("import-detected-") + format);
        dialog.setTargetAnnotator(QStringLiteral("gt"));
        dialog.setNewAnnotatorRole(Role::Reviewer);
        dialog.setBatch(QStringLiteral("sample"));
        dialog.setSplit(QStringLiteral("test"));
        QSignalSpy finished(&dialog, &ImportLabelsDialog::importFinished);
        dialog.accept();
        QVERIFY(dialog.isImporting());
        QVERIFY(session.jobs()->isEditingBlocked());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.messageText()));
        QVERIFY(!session.jobs()->isEditingBlocked());
        QVERIFY(dialog.summary());
        QCOMPARE(dialog.summary()->imagesAdded, imageCount);
        QCOMPARE(dialog.summary()->regions, std::int64_t(regionCount));
        QVERIFY(dialog.messageText().startsWith(
            QStringLiteral("Imported %1 regions on %2 images (%2 new").arg(regionCount).arg(imageCount)));
        QCOMPARE(labelsOf(*session.store(), QStringLiteral("gt")), std::int64_t(regionCount));
        QCOMPARE(*session.store()->imageCount(), std::int64_t(3 + imageCount));
        QVERIFY(session.store()->batches()->contains(QStringLiteral("sample")));
        QCOMPARE(*session.store()->splits(), QStringList { QStringLiteral("test") });
        auto gt = session.store()->findAnnotator(QStringLiteral("gt"));
        QVERIFY(gt && *gt);
        QCOMPARE((*gt)->role, Role::Reviewer);
        // The panels heard of it: the browser counts the new images at once.
        QVERIFY(!labelsChanged.isEmpty());
        QTRY_VERIFY(!counted.isEmpty() && counted.last().at(0).toLongLong() == 3 + imageCount);

        // What lector-cli import does (detect, read against --images, importBatch) gives the same counts.
        const QString other = m_dir->filePath(QStringLiteral("cli.lector"));
        auto store = ProjectStore::create(other);
        QVERIFY(store);
        const Format* detectedFormat = FormatRegistry::instance().detect(labelPath);
        QVERIFY(detectedFormat && detectedFormat->id() == format);
        ReadOptions options;
        options.imagesDir = imagesDir;
        auto batch = detectedFormat->read(labelPath, options);
        QVERIFY(batch);
        auto summary = (*store)->importBatch(*batch, ImportTarget::forAnnotator(QStringLiteral("gt")));
        QVERIFY(summary);
        QCOMPARE(summary->imagesAdded, dialog.summary()->imagesAdded);
        QCOMPARE(summary->regions, dialog.summary()->regions);
        auto cliInfo = (*store)->info();
        auto appInfo = session.store()->info();
        QVERIFY(cliInfo && appInfo);
        QCOMPARE(appInfo->annotationsByAnnotator[QStringLiteral("gt")],
            cliInfo->annotationsByAnnotator[QStringLiteral("gt")]);
        QCOMPARE(appInfo->dontCare, cliInfo->dontCare);
    }

    void aCanceledImportAddsAllOrNothing()
    {
        const QString data = sharedDataDir();
        if (data.isEmpty())
            QSKIP("shared OCR samples not found: set LECTOR_TEST_DATA");
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        ImportLabelsDialog dialog(&session, session.jobs());
        QSignalSpy detected(&dialog, &ImportLabelsDialog::detectionFinished);
        dialog.setLabelPath(QDir(data).filePath(QStringLiteral("icdar2015/annotations/test")));
        QVERIFY(detected.wait(30000));
        QSignalSpy finished(&dialog, &ImportLabelsDialog::importFinished);
        QVERIFY(dialog.startImport());
        // What the Cancel of the dialog's progress strip does.
        session.jobs()->cancel(session.jobs()->current(QStringLiteral("importLabels")));
        QVERIFY(finished.wait(30000));
        // Whichever came first, the dialog says what the store holds: all seven images, or none of them.
        if (finished.at(0).at(0).toBool()) {
            QCOMPARE(*session.store()->imageCount(), std::int64_t(10));
            QCOMPARE(labelsOf(*session.store(), QStringLiteral("imported")), std::int64_t(62));
        } else {
            QVERIFY2(dialog.messageText().contains(QStringLiteral("cancel"), Qt::CaseInsensitive),
                qPrintable(dialog.messageText()));
            QCOMPARE(*session.store()->imageCount(), std::int64_t(3));
            QCOMPARE(labelsOf(*session.store(), QStringLiteral("imported")), std::int64_t(0));
        }
    }

    void cocoResultsReadWithTheirReference()
    {
        // COCO results name images by id: the ground truth exported beside them maps the ids.
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        const QString gt = m_dir->filePath(QStringLiteral("coco-gt"));
        const QString res = m_dir->filePath(QStringLiteral("coco-res"));
        for (const auto& [out, run] : { std::pair { gt, false }, std::pair { res, true } }) {
            ExportDialog exporter(&session, session.jobs());
            QVERIFY(exporter.setFormat(QStringLiteral("coco")));
            QVERIFY(run ? exporter.setRun(QStringLiteral("det")) : exporter.setAnnotator(QStringLiteral("alice")));
            exporter.setOutputDir(out);
            QSignalSpy finished(&exporter, &ExportDialog::exportFinished);
            QVERIFY(exporter.startExport());
            QVERIFY(finished.wait(20000));
            QVERIFY2(exporter.outcome(), qPrintable(exporter.messageText()));
        }
        const QStringList gtFiles = QDir(gt).entryList({ QStringLiteral("*.json") }, QDir::Files);
        const QStringList resFiles = QDir(res).entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY(gtFiles.size() == 1 && resFiles.size() == 1);
        ImportLabelsDialog dialog(&session, session.jobs());
        QSignalSpy detected(&dialog, &ImportLabelsDialog::detectionFinished);
        dialog.setImagesDir(m_dir->path());
        dialog.setReferenceFile(QDir(gt).filePath(gtFiles.first()));
        dialog.setLabelPath(QDir(res).filePath(resFiles.first()));
        QTRY_VERIFY(!dialog.isDetecting());
        QVERIFY2(detected.last().at(0).toBool(), qPrintable(dialog.detectionText()));
        QCOMPARE(dialog.formatId(), QStringLiteral("coco"));
        QCOMPARE(dialog.detection()->regions, std::int64_t(1));
        QCOMPARE(dialog.detection()->imagesFound, dialog.detection()->images);
        QVERIFY(dialog.targetIsRun());
    }

    void predictionsGoToARunByDefault()
    {
        // A run exported as ICDAR 2015 results reads back as a model's output: the dialog targets a new run.
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        const QString res = m_dir->filePath(QStringLiteral("results"));
        {
            ExportDialog exporter(&session, session.jobs());
            QVERIFY(exporter.setFormat(QStringLiteral("icdar2015")));
            QVERIFY(exporter.setRun(QStringLiteral("det")));
            exporter.setOutputDir(res);
            QSignalSpy finished(&exporter, &ExportDialog::exportFinished);
            QVERIFY(exporter.startExport());
            QVERIFY(finished.wait(20000));
            QVERIFY2(exporter.outcome(), qPrintable(exporter.messageText()));
        }
        QSignalSpy runs(&session, &ProjectSession::runsChanged);
        ImportLabelsDialog dialog(&session, session.jobs());
        QSignalSpy detected(&dialog, &ImportLabelsDialog::detectionFinished);
        dialog.setImagesDir(m_dir->path());
        dialog.setLabelPath(res);
        QTRY_VERIFY(!dialog.isDetecting());
        QVERIFY(!detected.isEmpty());
        QVERIFY2(detected.last().at(0).toBool(), qPrintable(dialog.detectionText()));
        QVERIFY(dialog.detection()->looksLikePredictions);
        QVERIFY(dialog.targetIsRun());
        QCOMPARE(dialog.targetName(), QStringLiteral("results")); // named after the folder until named otherwise
        dialog.setTargetRun(QStringLiteral("det-again"), QStringLiteral("rrc"));
        QSignalSpy finished(&dialog, &ImportLabelsDialog::importFinished);
        QVERIFY(dialog.startImport());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.messageText()));
        QCOMPARE(dialog.summary()->imagesExisting, 1);
        QCOMPARE(dialog.summary()->regions, std::int64_t(1));
        QVERIFY(!runs.isEmpty());
        QCOMPARE(session.runs().size(), size_t(2));
        QCOMPARE(session.runs().back().name, QStringLiteral("det-again"));
    }

    void aMalformedLabelFileSaysWhyInOneLineAndAddsNothing()
    {
        const QString bad = m_dir->filePath(QStringLiteral("gt_img_1.txt"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("10,10,60,10,60,30,10,30,fine\n10,10,sixty,10,60,30,10,30,broken\n");
        }
        ProjectSession session;
        QVERIFY(session.open(m_project, QStringLiteral("alice")));
        const std::int64_t imagesBefore = *session.store()->imageCount();
        QSignalSpy labelsChanged(&session, &ProjectSession::labelsChanged);
        ImportLabelsDialog dialog(&session, session.jobs());
        QSignalSpy detected(&dialog, &ImportLabelsDialog::detectionFinished);
        QVERIFY(dialog.setFormat(QStringLiteral("icdar2015")));
        dialog.setImagesDir(m_dir->path());
        dialog.setLabelPath(bad);
        QTRY_VERIFY(!dialog.isDetecting());
        QVERIFY(!detected.isEmpty());
        QCOMPARE(detected.last().at(0).toBool(), false);
        QVERIFY(dialog.detectionText().contains(QStringLiteral("gt_img_1.txt:2")));
        QVERIFY(!dialog.detectionText().contains(QLatin1Char('\n')));

        QSignalSpy finished(&dialog, &ImportLabelsDialog::importFinished);
        QVERIFY(dialog.startImport());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString message = dialog.messageText();
        QVERIFY2(message.contains(QStringLiteral("gt_img_1.txt:2")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        shoot(dialog, QStringLiteral("import-malformed"));
        QVERIFY(!dialog.summary());
        QCOMPARE(*session.store()->imageCount(), imagesBefore);
        QCOMPARE(labelsOf(*session.store(), QStringLiteral("imported")), std::int64_t(0));
        QVERIFY(labelsChanged.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

QTEST_MAIN(TransferTest)
#include "transfer_test.moc"
