// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/ocr_controller.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "commands/recognize_text.h"
#include "document/label_document.h"
#include "shell/shared_progress.h"

#include <lector/ocr/ocr_image.h>
#include <lector/store/edit_provenance.h>
#include <lector/store/prediction_repository.h>
#include <lector/store/project_store.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace lector {

namespace {
    QString duration(double seconds)
    {
        if (seconds < 90)
            return QObject::tr("%1 s").arg(std::max(1, static_cast<int>(std::lround(seconds))));
        return QObject::tr("%1 min").arg(static_cast<int>(std::lround(seconds / 60)));
    }
}

OcrController::OcrController(CanvasController* canvas, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_canvas(canvas)
    , m_parent(dialogParent)
    , m_engineMutex(std::make_shared<std::mutex>())
    , m_engine(std::make_shared<std::unique_ptr<OcrEngine>>())
{
}

OcrController::~OcrController()
{
    if (m_running)
        m_running->cancel();
}

void OcrController::setStore(ProjectStore* store, AnnotatorId me)
{
    m_store = store;
    m_me = me;
}

OcrSettings OcrController::settings() const
{
    QSettings s;
    OcrSettings o;
    o.language = s.value(QStringLiteral("ocr/language"), QStringLiteral("eng+kor")).toString();
    o.pageSegMode = s.value(QStringLiteral("ocr/pageSegMode"), 3).toInt();
    return o;
}

void OcrController::setSettings(const OcrSettings& settings)
{
    QSettings s;
    s.setValue(QStringLiteral("ocr/language"), settings.language);
    s.setValue(QStringLiteral("ocr/pageSegMode"), settings.pageSegMode);
}

void OcrController::prelabelDialog(const std::vector<ImageId>& listed, ImageId current)
{
    if (!m_store || isRunning())
        return;
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Pre-label with OCR"));
    auto* engine = new QComboBox(&dialog);
    engine->addItems(OcrEngine::engineNames());
    auto* language = new QComboBox(&dialog);
    language->setEditable(true);
    language->addItems({ QStringLiteral("eng+kor"), QStringLiteral("eng"), QStringLiteral("kor") });
    language->setCurrentText(settings().language);
    language->setToolTip(tr("Tesseract languages joined by '+'"));
    auto* mode = new QComboBox(&dialog);
    for (const auto& [psm, text] : { std::pair { 3, tr("Automatic page layout (3)") },
             std::pair { 4, tr("One column of text (4)") }, std::pair { 6, tr("One block of text (6)") },
             std::pair { 11, tr("Sparse text, no order (11)") } })
        mode->addItem(text, psm);
    mode->setCurrentIndex(std::max(0, mode->findData(settings().pageSegMode)));
    auto* all = new QRadioButton(tr("Every image of the project"), &dialog);
    auto* shown = new QRadioButton(tr("The %n image(s) the browser lists", nullptr, static_cast<int>(listed.size())), &dialog);
    auto* one = new QRadioButton(tr("This image only"), &dialog);
    shown->setChecked(true);
    one->setEnabled(current != 0);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("automatic: engine, language and time"));
    auto* promoteBox = new QCheckBox(tr("Then make the words my pre-labels, when their confidence is at least"), &dialog);
    auto* threshold = new QDoubleSpinBox(&dialog);
    threshold->setRange(0, 1);
    threshold->setSingleStep(0.05);
    threshold->setValue(0.6);
    auto* threads = new QSpinBox(&dialog);
    threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    threads->setValue(std::max(1, QThread::idealThreadCount()));
    threads->setToolTip(tr("Worker threads, one engine each"));
    auto* form = new QFormLayout;
    form->addRow(tr("Engine:"), engine);
    form->addRow(tr("Language:"), language);
    form->addRow(tr("Page layout:"), mode);
    form->addRow(tr("Workers:"), threads);
    form->addRow(tr("Run name:"), name);
    auto* scope = new QVBoxLayout;
    scope->addWidget(all);
    scope->addWidget(shown);
    scope->addWidget(one);
    form->addRow(tr("Read:"), scope);
    form->addRow(promoteBox, threshold);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AutolabelOptions options;
    options.engine = engine->currentText();
    options.ocr.language = language->currentText().trimmed();
    options.ocr.pageSegMode = mode->currentData().toInt();
    options.runName = name->text().trimmed();
    options.threads = threads->value();
    if (shown->isChecked())
        options.images = listed;
    else if (one->isChecked())
        options.images = { current };
    setSettings(options.ocr);
    if (promoteBox->isChecked()) {
        const double minConfidence = threshold->value();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &OcrController::runFinished, this,
            [this, connection, minConfidence](const AutolabelSummary& summary, const QString&) {
                disconnect(*connection);
                if (!m_store || summary.imagesDone == 0)
                    return;
                PromoteOptions p;
                p.run = summary.runName;
                auto me = m_store->annotators();
                if (me)
                    for (const Annotator& a : *me)
                        if (a.id == m_me)
                            p.annotator = a.name;
                p.minConfidence = minConfidence;
                this->promote(p);
            });
    }
    startRun(options);
}

