// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/io/import_batch.h>
#include <lector/store/project_store.h>

#include "store_backend.h"

#include <QDir>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace lector::test {

/// A fresh project with `imageCount` small distinct PNGs imported (no regions), for the analysis tests that need
/// real image ids; on both backends (a TEST_P suite instantiated with LECTOR_ON_BOTH_BACKENDS).
class StoreFixture : public ::testing::TestWithParam<db::Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_location = std::make_unique<ProjectLocation>(GetParam(), m_dir.path());
        LECTOR_REQUIRE_BACKEND(*m_location);
    }

    void makeProject(int imageCount)
    {
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(images);
        auto store = m_location->create();
        ASSERT_TRUE(store) << store.error().toString().toStdString();
        m_store = std::move(*store);
        ImportBatch batch;
        for (int i = 0; i < imageCount; ++i) {
            cv::Mat img(60, 200, CV_8UC3, cv::Scalar(255, 255, 255));
            img.at<cv::Vec3b>(i % 60, i % 200) = cv::Vec3b(0, 0, static_cast<uchar>(i + 1));
            const QString path = QDir(images).filePath(QStringLiteral("img%1.png").arg(i));
            cv::imwrite(path.toStdString(), img);
            ImportedImage image;
            image.imagePath = path;
            batch.images.push_back(image);
        }
        auto summary = m_store->importBatch(batch, ImportTarget::forAnnotator(QStringLiteral("reference")));
        ASSERT_TRUE(summary) << summary.error().toString().toStdString();
        auto all = m_store->images();
        ASSERT_TRUE(all);
        for (const ImageRecord& r : *all)
            m_images.push_back(r.id);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectLocation> m_location; // before the store: it outlives it
    std::unique_ptr<ProjectStore> m_store;
    std::vector<ImageId> m_images;
};

} // namespace lector::test
