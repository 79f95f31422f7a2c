#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Independent reference for the suspects' quality figures (suspects_test.cpp, lector-bench-suspects): the truth is
# recomputed from the project file with shapely and scipy, the AP in plain Python.
#   suspects_ap_reference.py                      prints the AP cases suspects_test.cpp compares
#   suspects_ap_reference.py PROJECT ANNOTATOR SUSPECTS.json [TRUTH]
#                                                 per kind: errors, listed, found, P@100, P@500, recall, AP
import json
import sqlite3
import sys


def average_precision(relevant, positives):
    hits, total = 0, 0.0
    for rank, r in enumerate(relevant, 1):
        if r:
            hits += 1
            total += hits / rank
    return total / positives if positives else 0.0


def polygon(points):
    from shapely.geometry import Polygon
    xy = [float(v) for v in points.split(",")]
    p = Polygon(list(zip(xy[0::2], xy[1::2])))
    return p if p.is_valid else p.buffer(0)


def iou(a, b):
    inter = a.intersection(b).area
    union = a.area + b.area - inter
    return inter / union if union > 0 else 0.0


def truth(project, annotator, reference):
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    db = sqlite3.connect(project)
    ids = dict(db.execute("SELECT name, id FROM annotators"))
    rows = {}
    for aid, img, who, pts, text, flags in db.execute(
            "SELECT id, image_id, annotator_id, points, text, flags FROM annotations WHERE annotator_id IN (?, ?)",
            (ids[annotator], ids[reference])):
        rows.setdefault(img, {}).setdefault(who, []).append((aid, polygon(pts), text, flags & 2))
    labeled = {img for img, in db.execute("SELECT DISTINCT image_id FROM annotations WHERE annotator_id = ?",
                                          (ids[annotator],))}
    labeled |= {img for img, in db.execute("SELECT image_id FROM image_states WHERE annotator_id = ? AND state = 2",
                                           (ids[annotator],))}
    missed, wrong, loose = {}, set(), set()
    for img in labeled:
        labels = rows.get(img, {}).get(ids[annotator], [])
        words = [w for w in rows.get(img, {}).get(ids[reference], []) if not w[3]]
        m = np.zeros((len(labels), len(words)))
        for i, l in enumerate(labels):
            for j, w in enumerate(words):
                if l[1].bounds[0] <= w[1].bounds[2] and w[1].bounds[0] <= l[1].bounds[2] and \
                        l[1].bounds[1] <= w[1].bounds[3] and w[1].bounds[1] <= l[1].bounds[3]:
                    m[i, j] = iou(l[1], w[1])
        for j, w in enumerate(words):
            if len(labels) == 0 or m[:, j].max() <= 0.3:
                missed.setdefault(img, []).append(w[1])
        for i, l in enumerate(labels):
            best = m[i].max() if len(words) else 0
            if not l[3] and 0.3 <= best < 0.7:
                loose.add(l[0])
        if len(labels) and len(words):
            cost = np.where(m >= 0.5, -m, 0.0)
            for i, j in zip(*linear_sum_assignment(cost)):
                if m[i, j] >= 0.5 and not labels[i][3] and labels[i][2] != words[j][2]:
                    wrong.add(labels[i][0])
    return missed, wrong, loose


def measure(project, annotator, suspects_json, reference="reference"):
    from shapely.geometry import Polygon
    missed, wrong, loose = truth(project, annotator, reference)
    suspects = json.load(open(suspects_json))["suspects"]
    out = {}
    for kind in ("missed_word", "wrong_text", "loose_box"):
        relevant, counted, claimed = [], set(), {}
        for s in suspects:
            if s["kind"] != kind:
                continue
            hit = False
            if kind == "missed_word":
                xy = s["region"]["points"]
                place = Polygon(list(zip(xy[0::2], xy[1::2])))
                used = claimed.setdefault(s["image"], set())
                for k, w in enumerate(missed.get(s["image"], [])):
                    if k not in used and iou(w, place) >= 0.5:
                        used.add(k)
                        hit = True
                        break
            else:
                truth_set = wrong if kind == "wrong_text" else loose
                hit = s["annotation"] in truth_set and s["annotation"] not in counted
                counted.add(s["annotation"])
            relevant.append(hit)
        errors = sum(len(v) for v in missed.values()) if kind == "missed_word" else len(
            wrong if kind == "wrong_text" else loose)
        p = lambda k: sum(relevant[:k]) / min(k, len(relevant)) if relevant else 0.0
        out[kind] = dict(errors=errors, listed=len(relevant), found=sum(relevant), p100=p(100), p500=p(500),
                         recall=sum(relevant) / errors if errors else 0.0, ap=average_precision(relevant, errors))
    return out


if __name__ == "__main__":
    if len(sys.argv) >= 4:
        result = measure(*sys.argv[1:5])
        for kind, q in result.items():
            print(kind, " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in q.items()))
    else:
        for case, positives in [([1, 0, 1, 1, 0], 4), ([0, 0, 1], 1), ([], 3), ([1, 1, 0, 0, 1, 0, 1], 5)]:
            print(case, positives, repr(average_precision(case, positives)))
