// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/ocr_controller.h"

#include "canvas/canvas_controller.h"
#include "canvas/canvas_scene.h"
#include "commands/promote_run.h"
#include "commands/recognize_text.h"
#include "document/label_document.h"
#include "shell/job_runner.h"
#include "shell/project_session.h"

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
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace lector {

namespace {
const QString kRunJob = QStringLiteral("ocr.run");
const QString kPromoteJob = QStringLiteral("ocr.promote");

/// A message box that does not block (no nested event loop): the window stays responsive under it.
void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString duration(double seconds)
{
    if (seconds < 90)
        return QObject::tr("%1 s").arg(std::max(1, static_cast<int>(std::lround(seconds))));
    return QObject::tr("%1 min").arg(static_cast<int>(std::lround(seconds / 60)));
}
}

OcrController::OcrController(ProjectSession* session, CanvasController* canvas, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_canvas(canvas)
    , m_parent(dialogParent)
    , m_engineMutex(std::make_shared<std::mutex>())
    , m_engine(std::make_shared<std::unique_ptr<OcrEngine>>())
{
}

OcrController::~OcrController() = default;

bool OcrController::isRunning() const { return m_session->jobs()->isKeyRunning(kRunJob); }

bool OcrController::isPromoting() const { return m_session->jobs()->isKeyRunning(kPromoteJob); }

OcrSettings OcrController::settings() const
{
    QSettings s;
    OcrSettings o;
    o.language = s.value(QStringLiteral("ocr/language"), QStringLiteral("eng+kor")).toString();
    o.pageSegMode = s.value(QStringLiteral("ocr/pageSegMode"), o.pageSegMode).toInt(); // default: the measured best
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
    if (!m_session->isOpen() || isRunning())
        return;
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Pre-label with OCR"));
    auto* engine = new QComboBox(&dialog);
    engine->addItems(OcrEngine::engineNames());
    auto* language = new QComboBox(&dialog);
    language->setEditable(true);
    language->addItems({ QStringLiteral("eng+kor"), QStringLiteral("eng"), QStringLiteral("kor") });
    language->setCurrentText(settings().language);
    language->setObjectName(QStringLiteral("ocrLanguage"));
    // An editable combo completes inline: a typed "eng" became the first item it begins, "eng+kor". Three items
    // need no completion; what is typed is what is read.
    language->setCompleter(nullptr);
    language->setToolTip(tr("Tesseract languages joined by '+'"));
    auto* mode = new QComboBox(&dialog);
    for (const auto& [psm, text] :
        { std::pair { 3, tr("Automatic page layout (3)") }, std::pair { 4, tr("One column of text (4)") },
            std::pair { 6, tr("One block of text (6)") }, std::pair { 11, tr("Sparse text, no order (11)") } })
        mode->addItem(text, psm);
    mode->setCurrentIndex(std::max(0, mode->findData(settings().pageSegMode)));
    auto* all = new QRadioButton(tr("Every image of the project"), &dialog);
    auto* shown
        = new QRadioButton(tr("The %n image(s) the browser lists", nullptr, static_cast<int>(listed.size())), &dialog);
    auto* one = new QRadioButton(tr("This image only"), &dialog);
    shown->setChecked(true);
    one->setEnabled(current != 0);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("automatic: engine, language and time"));
    auto* promoteBox
        = new QCheckBox(tr("Then make the words my pre-labels, when their confidence is at least"), &dialog);
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
    if (promoteBox->isChecked())
        startRunAndPromote(options, threshold->value());
    else
        startRun(options);
}

bool OcrController::startRunAndPromote(AutolabelOptions options, double minConfidence, bool interactive)
{
    options.acceptThreshold = minConfidence; // the run counts the words the promotion will leave out
    // Both connections last for this run only: whichever of finished or failed comes first ends them.
    auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    const auto forget = [connections] {
        QObject::disconnect(connections->first);
        QObject::disconnect(connections->second);
    };
    // The promotion starts from the run's result, on the runner like the run; nothing modal is opened in between,
    // so its result box is the only window on top (a busy dialog stacked over it once froze the app).
    connections->first = connect(this, &OcrController::runFinished, this,
        [this, forget, minConfidence, interactive](const AutolabelSummary& summary, const QString&) {
            forget();
            if (!m_session->isOpen() || summary.imagesDone == 0)
                return;
            PromoteOptions p;
            p.run = summary.runName;
            p.annotator = m_session->me().name;
            p.minConfidence = minConfidence;
            promote(p, interactive);
        });
    connections->second = connect(this, &OcrController::runFailed, this, forget);
    if (startRun(options, interactive))
        return true;
    forget();
    return false;
}

bool OcrController::startRun(const AutolabelOptions& options, bool interactive)
{
    if (!m_session->isOpen() || isRunning())
        return false;
    JobSpec spec;
    spec.key = kRunJob;
    spec.keepsPartialResult = true; // a canceled run keeps (or offers to keep) the images it read
    spec.title = tr("Pre-labeling with %1:").arg(options.engine.isEmpty() ? QStringLiteral("OCR") : options.engine);
    m_session->jobs()->start(
        spec, [options](ProjectStore& store, Progress& progress) { return runAutolabel(store, options, &progress); },
        this, [this, interactive](Result<AutolabelSummary> summary) { runEnded(std::move(summary), interactive); });
    return true;
}

void OcrController::runEnded(Result<AutolabelSummary> outcome, bool interactive)
{
    if (!outcome) {
        emit runFailed(outcome.error().toString());
        if (interactive)
            inform(m_parent, QMessageBox::Warning, tr("Pre-labeling failed"), outcome.error().toString());
        return;
    }
    AutolabelSummary summary = std::move(outcome).value();
    ProjectStore* store = m_session->store();
    if (summary.canceled && summary.imagesDone > 0) {
        bool keep = m_keepCanceled.value_or(true);
        if (!m_keepCanceled && interactive)
            keep = QMessageBox::question(m_parent, tr("Pre-labeling canceled"),
                       tr("%1 of %2 images were read before the run was canceled. Keep their words as run \"%3\"?")
                           .arg(summary.imagesDone)
                           .arg(summary.imagesTotal)
                           .arg(summary.runName),
                       QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes;
        if (!keep && store) {
            auto removed = PredictionRepository(*store).removeRun(summary.run);
            if (!removed)
                emit runFailed(removed.error().toString());
            summary.imagesDone = 0;
        }
    } else if (summary.canceled && store) {
        (void)PredictionRepository(*store).removeRun(summary.run); // nothing was read: nothing to keep
    }
    QString message = summary.canceled ? tr("Pre-labeling canceled: %1 of %2 images kept in run %3.")
                                             .arg(summary.imagesDone)
                                             .arg(summary.imagesTotal)
                                             .arg(summary.runName)
                                       : tr("Run %1: %2 words on %3 images in %4 (%5 images/s).")
                                             .arg(summary.runName)
                                             .arg(summary.words)
                                             .arg(summary.imagesDone)
                                             .arg(duration(summary.seconds))
                                             .arg(summary.imagesPerSecond(), 0, 'f', 2);
    if (summary.belowThreshold > 0)
        message
            += tr(" %n word(s) below the confidence threshold %1.", nullptr, static_cast<int>(summary.belowThreshold))
                   .arg(summary.acceptThreshold);
    if (summary.imagesFailed > 0) {
        message += tr(" %n image(s) could not be read", nullptr, summary.imagesFailed);
        if (!summary.failures.empty())
            message += QStringLiteral(" (%1)").arg(summary.failures.front().toString());
        message += QLatin1Char('.');
    }
    m_session->notifyRunsChanged();
    emit runFinished(summary, message);
}

void OcrController::cancelRun()
{
    // The user's cancel: the run still reports back (what it kept), unlike a run replaced by a newer one.
    m_session->jobs()->cancel(m_session->jobs()->current(kRunJob));
}

bool OcrController::promote(const PromoteOptions& options, bool interactive)
{
    if (!m_session->isOpen() || isPromoting())
        return false;
    // A whole run can be hundreds of thousands of words: written by a worker with its own connection, in one
    // transaction (so there is nothing to cancel halfway), while the window stays responsive; editing waits.
    JobSpec spec;
    spec.key = kPromoteJob;
    spec.title = tr("Making the run's words pre-labels of %1").arg(options.annotator);
    spec.blocksEditing = true;
    spec.cancelable = false;
    m_session->jobs()->start(
        spec, [options](ProjectStore& store, Progress&) { return promotePredictions(store, options); }, this,
        [this, options, interactive](Result<PromoteSummary> summary) {
            if (!summary) {
                if (interactive)
                    inform(m_parent, QMessageBox::Warning, tr("Cannot promote the predictions"),
                        summary.error().toString());
                emit promotionFailed(summary.error().toString());
                return;
            }
            if (summary->promoted > 0)
                m_session->history()->push(new PromoteRun(m_session, options.annotator, *summary));
            m_session->notifyLabelsChanged(); // the canvas reloads my labels, the panels follow
            if (interactive)
                showPromotion(options, *summary);
            emit promoted(*summary);
        });
    return true;
}

void OcrController::showPromotion(const PromoteOptions& options, const PromoteSummary& summary)
{
    QString text = tr("%1 words became pre-labels of %2; %3 already had a label.")
                       .arg(summary.promoted)
                       .arg(options.annotator)
                       .arg(summary.skippedDuplicate);
    if (summary.skippedLowConfidence > 0)
        text += QLatin1Char(' ')
            + tr("%n word(s) below the threshold %1 were left out.", nullptr,
                static_cast<int>(summary.skippedLowConfidence))
                  .arg(options.minConfidence);
    text += QLatin1Char(' ') + tr("Edit ▸ Undo Project Step takes them back.");
    // Not modal and no nested event loop: the window stays usable under it, and OK or Return closes it at once.
    auto* box = new QMessageBox(QMessageBox::Information, tr("Promote Predictions"), text, QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("promotionResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    if (summary.skippedLowConfidence > 0 && options.minConfidence > 0) {
        // What the user expects of "show them": the words appear on the canvas as pre-labels like the others, as
        // one more step of the project's history (so one undo takes just them back); the ones kept stay.
        QPushButton* show = box->addButton(tr("Show them"), QMessageBox::ActionRole);
        show->setObjectName(QStringLiteral("showBelowThreshold"));
        connect(show, &QPushButton::clicked, this, [this, options] {
            PromoteOptions lower = options;
            lower.minConfidence = 0;
            promote(lower, true);
        });
    }
    box->setDefaultButton(QMessageBox::Ok);
    box->show();
}

void OcrController::promoteDialog()
{
    ProjectStore* store = m_session->store();
    if (!store)
        return;
    auto runs = store->runs();
    auto people = store->annotators();
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
        if (a.id == m_session->me().id)
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

bool OcrController::askReplace(int count)
{
    QMessageBox box(QMessageBox::Question, tr("Replace the text?"),
        tr("The engine read a different text for %n box(es) that already have a text, imported or typed by a "
           "person. Replace it with the engine's?",
            nullptr, count),
        QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("replaceText"));
    QPushButton* replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replace"));
    QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keep"));
    box.setDefaultButton(keep); // Return keeps what is there: nothing is lost by accident
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

void OcrController::rerecognize(bool allOnImage)
{
    LabelDocument* document = m_canvas->document();
    ProjectStore* store = m_session->store();
    if (!store || !document->image())
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
    const QString path = store->absoluteImagePath(document->imageRecord());
    OcrSettings ocr = settings();
    const QString key = ocr.language + QLatin1Char('/') + QString::number(ocr.regionSegMode);
    auto mutex = m_engineMutex;
    auto engine = m_engine;
    JobSpec spec;
    spec.title = tr("Reading %n box(es) again", nullptr, static_cast<int>(ids.size()));
    m_session->jobs()->start(
        spec,
        [path, polygons, ocr, key, mutex, engine](Progress&) -> Result<std::vector<OcrText>> {
            std::lock_guard<std::mutex> lock(*mutex);
            if (!*engine
                || (*engine)->settings().language + QLatin1Char('/')
                        + QString::number((*engine)->settings().regionSegMode)
                    != key) {
                auto made = OcrEngine::create(QStringLiteral("tesseract"), ocr);
                if (!made)
                    return std::move(made).error();
                *engine = std::move(made).value();
            }
            auto loaded = OcrImage::load(path);
            if (!loaded)
                return std::move(loaded).error();
            return (*engine)->readRegions(*loaded, polygons);
        },
        this,
        [this, ids, image](Result<std::vector<OcrText>> texts) {
            LabelDocument* document = m_canvas->document();
            ProjectStore* store = m_session->store();
            if (!texts || document->image() != image || !store) {
                emit recognitionFinished(
                    0, 0, 0, !texts ? texts.error().toString() : tr("The image changed before the text was read."));
                return;
            }
            auto provenance = EditProvenance(*store).inspect(ids);
            std::vector<std::pair<AnnotationId, QString>> write, persons;
            int unchanged = 0, kept = 0;
            for (size_t i = 0; i < ids.size() && i < texts->size(); ++i) {
                const Annotation* a = document->annotation(ids[i]);
                if (!a) // removed while the engine read
                    continue;
                PersonEdit who;
                who.exists = true;
                if (provenance)
                    who = (*provenance)[i];
                else
                    who.madeByPerson = true; // unknown: assume a person's, ask
                const QString text = (*texts)[i].text.trimmed();
                switch (rereadOutcome(a->region.text, text, who, m_policy)) {
                case RereadOutcome::Unchanged:
                    ++unchanged;
                    break;
                case RereadOutcome::Replace:
                    write.emplace_back(ids[i], text);
                    break;
                case RereadOutcome::Keep:
                    ++kept;
                    break;
                case RereadOutcome::Ask:
                    persons.emplace_back(ids[i], text);
                    break;
                }
            }
            if (!persons.empty() && askReplace(static_cast<int>(persons.size())))
                write.insert(write.end(), persons.begin(), persons.end());
            else
                kept += static_cast<int>(persons.size());
            if (!write.empty())
                m_canvas->undoStack()->push(new RecognizeText(document, write));
            emit recognitionFinished(static_cast<int>(write.size()), kept, unchanged,
                tr("Read %1 boxes again: %2 changed, %3 kept as a person typed them, %4 the same.")
                    .arg(ids.size())
                    .arg(write.size())
                    .arg(kept)
                    .arg(unchanged));
        });
}

} // namespace lector
