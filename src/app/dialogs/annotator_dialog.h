// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace lector {

/// "Who is labeling?": pick one of the project's annotators or create a new one with a role. Shown when a project
/// opens (preselecting the identity last used) and from File ▸ Switch Annotator.
class AnnotatorDialog : public QDialog {
    Q_OBJECT
public:
    AnnotatorDialog(const std::vector<Annotator>& annotators, const QString& preselect, QWidget* parent = nullptr);

    /// The chosen name (existing or new) and, for a new one, its role.
    QString name() const;
    Role role() const;
    bool isNew() const;

    void setNewName(const QString& name);
    bool selectExisting(const QString& name);

private:
    void updateState();

    std::vector<Annotator> m_annotators;
    QListWidget* m_list = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace lector
