// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace lector {

/// What the window shows while no project is open: the recent projects (Enter or a double click opens one; a missing
/// file says so), New Project from Folder, Open, the demo project, and that a folder can be dropped here. The window
/// acts on its signals; the page itself holds no state but the list it was given.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    /// Most recent first.
    void setRecentProjects(const QStringList& paths);
    QStringList recentProjects() const { return m_recent; }
    /// While the demo is being written (a worker): its button says so and is disabled.
    void setDemoBusy(bool busy);

signals:
    void newFromFolderRequested();
    void openRequested();
    void openServerRequested();
    void openRecentRequested(const QString& path);
    void demoRequested();
    void newEmptyRequested();

private:
    void openItem(QListWidgetItem* item);

    QStringList m_recent;
    QListWidget* m_list = nullptr;
    QLabel* m_noRecent = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace lector
