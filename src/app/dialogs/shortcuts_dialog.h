// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QDialog>

class QKeySequenceEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace lector {

class ShortcutRegistry;

/// Help ▸ Shortcuts: every action with its shortcut, searchable; select one, press the new keys, Assign. A key that
/// another action uses is refused with that action's name. A keymap preset (Lector's own, PPOCRLabel's) sets many at
/// once.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(ShortcutRegistry* registry, QWidget* parent = nullptr);

    /// For tests and scripting: selects the action's row; false when it is not listed.
    bool selectAction(const QString& name);
    /// Assigns the sequence in the editor to the selected action; false (and a message) on a conflict.
    bool assignEdited();
    QKeySequenceEdit* keyEdit() const { return m_keyEdit; }
    /// The keymap preset picker (ids in its item data, see ShortcutRegistry::presets).
    QComboBox* presetPicker() const { return m_preset; }
    QString message() const;
    int rowCount() const;

private:
    void reload();
    QString selectedName() const;

    ShortcutRegistry* m_registry;
    void applyPreset(int index);

    QComboBox* m_preset = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QKeySequenceEdit* m_keyEdit = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lector
