// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/export_dialog.h"
#include "shell/display_names.h"

#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/analysis/consensus.h>
#include <lector/io/format_registry.h>
#include <lector/store/project_store.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace lector {

namespace {
const QString kJobKey = QStringLiteral("export");
constexpr int kKindRole = Qt::UserRole; // "annotator" or "run"
constexpr int kNameRole = Qt::UserRole + 1;
const QString kRun = QStringLiteral("run");
const QString kAnnotator = QStringLiteral("annotator");
}

QString exportOutcomeText(const ExportOutcome& o)
{
    const ExportReport& r = o.report;
    QStringList lines;
    lines << QObject::tr("Exported %1 regions on %2 images of %3 \"%4\" to %5 (%6).")
                 .arg(r.regions)
                 .arg(r.images)
                 .arg(o.predictions ? QObject::tr("model run") : QObject::tr("annotator"), o.source,
                     QDir::toNativeSeparators(o.outDir), r.formatId);
    if (o.imagesNotDone > 0)
        lines << QObject::tr("Left out %1 images with labels not marked done.").arg(o.imagesNotDone);
    const QStringList losses = r.lossLines();
    if (losses.isEmpty()) {
        lines << QObject::tr("Nothing lost: %1 carries everything exported.").arg(r.formatId);
    } else {
        lines << QObject::tr("What %1 cannot carry:").arg(r.formatId);
        for (const QString& l : losses)
            lines << QStringLiteral("  ") + l;
    }
    return lines.join(QLatin1Char('\n'));
}

ExportDialog::ExportDialog(ProjectSession* session, JobRunner* jobs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
{
    setWindowTitle(tr("Export Labels"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const Format* f : FormatRegistry::instance().formats()) {
        if (f->capabilities() & Format::Write)
            m_format->addItem(f->displayName(), f->id());
    }
    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("exportFolder"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outDir, 1);
    folderRow->addWidget(browse);
    m_folderNote = new QLabel(this);
    m_folderNote->setWordWrap(true);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("exportSource"));

    m_doneOnly = new QCheckBox(tr("Only images marked &done"), this);
    m_doneOnly->setToolTip(tr("Only the images the annotator marked done (PPOCRLabel: fileState.txt then lists "
                              "exactly those). Runs mark no image done."));
    m_crops = new QCheckBox(tr("&Recognition crops (rec_gt.txt and crop_img/)"), this);
    m_crops->setToolTip(tr("Each word cut out along its quadrilateral, to train a recognizer (PPOCRLabel only)."));
    m_withText = new QCheckBox(tr("Write the &text after the confidence"), this);
    m_withText->setToolTip(tr("ICDAR 2015 results of a run: the end-to-end task (4.4) reads the transcription; the "
                              "text localization script (4.1) refuses it."));
    m_copyImages = new QCheckBox(tr("&Copy the images next to the labels"), this);

    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("exportReport"));
    m_message->setReadOnly(true);
    m_message->setPlaceholderText(tr("What the export wrote and what the format cannot carry shows here."));
    m_progress = new ProgressStrip(jobs, { kJobKey }, this);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputDir())); });

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Labels of:"), m_source);
    auto* folderLabel = new QLabel(tr("&Output folder:"), this);
    folderLabel->setBuddy(m_outDir); // a row of a layout has no buddy of its own
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (QCheckBox* b : { m_doneOnly, m_crops, m_withText, m_copyImages })
        layout->addWidget(b);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(620, 480);

    fillSources();
    const QString lastFormat = QSettings().value(QStringLiteral("export/format")).toString();
    if (!lastFormat.isEmpty())
        setFormat(lastFormat);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateOptions();
        suggestOutputDir();
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    connect(m_outDir, &QLineEdit::textEdited, this, [this] { m_outDirEdited = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export To"), outputDir());
        if (!dir.isEmpty())
            setOutputDir(dir);
    });
    // A job that ends without a word (canceled by key, or when the project closes) is over all the same.
    connect(m_jobs, &JobRunner::finished, this, [this](JobRunner::JobId id) {
        if (id == m_job) {
            m_job = 0;
            m_export->setEnabled(true);
        }
    });
    updateOptions();
    suggestOutputDir();
}

