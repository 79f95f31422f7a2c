// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/import_labels_dialog.h"
#include "shell/display_names.h"

#include "shell/progress_strip.h"
#include "shell/project_session.h"

#include <lector/io/folder_scan.h>
#include <lector/io/format_registry.h>

#include <QComboBox>
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
#include <QRadioButton>
#include <QVBoxLayout>

#include <optional>

namespace lector {

namespace {
const QString kDetectKey = QStringLiteral("importLabels.detect");
const QString kImportKey = QStringLiteral("importLabels");
constexpr int kWarningsShown = 10;
constexpr int kFoldersClimbed = 2; // annotations/test beside imgs/test: the dataset's folder is two levels up

QString cleanAbsolute(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }

/// The images folder of the labels at `path` as a scan beside them finds it (the set with that path, or the folder
/// of label files that holds it): the labels' folder's parent first, then above it while it holds no image. None
/// when no scan finds them naming an image; empty when the format's own default resolves them.
std::optional<QString> imagesDirBeside(const QString& path, const QString& formatId, Progress* progress)
{
    const QString target = cleanAbsolute(path);
    QDir dir = QFileInfo(target).dir();
    for (int up = 0; up < kFoldersClimbed; ++up) {
        auto scan = scanPaths({ dir.absolutePath() }, {}, progress);
        if (!scan)
            return std::nullopt;
        const FoundLabels* best = nullptr;
        for (const FoundLabels& l : scan->labels) {
            if (l.formatId != formatId || l.imagesMatched == 0)
                continue;
            const QString found = QDir::cleanPath(l.path);
            if (found == target) {
                best = &l;
                break;
            }
            if (!best && target.startsWith(found + QLatin1Char('/')))
                best = &l;
        }
        if (best)
            return best->imagesDir;
        if (!scan->images.empty() || !dir.cdUp())
            break;
    }
    return std::nullopt;
}

Result<LabelDetection> detectLabels(const QString& path, const QString& chosenFormat, const QString& chosenImages,
    const QString& reference, Progress& progress)
{
    const FormatRegistry& registry = FormatRegistry::instance();
    if (!QFileInfo::exists(path))
        return LECTOR_ERROR(ErrorCode::NotFound, QObject::tr("label file or folder not found")).at(path);
    const Format* format = chosenFormat.isEmpty() ? registry.detect(path) : registry.format(chosenFormat);
    if (!format)
        return LECTOR_ERROR(ErrorCode::InvalidArgument, QObject::tr("cannot tell the format of the labels; choose one"))
            .at(path);
    QString imagesDir = chosenImages.isEmpty() ? QString() : cleanAbsolute(chosenImages);
    if (imagesDir.isEmpty()) {
        const std::optional<QString> beside = imagesDirBeside(path, format->id(), &progress);
        if (progress.isCanceled())
            return LECTOR_ERROR(ErrorCode::Canceled, QObject::tr("canceled"));
        // Else what lector-cli import resolves against without --images: the labels' own folder.
        imagesDir = beside ? *beside : QFileInfo(cleanAbsolute(path)).absolutePath();
    }
    ReadOptions options;
    options.imagesDir = imagesDir;
    options.referenceFile = reference;
    auto batch = format->read(cleanAbsolute(path), options);
    if (!batch)
        return std::move(batch).error();
    LabelDetection d;
    d.formatId = format->id();
    d.imagesDir = imagesDir;
    d.images = int(batch->images.size());
    d.regions = std::int64_t(batch->regionCount());
    d.imagesFolder = batch->images.empty() ? imagesDir : QFileInfo(batch->images.front().imagePath).absolutePath();
    bool allConfident = d.regions > 0;
    for (const ImportedImage& image : batch->images) {
        if (QFileInfo::exists(image.imagePath))
            ++d.imagesFound;
        for (const Region& r : image.regions)
            allConfident = allConfident && r.hasConfidence();
    }
    // The rule scanPaths marks a model's output by.
    d.looksLikePredictions = allConfident || d.formatId == QLatin1String("paddleocr");
    return d;
}
} // namespace

QString labelDetectionText(const LabelDetection& d)
{
    const Format* format = FormatRegistry::instance().format(d.formatId);
    QString text = QObject::tr("%1: %2 regions on %3 images, %4 of them found in %5.")
                       .arg(format ? format->displayName() : d.formatId)
                       .arg(d.regions)
                       .arg(d.images)
                       .arg(d.imagesFound)
                       .arg(QDir::toNativeSeparators(d.imagesFolder));
    if (d.imagesFound < d.images)
        text += QLatin1Char('\n')
            + QObject::tr("%1 images are missing: the import would fail. Choose the images folder.")
                  .arg(d.images - d.imagesFound);
    if (d.looksLikePredictions)
        text += QLatin1Char('\n')
            + QObject::tr("These look like a model's predictions (every region has a confidence).");
    return text;
}

ImportLabelsDialog::ImportLabelsDialog(ProjectSession* session, JobRunner* jobs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
{
    setWindowTitle(tr("Import Labels / Predictions"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importLabelPath"));
    auto* chooseFile = new QPushButton(tr("File…"), this);
    auto* chooseFolder = new QPushButton(tr("Folder…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);
    m_imagesDir = new QLineEdit(this);
    m_imagesDir->setObjectName(QStringLiteral("importImagesDir"));
    m_imagesDir->setPlaceholderText(tr("found beside the labels"));
    auto* chooseImages = new QPushButton(tr("Browse…"), this);
    auto* imagesRow = new QHBoxLayout;
    imagesRow->addWidget(m_imagesDir, 1);
    imagesRow->addWidget(chooseImages);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Detect"), QString());
    for (const Format* f : FormatRegistry::instance().formats()) {
        if (f->capabilities() & Format::Read)
            m_format->addItem(f->displayName(), f->id());
    }
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("importDetected"));
    m_found->setWordWrap(true);

    m_asAnnotator = new QRadioButton(tr("An &annotator's labels:"), this);
    m_asRun = new QRadioButton(tr("A model's &predictions, as the run:"), this);
    m_asAnnotator->setChecked(true);
    m_annotator = new QComboBox(this);
    m_annotator->setEditable(true);
    m_annotator->addItem(QStringLiteral("imported"));
    if (ProjectStore* store = session->store()) {
        if (auto people = store->annotators()) {
            for (const Annotator& a : *people) {
                if (a.name != QLatin1String("imported"))
                    m_annotator->addItem(a.name);
            }
        }
    }
    m_run = new QLineEdit(this);
    m_model = new QLineEdit(this);
    m_model->setPlaceholderText(tr("model name (optional)"));
    m_role = new QComboBox(this);
    m_role->setToolTip(tr("The role of an annotator new to the project."));
    for (Role r : { Role::Annotator, Role::Reviewer, Role::Lead })
        m_role->addItem(roleTitle(r), static_cast<int>(r));
    auto* annotatorRow = new QHBoxLayout;
    annotatorRow->addWidget(m_annotator, 1);
    annotatorRow->addWidget(m_role);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run, 1);
    runRow->addWidget(m_model, 1);
    m_batch = new QLineEdit(this);
    m_batch->setPlaceholderText(tr("import-<date>"));
    m_split = new QLineEdit(this);
    m_split->setPlaceholderText(tr("split (train, val, test)"));
    auto* batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batch, 1);
    batchRow->addWidget(m_split, 1);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("COCO results only: the ground-truth file whose images they name by id"));
    auto* chooseReference = new QPushButton(tr("Browse…"), this);
    auto* referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference, 1);
    referenceRow->addWidget(chooseReference);

    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setReadOnly(true);
    m_message->setMaximumBlockCount(200);
    m_progress = new ProgressStrip(jobs, { kDetectKey, kImportKey }, this);
    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportLabelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportLabelsDialog::reject);

