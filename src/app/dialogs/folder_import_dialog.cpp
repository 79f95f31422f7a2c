// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "folder_import_dialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lector {

namespace {
QString labelSetText(const FoundLabels& l, const QStringList& roots)
{
    // Where it is, said from the scanned folder ("annotations/test"), which is what the user knows.
    QString where = QDir::toNativeSeparators(l.path);
    for (const QString& root : roots) {
        const QString relative = QDir(root).relativeFilePath(l.path);
        if (!relative.startsWith(QStringLiteral("..")))
            where = QDir::toNativeSeparators(relative == QStringLiteral(".") ? QFileInfo(root).fileName() : relative);
    }
    return FolderImportDialog::tr("%1 in %2: %Ln regions on %3 images", nullptr, int(l.regions))
        .arg(l.formatName, where)
        .arg(l.imagesMatched);
}
}

FolderImportDialog::FolderImportDialog(
    FolderScan scan, Mode mode, const QStringList& annotators, const QStringList& runs, QWidget* parent)
    : QDialog(parent)
    , m_scan(std::move(scan))
    , m_mode(mode)
    , m_annotators(annotators)
    , m_runs(runs)
{
    setObjectName(QStringLiteral("folderImportDialog"));
    setMinimumWidth(560);
    setWindowTitle(mode == Mode::NewProject ? tr("New Project from Folder") : tr("Import Images"));
    auto* layout = new QVBoxLayout(this);

    // What was found, in one sentence a user can check against what they expected.
    const QString where = m_scan.roots.size() == 1 ? QDir::toNativeSeparators(m_scan.roots.front())
                                                   : tr("%n dropped items", nullptr, int(m_scan.roots.size()));
    auto* found = new QLabel(tr("<b>%1</b><br>%Ln images in %2 folders (%3)", nullptr, int(m_scan.images.size()))
                                 .arg(where.toHtmlEscaped())
                                 .arg(m_scan.folders)
                                 .arg(QLocale().formattedDataSize(m_scan.imageBytes)),
        this);
    found->setObjectName(QStringLiteral("foundSummary"));
    found->setWordWrap(true);
    layout->addWidget(found);

    auto* form = new QFormLayout;
    m_labels = new QComboBox(this);
    m_labels->setObjectName(QStringLiteral("labelSets"));
    m_labels->addItem(tr("None: the images alone"), -1);
    for (std::size_t i = 0; i < m_scan.labels.size(); ++i) {
        m_labels->addItem(labelSetText(m_scan.labels[i], m_scan.roots), int(i));
        m_labels->setItemData(m_labels->count() - 1, QDir::toNativeSeparators(m_scan.labels[i].path), Qt::ToolTipRole);
    }
    m_labels->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_labels->setMinimumContentsLength(30);
    form->addRow(tr("&Labels:"), m_labels);
    m_labelsInfo = new QLabel(this);
    m_labelsInfo->setObjectName(QStringLiteral("labelsInfo"));
    m_labelsInfo->setWordWrap(true);
    form->addRow(QString(), m_labelsInfo);

    auto* whose = new QHBoxLayout;
    m_asAnnotator = new QRadioButton(tr("an &annotator's labels"), this);
    m_asAnnotator->setObjectName(QStringLiteral("asAnnotator"));
    m_asRun = new QRadioButton(tr("a model &run's predictions"), this);
    m_asRun->setObjectName(QStringLiteral("asRun"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_asAnnotator);
    group->addButton(m_asRun);
    m_asAnnotator->setChecked(true);
    whose->addWidget(m_asAnnotator);
    whose->addWidget(m_asRun);
    whose->addStretch();
    form->addRow(tr("Import as:"), whose);
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("targetName"));
    m_name->setEditable(true);
    form->addRow(tr("&Name:"), m_name);

    m_batch = new QLineEdit(this);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_batch->setPlaceholderText(tr("import-<date>"));
    if (m_scan.roots.size() == 1)
        m_batch->setText(QFileInfo(m_scan.roots.front()).fileName());
    form->addRow(tr("&Batch:"), m_batch);

    if (mode == Mode::NewProject) {
        auto* row = new QHBoxLayout;
        m_project = new QLineEdit(this);
        m_project->setObjectName(QStringLiteral("projectPath"));
        if (!m_scan.roots.isEmpty()) {
            const QFileInfo root(m_scan.roots.front());
            const QString dir = root.isDir() ? root.absoluteFilePath() : root.absolutePath();
            m_project->setText(
                QDir::toNativeSeparators(QDir(dir).filePath(QFileInfo(dir).fileName() + QStringLiteral(".lector"))));
        }
        auto* browse = new QToolButton(this);
        browse->setText(tr("…"));
        browse->setToolTip(tr("Choose where the project file goes"));
        connect(browse, &QToolButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Project File"), m_project->text(), tr("Lector projects (*.lector)"));
            if (!path.isEmpty())
                m_project->setText(QDir::toNativeSeparators(path));
        });
        row->addWidget(m_project, 1);
        row->addWidget(browse);
        auto* label = new QLabel(tr("&Project file:"), this);
        label->setBuddy(m_project);
        form->addRow(label, row);
        connect(m_project, &QLineEdit::textChanged, this, &FolderImportDialog::updateButtons);
    }
    layout->addLayout(form);

    // What was passed over: a broken scan, an unreadable folder, a label file that looks like a format but is not.
    if (!m_scan.problems.empty()) {
        auto* heading = new QLabel(tr("%n files or folders passed over:", nullptr, int(m_scan.problems.size())), this);
        layout->addWidget(heading);
        auto* problems = new QListWidget(this);
        problems->setObjectName(QStringLiteral("problems"));
        for (const Issue& p : m_scan.problems)
            problems->addItem(p.toString());
        problems->setMaximumHeight(120);
        layout->addWidget(problems);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::NewProject ? tr("Create and Import") : tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_labels, qOverload<int>(&QComboBox::currentIndexChanged), this, &FolderImportDialog::labelsChosen);
    connect(m_asAnnotator, &QRadioButton::toggled, this, [this](bool annotator) {
        // The names offered follow the choice: the project's annotators or its runs.
        const QString typed = m_name->currentText();
        m_name->clear();
        m_name->addItems(annotator ? m_annotators : m_runs);
        m_name->setEditText(typed);
        updateButtons();
    });
    connect(m_name, &QComboBox::editTextChanged, this, &FolderImportDialog::updateButtons);
    // The best label set first (the most images named), as the CLI's import --folder takes it.
    m_labels->setCurrentIndex(m_scan.labels.empty() ? 0 : 1);
    labelsChosen();
}

