// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QSettings;

namespace lector {

/// One place for every action's shortcut. Actions are known by their objectName ("tool.rectangle"); the default
/// is the shortcut an action had when registered; the user's bindings live in QSettings ("shortcuts/<name>") and
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
        QKeySequence shortcut;
        QKeySequence defaultShortcut;
    };
    /// Every registered action, by category then text.
    QList<Entry> entries() const;
    QAction* action(const QString& name) const;

    /// Binds `name` to `shortcut` (empty clears it). Returns false, with the other action's text in *conflict, when
    /// another action has that shortcut; nothing changes then.
    bool rebind(const QString& name, const QKeySequence& shortcut, QString* conflict = nullptr);
    void resetToDefault(const QString& name);
    /// The action, other than `except`, that uses `shortcut`; empty when none.
    QString actionUsing(const QKeySequence& shortcut, const QString& except = {}) const;

signals:
    void shortcutChanged(const QString& name);

private:
    struct Item {
        QPointer<QAction> action;
        QString category;
        QKeySequence defaultShortcut;
    };
    QHash<QString, Item> m_items;
};

} // namespace lector
