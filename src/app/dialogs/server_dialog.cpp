// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "dialogs/server_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace lector {

namespace {
constexpr int kDefaultPort = 5432;
const char* const kSchemaOption = "-csearch_path=";
} // namespace

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Server Project"));
    auto* form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("the team's database"));
    m_schema = new QLineEdit(this);
    m_schema->setPlaceholderText(tr("public"));
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_images = new QLineEdit(this);
    m_images->setPlaceholderText(tr("the folder it was pushed from"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Image Folder"), m_images->text());
        if (!dir.isEmpty())
            m_images->setText(dir);
    });
    auto* images = new QHBoxLayout;
    images->addWidget(m_images, 1);
    images->addWidget(browse);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* imagesLabel = new QLabel(tr("&Images in:"), this); // a row of two widgets: its buddy named by hand
    imagesLabel->setBuddy(m_images);
    form->addRow(imagesLabel, images);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_connect = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team's project on a PostgreSQL server. Each member connects as their own "
                                "database user; the password is not stored."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit* e : { m_host, m_database, m_user })
        connect(e, &QLineEdit::textChanged, this, &ServerDialog::updateState);
    updateState();
    resize(480, sizeHint().height());
}

void ServerDialog::updateState()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty());
}

QString ServerDialog::schemaOf(const QString& url)
{
    const QString options = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
    return options.startsWith(QLatin1String(kSchemaOption)) ? options.mid(int(qstrlen(kSchemaOption)))
                                                            : QStringLiteral("public");
}

void ServerDialog::setLocation(const QString& url)
{
    const QUrl u(url);
    if (!u.isValid())
        return;
    m_host->setText(u.host());
    m_port->setValue(u.port(kDefaultPort));
    m_database->setText(u.path().mid(1));
    m_user->setText(u.userName());
    const QString schema = schemaOf(url);
    m_schema->setText(schema == QStringLiteral("public") ? QString() : schema);
}

QString ServerDialog::location(bool withPassword) const
{
    // Built by hand: libpq reads a second '=' in a query value as an error, so the option's is percent-encoded.
    const auto enc = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    // One arg() for all four: an encoded name holds %3A and the like, which a second pass would take for %3.
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                      .arg(enc(m_user->text().trimmed()), enc(m_host->text().trimmed()),
                          QString::number(m_port->value()), enc(m_database->text().trimmed()));
    QStringList query;
    if (!m_schema->text().trimmed().isEmpty())
        query << QStringLiteral("options=") + enc(QLatin1String(kSchemaOption) + m_schema->text().trimmed());
    if (withPassword && !m_password->text().isEmpty())
        query << QStringLiteral("password=") + enc(m_password->text());
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

QString ServerDialog::imageFolder() const { return m_images->text().trimmed(); }

void ServerDialog::setImageFolder(const QString& folder) { m_images->setText(folder); }

void ServerDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace lector