ExportDialog::~ExportDialog()
{
    if (m_job)
        m_jobs->cancel(m_job);
}

void ExportDialog::fillSources()
{
    ProjectStore* store = m_session->store();
    if (!store)
        return;
    const QString consensus = ConsensusOptions {}.annotator;
    auto people = store->annotators();
    if (people) {
        for (const Annotator& a : *people) {
            const QString label = a.name == consensus ? tr("Consensus") : tr("%1 (%2)").arg(a.name, roleTitle(a.role));
            m_source->addItem(label);
            m_source->setItemData(m_source->count() - 1, kAnnotator, kKindRole);
            m_source->setItemData(m_source->count() - 1, a.name, kNameRole);
        }
    }
    for (const ModelRun& run : m_session->runs()) {
        m_source->addItem(
            run.model.isEmpty() ? tr("Model run %1").arg(run.name) : tr("Model run %1 (%2)").arg(run.name, run.model));
        m_source->setItemData(m_source->count() - 1, kRun, kKindRole);
        m_source->setItemData(m_source->count() - 1, run.name, kNameRole);
    }
    setAnnotator(m_session->me().name);
}

bool ExportDialog::setFormat(const QString& id)
{
    const int i = m_format->findData(id);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    return true;
}

QString ExportDialog::formatId() const { return m_format->currentData().toString(); }

void ExportDialog::setOutputDir(const QString& dir)
{
    m_outDir->setText(QDir::toNativeSeparators(dir));
    m_outDirEdited = true;
}

QString ExportDialog::outputDir() const { return QDir::fromNativeSeparators(m_outDir->text().trimmed()); }

