// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/folder_scan.h>
#include <lector/store/project_store.h>

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace lector {

/// What a scanned folder holds, and how to import it: the images and folders counted, the label set to take with
/// them (or none), whose they are (an annotator or a model run, guessed from the labels), the batch, and for a new
/// project where its file goes. The files that were passed over are listed with why. Built from a finished scan;
/// the import itself runs in ImportController.
class FolderImportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { NewProject, IntoProject };

    /// `annotators` and `runs` are the open project's (empty for a new one), offered as names to import into.
    FolderImportDialog(
        FolderScan scan, Mode mode, const QStringList& annotators, const QStringList& runs, QWidget* parent = nullptr);

    const FolderScan& scan() const { return m_scan; }
    /// Hands the scan (with every label set it read) to the import, leaving the dialog's empty.
    FolderScan takeScan() { return std::move(m_scan); }
    Mode mode() const { return m_mode; }
    /// The label set chosen; nullptr: the images alone.
    const FoundLabels* chosenLabels() const;
    /// What the import writes to: images only, an annotator, or a run; with the batch, unreadable images skipped.
    ImportTarget target() const;
    /// The new project's file (Mode::NewProject).
    QString projectPath() const;

    // For tests and scripted use: the same as choosing in the dialog.
    /// -1: no labels; otherwise an index into scan().labels.
    void chooseLabels(int index);
    void setProjectPath(const QString& path);
    void setTargetName(const QString& name);
    void setAsRun(bool run);
    bool canImport() const;

private:
    void labelsChosen();
    void updateButtons();

    FolderScan m_scan;
    Mode m_mode;
    QStringList m_annotators;
    QStringList m_runs;
    QComboBox* m_labels = nullptr;
    QLabel* m_labelsInfo = nullptr;
    QRadioButton* m_asAnnotator = nullptr;
    QRadioButton* m_asRun = nullptr;
    QComboBox* m_name = nullptr;
    QLineEdit* m_batch = nullptr;
    QLineEdit* m_project = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lector
