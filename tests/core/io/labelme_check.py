# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The Lector authors
"""Loads labelme JSON files with labelme's own LabelFile and prints what it sees as JSON, for
labelme_format_test.cpp. Usage: labelme_check.py FILE.json... Exit status 2 when a file does not load."""
import io
import json
import sys

import PIL.Image

from labelme.label_file import LabelFile, LabelFileError

out = []
for name in sys.argv[1:]:
    try:
        lf = LabelFile(name)
    except LabelFileError as e:
        print("cannot load %s: %s" % (name, e), file=sys.stderr)
        sys.exit(2)
    with open(name, encoding="utf-8") as f:
        raw = json.load(f)
    decoded = PIL.Image.open(io.BytesIO(lf.imageData)) if lf.imageData else None
    out.append({
        "file": name,
        "imagePath": lf.imagePath,
        # LabelFile decodes the image named by imagePath (relative to the JSON file) when imageData is null.
        "imageLoaded": decoded is not None,
        "decodedSize": list(decoded.size) if decoded else None,
        "declaredSize": [raw.get("imageWidth"), raw.get("imageHeight")],
        "shapes": [
            {"label": s["label"], "shape_type": s["shape_type"], "points": s["points"], "flags": s["flags"]}
            for s in lf.shapes
        ],
    })
json.dump(out, sys.stdout, ensure_ascii=False)
