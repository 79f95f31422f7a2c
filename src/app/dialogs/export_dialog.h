// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "shell/job_runner.h"

#include <lector/io/export_options.h>
#include <lector/io/export_report.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lector {

class ProgressStrip;
class ProjectSession;

/// What one export wrote, with the set it came from: what the dialog reports.
struct ExportOutcome {
    ExportReport report;
    QString source; // the annotator's or run's name
    bool predictions = false;
    std::int64_t imagesNotDone = 0;
    QString outDir;
};

/// The report as the dialog shows it: images and regions written, images left out as not done, then one line per
/// kind of loss in the order of ExportLoss, or that nothing was lost (as lector-cli export prints it).
QString exportOutcomeText(const ExportOutcome& outcome);

/// File ▸ Export…: a format that writes, an output folder, whose labels (an annotator's, the consensus, or a model
/// run's predictions) and the options that apply to that format and source (exportOptionApplies, the rule lector-cli
/// export refuses by). Export runs on a worker of the session's JobRunner with progress and Cancel in the dialog;
/// the dialog then shows what was written and what the format could not carry, with Open Folder.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `jobs` runs the work (the session's runner in the window).
    ExportDialog(ProjectSession* session, JobRunner* jobs, QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool setFormat(const QString& id);
    QString formatId() const;
    void setOutputDir(const QString& dir);
    QString outputDir() const;
    /// The source: an annotator (the consensus is the annotator it is written as) or a model run. False when the
    /// project has none of that name.
    bool setAnnotator(const QString& name);
    bool setRun(const QString& name);
    QString sourceName() const;
    bool sourceIsRun() const;
    /// An option's box; a box that does not apply is disabled and counts as off.
    void setOption(ExportOption option, bool on);
    bool option(ExportOption option) const;
    bool isOptionEnabled(ExportOption option) const;
    /// The note under the folder (for PPOCRLabel: the folder becomes the image folder).
    QString folderNote() const;

    /// Starts the export (the Export button); false, with the reason shown, when a field is missing or wrong.
    bool startExport();
    bool isRunning() const { return m_job != 0; }
    /// The outcome of the last export; nullopt before one or after a failure.
    const std::optional<ExportOutcome>& outcome() const { return m_outcome; }
    /// What the dialog says under the fields: the report, or the error in one line.
    QString messageText() const;

    /// Export starts the export rather than closing.
    void accept() override;
    /// Cancels an export under way, then closes.
    void reject() override;

signals:
    void exportFinished(bool ok);

private:
    void fillSources();
    void updateOptions();
    void suggestOutputDir();
    void finish(Result<ExportOutcome> outcome);
    void showMessage(const QString& text);
    QCheckBox* box(ExportOption option) const;

    ProjectSession* m_session;
    JobRunner* m_jobs;
    QComboBox* m_format = nullptr;
    QLineEdit* m_outDir = nullptr;
    QLabel* m_folderNote = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_doneOnly = nullptr;
    QCheckBox* m_crops = nullptr;
    QCheckBox* m_withText = nullptr;
    QCheckBox* m_copyImages = nullptr;
    QPlainTextEdit* m_message = nullptr;
    ProgressStrip* m_progress = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_openFolder = nullptr;
    bool m_outDirEdited = false;
    bool m_copyForced = false; // Copy images checked because PPOCRLabel copies them regardless
    JobRunner::JobId m_job = 0;
    std::optional<ExportOutcome> m_outcome;
};

} // namespace lector
