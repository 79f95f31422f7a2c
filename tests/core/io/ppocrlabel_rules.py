# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
"""Reads an exported PPOCRLabel folder by the rules PPOCRLabel and PaddleOCR apply to it, for the export tests.

An independent re-statement (standard library only), not their code. The rules, as read in PFCCLab/PPOCRLabel
(PPOCRLabel.py, 2026-04) and PaddlePaddle/PaddleOCR (ppocr/data/imaug/label_ops.py, ppocr/data/simple_dataset.py):
- scanAllImages: the images are the files directly in the folder (os.listdir, no subfolders) with an image suffix.
- getImglabelidx(path): the last two parts of the path, joined by "/"; labels and states are looked up under it.
- loadFilestate: each fileState.txt line is split at its tab ("file, state = each.split('\\t')", so a line with no tab
  or two raises); every listed path is checked, whatever the state says.
- loadLabelFile: each Label.txt line is split at its tab the same way; in the label text every "false", "true" and
  "null" is replaced by False, True and None, then the text goes to eval().
- savePPlabel: PPOCRLabel's next save keeps the labels of checked images only.
- DetLabelEncode (training a detector): json.loads() of the label; a box whose transcription is "*" or "###" gets an
  ignore tag.
- rec_gt.txt (SimpleDataSet for a recognizer): each line split at "\\t", the image at os.path.join(data_dir, name),
  the label the second field.
Usage: ppocrlabel_rules.py FOLDER. Prints JSON; exit status 2 when PPOCRLabel would raise on the folder.
"""
import json
import os
import sys

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp")


def label_index(path):
    parts = path.split("/")[-2:]
    return path if len(parts) == 1 else parts[0] + "/" + parts[1]


def split_tab(line, where):
    fields = line.split("\t")
    if len(fields) != 2:
        print("%s: %d fields, PPOCRLabel's split('\\t') needs 2: %r" % (where, len(fields), line), file=sys.stderr)
        sys.exit(2)
    return fields


def main(folder):
    folder = os.path.abspath(folder)
    images = sorted(f for f in os.listdir(folder) if f.lower().endswith(IMAGE_SUFFIXES))
    checked = set()
    state_file = os.path.join(folder, "fileState.txt")
    if os.path.exists(state_file):
        with open(state_file, encoding="utf-8") as f:
            for each in f.readlines():
                name, _state = split_tab(each, "fileState.txt")
                checked.add(label_index(name))
    evaluated, loaded = {}, {}
    with open(os.path.join(folder, "Label.txt"), encoding="utf-8") as f:
        for each in f.readlines():
            name, label = split_tab(each, "Label.txt")
            as_python = label.replace("false", "False").replace("true", "True").replace("null", "None")
            evaluated[name] = eval(as_python)  # what PPOCRLabel does with the line
            loaded[name] = json.loads(label)  # what PaddleOCR's DetLabelEncode does
    out = {"folder_key": os.path.basename(folder), "images": []}
    for image in images:
        key = label_index(os.path.join(folder, image))
        boxes = evaluated.get(key)
        out["images"].append({
            "file": image,
            "key": key,
            "checked": key in checked,
            "kept_on_save": key in checked and bool(boxes),
            "ppocrlabel": [{"transcription": b["transcription"], "points": b["points"]} for b in boxes or []],
            "det_ignore": [b["transcription"] in ("*", "###") for b in loaded.get(key, [])],
            "det_transcriptions": [b["transcription"] for b in loaded.get(key, [])],
        })
    out["unknown_keys"] = sorted(set(evaluated) - {i["key"] for i in out["images"]})
    rec_file = os.path.join(folder, "rec_gt.txt")
    if os.path.exists(rec_file):
        out["rec"] = []
        with open(rec_file, encoding="utf-8") as f:
            for line in f:
                name, text = split_tab(line.rstrip("\n"), "rec_gt.txt")
                out["rec"].append({"image": name, "exists": os.path.isfile(os.path.join(folder, name)),
                                   "label": text})
    json.dump(out, sys.stdout, ensure_ascii=False)


main(sys.argv[1])
