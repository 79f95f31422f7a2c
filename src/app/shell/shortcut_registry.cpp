// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "shell/shortcut_registry.h"

#include <QAction>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace lector {

namespace {
QString settingsKey(const QString& name) { return QStringLiteral("shortcuts/") + name; }
QString presetKey() { return QStringLiteral("keymap/preset"); }

/// The keys a preset puts first on its actions; the defaults stay as further keys.
QList<std::pair<QString, QKeySequence>> presetBindings(const QString& preset)
{
    if (preset == QLatin1String("ppocrlabel"))
        return { { QStringLiteral("tool.rectangle"), QKeySequence(Qt::Key_W) },
            { QStringLiteral("tool.quad"), QKeySequence(Qt::Key_Q) },
            { QStringLiteral("go.nextImage"), QKeySequence(Qt::Key_D) },
            { QStringLiteral("go.previousImage"), QKeySequence(Qt::Key_A) },
            { QStringLiteral("edit.rerecognize"), QKeySequence(Qt::CTRL | Qt::Key_R) },
            { QStringLiteral("image.doneAndNext"), QKeySequence(Qt::CTRL | Qt::Key_V) } };
    return {};
}
}

QList<QKeySequence> redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        if (!keys.contains(k))
            keys.push_back(k);
    }
    return keys;
}

ShortcutRegistry::ShortcutRegistry(QObject* parent)
    : QObject(parent)
{
}

void ShortcutRegistry::registerAction(QAction* action, const QString& category)
{
    const QString name = action->objectName();
    Q_ASSERT_X(!name.isEmpty(), "ShortcutRegistry", "actions need an objectName");
    Item item { action, category, action->shortcuts() };
    m_items.insert(name, item);
    QSettings settings;
    if (settings.contains(settingsKey(name))) {
        // A saved key that now collides (a newer default took it) is dropped rather than made ambiguous.
        QList<QKeySequence> keys;
        for (const QKeySequence& k :
            QKeySequence::listFromString(settings.value(settingsKey(name)).toString(), QKeySequence::PortableText)) {
            if (!k.isEmpty() && actionUsing(k, name).isEmpty())
                keys.push_back(k);
        }
        action->setShortcuts(keys);
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
            it->defaults.value(0), it->action->shortcuts() });
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
        if (it.key() != except && it->action && it->action->shortcuts().contains(shortcut))
            return it.key();
    }
    return {};
}

void ShortcutRegistry::setKeys(const QString& name, const QList<QKeySequence>& keys)
{
    auto it = m_items.find(name);
    if (it == m_items.end() || !it->action)
        return;
    it->action->setShortcuts(keys);
    QSettings settings;
    if (keys == it->defaults)
        settings.remove(settingsKey(name));
    else
        settings.setValue(settingsKey(name), QKeySequence::listToString(keys, QKeySequence::PortableText));
    emit shortcutChanged(name);
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
    const QList<QKeySequence>& defaults = m_items[name].defaults;
    if (!shortcut.isEmpty() && shortcut == defaults.value(0)) {
        // Its first default brings the others back (Redo is Ctrl+Shift+Z and Ctrl+Y) unless they went elsewhere.
        QList<QKeySequence> keys;
        for (const QKeySequence& k : defaults) {
            if (actionUsing(k, name).isEmpty())
                keys.push_back(k);
        }
        setKeys(name, keys);
    } else {
        setKeys(name, shortcut.isEmpty() ? QList<QKeySequence> {} : QList<QKeySequence> { shortcut });
    }
    return true;
}

void ShortcutRegistry::resetToDefault(const QString& name)
{
    auto it = m_items.find(name);
    if (it == m_items.end())
        return;
    // A default another binding the user made has taken stays with it: unbound rather than ambiguous.
    QList<QKeySequence> keys;
    for (const QKeySequence& k : it->defaults) {
        if (actionUsing(k, name).isEmpty())
            keys.push_back(k);
    }
    setKeys(name, keys);
}

QStringList ShortcutRegistry::presets() { return { QStringLiteral("lector"), QStringLiteral("ppocrlabel") }; }

QString ShortcutRegistry::presetTitle(const QString& preset)
{
    return preset == QLatin1String("ppocrlabel") ? tr("PPOCRLabel") : tr("Lector (default)");
}

QStringList ShortcutRegistry::applyPreset(const QString& preset)
{
    // From the defaults, so that a preset means the same keys whatever was bound before.
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it->action)
            setKeys(it.key(), it->defaults);
    }
    QStringList displaced;
    for (const auto& [name, key] : presetBindings(preset)) {
        auto it = m_items.find(name);
        if (it == m_items.end() || !it->action)
            continue;
        // The preset's key wins: whoever had it loses that key (and keeps its others).
        for (QString other = actionUsing(key, name); !other.isEmpty(); other = actionUsing(key, name)) {
            QList<QKeySequence> keys = m_items[other].action->shortcuts();
            keys.removeAll(key);
            setKeys(other, keys);
            displaced << tr("%1 (%2)").arg(
                m_items[other].action->text().remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText));
        }
        QList<QKeySequence> keys { key };
        for (const QKeySequence& k : it->action->shortcuts()) {
            if (k != key)
                keys.push_back(k);
        }
        setKeys(name, keys);
    }
    QSettings settings;
    if (preset == QLatin1String("lector") || !presets().contains(preset))
        settings.remove(presetKey());
    else
        settings.setValue(presetKey(), preset);
    return displaced;
}

QString ShortcutRegistry::preset() const { return QSettings().value(presetKey(), QStringLiteral("lector")).toString(); }

} // namespace lector
