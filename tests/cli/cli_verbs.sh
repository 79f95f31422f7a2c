#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# lector-cli end to end: help on every verb, exit codes 0/1, one-line errors naming the file, import/export round
# trips on the ICDAR 2015 sample, all-or-nothing imports, info --json keys. Usage: cli_verbs.sh /path/to/lector-cli
set -u
cli="$1"
data="${LECTOR_TEST_DATA:-${LECTOR_TEST_DATA_DEFAULT:-}}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
py=/usr/bin/python3

for verb in init import export info check demo efficiency consensus agreement; do
  check "$verb --help exits 0" bash -c "'$cli' $verb --help | grep -q 'Usage:'"
done
"$cli" frobnicate >/dev/null 2>&1; check "unknown verb is a user error (1)" test $? -eq 1

# A missing project: exit 1 and one stderr line naming the file.
"$cli" info "$tmp/missing.lector" 2>"$tmp/err"; rc=$?
check "missing project exits 1" test $rc -eq 1
check "missing project error is one line" test "$(wc -l <"$tmp/err")" -eq 1
check "missing project error names the file" grep -q "$tmp/missing.lector" "$tmp/err"

check "init" "$cli" init "$tmp/p.lector"
"$cli" init "$tmp/p.lector" 2>/dev/null; check "init refuses an existing file" test $? -eq 1

# Malformed label file: exit 1, the error names file and line, and nothing is written.
mkdir -p "$tmp/bad/images" "$tmp/bad/labels"
$py -c "
import zlib, struct
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
raw = b''.join(b'\x00' + b'\xff' * 3 * 8 for _ in range(8))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 8, 8, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open('$tmp/bad/images/img_1.png', 'wb').write(png)
"
printf '1,1,5,1,5,5,1,5,ok\n1,1,5,1,5,x,1,5,bad\n' > "$tmp/bad/labels/gt_img_1.txt"
"$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/bad/images" --labels "$tmp/bad/labels" 2>"$tmp/err"; rc=$?
check "malformed labels exit 1" test $rc -eq 1
check "malformed labels error names file and line 2" grep -q "gt_img_1.txt:2" "$tmp/err"
check "nothing imported after an error" bash -c "'$cli' info '$tmp/p.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(d[\"images\"] != 0 or d[\"annotations\"] != 0)'"

if [ -z "$data" ] || [ ! -d "$data/icdar2015" ]; then
  echo "SKIP: shared OCR samples not found (set LECTOR_TEST_DATA); real-data checks skipped"
else
  ic="$data/icdar2015"
  check "import icdar2015 (format detected)" "$cli" import "$tmp/p.lector" --images "$ic/imgs/test" --labels "$ic/annotations/test" --annotator gt
  "$cli" info "$tmp/p.lector" --json > "$tmp/info.json"
  # The counts are the ones the sample's README states: 7 images, 62 quads, 50 of them ###.
  check "info --json has the keys and the sample's counts" $py - "$tmp/info.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("images", "annotations", "dont_care", "annotations_by_annotator", "predictions_by_run", "guideline_versions"):
    assert k in d, k
assert d["images"] == 7 and d["annotations"] == 62 and d["dont_care"] == 50, d
assert d["annotations_by_annotator"] == {"gt": 62}, d
assert d["predictions_by_run"] == {} and d["guideline_versions"] == 0, d
PY
  # Importing the same images again as predictions: images not doubled, warnings on stderr.
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$ic/imgs/test" --labels "$ic/annotations/test" --predictions run1 2>"$tmp/warn"
  check "predictions import succeeded" test $? -eq 0
  check "existing images are reported" grep -q "already in the project" "$tmp/warn"
  check "images not doubled, predictions counted" bash -c "'$cli' info '$tmp/p.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d[\"images\"] == 7 and d[\"predictions_by_run\"] == {\"run1\": 62}))'"
  check "check passes" "$cli" check "$tmp/p.lector"

  # Export as ICDAR and compare with the original files, line by line (after BOM and whitespace).
  check "export icdar2015" "$cli" export "$tmp/p.lector" --format icdar2015 --annotator gt --out "$tmp/out-icdar"
  check "exported files equal the sample" $py - "$ic/annotations/test" "$tmp/out-icdar" <<'PY'
import os, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    a = open(os.path.join(src, name), encoding="utf-8-sig").read().split("\n")
    b = open(os.path.join(out, name), encoding="utf-8").read().split("\n")
    a = [l.strip() for l in a if l.strip()]
    b = [l.strip() for l in b if l.strip()]
    assert a == b, (name, a[:3], b[:3])