    auto* form = new QFormLayout;
    // Rows of a layout have no buddy of their own: the labels name their line edits.
    auto* pathLabel = new QLabel(tr("&Labels:"), this);
    pathLabel->setBuddy(m_path);
    auto* imagesLabel = new QLabel(tr("I&mages folder:"), this);
    imagesLabel->setBuddy(m_imagesDir);
    form->addRow(pathLabel, pathRow);
    form->addRow(imagesLabel, imagesRow);
    auto* referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    auto* batchLabel = new QLabel(tr("&Batch of new images:"), this);
    batchLabel->setBuddy(m_batch);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(referenceLabel, referenceRow);
    form->addRow(QString(), m_found);
    form->addRow(m_asAnnotator, annotatorRow);
    form->addRow(m_asRun, runRow);
    form->addRow(batchLabel, batchRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(640, 460);

    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Label File"), labelPath());
        if (!file.isEmpty())
            setLabelPath(file);
    });
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of Label Files"), labelPath());
        if (!dir.isEmpty())
            setLabelPath(dir);
    });
    connect(chooseReference, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("COCO Ground Truth"), m_reference->text(), tr("COCO JSON (*.json);;All files (*)"));
        if (!file.isEmpty())
            setReferenceFile(file);
    });
    connect(chooseImages, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Images Folder"), imagesDir());
        if (!dir.isEmpty())
            setImagesDir(dir);
    });
    // Typed paths are looked at when the field is left, once per change.
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    connect(m_imagesDir, &QLineEdit::textEdited, this, [this] {
        m_imagesChosen = !m_imagesDir->text().trimmed().isEmpty();
        m_typed = true;
    });
    connect(m_reference, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    for (QLineEdit* field : { m_path, m_imagesDir, m_reference }) {
        connect(field, &QLineEdit::editingFinished, this, [this] {
            if (m_typed)
                detect();
            m_typed = false;
        });
    }
    connect(m_format, &QComboBox::activated, this, [this] { detect(); });
    for (QRadioButton* b : { m_asAnnotator, m_asRun })
        connect(b, &QRadioButton::clicked, this, [this] {
            m_targetChosen = true;
            updateTarget();
        });
    // A job that ends without a word (canceled by key, or when the project closes) is over all the same.
    connect(m_jobs, &JobRunner::finished, this, [this](JobRunner::JobId id) {
        if (id == m_detectJob)
            m_detectJob = 0;
        if (id == m_importJob)
            m_importJob = 0;
        updateButtons();
    });
    updateTarget();
    updateButtons();
}