bool OcrController::startRun(const AutolabelOptions& options, bool interactive)
{
    if (!m_store || isRunning())
        return false;
    auto progress = std::make_shared<SharedProgress>();
    m_running = progress;
    QProgressDialog* dialog = nullptr;
    if (interactive) {
        dialog = new QProgressDialog(tr("Starting the OCR engine…"), tr("Cancel"), 0, 0, m_parent);
        dialog->setWindowTitle(tr("Pre-labeling"));
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        auto* timer = new QTimer(dialog);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        connect(timer, &QTimer::timeout, dialog, [dialog, progress, clock] {
            const std::int64_t total = progress->total(), done = progress->done();
            if (total <= 0)
                return;
            dialog->setMaximum(static_cast<int>(total));
            dialog->setValue(static_cast<int>(done));
            QString text = tr("Read %1 of %2 images").arg(done).arg(total);
            if (done > 0 && done < total) {
                const double perImage = clock->elapsed() / 1000.0 / static_cast<double>(done);
                text += tr(", about %1 left").arg(duration(perImage * static_cast<double>(total - done)));
            }
            dialog->setLabelText(text);
        });
        timer->start(200);
        connect(dialog, &QProgressDialog::canceled, this, [progress, dialog] {
            progress->cancel();
            dialog->setLabelText(tr("Canceling: finishing the images being read…"));
        });
    }
    const QString path = m_store->path();
    using Outcome = std::pair<std::optional<AutolabelSummary>, Error>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog, progress, path, interactive] {
        watcher->deleteLater();
        if (dialog)
            dialog->deleteLater();
        m_running.reset();
        auto [summary, error] = watcher->result();
        if (!summary) {
            emit runFailed(error.toString());
            if (interactive)
                QMessageBox::warning(m_parent, tr("Pre-labeling failed"), error.toString());
            return;
        }
        if (summary->canceled && summary->imagesDone > 0) {
            bool keep = m_keepCanceled.value_or(true);
            if (!m_keepCanceled && interactive)
                keep = QMessageBox::question(m_parent, tr("Pre-labeling canceled"),
                           tr("%1 of %2 images were read before the run was canceled. Keep their words as run "
                              "\"%3\"?")
                               .arg(summary->imagesDone)
                               .arg(summary->imagesTotal)
                               .arg(summary->runName),
                           QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                    == QMessageBox::Yes;
            if (!keep && m_store) {
                auto removed = PredictionRepository(*m_store).removeRun(summary->run);
                if (!removed)
                    emit runFailed(removed.error().toString());
                summary->imagesDone = 0;
            }
        } else if (summary->canceled && m_store) {
            (void)PredictionRepository(*m_store).removeRun(summary->run); // nothing was read: nothing to keep
        }
        QString message = summary->canceled
            ? tr("Pre-labeling canceled: %1 of %2 images kept in run %3.")
                  .arg(summary->imagesDone)
                  .arg(summary->imagesTotal)
                  .arg(summary->runName)
            : tr("Run %1: %2 words on %3 images in %4 (%5 images/s).")
                  .arg(summary->runName)
                  .arg(summary->words)
                  .arg(summary->imagesDone)
                  .arg(duration(summary->seconds))
                  .arg(summary->imagesPerSecond(), 0, 'f', 2);
        if (summary->imagesFailed > 0) {
            message += tr(" %n image(s) could not be read", nullptr, summary->imagesFailed);
            if (!summary->failures.empty())
                message += QStringLiteral(" (%1)").arg(summary->failures.front().toString());
            message += QLatin1Char('.');
        }
        emit storeChanged();
        emit runFinished(*summary, message);
    });
    watcher->setFuture(QtConcurrent::run([path, options, progress]() -> Outcome {
        auto store = ProjectStore::open(path);
        if (!store)
            return { std::nullopt, store.error() };
        auto summary = runAutolabel(**store, options, progress.get());
        if (!summary)
            return { std::nullopt, summary.error() };
        return { std::move(summary).value(), Error {} };
    }));
    return true;
}

