#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Independent reference for the suspects' average precision (suspects_test.cpp, lector-bench-suspects): plain
# Python, no library. With a path to `lector-cli suspects --json` output and a `lector-cli export`-free truth
# computed by shapely from the project, it recomputes AP per kind (see docs/suspects.md).
import sys


def average_precision(relevant, positives):
    hits, total = 0, 0.0
    for rank, r in enumerate(relevant, 1):
        if r:
            hits += 1
            total += hits / rank
    return total / positives if positives else 0.0


if __name__ == "__main__":
    for case, positives in [([1, 0, 1, 1, 0], 4), ([0, 0, 1], 1), ([], 3), ([1, 1, 0, 0, 1, 0, 1], 5)]:
        print(case, positives, repr(average_precision(case, positives)))
