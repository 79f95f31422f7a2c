// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#include <lector/metrics/region_matching.h>

#include <lector/metrics/polygon_iou.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace lector {

namespace {

struct Candidate {
    int a;
    int b;
    double iou;
};

int findRoot(std::vector<int>& parent, int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

/// Pairs (a, b) whose IoU reaches the threshold. b's boxes go into a uniform grid with cells about the size of
/// a typical box, so each a looks only at the few b's near it.
std::vector<Candidate> candidatePairs(
    const std::vector<Polygon>& a, const std::vector<Polygon>& b, double threshold, bool sameSet = false)
{
    std::vector<Candidate> out;
    if (a.empty() || b.empty())
        return out;
    std::vector<BoxF> boxA(a.size()), boxB(b.size());
    std::vector<double> areaA(a.size()), areaB(b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        boxA[i] = a[i].boundingBox();
        areaA[i] = a[i].area();
    }
    std::vector<double> sizes;
    sizes.reserve(b.size());
    for (size_t j = 0; j < b.size(); ++j) {
        boxB[j] = b[j].boundingBox();
        areaB[j] = b[j].area();
        sizes.push_back(std::max(boxB[j].width(), boxB[j].height()));
    }
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    double cell = sizes[sizes.size() / 2];
    if (!(cell > 0) || !std::isfinite(cell))
        cell = 1;

    const auto cellOf = [cell](double v) { return static_cast<long long>(std::floor(v / cell)); };
    // Unsigned arithmetic: cells left of or above the origin are negative, and shifting a negative value is UB.
    const auto key = [](long long cx, long long cy) {
        return (static_cast<unsigned long long>(cx) << 32) ^ (static_cast<unsigned long long>(cy) & 0xffffffffULL);
    };
    std::unordered_map<unsigned long long, std::vector<int>> grid;
    grid.reserve(b.size() * 2);
    // A box spanning very many cells (a page-wide region) would flood the grid; those are checked against all.
    std::vector<int> large;
    constexpr long long kMaxCells = 64;
    for (size_t j = 0; j < b.size(); ++j) {
        const BoxF& bb = boxB[j];
        if (!std::isfinite(bb.x0) || !std::isfinite(bb.x1) || !std::isfinite(bb.y0) || !std::isfinite(bb.y1))
            continue;
        const long long x0 = cellOf(bb.x0), x1 = cellOf(bb.x1), y0 = cellOf(bb.y0), y1 = cellOf(bb.y1);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCells) {
            large.push_back(static_cast<int>(j));
            continue;
        }
        for (long long cx = x0; cx <= x1; ++cx)
            for (long long cy = y0; cy <= y1; ++cy)
                grid[key(cx, cy)].push_back(static_cast<int>(j));
    }

    std::vector<int> seen(b.size(), -1);
    std::vector<int> near;
    for (size_t i = 0; i < a.size(); ++i) {
        const BoxF& ba = boxA[i];
        if (!std::isfinite(ba.x0) || !std::isfinite(ba.x1) || !std::isfinite(ba.y0) || !std::isfinite(ba.y1))
            continue;
        near.assign(large.begin(), large.end());
        const long long x0 = cellOf(ba.x0), x1 = cellOf(ba.x1), y0 = cellOf(ba.y0), y1 = cellOf(ba.y1);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCells) {
            near.resize(b.size());
            std::iota(near.begin(), near.end(), 0);
        } else {
            for (long long cx = x0; cx <= x1; ++cx)
                for (long long cy = y0; cy <= y1; ++cy) {
                    const auto it = grid.find(key(cx, cy));
                    if (it != grid.end())
                        near.insert(near.end(), it->second.begin(), it->second.end());
                }
        }
        for (int j : near) {
            if (seen[j] == static_cast<int>(i) || (sameSet && j <= static_cast<int>(i)))
                continue;
            seen[j] = static_cast<int>(i);
            const BoxF& bb = boxB[j];
            const double w = std::min(ba.x1, bb.x1) - std::max(ba.x0, bb.x0);
            const double h = std::min(ba.y1, bb.y1) - std::max(ba.y0, bb.y0);
            if (w <= 0 || h <= 0)
                continue;
            // IoU <= intersection / larger area <= box overlap / larger area: a cheap bound before clipping.
            const double larger = std::max(areaA[i], areaB[j]);
            if (larger > 0 && w * h / larger < threshold)
                continue;
            const double iou = polygonIoU(a[i], b[j]);
            if (iou > 0 && iou >= threshold)
                out.push_back({ static_cast<int>(i), j, iou });
        }
    }
    return out;
}

} // namespace

std::vector<RegionMatch> overlappingPairs(const std::vector<Polygon>& a, const std::vector<Polygon>& b, double minIoU)
{
    std::vector<RegionMatch> out;
    for (const Candidate& c : candidatePairs(a, b, minIoU))
        out.push_back({ c.a, c.b, c.iou });
    return out;
}