ImportLabelsDialog::~ImportLabelsDialog()
{
    if (m_detectJob)
        m_jobs->cancel(m_detectJob);
    if (m_importJob)
        m_jobs->cancel(m_importJob);
}

void ImportLabelsDialog::setLabelPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    if (m_run->text().isEmpty() || !m_targetChosen)
        m_run->setText(QFileInfo(cleanAbsolute(path)).completeBaseName());
    detect();
}

QString ImportLabelsDialog::labelPath() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

void ImportLabelsDialog::setImagesDir(const QString& dir)
{
    m_imagesDir->setText(QDir::toNativeSeparators(dir));
    m_imagesChosen = !dir.isEmpty();
    detect();
}

QString ImportLabelsDialog::imagesDir() const { return QDir::fromNativeSeparators(m_imagesDir->text().trimmed()); }

bool ImportLabelsDialog::setFormat(const QString& id)
{
    const int i = m_format->findData(id);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    detect();
    return true;
}

QString ImportLabelsDialog::formatId() const
{
    const QString chosen = m_format->currentData().toString();
    return chosen.isEmpty() && m_detection ? m_detection->formatId : chosen;
}

void ImportLabelsDialog::setTargetAnnotator(const QString& name)
{
    m_targetChosen = true;
    m_asAnnotator->setChecked(true);
    m_annotator->setCurrentText(name);
    updateTarget();
}

void ImportLabelsDialog::setTargetRun(const QString& name, const QString& model)
{
    m_targetChosen = true;
    m_asRun->setChecked(true);
    m_run->setText(name);
    m_model->setText(model);
    updateTarget();
}

bool ImportLabelsDialog::targetIsRun() const { return m_asRun->isChecked(); }

QString ImportLabelsDialog::targetName() const
{
    return (targetIsRun() ? m_run->text() : m_annotator->currentText()).trimmed();
}

void ImportLabelsDialog::setBatch(const QString& batch) { m_batch->setText(batch); }

void ImportLabelsDialog::setSplit(const QString& split) { m_split->setText(split); }

void ImportLabelsDialog::setNewAnnotatorRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

void ImportLabelsDialog::setReferenceFile(const QString& file)
{
    m_reference->setText(QDir::toNativeSeparators(file));
    detect();
}

QString ImportLabelsDialog::referenceFile() const
{
    const QString file = QDir::fromNativeSeparators(m_reference->text().trimmed());
    return file.isEmpty() ? QString() : cleanAbsolute(file);
}

QString ImportLabelsDialog::detectionText() const { return m_found->text(); }

QString ImportLabelsDialog::messageText() const { return m_message->toPlainText(); }

void ImportLabelsDialog::showMessage(const QString& text) { m_message->setPlainText(text); }

void ImportLabelsDialog::updateTarget()
{
    m_annotator->setEnabled(m_asAnnotator->isChecked());
    m_role->setEnabled(m_asAnnotator->isChecked());
    m_run->setEnabled(m_asRun->isChecked());
    m_model->setEnabled(m_asRun->isChecked());
}

void ImportLabelsDialog::updateButtons()
{
    m_import->setEnabled(!isImporting() && !labelPath().isEmpty() && !formatId().isEmpty());
}

void ImportLabelsDialog::detect()
{
    const QString path = labelPath();
    m_detection.reset();
    if (path.isEmpty()) {
        m_found->clear();
        updateButtons();
        return;
    }
    m_found->setText(tr("Reading the labels…"));
    JobSpec spec;
    spec.key = kDetectKey; // a newer detection replaces one under way
    spec.title = tr("Looking at the labels…");
    const QString format = m_format->currentData().toString();
    const QString images = m_imagesChosen ? imagesDir() : QString();
    const QString reference = referenceFile();
    m_detectJob = m_jobs->start(
        spec,
        [path, format, images, reference](
            Progress& progress) { return detectLabels(path, format, images, reference, progress); },
        this, [this](Result<LabelDetection> d) { detected(std::move(d)); });
    updateButtons();
}