PY
  # Every format the project writes, read back into a new project: same region count.
  for fmt in icdar2015 ppocrlabel labelme coco funsd yolo; do
    "$cli" export "$tmp/p.lector" --format "$fmt" --annotator gt --out "$tmp/rt-$fmt" --copy-images >/dev/null
    check "export $fmt" test $? -eq 0
    "$cli" init "$tmp/rt-$fmt.lector" >/dev/null
    labels="$tmp/rt-$fmt"
    [ "$fmt" = coco ] && labels="$tmp/rt-$fmt/annotations.json"
    [ "$fmt" = ppocrlabel ] && labels="$tmp/rt-$fmt/Label.txt"
    "$cli" import "$tmp/rt-$fmt.lector" --format "$fmt" --images "$tmp/rt-$fmt" --labels "$labels" 2>/dev/null >/dev/null
    check "re-import $fmt" test $? -eq 0
    expected=62
    [ "$fmt" = yolo ] && expected=12 # YOLO has no don't-care: the 50 ### regions are left out
    check "round trip $fmt keeps $expected regions" bash -c "'$cli' info '$tmp/rt-$fmt.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(d[\"annotations\"] != $expected)'"
  done
fi

# Label quality on a small demo project: consensus is idempotent, efficiency ranks the simulated annotators.
check "demo" "$cli" demo "$tmp/demo" --pages 6
"$cli" consensus "$tmp/demo/demo.lector" --json > "$tmp/c1.json"; check "consensus" test $? -eq 0
"$cli" consensus "$tmp/demo/demo.lector" --json > "$tmp/c2.json"; check "consensus again" test $? -eq 0
check "consensus twice gives the same result" cmp -s "$tmp/c1.json" "$tmp/c2.json"
check "consensus json keys" $py -c "
import json; d=json.load(open('$tmp/c1.json'))
assert d['images'] == 6 and d['clusters'] > 0 and d['consensus_regions'] > 0 and d['conflicts'] > 0, d
assert set(d['conflicts_by_kind']) <= {'missing', 'geometry', 'text', 'flags'}, d
"
check "consensus labels stored under annotator consensus" bash -c "'$cli' info '$tmp/demo/demo.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(d[\"annotations_by_annotator\"].get(\"consensus\", 0) != json.load(open(\"$tmp/c1.json\"))[\"consensus_regions\"])'"
"$cli" agreement "$tmp/demo/demo.lector" --json > "$tmp/a5.json"; check "agreement" test $? -eq 0
"$cli" agreement "$tmp/demo/demo.lector" --json --iou 0.3 > "$tmp/a3.json"; check "agreement --iou 0.3" test $? -eq 0
"$cli" agreement "$tmp/demo/demo.lector" --iou 7 2>/dev/null; check "agreement refuses --iou 7" test $? -eq 1
check "agreement json: keys, pairs of the three annotators, a lower threshold matches more" $py -c "
import json
a5 = json.load(open('$tmp/a5.json')); a3 = json.load(open('$tmp/a3.json'))
for k in ('images', 'iou_threshold', 'pairs', 'alpha_text', 'alpha_geometry', 'per_image', 'per_slice', 'per_guideline_version'):
    assert k in a5, k
assert a5['iou_threshold'] == 0.5 and a3['iou_threshold'] == 0.3
pairs = {(p['a'], p['b']): p for p in a5['pairs']}
assert set(pairs) == {('alice', 'bob'), ('alice', 'chloe'), ('bob', 'chloe')}, pairs.keys()
for p in a5['pairs']:
    for k in ('matched', 'precision', 'recall', 'f1', 'mean_iou', 'cer'):
        assert k in p, k
    assert p['matched'] <= min(p['regions_a'], p['regions_b'])
    assert abs(p['precision'] - p['matched'] / p['regions_b']) < 1e-9 and abs(p['recall'] - p['matched'] / p['regions_a']) < 1e-9
for p3 in a3['pairs']:
    assert p3['matched'] >= pairs[(p3['a'], p3['b'])]['matched']
"
"$cli" efficiency "$tmp/demo/demo.lector" --json --exclude reference,consensus > "$tmp/e.json"; check "efficiency" test $? -eq 0
check "efficiency: bob is the fastest, alice the slowest per box" $py -c "
import json; d={a['name']: a for a in json.load(open('$tmp/e.json'))['annotators']}
assert set(d) == {'alice', 'bob', 'chloe'}, d.keys()
assert d['bob']['boxes_per_hour'] > d['alice']['boxes_per_hour'], d
assert d['alice']['median_seconds_per_box'] > d['bob']['median_seconds_per_box'], d
for a in d.values():
    assert a['active_hours'] > 0 and a['boxes'] > 0
"

# A corrupt store file: a clear error, exit 1.
head -c 4096 /dev/urandom > "$tmp/corrupt.lector"
"$cli" info "$tmp/corrupt.lector" 2>"$tmp/err"; rc=$?
check "corrupt store exits 1" test $rc -eq 1
check "corrupt store error names the file" grep -q "corrupt.lector" "$tmp/err"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
