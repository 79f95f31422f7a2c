// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace lector {

/// File ▸ Open Server Project…: a team's project on a PostgreSQL server, named by host, port, database, schema
/// (empty: public) and user; a password only when neither ~/.pgpass nor the server's trust asks for none (it goes
/// into the connection, never into settings or recent projects); and the folder this workstation finds the
/// project's images in (empty: where it was pushed from).
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);

    /// The schema a server project's URL names (its search_path option), "public" when it names none.
    static QString schemaOf(const QString& url);
    /// Fills the fields from a postgresql:// URL (a recent project's).
    void setLocation(const QString& url);
    /// The URL to connect with; with its password when one was typed and `withPassword`.
    QString location(bool withPassword = true) const;
    QString imageFolder() const;
    void setImageFolder(const QString& folder);
    /// Shown under the fields: why the last attempt failed.
    void setError(const QString& message);

private:
    void updateState();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_schema = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_images = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_connect = nullptr;
};

} // namespace lector