void OcrController::cancelRun()
{
    if (m_running)
        m_running->cancel();
}

bool OcrController::promote(const PromoteOptions& options, bool interactive)
{
    if (!m_store || m_promoting)
        return false;
    // A whole run can be hundreds of thousands of words: written by a worker with its own connection, in one
    // transaction (so there is nothing to cancel halfway), while the window stays responsive.
    m_promoting = true;
    QProgressDialog* dialog = nullptr;
    if (interactive) {
        dialog = new QProgressDialog(tr("Making the run's words pre-labels of %1…").arg(options.annotator), QString(), 0,
            0, m_parent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setCancelButton(nullptr);
    }
    using Outcome = std::pair<std::optional<PromoteSummary>, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dialog, options, interactive] {
        watcher->deleteLater();
        if (dialog)
            dialog->deleteLater();
        m_promoting = false;
        auto [summary, error] = watcher->result();
        if (!summary) {
            if (interactive)
                QMessageBox::warning(m_parent, tr("Cannot promote the predictions"), error);
            emit promotionFailed(error);
            return;
        }
        // The current image's regions come from the store again; the promotion is in the edit log, not the undo
        // stack.
        const ImageId image = m_canvas->document()->image();
        if (image)
            m_canvas->document()->load(image);
        emit storeChanged();
        if (interactive)
            QMessageBox::information(m_parent, tr("Promote Predictions"),
                tr("%1 words became pre-labels of %2; %3 already had a label, %4 were below the threshold.")
                    .arg(summary->promoted)
                    .arg(options.annotator)
                    .arg(summary->skippedDuplicate)
                    .arg(summary->skippedLowConfidence));
        emit promoted(*summary);
    });
    const QString path = m_store->path();
    watcher->setFuture(QtConcurrent::run([path, options]() -> Outcome {
        auto store = ProjectStore::open(path);
        if (!store)
            return { std::nullopt, store.error().toString() };
        auto summary = promotePredictions(**store, options);
        if (!summary)
            return { std::nullopt, summary.error().toString() };
        return { std::move(summary).value(), QString() };
    }));
    return true;
}

