// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include "panels/session_panel.h"

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace lector {

/// The labeling guideline beside the canvas: the version in force rendered from its markdown, older versions one
/// pick away, with each version's changelog. Follows the session: reloads when a version is published or a
/// special case joins the gallery; leads get the Publish button.
class GuidelineDock : public SessionPanel {
    Q_OBJECT
public:
    explicit GuidelineDock(ProjectSession* session, QWidget* parent = nullptr);

    /// Reloads the versions from the session's store (none when no project is open) and shows the newest.
    void reload();
    void showVersion(int number);
    int shownVersion() const { return m_shown; }
    int newestVersion() const { return m_versions.empty() ? 0 : m_versions.back().number; }
    QString renderedText() const;
    /// Leads may edit and publish; everyone may compare versions.
    bool canPublish() const;
    const std::vector<GuidelineVersion>& versions() const { return m_versions; }

signals:
    void publishRequested();
    void compareRequested(int older, int newer);

protected:
    void changeEvent(QEvent* event) override;
    void projectOpened() override;
    void projectClosed() override;

private:
    std::vector<GuidelineVersion> m_versions;
    int m_shown = 0;
    QString m_gallery; // markdown of the special cases found in review, shown under every version
    QComboBox* m_picker = nullptr;
    QLabel* m_meta = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_compare = nullptr;
};

} // namespace lector
