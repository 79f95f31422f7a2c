# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
"""Reads ICDAR 2015 ground truth and RRC result folders by the rules of the official RRC scripts, for the export tests.

An independent re-statement (standard library only), not their code. The rules, as read in rrc_evaluation_funcs.py
and the text localization script.py of Challenge 4, task 4.1 (the copies in foamliu/EAST; the end-to-end task 4.4
script reads results with a transcription, which 4.1 refuses):
- File names: ground truth "gt_img_([0-9]+).txt", results "res_img_([0-9]+).txt" (re.match); a ground-truth file with
  another name is skipped, a results file with another name is an error ("ZIP entry not valid"), and so is a result
  for a sample not in the ground truth.
- decode_utf8: UTF-8, one leading BOM removed. Lines split at "\\n" (CRLF false), "\\r" removed, empty lines skipped.
- get_tl_line_values (LTRB false): eight integers "-?[0-9]+" with blanks around the commas; ground truth
  then ",(.*)$" (the transcription); results then "([0-1].?[0-9]*)" (the confidence, read with float()) and the end of
  the line (4.1) or ",(.*)$" (4.4); a transcription in double quotes is unquoted.
- validate_clockwise_points: sum of (x2 - x1) * (y2 + y1) over the four edges of the int() corners; above 0 raises.
- get_tl_line_values_from_file_contents sorts a results file by falling confidence (numpy argsort; for ties its
  order is numpy's, not necessarily the file's): "sorted" says whether the file is already in that order.
Usage: rrc_rules.py GT_DIR RES_DIR TASK (TASK 4.1 or 4.4; RES_DIR may be "-"). Prints JSON.
"""
import json
import os
import re
import sys

INT = r"\s*(-?[0-9]+)\s*"
CORNERS = ",".join([INT] * 8)
GT_LINE = re.compile("^" + CORNERS + r",(.*)$")
RES_41 = re.compile("^" + CORNERS + r",\s*([0-1].?[0-9]*)\s*$")
RES_44 = re.compile("^" + CORNERS + r",\s*([0-1].?[0-9]*)\s*,(.*)$")


def lines_of(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    out = []
    for line in raw.decode("utf-8").split("\n"):
        line = line.replace("\r", "").replace("\n", "")
        if line != "":
            out.append(line)
    return out


def clockwise(points):
    p = [(int(points[i]), int(points[i + 1])) for i in range(0, 8, 2)]
    return sum((p[(i + 1) % 4][0] - p[i][0]) * (p[(i + 1) % 4][1] + p[i][1]) for i in range(4)) <= 0


def unquote(text):
    m = re.match(r'^\s*\"(.*)\"\s*$', text)
    return m.group(1).replace("\\\\", "\\").replace("\\\"", "\"") if m else text


def read(folder, name_re, line_re, kind, errors, skipped):
    out = {}
    for name in sorted(os.listdir(folder)):
        m = re.match(name_re, name)
        if not m:
            (skipped if kind == "gt" else errors).append("%s: not named %s" % (name, name_re))
            continue
        rows = []
        for line in lines_of(os.path.join(folder, name)):
            lm = line_re.match(line)
            if not lm:
                errors.append("%s: line not valid: %s" % (name, line))
                continue
            points = [float(lm.group(i)) for i in range(1, 9)]
            if not clockwise(points):
                errors.append("%s: points not clockwise: %s" % (name, line))
            row = {"points": points}
            if kind == "gt":
                row["transcription"] = unquote(lm.group(9))
            else:
                row["confidence"] = float(lm.group(9))
                row["transcription"] = unquote(lm.group(10)) if lm.lastindex >= 10 else None
            rows.append(row)
        entry = {"file": name, "rows": rows}
        if kind == "res":
            conf = [r["confidence"] for r in rows]
            entry["sorted"] = all(conf[i] >= conf[i + 1] for i in range(len(conf) - 1))
        out[m.group(1)] = entry
    return out


def main(gt_dir, res_dir, task):
    errors, skipped = [], []
    gt = read(gt_dir, r"gt_img_([0-9]+).txt", GT_LINE, "gt", errors, skipped)
    res = {}
    if res_dir != "-":
        res = read(res_dir, r"res_img_([0-9]+).txt", RES_44 if task == "4.4" else RES_41, "res", errors, skipped)
        for key in res:
            if key not in gt:
                errors.append("The sample %s not present in GT" % key)
    json.dump({"errors": errors, "skipped": skipped, "gt": gt, "res": res}, sys.stdout, ensure_ascii=False)


main(sys.argv[1], sys.argv[2], sys.argv[3])
