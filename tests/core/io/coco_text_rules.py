# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
"""Reads an exported COCO-Text annotations.json (and results.json) by the rules of the COCO-Text API, for the tests.

An independent re-statement (standard library only), not its code. The rules, as read in andreasveit/coco-text
(coco_text.py 1.1, coco_evaluation.py 1.3):
- COCO_Text.createIndex: the document has "imgToAnns", "imgs", "anns" (objects keyed by id, the keys read with
  int()) and "cats"; each image's "set" puts it in the train, val or test list (a missing "set" raises).
- getAnnIds(catIds=[("legibility", "legible")]) compares each annotation's "legibility" with the value.
- evaluateEndToEnd skips ground truth without "utf8_string": an illegible word has none.
- loadRes: results are a list; image_id read with int() and kept when it is an image of the ground truth; "bbox" must
  not be empty; each detection gets area = w * h.
Usage: coco_text_rules.py ANNOTATIONS.json [RESULTS.json]. Prints JSON.
"""
import json
import sys


def main(gt_file, res_file=None):
    with open(gt_file, encoding="utf-8") as f:
        dataset = json.load(f)
    img_to_anns = {int(k): v for k, v in dataset["imgToAnns"].items()}
    imgs = {int(k): v for k, v in dataset["imgs"].items()}
    anns = {int(k): v for k, v in dataset["anns"].items()}
    _cats = dataset["cats"]
    sets = {s: sorted(i for i in imgs if imgs[i]["set"] == s) for s in ("train", "val", "test")}
    out = {
        "images": len(imgs),
        "sets": {s: len(ids) for s, ids in sets.items()},
        "legible": sorted(a for a in anns if anns[a]["legibility"] == "legible"),
        "illegible": sorted(a for a in anns if anns[a]["legibility"] == "illegible"),
        "anns": {str(a): {"image_id": anns[a]["image_id"], "bbox": anns[a]["bbox"],
                          "utf8_string": anns[a].get("utf8_string"), "legibility": anns[a]["legibility"]}
                 for a in anns},
        "img_to_anns_complete": sorted(a for ids in img_to_anns.values() for a in ids) == sorted(anns),
        "files": {str(i): imgs[i]["file_name"] for i in imgs},
    }
    if res_file:
        with open(res_file, encoding="utf-8") as f:
            results = json.load(f)
        assert type(results) == list, "results in not an array of objects"
        kept = [r for r in results if int(r["image_id"]) in imgs]
        assert not kept or kept[0]["bbox"] != [], "results have incorrect format"
        out["results"] = {"given": len(results), "kept": len(kept),
                          "scores": [r.get("score") for r in kept],
                          "texts": [r.get("utf8_string") for r in kept]}
    json.dump(out, sys.stdout, ensure_ascii=False)


main(*sys.argv[1:])
