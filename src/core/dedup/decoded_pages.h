// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// Pages decoded while hashing, handed to the pixel check of the same run (internal to lectorcore).
#pragma once

#include <lector/dedup/duplicate_finder.h>

#include "reduced_decode.h"

#include <opencv2/core.hpp>

#include <cstddef>
#include <mutex>
#include <unordered_map>

namespace lector {

/// Grayscale pages at the pixel check's size (PageSignature's page), by image, within a byte budget. Hashing a
/// format without a reduced decode (PNG, TIFF, a small JPEG) decodes the whole image, which is what a signature
/// would decode again; keeping the page spares that second decode (half of a signature's cost on the planted
/// scans, docs/dedup.md). A page not kept is decoded again, so no result depends on what is held. Thread-safe.
class DecodedPages {
public:
    /// About 570 pages of 768 x 585 (a scan of A4 or letter).
    static constexpr std::size_t kDefaultBudget = std::size_t(256) << 20;

    explicit DecodedPages(std::size_t budget = kDefaultBudget)
        : m_budget(budget)
    {
    }

    /// hashImageFile, keeping the page of `image` when its decode is the one a signature makes and there is room.
    Result<ImageHashes> hash(ImageId image, const QString& path)
    {
        cv::Mat page;
        auto hashes = detail::hashImageFile(path, hasRoom() ? &page : nullptr);
        if (!page.empty())
            offer(image, std::move(page));
        return hashes;
    }

    /// False once the budget is spent: the caller need not make the page.
    bool hasRoom() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_bytes < m_budget;
    }
    void offer(ImageId image, cv::Mat page)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const std::size_t bytes = page.total() * page.elemSize();
        if (page.empty() || m_bytes + bytes > m_budget || m_pages.count(image))
            return;
        m_bytes += bytes;
        m_pages.emplace(image, std::move(page));
    }
    /// The page of `image`, shared (empty when none is held): it stays held.
    cv::Mat peek(ImageId image) const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_pages.find(image);
        return it == m_pages.end() ? cv::Mat() : it->second;
    }
    /// The page of `image`, handed over (empty when none is held).
    cv::Mat take(ImageId image)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_pages.find(image);
        if (it == m_pages.end())
            return {};
        cv::Mat page = std::move(it->second);
        m_pages.erase(it);
        m_bytes -= page.total() * page.elemSize();
        return page;
    }
    std::size_t size() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_pages.size();
    }

private:
    mutable std::mutex m_mutex;
    std::unordered_map<ImageId, cv::Mat> m_pages;
    std::size_t m_budget;
    std::size_t m_bytes = 0;
};

} // namespace lector