bool ExportDialog::setAnnotator(const QString& name)
{
    for (int i = 0; i < m_source->count(); ++i) {
        if (m_source->itemData(i, kKindRole).toString() == kAnnotator
            && m_source->itemData(i, kNameRole).toString() == name) {
            m_source->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool ExportDialog::setRun(const QString& name)
{
    for (int i = 0; i < m_source->count(); ++i) {
        if (m_source->itemData(i, kKindRole).toString() == kRun
            && m_source->itemData(i, kNameRole).toString() == name) {
            m_source->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString ExportDialog::sourceName() const { return m_source->currentData(kNameRole).toString(); }

bool ExportDialog::sourceIsRun() const { return m_source->currentData(kKindRole).toString() == kRun; }

QCheckBox* ExportDialog::box(ExportOption option) const
{
    switch (option) {
    case ExportOption::DoneOnly:
        return m_doneOnly;
    case ExportOption::RecognitionCrops:
        return m_crops;
    case ExportOption::ResultTranscriptions:
        return m_withText;
    case ExportOption::CopyImages:
        break;
    }
    return m_copyImages;
}

void ExportDialog::setOption(ExportOption option, bool on) { box(option)->setChecked(on); }

bool ExportDialog::option(ExportOption option) const { return box(option)->isEnabled() && box(option)->isChecked(); }

bool ExportDialog::isOptionEnabled(ExportOption option) const { return box(option)->isEnabled(); }

QString ExportDialog::folderNote() const { return m_folderNote->text(); }

void ExportDialog::updateOptions()
{
    const Format* format = FormatRegistry::instance().format(formatId());
    if (!format)
        return;
    for (const ExportOption o : { ExportOption::DoneOnly, ExportOption::RecognitionCrops,
             ExportOption::ResultTranscriptions, ExportOption::CopyImages }) {
        const bool applies = exportOptionApplies(o, *format, sourceIsRun());
        box(o)->setEnabled(applies);
        box(o)->setToolTip(applies
                ? box(o)->toolTip().section(QLatin1Char('\n'), 0, 0)
                : box(o)->toolTip().section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n') + exportOptionRule(o));
    }
    // PPOCRLabel opens one folder with the images and its files beside them: the writer copies the images always.
    const bool ppocr = format->id() == QLatin1String("ppocrlabel");
    if (ppocr) {
        m_copyForced = m_copyForced || !m_copyImages->isChecked();
        m_copyImages->setChecked(true);
        m_copyImages->setEnabled(false);
    } else if (m_copyForced) {
        m_copyImages->setChecked(false); // back to what it was before PPOCRLabel
        m_copyForced = false;
    }
    m_folderNote->setText(ppocr ? tr("The folder becomes the image folder PPOCRLabel opens: the images are copied "
                                     "into it, with Label.txt and fileState.txt beside them.")
                                : QString());
    m_folderNote->setVisible(ppocr);
}

void ExportDialog::suggestOutputDir()
{
    if (m_outDirEdited || !m_session->store())
        return;
    m_outDir->setText(
        QDir::toNativeSeparators(QDir(m_session->store()->rootDir()).filePath(QStringLiteral("export/") + formatId())));
}

void ExportDialog::showMessage(const QString& text) { m_message->setPlainText(text); }

QString ExportDialog::messageText() const { return m_message->toPlainText(); }

bool ExportDialog::startExport()
{
    if (m_job)
        return false;
    const Format* format = FormatRegistry::instance().format(formatId());
    const QString outDir = outputDir();
    if (!format || !m_session->isOpen() || m_source->currentIndex() < 0) {
        showMessage(tr("Choose a format and whose labels to export."));
        return false;
    }
    if (outDir.isEmpty()) {
        showMessage(tr("Choose an output folder."));
        return false;
    }
    ExportSelector selector;
    (sourceIsRun() ? selector.run : selector.annotator) = sourceName();
    selector.doneOnly = option(ExportOption::DoneOnly);
    WriteOptions options;
    options.copyImages = option(ExportOption::CopyImages);
    options.recognitionCrops = option(ExportOption::RecognitionCrops);
    options.resultTranscriptions = option(ExportOption::ResultTranscriptions);
    // The boxes follow the same rule; checked again so that the dialog can never ask for what the CLI refuses.
    if (auto ok = checkExportOptions(*format, sourceIsRun(), selector.doneOnly, options); !ok) {
        showMessage(ok.error().message);
        return false;
    }
    QSettings().setValue(QStringLiteral("export/format"), format->id());
    m_outcome.reset();
    m_openFolder->setEnabled(false);
    m_export->setEnabled(false);
    showMessage(tr("Exporting…"));
    JobSpec spec;
    spec.key = kJobKey;
    spec.title = tr("Exporting %1 as %2…").arg(sourceName(), format->displayName());
    spec.keepsPartialResult = true; // files written stay written: the dialog says what happened
    const QString absolute = QFileInfo(outDir).absoluteFilePath();
    m_job = m_jobs->start(
        spec,
        [format, selector, options, absolute](ProjectStore& store, Progress& progress) -> Result<ExportOutcome> {
            progress.report(0, 2);
            auto set = store.exportSet(selector);
            if (!set)
                return std::move(set).error();
            if (progress.isCanceled())
                return LECTOR_ERROR(ErrorCode::Canceled, QObject::tr("Export canceled; nothing was written."));
            progress.report(1, 2);
            auto report = format->write(*set, absolute, options);
            if (!report)
                return std::move(report).error();
            progress.report(2, 2);
            ExportOutcome outcome;
            outcome.report = std::move(report).value();
            outcome.source = set->name;
            outcome.predictions = set->predictions;
            outcome.imagesNotDone = set->imagesNotDone;
            outcome.outDir = absolute;
            return outcome;
        },
        this, [this](Result<ExportOutcome> outcome) { finish(std::move(outcome)); });
    return true;
}

void ExportDialog::finish(Result<ExportOutcome> outcome)
{
    m_job = 0;
    m_export->setEnabled(true);
    if (!outcome) {
        showMessage(outcome.error().toString());
        emit exportFinished(false);
        return;
    }
    m_outcome = std::move(outcome).value();
    showMessage(exportOutcomeText(*m_outcome));
    m_openFolder->setEnabled(true);
    emit exportFinished(true);
}

void ExportDialog::accept() { startExport(); }

void ExportDialog::reject()
{
    if (m_job) {
        m_jobs->cancel(m_job);
        m_job = 0;
    }
    QDialog::reject();
}

} // namespace lector