std::vector<RegionMatch> overlappingPairs(const std::vector<Polygon>& polygons, double minIoU)
{
    std::vector<RegionMatch> out;
    for (const Candidate& c : candidatePairs(polygons, polygons, minIoU, true))
        out.push_back({ c.a, c.b, c.iou });
    return out;
}

std::vector<int> solveAssignment(const std::vector<double>& cost, int rows, int cols)
{
    // Kuhn–Munkres with potentials (shortest augmenting paths), O(n^2 m) for n <= m; 1-based internally.
    const bool transposed = rows > cols;
    const int n = transposed ? cols : rows;
    const int m = transposed ? rows : cols;
    const auto c = [&](int i, int j) { return transposed ? cost[size_t(j) * cols + i] : cost[size_t(i) * cols + j]; };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0), v(m + 1, 0), minv(m + 1);
    std::vector<int> p(m + 1, 0), way(m + 1, 0);
    std::vector<char> used(m + 1);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::fill(minv.begin(), minv.end(), inf);
        std::fill(used.begin(), used.end(), 0);
        do {
            used[j0] = 1;
            const int i0 = p[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[j])
                    continue;
                const double cur = c(i0 - 1, j - 1) - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> result(rows, -1);
    for (int j = 1; j <= m; ++j) {
        if (p[j] == 0)
            continue;
        if (transposed)
            result[j - 1] = p[j] - 1;
        else
            result[p[j] - 1] = j - 1;
    }
    return result;
}

std::vector<RegionMatch> matchRegions(const std::vector<Polygon>& a, const std::vector<Polygon>& b, double iouThreshold)
{
    return assignMatches(overlappingPairs(a, b, iouThreshold), int(a.size()), int(b.size()));
}

std::vector<RegionMatch> assignMatches(const std::vector<RegionMatch>& pairs, int countA, int countB)
{
    std::vector<RegionMatch> matches;
    if (pairs.empty())
        return matches;

    // Connected components over a's and b's (b shifted by countA).
    const int na = countA;
    std::vector<int> parent(size_t(countA) + size_t(countB));
    std::iota(parent.begin(), parent.end(), 0);
    for (const RegionMatch& c : pairs) {
        const int x = findRoot(parent, c.a), y = findRoot(parent, na + c.b);
        if (x != y)
            parent[x] = y;
    }
    std::unordered_map<int, std::vector<int>> byComponent; // root -> indices into pairs
    for (size_t k = 0; k < pairs.size(); ++k)
        byComponent[findRoot(parent, pairs[k].a)].push_back(static_cast<int>(k));

    for (const auto& entry : byComponent) {
        const std::vector<int>& members = entry.second;
        if (members.size() == 1) {
            matches.push_back(pairs[members.front()]);
            continue;
        }
        std::vector<int> rowsOf, colsOf;
        for (int k : members) {
            rowsOf.push_back(pairs[k].a);
            colsOf.push_back(pairs[k].b);
        }
        std::sort(rowsOf.begin(), rowsOf.end());
        rowsOf.erase(std::unique(rowsOf.begin(), rowsOf.end()), rowsOf.end());
        std::sort(colsOf.begin(), colsOf.end());
        colsOf.erase(std::unique(colsOf.begin(), colsOf.end()), colsOf.end());
        const int rows = static_cast<int>(rowsOf.size()), cols = static_cast<int>(colsOf.size());
        // Maximizing total IoU = minimizing −IoU; pairs below the threshold cost 0, like leaving both unmatched,
        // and are dropped after solving. Since every candidate weighs more than 0, this is a maximum-weight matching.
        std::vector<double> cost(size_t(rows) * cols, 0.0);
        std::vector<double> iou(size_t(rows) * cols, 0.0);
        for (int k : members) {
            const int r = int(std::lower_bound(rowsOf.begin(), rowsOf.end(), pairs[k].a) - rowsOf.begin());
            const int c = int(std::lower_bound(colsOf.begin(), colsOf.end(), pairs[k].b) - colsOf.begin());
            cost[size_t(r) * cols + c] = -pairs[k].iou;
            iou[size_t(r) * cols + c] = pairs[k].iou;
        }
        const std::vector<int> assignment = solveAssignment(cost, rows, cols);
        for (int r = 0; r < rows; ++r) {
            const int c = assignment[r];
            if (c >= 0 && iou[size_t(r) * cols + c] > 0)
                matches.push_back({ rowsOf[r], colsOf[c], iou[size_t(r) * cols + c] });
        }
    }
    std::sort(matches.begin(), matches.end(), [](const RegionMatch& x, const RegionMatch& y) { return x.a < y.a; });
    return matches;
}

} // namespace lector
