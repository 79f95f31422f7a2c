// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/shortcut_registry.h"

#include <QAction>
#include <QSettings>

#include <algorithm>

namespace lector {

namespace {
QString settingsKey(const QString& name) { return QStringLiteral("shortcuts/") + name; }
}

ShortcutRegistry::ShortcutRegistry(QObject* parent)
    : QObject(parent)
{
}

void ShortcutRegistry::registerAction(QAction* action, const QString& category)
{
    const QString name = action->objectName();
    Q_ASSERT_X(!name.isEmpty(), "ShortcutRegistry", "actions need an objectName");
    Item item { action, category, action->shortcut() };
    m_items.insert(name, item);
    QSettings settings;
    if (settings.contains(settingsKey(name))) {
        const QKeySequence user(settings.value(settingsKey(name)).toString(), QKeySequence::PortableText);
        // A saved binding that now collides (a newer default took the key) is dropped rather than made ambiguous.
        if (user.isEmpty() || actionUsing(user, name).isEmpty())
            action->setShortcut(user);
    }
}

void ShortcutRegistry::registerActions(const QList<QAction*>& actions, const QString& category)
{
    for (QAction* a : actions) {
        if (a && !a->isSeparator())
            registerAction(a, category);
    }
}

QList<ShortcutRegistry::Entry> ShortcutRegistry::entries() const
{
    QList<Entry> out;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (!it->action)
            continue;
        out.push_back({ it.key(), it->category, it->action->text().remove(QLatin1Char('&')), it->action->shortcut(),
            it->defaultShortcut });
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return a.category != b.category ? a.category < b.category : a.text < b.text;
    });
    return out;
}

QAction* ShortcutRegistry::action(const QString& name) const
{
    auto it = m_items.find(name);
    return it == m_items.end() ? nullptr : it->action.data();
}

QString ShortcutRegistry::actionUsing(const QKeySequence& shortcut, const QString& except) const
{
    if (shortcut.isEmpty())
        return {};
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it.key() != except && it->action && it->action->shortcut() == shortcut)
            return it.key();
    }
    return {};
}

bool ShortcutRegistry::rebind(const QString& name, const QKeySequence& shortcut, QString* conflict)
{
    QAction* a = action(name);
    if (!a)
        return false;
    const QString other = actionUsing(shortcut, name);
    if (!other.isEmpty()) {
        if (conflict)
            *conflict = action(other)->text().remove(QLatin1Char('&'));
        return false;
    }
    a->setShortcut(shortcut);
    QSettings settings;
    if (shortcut == m_items[name].defaultShortcut)
        settings.remove(settingsKey(name));
    else
        settings.setValue(settingsKey(name), shortcut.toString(QKeySequence::PortableText));
    emit shortcutChanged(name);
    return true;
}

void ShortcutRegistry::resetToDefault(const QString& name)
{
    auto it = m_items.find(name);
    if (it == m_items.end())
        return;
    QString conflict;
    if (!rebind(name, it->defaultShortcut, &conflict)) {
        // Its default is taken by another binding the user made: leave it unbound rather than ambiguous.
        rebind(name, QKeySequence(), nullptr);
    }
}

} // namespace lector
