// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace lector {

class ProjectStore;

/// The labeling guideline beside the canvas: the version in force rendered from its markdown, older versions one
/// pick away, with each version's changelog.
class GuidelineDock : public QWidget {
    Q_OBJECT
public:
    explicit GuidelineDock(QWidget* parent = nullptr);

    /// Reloads the versions from `store` (nullptr clears) and shows the newest.
    void reload(const ProjectStore* store);
    void showVersion(int number);
    int shownVersion() const { return m_shown; }
    int newestVersion() const { return m_versions.empty() ? 0 : m_versions.back().number; }
    QString renderedText() const;
    /// Leads may edit and publish; everyone may compare versions.
    void setCanPublish(bool canPublish);
    const std::vector<GuidelineVersion>& versions() const { return m_versions; }

signals:
    void publishRequested();
    void compareRequested(int older, int newer);

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
