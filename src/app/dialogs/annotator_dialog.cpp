// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/annotator_dialog.h"
#include "shell/display_names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lector {

AnnotatorDialog::AnnotatorDialog(const std::vector<Annotator>& annotators, const QString& preselect, QWidget* parent)
    : QDialog(parent)
    , m_annotators(annotators)
{
    setWindowTitle(tr("Who Is Labeling?"));
    m_list = new QListWidget(this);
    for (const Annotator& a : m_annotators) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(a.name, roleTitle(a.role)), m_list);
        item->setData(Qt::UserRole, a.name);
    }
    m_newName = new QLineEdit(this);
    m_newName->setPlaceholderText(tr("or a new name"));
    m_role = new QComboBox(this);
    for (Role r : { Role::Annotator, Role::Reviewer, Role::Lead })
        m_role->addItem(roleTitle(r), static_cast<int>(r));
    m_hint = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* form = new QFormLayout;
    form->addRow(tr("New annotator:"), m_newName);
    form->addRow(tr("Role:"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your labels, edits and time are recorded under this name."), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_list->currentRow() >= 0)
            m_newName->clear();
        updateState();
    });
    connect(m_newName, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            m_list->setCurrentRow(-1);
        updateState();
    });
    if (!selectExisting(preselect) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateState();
}

QString AnnotatorDialog::name() const
{
    const QString typed = m_newName->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    const QListWidgetItem* item = m_list->currentItem();
    return item && m_list->currentRow() >= 0 ? item->data(Qt::UserRole).toString() : QString();
}

bool AnnotatorDialog::isNew() const
{
    const QString n = name();
    return !n.isEmpty()
        && std::none_of(m_annotators.begin(), m_annotators.end(), [&](const Annotator& a) { return a.name == n; });
}

Role AnnotatorDialog::role() const
{
    if (!isNew()) {
        for (const Annotator& a : m_annotators) {
            if (a.name == name())
                return a.role;
        }
    }
    return static_cast<Role>(m_role->currentData().toInt());
}

void AnnotatorDialog::setNewName(const QString& name) { m_newName->setText(name); }

bool AnnotatorDialog::selectExisting(const QString& name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void AnnotatorDialog::updateState()
{
    m_role->setEnabled(isNew());
    auto* ok = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name().isEmpty());
    m_hint->setText(isNew() ? tr("“%1” will be added to the project.").arg(name()) : QString());
}

} // namespace lector
