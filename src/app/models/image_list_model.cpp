// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include "models/image_list_model.h"

#include <lector/store/project_store.h>

#include <QFileInfo>

namespace lector {

ImageListModel::ImageListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

bool ImageListModel::reload(const ProjectStore* store, QString* error)
{
    std::vector<ImageRecord> images;
    if (store) {
        auto loaded = store->images();
        if (!loaded) {
            if (error)
                *error = loaded.error().toString();
            return false;
        }
        images = std::move(loaded).value();
    }
    beginResetModel();
    m_images = std::move(images);
    endResetModel();
    return true;
}

int ImageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_images.size());
}

QVariant ImageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRecord& r = m_images[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QFileInfo(r.path).fileName();
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 × %3 px\nbatch %4, split %5")
            .arg(r.path)
            .arg(r.width)
            .arg(r.height)
            .arg(r.batch.isEmpty() ? QStringLiteral("–") : r.batch, r.split.isEmpty() ? QStringLiteral("–") : r.split);
    case ImageIdRole:
        return QVariant::fromValue<qlonglong>(r.id);
    case PathRole:
        return r.path;
    case BatchRole:
        return r.batch;
    case SplitRole:
        return r.split;
    default:
        return {};
    }
}

ImageId ImageListModel::toImageId(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return 0;
    return m_images[static_cast<size_t>(index.row())].id;
}

const ImageRecord* ImageListModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_images[static_cast<size_t>(row)];
}

} // namespace lector