const FoundLabels* FolderImportDialog::chosenLabels() const
{
    const int index = m_labels->currentData().toInt();
    return index >= 0 && std::size_t(index) < m_scan.labels.size() ? &m_scan.labels[std::size_t(index)] : nullptr;
}

ImportTarget FolderImportDialog::target() const
{
    ImportTarget t = ImportTarget::imagesOnly();
    if (chosenLabels()) {
        const QString name = m_name->currentText().trimmed();
        t = m_asRun->isChecked() ? ImportTarget::forRun(name) : ImportTarget::forAnnotator(name);
    }
    t.batch = m_batch->text().trimmed();
    t.skipUnreadableImages = true; // a folder's stray broken scan is listed, not a reason to import nothing
    return t;
}

QString FolderImportDialog::projectPath() const
{
    return m_project ? QDir::fromNativeSeparators(m_project->text().trimmed()) : QString();
}

void FolderImportDialog::chooseLabels(int index) { m_labels->setCurrentIndex(index + 1); }

void FolderImportDialog::setProjectPath(const QString& path)
{
    if (m_project)
        m_project->setText(path);
}

void FolderImportDialog::setTargetName(const QString& name) { m_name->setEditText(name); }

void FolderImportDialog::setAsRun(bool run) { (run ? m_asRun : m_asAnnotator)->setChecked(true); }

bool FolderImportDialog::canImport() const { return m_buttons->button(QDialogButtonBox::Ok)->isEnabled(); }

void FolderImportDialog::labelsChosen()
{
    const FoundLabels* labels = chosenLabels();
    m_asAnnotator->setEnabled(labels);
    m_asRun->setEnabled(labels);
    m_name->setEnabled(labels);
    if (!labels) {
        m_labelsInfo->setText(tr("The images are added without labels; nobody's labels are made."));
    } else {
        // A model's output goes in as a run (scored by the Predictions panel), people's labels as an annotator.
        setAsRun(labels->looksLikePredictions);
        const QString base = QFileInfo(labels->path).completeBaseName();
        m_name->setEditText(labels->looksLikePredictions ? base : QStringLiteral("imported"));
        const int unlabeled = int(m_scan.images.size()) - labels->imagesMatched;
        m_labelsInfo->setText(
            (labels->looksLikePredictions ? tr("Every region has a confidence: these look like a model's predictions.")
                                          : tr("These look like people's labels."))
            + QLatin1Char(' ')
            + (unlabeled > 0
                    ? tr("%n images found have no labels in this set and are added without.", nullptr, unlabeled)
                    : QString()));
    }
    updateButtons();
}

void FolderImportDialog::updateButtons()
{
    bool ok = !m_scan.images.empty() || chosenLabels();
    if (chosenLabels() && m_name->currentText().trimmed().isEmpty())
        ok = false;
    if (m_mode == Mode::NewProject && projectPath().isEmpty())
        ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace lector
