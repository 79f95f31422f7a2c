// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
// What scans go through, made with OpenCV, for the duplicate tests and lector-bench-dedup: each transform at two
// strengths. Header-only so that the test and the benchmark plant the same copies.
#pragma once

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lector::test {

struct PageTransform {
    std::string name; // "crop-2%": kind and strength
    std::string kind;
    int strength = 0; // 0 mild, 1 strong
};

inline std::vector<PageTransform> pageTransforms()
{
    return { { "crop-1%", "crop", 0 }, { "crop-2%", "crop", 1 }, { "border-2%", "border", 0 },
        { "border-5%", "border", 1 }, { "rotate-1deg", "rotate", 0 }, { "rotate-3deg", "rotate", 1 },
        { "rescale-0.75", "rescale", 0 }, { "rescale-0.5", "rescale", 1 }, { "jpeg-q75", "jpeg", 0 },
        { "jpeg-q40", "jpeg", 1 }, { "brightness+20", "brightness", 0 }, { "brightness+40", "brightness", 1 },
        { "contrast-0.8", "contrast", 0 }, { "contrast-0.6", "contrast", 1 } };
}

/// The page after the transform (BGR); JPEG recompression is done here too (encoded and decoded at its quality),
/// so every copy can be written losslessly as PNG, except `jpeg`, which the caller may also write as JPEG.
inline cv::Mat transformPage(const cv::Mat& page, const PageTransform& t)
{
    const bool strong = t.strength == 1;
    cv::Mat out;
    if (t.kind == "crop") {
        const double f = strong ? 0.02 : 0.01; // from every side
        const int dx = int(page.cols * f), dy = int(page.rows * f);
        out = page(cv::Rect(dx, dy, page.cols - 2 * dx, page.rows - 2 * dy)).clone();
    } else if (t.kind == "border") {
        const double f = strong ? 0.05 : 0.02;
        const int dx = int(page.cols * f), dy = int(page.rows * f);
        cv::copyMakeBorder(page, out, dy, dy, dx, dx, cv::BORDER_CONSTANT, cv::Scalar(255, 255, 255));
    } else if (t.kind == "rotate") {
        const double degrees = strong ? 3.0 : 1.0;
        const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(page.cols / 2.0F, page.rows / 2.0F), degrees, 1.0);
        cv::warpAffine(page, out, m, page.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255, 255, 255));
    } else if (t.kind == "rescale") {
        const double f = strong ? 0.5 : 0.75;
        cv::resize(page, out, cv::Size(), f, f, cv::INTER_AREA);
    } else if (t.kind == "jpeg") {
        std::vector<unsigned char> bytes;
        cv::imencode(".jpg", page, bytes, { cv::IMWRITE_JPEG_QUALITY, strong ? 40 : 75 });
        out = cv::imdecode(bytes, cv::IMREAD_COLOR);
    } else if (t.kind == "brightness") {
        page.convertTo(out, -1, 1.0, strong ? 40 : 20);
    } else if (t.kind == "contrast") {
        const double a = strong ? 0.6 : 0.8;
        page.convertTo(out, -1, a, 128 * (1 - a));
    } else {
        out = page.clone();
    }
    return out;
}

/// A page of one template, like a receipt: the same header, rules and labels on every page, other items, prices and
/// totals drawn from `seed`. At 32 x 32 pages of one template are one picture; they are different pages all the same.
inline cv::Mat templatedPage(unsigned seed)
{
    static const char* const kItems[] = { "MILK 1L", "BREAD", "EGGS X12", "APPLES", "COFFEE", "RICE 5KG", "TEA",
        "BUTTER", "CHEESE", "ORANGE JUICE", "PASTA", "TOMATOES", "ONIONS", "SUGAR", "FLOUR", "YOGURT", "HONEY", "SALT",
        "OLIVE OIL", "CEREAL", "NOODLES", "KIMCHI", "TOFU", "SOY SAUCE" };
    std::uint32_t state = seed * 2654435761U + 12345U;
    const auto next = [&state](std::uint32_t n) {
        state = state * 1664525U + 1013904223U;
        return (state >> 8) % n;
    };
    cv::Mat page(1400, 1000, CV_8UC3, cv::Scalar(250, 250, 250));
    const cv::Scalar ink(30, 30, 30);
    const auto text = [&](const std::string& s, int x, int y, double size, int thickness = 2) {
        cv::putText(page, s, cv::Point(x, y), cv::FONT_HERSHEY_SIMPLEX, size, ink, thickness, cv::LINE_AA);
    };
    text("CORNER MARKET", 300, 110, 1.6, 3);
    text("12 HARBOUR ROAD  TEL 555 0100", 230, 160, 0.8);
    cv::line(page, cv::Point(80, 200), cv::Point(920, 200), ink, 2);
    text("DATE 2026-" + std::to_string(1 + next(12)) + "-" + std::to_string(1 + next(28)), 90, 250, 0.8);
    text("RECEIPT " + std::to_string(100000 + next(900000)), 600, 250, 0.8);
    int total = 0;
    const int lines = 14 + int(next(8));
    for (int i = 0; i < lines; ++i) {
        const int price = 100 + int(next(9900));
        total += price;
        const int y = 320 + i * 46;
        text(kItems[next(sizeof kItems / sizeof *kItems)], 90, y, 0.9);
        text(std::to_string(1 + next(5)), 600, y, 0.9);
        text(std::to_string(price / 100) + "." + std::to_string(100 + price % 100).substr(1), 780, y, 0.9);
    }
    const int y = 320 + lines * 46;
    cv::line(page, cv::Point(80, y), cv::Point(920, y), ink, 2);
    text("TOTAL", 90, y + 60, 1.2, 3);
    text(std::to_string(total / 100) + "." + std::to_string(100 + total % 100).substr(1), 740, y + 60, 1.2, 3);
    text("THANK YOU", 390, 1340, 1.0);
    return page;
}

} // namespace lector::test