void ImportLabelsDialog::detected(Result<LabelDetection> detection)
{
    m_detectJob = 0;
    if (!detection) {
        m_found->setText(detection.error().toString());
        updateButtons();
        emit detectionFinished(false);
        return;
    }
    m_detection = std::move(detection).value();
    if (!m_imagesChosen)
        m_imagesDir->setText(QDir::toNativeSeparators(m_detection->imagesFolder));
    if (!m_targetChosen) {
        m_asRun->setChecked(m_detection->looksLikePredictions);
        m_asAnnotator->setChecked(!m_detection->looksLikePredictions);
        updateTarget();
    }
    m_found->setText(labelDetectionText(*m_detection));
    updateButtons();
    emit detectionFinished(true);
}

bool ImportLabelsDialog::startImport()
{
    if (isImporting() || !m_session->isOpen())
        return false;
    const QString path = labelPath();
    const Format* format = FormatRegistry::instance().format(formatId());
    if (path.isEmpty() || !format) {
        showMessage(tr("Choose a label file or folder and its format."));
        return false;
    }
    if (targetName().isEmpty()) {
        showMessage(targetIsRun() ? tr("Name the run.") : tr("Name the annotator."));
        return false;
    }
    ImportTarget target = targetIsRun()
        ? ImportTarget::forRun(targetName(), m_model->text().trimmed())
        : ImportTarget::forAnnotator(targetName(), static_cast<Role>(m_role->currentData().toInt()));
    target.batch = m_batch->text().trimmed();
    target.split = m_split->text().trimmed();
    ReadOptions options;
    options.referenceFile = referenceFile();
    // What detection found (or what was chosen); else as lector-cli import: the labels' own folder.
    options.imagesDir = m_imagesChosen ? QFileInfo(imagesDir()).absoluteFilePath()
        : m_detection                  ? m_detection->imagesDir
                                       : QFileInfo(cleanAbsolute(path)).absolutePath();
    const QString absolute = cleanAbsolute(path);
    const bool run = targetIsRun();
    showMessage(tr("Importing…"));
    JobSpec spec;
    spec.key = kImportKey;
    spec.title = tr("Importing %1…").arg(QFileInfo(absolute).fileName());
    spec.blocksEditing = true; // one transaction that may write into the annotator being edited
    // Cancel rolls the transaction back, unless it came too late: the callback is told which happened.
    spec.keepsPartialResult = true;
    m_summary.reset();
    m_importJob = m_jobs->start(
        spec,
        [format, absolute, options, target](ProjectStore& store, Progress& progress) -> Result<ImportSummary> {
            auto batch = format->read(absolute, options);
            if (!batch)
                return std::move(batch).error();
            return store.importBatch(*batch, target, &progress);
        },
        this, [this, run](Result<ImportSummary> summary) { imported(std::move(summary), run); });
    updateButtons();
    return true;
}

void ImportLabelsDialog::imported(Result<ImportSummary> summary, bool run)
{
    m_importJob = 0;
    updateButtons();
    if (!summary) {
        showMessage(summary.error().toString());
        emit importFinished(false);
        return;
    }
    m_summary = std::move(summary).value();
    const ImportSummary& s = *m_summary;
    QStringList lines;
    lines << tr("Imported %1 regions on %2 images (%3 new, %4 already in the project%5) as %6 \"%7\".")
                 .arg(s.regions)
                 .arg(s.imagesAdded + s.imagesExisting)
                 .arg(s.imagesAdded)
                 .arg(s.imagesExisting)
                 .arg(s.imagesSkipped ? tr(", %1 skipped").arg(s.imagesSkipped) : QString())
                 .arg(run ? tr("model run") : tr("annotator"), targetName());
    for (int i = 0; i < int(s.warnings.size()) && i < kWarningsShown; ++i)
        lines << tr("warning: %1").arg(s.warnings[std::size_t(i)].toString());
    if (int(s.warnings.size()) > kWarningsShown)
        lines << tr("and %1 more warnings").arg(int(s.warnings.size()) - kWarningsShown);
    showMessage(lines.join(QLatin1Char('\n')));
    // Everything that shows labels or runs follows: the browser re-counts, the canvas reloads its image.
    if (run)
        m_session->notifyRunsChanged();
    m_session->notifyLabelsChanged();
    emit importFinished(true);
}

void ImportLabelsDialog::accept() { startImport(); }

void ImportLabelsDialog::reject()
{
    for (JobRunner::JobId* job : { &m_detectJob, &m_importJob }) {
        if (*job)
            m_jobs->cancel(*job);
        *job = 0;
    }
    QDialog::reject();
}

} // namespace lector
