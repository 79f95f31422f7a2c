// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/shortcuts_dialog.h"

#include "shell/shortcut_registry.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lector {

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(640, 560);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("shortcutPreset"));
    for (const QString& id : ShortcutRegistry::presets())
        m_preset->addItem(ShortcutRegistry::presetTitle(id), id);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(m_registry->preset())));
    m_preset->setToolTip(tr("Sets every shortcut to the keymap's; your own bindings are replaced"));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search actions or keys…"));
    m_filter->setClearButtonEnabled(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Action"), tr("Shortcut") });
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keyEdit = new QKeySequenceEdit(this);
    auto* assign = new QPushButton(tr("&Assign"), this);
    auto* clear = new QPushButton(tr("&Clear"), this);
    auto* reset = new QPushButton(tr("&Reset to Default"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("New shortcut:"), this));
    editRow->addWidget(m_keyEdit, 1);
    editRow->addWidget(assign);
    editRow->addWidget(clear);
    editRow->addWidget(reset);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Keymap:"), this));
    presetRow->addWidget(m_preset, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(presetRow);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::reload);
    connect(m_preset, &QComboBox::activated, this, &ShortcutsDialog::applyPreset);
    connect(assign, &QPushButton::clicked, this, &ShortcutsDialog::assignEdited);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_keyEdit->clear();
        assignEdited();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        m_registry->resetToDefault(name);
        m_message->setText(tr("Reset."));
        reload();
        selectAction(name);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (QAction* a = m_registry->action(selectedName()))
            m_keyEdit->setKeySequence(a->shortcut());
    });
    reload();
}

void ShortcutsDialog::reload()
{
    const QString needle = m_filter->text().trimmed();
    m_table->setRowCount(0);
    for (const ShortcutRegistry::Entry& e : m_registry->entries()) {
        const QString keys = QKeySequence::listToString(e.shortcuts, QKeySequence::NativeText);
        if (!needle.isEmpty() && !e.text.contains(needle, Qt::CaseInsensitive)
            && !keys.contains(needle, Qt::CaseInsensitive) && !e.category.contains(needle, Qt::CaseInsensitive))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* category = new QTableWidgetItem(e.category);
        category->setData(Qt::UserRole, e.name);
        m_table->setItem(row, 0, category);
        m_table->setItem(row, 1, new QTableWidgetItem(e.text));
        auto* key = new QTableWidgetItem(keys);
        if (e.shortcut != e.defaultShortcut) { // a changed first key is what the user did
            QFont f = key->font();
            f.setBold(true);
            key->setFont(f);
            key->setToolTip(tr("Default: %1").arg(e.defaultShortcut.toString(QKeySequence::NativeText)));
        }
        m_table->setItem(row, 2, key);
    }
    m_table->resizeColumnToContents(0);
}

QString ShortcutsDialog::selectedName() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

bool ShortcutsDialog::selectAction(const QString& name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

bool ShortcutsDialog::assignEdited()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        m_message->setText(tr("Select an action first."));
        return false;
    }
    QString conflict;
    const QKeySequence keys = m_keyEdit->keySequence();
    if (!m_registry->rebind(name, keys, &conflict)) {
        m_message->setText(tr("%1 is already the shortcut of “%2”. Choose another key, or change that action first.")
                               .arg(keys.toString(QKeySequence::NativeText), conflict));
        return false;
    }
    m_message->setText(keys.isEmpty() ? tr("Shortcut removed.") : tr("Assigned."));
    reload();
    selectAction(name);
    return true;
}

void ShortcutsDialog::applyPreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    const QStringList displaced = m_registry->applyPreset(id);
    m_message->setText(displaced.isEmpty()
            ? tr("Keymap %1 applied.").arg(ShortcutRegistry::presetTitle(id))
            : tr("Keymap %1 applied. Its keys replaced: %2.")
                  .arg(ShortcutRegistry::presetTitle(id), displaced.join(QStringLiteral(", "))));
    reload();
}

QString ShortcutsDialog::message() const { return m_message->text(); }

int ShortcutsDialog::rowCount() const { return m_table->rowCount(); }

} // namespace lector
