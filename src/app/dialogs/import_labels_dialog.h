// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include "shell/job_runner.h"

#include <lector/store/project_store.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace lector {

class ProgressStrip;
class ProjectSession;

/// What the dialog found in a label file or folder before importing it (read on a worker, nothing written).
struct LabelDetection {
    QString formatId;
    QString imagesDir; // what the labels' image paths resolve against (empty: the format's own default)
    QString imagesFolder; // where the first image they name is: what the dialog shows as the images folder
    int images = 0; // images the labels name
    int imagesFound = 0; // of those, present on disk
    std::int64_t regions = 0;
    bool looksLikePredictions = false; // every region has a confidence, or the format is a model's output only
};

/// The detection in a line or two, as the dialog shows it before importing.
QString labelDetectionText(const LabelDetection& detection);

/// File ▸ Import Labels / Predictions…: a label file or folder, the images folder its paths resolve against (found
/// by scanPaths beside the labels), the format (detected, or chosen), and where the regions go: an annotator's
/// labels (new or existing) or a new prediction run (the default when the labels look like a model's output), with
/// a batch name for new images. Shows what it found before importing; the import is one transaction on a worker of
/// the session's JobRunner (editing paused, Cancel rolls back), then says what was added and tells the session, so
/// that the browser and the canvas show the new labels at once.
class ImportLabelsDialog : public QDialog {
    Q_OBJECT
public:
    /// `jobs` runs the work (the session's runner in the window).
    ImportLabelsDialog(ProjectSession* session, JobRunner* jobs, QWidget* parent = nullptr);
    ~ImportLabelsDialog() override;

    /// The label file or folder; detection (format, images folder, target) starts on a worker.
    void setLabelPath(const QString& path);
    QString labelPath() const;
    /// The images folder, chosen: detection then keeps it.
    void setImagesDir(const QString& dir);
    QString imagesDir() const;
    /// A format id, or empty for "detect".
    bool setFormat(const QString& id);
    /// The format chosen, or else the one detected.
    QString formatId() const;
    void setTargetAnnotator(const QString& name);
    void setTargetRun(const QString& name, const QString& model = {});
    bool targetIsRun() const;
    QString targetName() const;
    /// Batch and split recorded on images new to the project.
    void setBatch(const QString& batch);
    void setSplit(const QString& split);
    /// The role of the target annotator when new.
    void setNewAnnotatorRole(Role role);
    /// COCO results name images by id: the ground-truth file whose image list maps them (ReadOptions::referenceFile).
    void setReferenceFile(const QString& file);
    QString referenceFile() const;

    bool isDetecting() const { return m_detectJob != 0; }
    const std::optional<LabelDetection>& detection() const { return m_detection; }
    /// What detection found (or why it failed), one or two lines.
    QString detectionText() const;

    /// Starts the import (the Import button); false, with the reason shown, when a field is missing.
    bool startImport();
    bool isImporting() const { return m_importJob != 0; }
    const std::optional<ImportSummary>& summary() const { return m_summary; }
    /// The outcome under the fields: the summary, or the error in one line.
    QString messageText() const;

    void accept() override;
    /// Cancels what runs (an import rolls back), then closes.
    void reject() override;

signals:
    void detectionFinished(bool ok);
    void importFinished(bool ok);

private:
    void detect();
    void detected(Result<LabelDetection> detection);
    void imported(Result<ImportSummary> summary, bool run);
    void updateTarget();
    void updateButtons();
    void showMessage(const QString& text);

    ProjectSession* m_session;
    JobRunner* m_jobs;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_imagesDir = nullptr;
    QComboBox* m_format = nullptr;
    QRadioButton* m_asAnnotator = nullptr;
    QRadioButton* m_asRun = nullptr;
    QComboBox* m_annotator = nullptr;
    QLineEdit* m_run = nullptr;
    QLineEdit* m_model = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_batch = nullptr;
    QLineEdit* m_split = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_found = nullptr;
    QPlainTextEdit* m_message = nullptr;
    ProgressStrip* m_progress = nullptr;
    QPushButton* m_import = nullptr;
    bool m_imagesChosen = false;
    bool m_typed = false; // a path was typed since it was last looked at
    bool m_targetChosen = false;
    JobRunner::JobId m_detectJob = 0;
    JobRunner::JobId m_importJob = 0;
    std::optional<LabelDetection> m_detection;
    std::optional<ImportSummary> m_summary;
};

} // namespace lector
