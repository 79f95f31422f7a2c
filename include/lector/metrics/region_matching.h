// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Lector authors
#pragma once

#include <lector/geometry/polygon.h>

#include <vector>

namespace lector {

/// A pair of matched regions: index a into the first list, b into the second, and their IoU.
struct RegionMatch {
    int a = -1;
    int b = -1;
    double iou = 0;
};

/// Optimal one-to-one matching of two annotators' regions on one image: among the pairs whose IoU is at least
/// iouThreshold (and above 0), the assignment with the largest total IoU. Candidate pairs are found through a
/// grid over the bounding boxes, and the Hungarian method (O(n^3)) runs on each connected component of the
/// candidate graph, so a page of thousands of words costs about as much as its words. The result is sorted by a.
std::vector<RegionMatch> matchRegions(
    const std::vector<Polygon>& a, const std::vector<Polygon>& b, double iouThreshold);

/// Every pair (a, b) whose IoU is above 0 and at least minIoU, in no particular order: the candidates
/// matchRegions chooses from, found through the same grid. Pass the same list twice to get the overlaps within
/// one set (each unordered pair then appears twice, and every region with itself).
std::vector<RegionMatch> overlappingPairs(const std::vector<Polygon>& a, const std::vector<Polygon>& b, double minIoU);

/// The overlapping pairs within one set, each unordered pair once (a < b), never a region with itself.
std::vector<RegionMatch> overlappingPairs(const std::vector<Polygon>& polygons, double minIoU);

/// The optimal one-to-one choice among candidate pairs (as from overlappingPairs, all of positive IoU) between
/// countA and countB regions; what matchRegions does after finding its candidates. Sorted by a.
std::vector<RegionMatch> assignMatches(const std::vector<RegionMatch>& candidates, int countA, int countB);

/// Minimum-cost assignment of rows to columns of a dense rows × cols cost matrix (row-major), rows <= cols or not;
/// returns for each row its column, or -1 when the row is left out (only when rows > cols). Exposed for tests.
std::vector<int> solveAssignment(const std::vector<double>& cost, int rows, int cols);

} // namespace lector
