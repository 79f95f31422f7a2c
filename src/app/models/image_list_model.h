// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/store/types.h>

#include <QAbstractListModel>

#include <vector>

namespace lector {

class ProjectStore;

/// The project's images as a list: name, size, batch and split, label count. Loaded once per reset from the
/// store (issue #4 replaces this with the virtualized, paged browser model).
class ImageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ImageIdRole = Qt::UserRole + 1, PathRole, BatchRole, SplitRole };

    explicit ImageListModel(QObject* parent = nullptr);

    /// Reloads from `store` (nullptr clears). Returns false and keeps the old rows when the store fails.
    bool reload(const ProjectStore* store, QString* error = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    ImageId toImageId(const QModelIndex& index) const;
    const ImageRecord* record(int row) const;

private:
    std::vector<ImageRecord> m_images;
};

} // namespace lector
