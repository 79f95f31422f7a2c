# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
#
# An independent implementation of the ICDAR 2015 text localisation protocol (RRC Challenge 4, task 4.1
# script.py: evaluate_method, with shapely areas instead of the Polygon module) plus the end-to-end counts that
# detection_eval_test.cpp compares with lector's evaluateDetections. Reads a JSON request on stdin:
#   {"gt_dir": ..., "det_dirs": [...]}: gt_<stem>.txt ground truth, res_<stem>.txt results
#   "x1,y1,...,y4,confidence,transcription", or "x1,y1,...,y4,confidence" as task 4.1 submissions have them: every
#   result has a confidence, as with the script's CONFIDENCES on.
# Prints one JSON object per det folder (a list), with totals and per-image counts.
import json
import os
import re
import sys

import Levenshtein
from shapely.geometry import Polygon

NUM = r"\s*(-?[0-9]+)\s*,"
GT_LINE = re.compile("^" + NUM * 8 + r"(.*)$")
DET_LINE = re.compile("^" + NUM * 8 + r"\s*([0-1].?[0-9]*)\s*(?:,(.*))?$")
IOU_CONSTRAINT = 0.5
AREA_PRECISION_CONSTRAINT = 0.5


def lines_of(path):
    with open(path, "rb") as f:
        content = f.read().decode("utf-8-sig")
    out = []
    for line in content.split("\n"):
        line = line.replace("\r", "").replace("\n", "")
        if line != "":
            out.append(line)
    return out


def polygon(points):
    return Polygon([(points[0], points[1]), (points[2], points[3]), (points[4], points[5]), (points[6], points[7])])


def intersection(a, b):
    return a.intersection(b).area


def iou(d, g):
    inter = intersection(d, g)
    union = d.area + g.area - inter
    return inter / union if union > 0 else 0


def evaluate(gt_dir, det_dir):
    matched_sum = text_equal = lev = gt_len = 0
    global_gt_care = global_det_care = 0
    confidences, matches = [], []
    images = []
    for name in sorted(os.listdir(gt_dir)):
        if not (name.startswith("gt_") and name.endswith(".txt")):
            continue
        stem = name[3:-4]
        gt_pols, gt_texts, gt_dont_care = [], [], []
        for line in lines_of(os.path.join(gt_dir, name)):
            m = GT_LINE.match(line)
            points = [float(m.group(i)) for i in range(1, 9)]
            gt_pols.append(polygon(points))
            gt_texts.append(m.group(9))
            if m.group(9) == "###":
                gt_dont_care.append(len(gt_pols) - 1)
        det_pols, det_conf, det_texts, det_dont_care = [], [], [], []
        det_file = os.path.join(det_dir, "res_" + stem + ".txt")
        if os.path.exists(det_file):
            rows = [DET_LINE.match(line) for line in lines_of(det_file)]
            # With confidences the script sorts each file's results highest first before anything else
            # (get_tl_line_values_from_file_contents), so the greedy matching meets them in that order. Python's
            # sort is stable: equal confidences keep file order (the script's numpy argsort does for up to 16).
            rows.sort(key=lambda m: -float(m.group(9)))
            for m in rows:
                points = [float(m.group(i)) for i in range(1, 9)]
                det = polygon(points)
                det_pols.append(det)
                det_conf.append(float(m.group(9)))
                det_texts.append(m.group(10) or "")
                for k in gt_dont_care:
                    area = det.area
                    precision = 0 if area == 0 else intersection(gt_pols[k], det) / area
                    if precision > AREA_PRECISION_CONSTRAINT:
                        det_dont_care.append(len(det_pols) - 1)
                        break
        det_matched = 0
        matched_dets = []
        if gt_pols and det_pols:
            gt_taken = [0] * len(gt_pols)
            det_taken = [0] * len(det_pols)
            iou_mat = [[iou(d, g) for d in det_pols] for g in gt_pols]
            for g in range(len(gt_pols)):
                for d in range(len(det_pols)):
                    if gt_taken[g] == 0 and det_taken[d] == 0 and g not in gt_dont_care and d not in det_dont_care:
                        if iou_mat[g][d] > IOU_CONSTRAINT:
                            gt_taken[g] = det_taken[d] = 1
                            det_matched += 1
                            matched_dets.append(d)
                            if gt_texts[g] == det_texts[d]:
                                text_equal += 1
                            lev += Levenshtein.distance(gt_texts[g], det_texts[d])
                            gt_len += len(gt_texts[g])
        for d in range(len(det_pols)):
            if d not in det_dont_care:
                confidences.append(det_conf[d])
                matches.append(d in matched_dets)
        gt_care = len(gt_pols) - len(gt_dont_care)
        det_care = len(det_pols) - len(det_dont_care)
        if gt_care == 0:
            recall = 1.0
            precision = 0.0 if det_care > 0 else 1.0
        else:
            recall = det_matched / gt_care
            precision = 0 if det_care == 0 else det_matched / det_care
        hmean = 0 if precision + recall == 0 else 2.0 * precision * recall / (precision + recall)
        matched_sum += det_matched
        global_gt_care += gt_care
        global_det_care += det_care
        images.append({"stem": stem, "gt_care": gt_care, "det_care": det_care, "matched": det_matched,
                       "det_dont_care": len(det_dont_care), "precision": precision, "recall": recall, "hmean": hmean})
    # compute_ap over every care detection, highest confidence first.
    order = sorted(range(len(confidences)), key=lambda i: -confidences[i])
    correct = 0
    ap = 0.0
    for n, i in enumerate(order):
        if matches[i]:
            correct += 1
            ap += correct / (n + 1)
    if global_gt_care > 0:
        ap /= global_gt_care
    recall = 0 if global_gt_care == 0 else matched_sum / global_gt_care
    precision = 0 if global_det_care == 0 else matched_sum / global_det_care
    hmean = 0 if recall + precision == 0 else 2 * recall * precision / (recall + precision)
    return {"precision": precision, "recall": recall, "hmean": hmean, "ap": ap, "matched": matched_sum,
            "gt_care": global_gt_care, "det_care": global_det_care, "text_equal": text_equal, "lev": lev,
            "gt_len": gt_len, "images": images}


request = json.load(sys.stdin)
print(json.dumps([evaluate(request["gt_dir"], d) for d in request["det_dirs"]]))
