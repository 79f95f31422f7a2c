// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QSettings;

namespace lector {

/// Redo's keys: the platform's (QKeySequence::Redo is Ctrl+Shift+Z on Linux, Ctrl+Y on Windows) and both of those,
/// since annotators bring either habit from other tools.
QList<QKeySequence> redoShortcuts();

/// One place for every action's shortcut. Actions are known by their objectName ("tool.rectangle"); the default
/// is the shortcuts an action had when registered; the user's bindings live in QSettings ("shortcuts/<name>") and
/// are applied on registration. A binding that another action already uses is refused, so no key ever does two
/// things (Qt would silently trigger neither: "Ambiguous shortcut overload").
class ShortcutRegistry : public QObject {
    Q_OBJECT
public:
    explicit ShortcutRegistry(QObject* parent = nullptr);

    /// Registers `action` under its objectName (which must be set and unique) in `category` (e.g. "Tools").
    void registerAction(QAction* action, const QString& category);
    void registerActions(const QList<QAction*>& actions, const QString& category);

    struct Entry {
        QString name;
        QString category;
        QString text; // the action's text without '&'
        QKeySequence shortcut; // the first of `shortcuts`
        QKeySequence defaultShortcut;
        QList<QKeySequence> shortcuts;
    };
    /// Every registered action, by category then text.
    QList<Entry> entries() const;
    QAction* action(const QString& name) const;

    /// Binds `name` to `shortcut` alone (empty clears it; its default brings back all its default keys). Returns
    /// false, with the other action's text in *conflict, when another action has that shortcut; nothing changes then.
    bool rebind(const QString& name, const QKeySequence& shortcut, QString* conflict = nullptr);
    void resetToDefault(const QString& name);
    /// The action, other than `except`, that uses `shortcut`; empty when none.
    QString actionUsing(const QKeySequence& shortcut, const QString& except = {}) const;

    /// Keymap presets by id: "lector" (the defaults) and "ppocrlabel" (PPOCRLabel's keys for annotators who come
    /// from it: W rectangle, Q quadrilateral, D/A next/previous image, Ctrl+R re-read, Ctrl+V mark done).
    static QStringList presets();
    static QString presetTitle(const QString& preset);
    /// Every action back to its defaults, then the preset's keys first on their actions (the defaults stay as
    /// further keys); an action that had one of those keys loses it. Returns each displaced binding as
    /// "Action (key)". Saved, like every binding.
    QStringList applyPreset(const QString& preset);
    /// The preset applied last ("lector" when none).
    QString preset() const;

signals:
    void shortcutChanged(const QString& name);

private:
    struct Item {
        QPointer<QAction> action;
        QString category;
        QList<QKeySequence> defaults;
    };
    /// Gives `name` exactly `keys` and saves them (a return to the defaults removes the saved binding).
    void setKeys(const QString& name, const QList<QKeySequence>& keys);
    QHash<QString, Item> m_items;
};

} // namespace lector