void OcrController::promoteDialog()
{
    if (!m_store)
        return;
    auto runs = m_store->runs();
    auto people = m_store->annotators();
    if (!runs || !people || runs->empty()) {
        QMessageBox::information(m_parent, tr("Promote Predictions"), tr("The project has no model run yet."));
        return;
    }
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Promote Predictions to Pre-labels"));
    auto* run = new QComboBox(&dialog);
    for (const ModelRun& r : *runs)
        run->addItem(r.name);
    run->setCurrentIndex(run->count() - 1);
    auto* who = new QComboBox(&dialog);
    who->setEditable(true);
    for (const Annotator& a : *people) {
        who->addItem(a.name);
        if (a.id == m_me)
            who->setCurrentIndex(who->count() - 1);
    }
    auto* threshold = new QDoubleSpinBox(&dialog);
    threshold->setRange(0, 1);
    threshold->setSingleStep(0.05);
    threshold->setValue(QSettings().value(QStringLiteral("acceptThreshold"), 0.9).toDouble());
    auto* form = new QFormLayout;
    form->addRow(tr("Run:"), run);
    form->addRow(tr("Pre-labels of:"), who);
    form->addRow(tr("Confidence at least:"), threshold);
    auto* note = new QLabel(tr("Words that overlap a label the annotator already has are skipped, so promoting twice "
                               "adds nothing."),
        &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PromoteOptions options;
    options.run = run->currentText();
    options.annotator = who->currentText().trimmed();
    options.minConfidence = threshold->value();
    promote(options);
}

void OcrController::rerecognize(bool allOnImage)
{
    LabelDocument* document = m_canvas->document();
    if (!m_store || !document->image())
        return;
    std::vector<AnnotationId> ids;
    if (allOnImage) {
        for (const auto& [id, a] : document->annotations())
            ids.push_back(id);
    } else {
        for (AnnotationId id : m_canvas->scene()->selection())
            ids.push_back(id);
    }
    if (ids.empty()) {
        emit recognitionFinished(0, 0, 0, tr("Select the boxes to read again first."));
        return;
    }
    std::vector<Polygon> polygons;
    for (AnnotationId id : ids)
        polygons.push_back(document->annotation(id)->region.polygon);
    const ImageId image = document->image();
    const QString path = m_store->absoluteImagePath(document->imageRecord());
    OcrSettings ocr = settings();
    const QString key = ocr.language + QLatin1Char('/') + QString::number(ocr.regionSegMode);
    auto mutex = m_engineMutex;
    auto engine = m_engine;
    using Outcome = std::pair<std::vector<OcrText>, QString>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ids, image] {
        watcher->deleteLater();
        auto [texts, error] = watcher->result();
        LabelDocument* document = m_canvas->document();
        if (!error.isEmpty() || document->image() != image || !m_store) {
            emit recognitionFinished(0, 0, 0, error.isEmpty() ? tr("The image changed before the text was read.") : error);
            return;
        }
        auto provenance = EditProvenance(*m_store).inspect(ids);
        std::vector<std::pair<AnnotationId, QString>> machine, persons;
        int unchanged = 0;
        for (size_t i = 0; i < ids.size() && i < texts.size(); ++i) {
            const Annotation* a = document->annotation(ids[i]);
            if (!a) // removed while the engine read
                continue;
            const QString text = texts[i].text.trimmed();
            if (text.isEmpty() || text == a->region.text) {
                ++unchanged;
                continue;
            }
            const bool person = !a->region.text.isEmpty() && provenance && (*provenance)[i].textIsPersons();
            (person ? persons : machine).emplace_back(ids[i], text);
        }
        bool overwrite = m_policy == PersonTextPolicy::Overwrite;
        if (!persons.empty() && m_policy == PersonTextPolicy::Ask) {
            const auto answer = QMessageBox::question(m_parent, tr("Overwrite typed text?"),
                tr("The engine read a different text for %n label(s) whose text a person typed or corrected. "
                   "Overwrite them too?",
                    nullptr, static_cast<int>(persons.size())),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
            if (answer == QMessageBox::Cancel) {
                emit recognitionFinished(0, static_cast<int>(persons.size() + machine.size()), unchanged,
                    tr("Nothing changed."));
                return;
            }
            overwrite = answer == QMessageBox::Yes;
        }
        std::vector<std::pair<AnnotationId, QString>> write = machine;
        int kept = 0;
        if (overwrite)
            write.insert(write.end(), persons.begin(), persons.end());
        else
            kept = static_cast<int>(persons.size());
        if (!write.empty())
            m_canvas->undoStack()->push(new RecognizeText(document, write));
        emit recognitionFinished(static_cast<int>(write.size()), kept, unchanged,
            tr("Read %1 boxes again: %2 changed, %3 kept as a person typed them, %4 the same.")
                .arg(ids.size())
                .arg(write.size())
                .arg(kept)
                .arg(unchanged));
    });
    watcher->setFuture(QtConcurrent::run([path, polygons, ocr, key, mutex, engine]() -> Outcome {
        std::lock_guard<std::mutex> lock(*mutex);
        if (!*engine || (*engine)->settings().language + QLatin1Char('/') + QString::number((*engine)->settings().regionSegMode) != key) {
            auto made = OcrEngine::create(QStringLiteral("tesseract"), ocr);
            if (!made)
                return { {}, made.error().toString() };
            *engine = std::move(made).value();
        }
        auto loaded = OcrImage::load(path);
        if (!loaded)
            return { {}, loaded.error().toString() };
        auto texts = (*engine)->readRegions(*loaded, polygons);
        if (!texts)
            return { {}, texts.error().toString() };
        return { std::move(texts).value(), QString() };
    }));
}

} // namespace lector
