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

for verb in init import export info check demo efficiency consensus agreement history select feedback eval scan dedup suspects drift; do
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

  # A dataset folder as it comes: scan shows it, import --folder takes images and labels in one go, and --images
  # alone adds images without making an annotator (it used to need an empty .txt per image).
  "$cli" scan "$ic" --json > "$tmp/scan.json"; check "scan exits 0" test $? -eq 0
  check "scan finds the 7 images and the ICDAR labels beside them" $py - "$tmp/scan.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["images"]) == 7 and all(p.startswith("imgs/test/") for p in d["images"]), d["images"]
assert d["labels"][0]["format"] == "icdar2015" and d["labels"][0]["path"] == "annotations/test", d["labels"]
assert d["labels"][0]["regions"] == 62 and d["labels"][0]["images_matched"] == 7, d["labels"]
PY
  check "init folder project" "$cli" init "$tmp/folder.lector"
  check "import --folder" "$cli" import "$tmp/folder.lector" --folder "$ic" --annotator gt
  check "import --folder stores the labels found" bash -c "'$cli' info '$tmp/folder.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d[\"images\"] == 7 and d[\"annotations_by_annotator\"] == {\"gt\": 62}))'"
  check "init images project" "$cli" init "$tmp/images.lector"
  check "import --images alone" "$cli" import "$tmp/images.lector" --images "$ic/imgs"
  check "--images alone: 7 images, no annotator" bash -c "'$cli' info '$tmp/images.lector' --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d[\"images\"] == 7 and d[\"annotations\"] == 0 and d[\"annotations_by_annotator\"] == {}))'"
  "$cli" import "$tmp/images.lector" --images "$ic/imgs" --annotator x 2>"$tmp/err"; check "--images alone with --annotator is a usage error" test $? -eq 1
  "$cli" import "$tmp/images.lector" 2>"$tmp/err"; check "import with nothing to import is a usage error" test $? -eq 1

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
# The demo's receipts share one layout: the hashes alone call some of ten near; their pixels say they are not copies.
"$cli" demo "$tmp/demo10" --pages 10 >/dev/null 2>&1
"$cli" dedup "$tmp/demo10/demo.lector" --threshold 19 --json > "$tmp/ddt.json" 2>/dev/null
"$cli" dedup "$tmp/demo10/demo.lector" --threshold 19 --no-pixel-check --json > "$tmp/ddh.json" 2>/dev/null
check "dedup: receipts of one template are not near duplicates" $py -c "
import json; d = json.load(open('$tmp/ddt.json')); h = json.load(open('$tmp/ddh.json'))
assert h['near'] and h['pairs']['candidates'] > 0 and not h['pairs']['pixels_checked'], h['pairs']
assert d['near'] == [] and d['pairs']['confirmed'] == 0 and d['pairs']['pixels_checked'], d['pairs']
assert d['pairs']['candidates'] == h['pairs']['candidates'], (d['pairs'], h['pairs'])
"
"$cli" consensus "$tmp/demo/demo.lector" --json > "$tmp/c1.json"; check "consensus" test $? -eq 0
"$cli" consensus "$tmp/demo/demo.lector" --json > "$tmp/c2.json"; check "consensus again" test $? -eq 0
check "consensus twice gives the same result" cmp -s "$tmp/c1.json" "$tmp/c2.json"
check "consensus json keys" $py -c "
import json; d=json.load(open('$tmp/c1.json'))
assert d['images'] == 6 and d['clusters'] > 0 and d['consensus_regions'] > 0 and d['conflicts'] > 0, d
assert set(d['conflicts_by_kind']) <= {'missing', 'geometry', 'text', 'flags'}, d
assert d['words'] == d['consensus_regions'], d
assert d['needs_review'] + d['settled_by_majority'] + d['settled_by_reviewers'] == d['conflicts'], d
assert d['settled_by_majority'] > 0 and d['settled_by_reviewers'] == 0, d
assert abs(d['needs_review_per_word'] - d['needs_review'] / d['words']) < 1e-12, d
assert [a['annotator'] for a in d['model']['annotators']] == ['alice', 'bob', 'chloe'], d['model']
for a in d['model']['annotators']:
    assert 0 < a['sensitivity'] < 1 and 0 < a['reading_accuracy'] < 1 and len(a['edge_bias']) == 4, a
"
check "consensus: the open queue is needs_review; what the majority settled is the consensus's decision" $py -c "
import json, sqlite3; d=json.load(open('$tmp/c1.json')); db=sqlite3.connect('$tmp/demo/demo.lector')
assert db.execute(\"SELECT count(*) FROM conflicts WHERE status = 'open'\").fetchone()[0] == d['needs_review'], d
n = db.execute(\"SELECT count(*) FROM conflicts c JOIN annotators a ON a.id = c.resolved_by WHERE a.name = 'consensus' \"
               \"AND c.resolution = 'accepted_consensus' AND c.note LIKE 'majority: %'\").fetchone()[0]
assert n == d['settled_by_majority'], (n, d)
"
"$cli" consensus "$tmp/demo/demo.lector" > "$tmp/c3.txt"; check "consensus text output" test $? -eq 0
check "consensus text says what needs review and what the majority settled" $py -c "
import json, re; d=json.load(open('$tmp/c1.json')); t=open('$tmp/c3.txt').read()
assert '%d words' % d['words'] in t and '%d need review' % d['needs_review'] in t, t
assert '%d settled by majority' % d['settled_by_majority'] in t, t
"
cp "$tmp/demo/demo.lector" "$tmp/fresh.lector"
$py -c "
import sqlite3; db=sqlite3.connect('$tmp/fresh.lector')
db.execute('DELETE FROM conflicts'); db.commit()
"
"$cli" consensus "$tmp/fresh.lector" --json --no-settle --against reference > "$tmp/c4.json"; check "consensus --no-settle --against" test $? -eq 0
check "consensus --no-settle leaves every conflict open; --against scores it" $py -c "
import json; d=json.load(open('$tmp/c4.json'))
assert d['needs_review'] == d['conflicts'] and d['settled_by_majority'] == 0, d
q = d['quality']
assert q['truth'] == 'reference' and 0 < q['consensus']['f1'] <= 1, q
assert [a['annotator'] for a in q['annotators']] == ['alice', 'bob', 'chloe'], q
for a in q['annotators']:
    assert a['images'] > 0 and set(a['alone']) == {'precision', 'recall', 'f1'} and 'f1' in a['consensus'], a
"
"$cli" consensus "$tmp/demo/demo.lector" --iou 0 2>/dev/null; check "consensus refuses --iou 0" test $? -eq 1
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

check "efficiency json: agreement with the consensus built above, for each annotator" $py -c "
import json; d={a['name']: a for a in json.load(open('$tmp/e.json'))['annotators']}
for a in d.values():
    assert a['agreement_with_consensus'] is not None and 0 < a['agreement_with_consensus'] <= 1, a
"
check "efficiency text shows the agreement with the consensus" bash -c "'$cli' efficiency '$tmp/demo/demo.lector' --exclude reference,consensus | grep -q '^consensus: share'"
"$cli" demo "$tmp/demo0" --pages 2 >/dev/null && "$cli" efficiency "$tmp/demo0/demo.lector" --json > "$tmp/e0.json"
check "efficiency of a project without a consensus" test $? -eq 0
check "efficiency json: no agreement with a consensus before one is built" $py -c "
import json; d=json.load(open('$tmp/e0.json'))['annotators']
assert d and all(a['agreement_with_consensus'] is None for a in d), d
"
# agreement: reference and consensus are left out by default; --include and --exclude '' bring them back.
"$cli" agreement "$tmp/demo/demo.lector" --json --include consensus > "$tmp/ai.json"; check "agreement --include consensus" test $? -eq 0
"$cli" agreement "$tmp/demo/demo.lector" --json --exclude '' > "$tmp/ae.json"; check "agreement --exclude ''" test $? -eq 0
"$cli" agreement "$tmp/demo/demo.lector" --json --exclude alice > "$tmp/aa.json"; check "agreement --exclude alice" test $? -eq 0
check "agreement: the consensus comes back with --include consensus, everyone with --exclude ''" $py -c "
import json
a5, ai, ae, aa = (json.load(open('$tmp/' + n)) for n in ('a5.json', 'ai.json', 'ae.json', 'aa.json'))
assert a5['annotators'] == ['alice', 'bob', 'chloe'], a5['annotators']
assert ai['annotators'] == ['alice', 'bob', 'chloe', 'consensus'], ai['annotators']
assert ae['annotators'] == ['alice', 'bob', 'chloe', 'consensus', 'reference'], ae['annotators']
assert aa['annotators'] == ['bob', 'chloe', 'consensus', 'reference'], aa['annotators']
pairs = {(p['a'], p['b']): p for p in ai['pairs']}
for who in ('alice', 'bob', 'chloe'):
    p = pairs[(who, 'consensus')]
    assert p['matched'] > 0 and 0 < p['f1'] <= 1 and p['cer'] is not None, p
old = {(p['a'], p['b']): p for p in a5['pairs']}
for k, p in old.items():
    assert pairs[k] == p, k  # the other pairs are unchanged
"
"$cli" agreement --help | tr -s ' \n' ' ' > "$tmp/ah"
check "agreement --help explains --include and --exclude ''" bash -c "grep -q -- '--include' '$tmp/ah' && grep -qF \"'' leaves nobody out\" '$tmp/ah'"
check "agreement text says CER has no reference side" bash -c "'$cli' agreement '$tmp/demo/demo.lector' | grep -q 'neither is the reference'"

# history: agreement --save keeps a snapshot (once per state of the labels); history reads it back unchanged.
"$cli" init "$tmp/hist.lector" > /dev/null
check "history before any snapshot says how to make one" bash -c "'$cli' history '$tmp/hist.lector' | grep -q 'agreement --save'"
"$cli" history "$tmp/demo/demo.lector" --json > "$tmp/h0.json"; check "history --json of the demo" test $? -eq 0
"$cli" agreement "$tmp/demo/demo.lector" --json --save > "$tmp/as.json" 2> "$tmp/as.err"; check "agreement --save" test $? -eq 0
check "agreement --save on the untouched demo: its last evening is current, not saved again" grep -q "not saved again" "$tmp/as.err"
"$cli" agreement "$tmp/demo/demo.lector" --json --save --iou 0.3 > "$tmp/as3.json" 2> "$tmp/as3.err"; check "agreement --save --iou 0.3" test $? -eq 0
check "agreement --save at another IoU saves, and says which snapshot on stderr" grep -q "saved agreement snapshot [0-9]" "$tmp/as3.err"
"$cli" agreement "$tmp/demo/demo.lector" --save --iou 0.3 > /dev/null 2> "$tmp/as4.err"; check "agreement --save --iou 0.3 again" test $? -eq 0
check "agreement --save does not save the same labels twice" grep -q "not saved again" "$tmp/as4.err"
"$cli" history "$tmp/demo/demo.lector" --json > "$tmp/h.json"; check "history --json" test $? -eq 0
"$cli" history "$tmp/demo/demo.lector" --json --scope pair > "$tmp/hp.json"; check "history --json --scope pair" test $? -eq 0
"$cli" info "$tmp/demo/demo.lector" --json > "$tmp/hi.json"
check "history json: the demo's evenings and the snapshot at IoU 0.3, whose figures are the agreement report's" $py -c "
import json, math
h = json.load(open('$tmp/h.json')); hp = json.load(open('$tmp/hp.json')); a = json.load(open('$tmp/as.json'))
info = json.load(open('$tmp/hi.json'))
h0 = json.load(open('$tmp/h0.json'))['snapshots']
# The demo replays its simulated days: one snapshot each evening, times rising, each under the newest version
# published by then (the demo dates its publications into its week).
assert len(h0) >= 1 and all(x['source'] == 'demo' for x in h0), h0
assert [x['taken_at'] for x in h0] == sorted(x['taken_at'] for x in h0)
published = json.load(open('$tmp/h.json'))['guideline_versions']
for x in h0:
    want = max([v['version'] for v in published if v['published_at'] <= x['taken_at']] or [0])
    assert x['guideline_version'] == want, (x['taken'], x['guideline_version'], want, published)
assert h['snapshots'][:len(h0)] == h0  # saving adds, never rewrites
s = h['snapshots'][len(h0):]
assert len(s) == 1, len(s)
a3 = json.load(open('$tmp/as3.json'))
assert s[0]['source'] == 'cli' and s[0]['iou_threshold'] == 0.3, s[0]
assert s[0]['images'] == a3['images'] and s[0]['annotators'] == a3['annotators'], s[0]
assert s[0]['guideline_version'] == info['guideline_versions'], (s[0]['guideline_version'], info['guideline_versions'])
assert len(h['guideline_versions']) == info['guideline_versions']
def close(x, y):
    return (x is None and y is None) or (x is not None and y is not None and math.isclose(x, y, rel_tol=1e-12))
assert close(s[0]['alpha_text'], a3['alpha_text']) and close(h0[-1]['alpha_text'], a['alpha_text'])
# The demo's last evening has every label: its figures are the agreement of the finished project, and so are the
# figures agreement --save kept.
assert h0[-1]['images'] == a['images'] and h0[-1]['annotators'] == a['annotators']
for snap, a in ((hp['snapshots'][len(h0) - 1], a), (hp['snapshots'][len(h0)], a3)):
  pairs = [l for l in snap['lines']]
  assert {l['scope'] for l in pairs} == {'pair'} and len(pairs) == len(a['pairs']), pairs
  for p in a['pairs']:
    l = next(l for l in pairs if (l['a'], l['b']) == (p['a'], p['b']))
    for k in ('regions_a', 'regions_b', 'matched', 'images'):
        assert l[k] == p[k], (k, l, p)
    for k in ('precision', 'recall', 'f1', 'mean_iou', 'text_agreement', 'cer'):
        assert close(l[k], p[k]), (k, l[k], p[k])
scopes = {l['scope'] for l in s[0]['lines']}
assert scopes == {'overall', 'pair', 'annotator', 'slice'}, scopes
"
check "history text lists every snapshot" bash -c "test \$('$cli' history '$tmp/demo/demo.lector' | grep -cE '^ +[0-9]+ 20') -eq \$($py -c \"import json; print(len(json.load(open('$tmp/h.json'))['snapshots']))\")"
"$cli" history "$tmp/demo/demo.lector" --scope everything 2> "$tmp/hs.err"; check "history refuses an unknown --scope" test $? -eq 1
check "history names the unknown scope" grep -q "'everything'" "$tmp/hs.err"

# select: what to label next. Every demo page is labeled, so the default pool is empty and says why.
"$cli" select "$tmp/demo/demo.lector" --budget 3 --json > "$tmp/s0.json"; check "select" test $? -eq 0
"$cli" select "$tmp/demo/demo.lector" --budget 4 --include-labeled --strategy least-confidence --run demo-ocr-v1 --json > "$tmp/s1.json"
check "select --strategy least-confidence" test $? -eq 0
"$cli" eval "$tmp/demo/demo.lector" --run demo-ocr-v1 --json > "$tmp/se.json"
check "select json: an empty pool says why; least confidence is the run's mean (1 - confidence), highest first" $py -c "
import json, sqlite3
s0 = json.load(open('$tmp/s0.json')); s1 = json.load(open('$tmp/s1.json'))
assert s0['pool'] == 0 and s0['images'] == [] and any('labeled' in n for n in s0['notes']), s0
assert s1['strategy'] == 'least-confidence' and s1['run'] == 'demo-ocr-v1' and s1['assigned'] is False, s1
assert len(s1['images']) == 4 and s1['pool'] == 6, s1
db = sqlite3.connect('$tmp/demo/demo.lector')
rows = db.execute('SELECT p.image_id, avg(1 - p.confidence) FROM predictions p JOIN model_runs r ON r.id = p.run_id '
                  'WHERE r.name = ? AND p.confidence IS NOT NULL GROUP BY p.image_id', ('demo-ocr-v1',)).fetchall()
want = [i for i, _ in sorted(rows, key=lambda r: (-r[1], r[0]))][:4]
assert [x['image'] for x in s1['images']] == want, ([x['image'] for x in s1['images']], want)
for x, (i, u) in zip(s1['images'], sorted(rows, key=lambda r: (-r[1], r[0]))):
    assert abs(x['score'] - u) < 1e-9 and x['path'].startswith('images/'), (x, u)
"
"$cli" select "$tmp/demo/demo.lector" --strategy sideways 2> "$tmp/ss.err"; check "select refuses an unknown strategy" test $? -eq 1
check "select names the unknown strategy" grep -q "'sideways'" "$tmp/ss.err"
"$cli" select "$tmp/demo/demo.lector" --include-labeled --strategy margin --run nope 2> "$tmp/sr.err"; check "select refuses an unknown run" test $? -eq 1
check "select names the unknown run in one line" bash -c "grep -q '\"nope\"' '$tmp/sr.err' && test \$(wc -l < '$tmp/sr.err') -eq 1"
"$cli" select "$tmp/demo/demo.lector" --include-labeled --annotators alice,zoe 2> "$tmp/sa.err"; check "select refuses an unknown annotator" test $? -eq 1
check "select names the unknown annotator" grep -q '"zoe"' "$tmp/sa.err"
"$cli" select "$tmp/demo/demo.lector" --budget 6 --include-labeled --annotators alice,bob --overlap 0.34 --json > "$tmp/sq.json"
check "select --annotators --overlap" test $? -eq 0
check "select assigns: two of six images to both annotators, the rest to one, loads balanced, stored as the queue" $py -c "
import json, sqlite3
q = json.load(open('$tmp/sq.json'))
assert q['assigned'] is True and len(q['images']) == 6, q
shared = [x for x in q['images'] if len(x['annotators']) == 2]
assert len(shared) == 2, shared
load = {}
for x in q['images']:
    for a in x['annotators']:
        load[a] = load.get(a, 0) + 1
assert sorted(load) == ['alice', 'bob'] and abs(load['alice'] - load['bob']) <= 1, load
db = sqlite3.connect('$tmp/demo/demo.lector')
stored = db.execute('SELECT n.name, q.image_id, q.position FROM label_queue q JOIN annotators n ON n.id = q.annotator_id').fetchall()
assert sorted(stored) == sorted((a, x['image'], x['position']) for x in q['images'] for a in x['annotators']), stored
"

# eval: model runs scored against labels by the ICDAR 2015 protocol, on the demo project (consensus built above).
check "eval --help exits 0" bash -c "'$cli' eval --help | grep -q 'Usage:'"
demo="$tmp/demo/demo.lector"
"$cli" eval "$demo" --run demo-ocr-v1 --json > "$tmp/ev.json"; check "eval" test $? -eq 0
check "eval json: keys, default ground truth reference, figures from the counts, one entry per image" $py - "$tmp/ev.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("precision", "recall", "hmean", "word_accuracy", "cer", "wer", "per_image", "per_slice", "per_batch",
          "counts", "matching", "iou", "average_precision", "threshold_curve", "confidence_histogram", "confusions"):
    assert k in d, k
assert d["ground_truth"] == "reference" and d["run"] == "demo-ocr-v1" and d["matching"] == "greedy" and d["iou"] == 0.5, d
assert d["detection_order"] == "confidence" and d["average_precision"] is not None, d  # the demo run has confidences
c = d["counts"]
assert c["images"] == 6 == len(d["per_image"]), c
assert abs(d["precision"] - c["matched"] / c["detections"]) < 1e-12 and abs(d["recall"] - c["matched"] / c["ground_truth"]) < 1e-12
assert abs(d["word_accuracy"] - c["text_equal"] / c["ground_truth"]) < 1e-12 and abs(d["cer"] - c["char_errors"] / c["char_total"]) < 1e-12
assert 0.8 < d["precision"] <= 1 and 0.8 < d["recall"] < 1 and 0 < d["cer"] < 0.2, d
assert sum(i["counts"]["matched"] for i in d["per_image"]) == c["matched"]
for im in d["per_image"]:
    assert len(im["matches"]) == im["counts"]["matched"] and len(im["false_positives"]) == im["counts"]["detections"] - im["counts"]["matched"]
    assert len(im["missed"]) == im["counts"]["ground_truth"] - im["counts"]["matched"]
for dim in ("height", "aspect", "rotation", "text_length", "script", "batch", "image_size"):
    assert dim in d["per_slice"], dim
assert sum(b["ground_truth"] for b in d["per_slice"]["height"].values()) == c["ground_truth"]
assert sum(b["detections"] for b in d["per_slice"]["script"].values()) == c["detections"]
assert sum(b["images"] for b in d["per_batch"]) == 6
PY
"$cli" eval "$demo" --run demo-ocr-v1 --json --matching hungarian > "$tmp/evh.json"; check "eval --matching hungarian" test $? -eq 0
"$cli" eval "$demo" --run demo-ocr-v1 --json --iou 0.3 --ignore-case > "$tmp/ev3.json"; check "eval --iou 0.3 --ignore-case" test $? -eq 0
"$cli" eval "$demo" --run demo-ocr-v1 --json --against consensus > "$tmp/evc.json"; check "eval --against consensus" test $? -eq 0
"$cli" eval "$demo" --run demo-ocr-v1 --json --against-run demo-ocr-v1 > "$tmp/evr.json"; check "eval --against-run" test $? -eq 0
check "eval options: optimal and looser matching find at least as many, a run against itself is perfect" $py - "$tmp" <<'PY'
import json, sys, os
t = sys.argv[1]
g, h, l, c, r = (json.load(open(os.path.join(t, n))) for n in ("ev.json", "evh.json", "ev3.json", "evc.json", "evr.json"))
assert h["matching"] == "hungarian" and h["counts"]["matched"] >= g["counts"]["matched"], (h["counts"], g["counts"])
assert l["iou"] == 0.3 and l["ignore_case"] and l["counts"]["matched"] >= g["counts"]["matched"]
assert l["counts"]["text_equal"] >= g["counts"]["text_equal"]
assert c["ground_truth"] == "consensus" and c["counts"]["ground_truth"] > 0
assert r["ground_truth"] == "run:demo-ocr-v1" and r["precision"] == 1 and r["recall"] == 1 and r["cer"] == 0, r["counts"]
PY
"$cli" eval "$demo" --run nope 2>"$tmp/err"; check "eval of an unknown run exits 1" test $? -eq 1
check "the error lists the runs" grep -q "demo-ocr-v1" "$tmp/err"
"$cli" eval "$demo" --run demo-ocr-v1 --against nobody 2>"$tmp/err"; check "eval against an unknown annotator exits 1" test $? -eq 1
check "the error lists the annotators" grep -q "alice" "$tmp/err"
"$cli" eval "$demo" --run demo-ocr-v1 --matching best 2>/dev/null; check "eval refuses --matching best" test $? -eq 1
"$cli" eval "$demo" 2>/dev/null; check "eval without --run exits 1" test $? -eq 1
check "eval text names precision, recall and batches" bash -c "'$cli' eval '$demo' --run demo-ocr-v1 | grep -q 'batch (import order)'"
# feedback: one annotator's page, against the reference; HTML or PDF.
"$cli" feedback "$demo" --annotator chloe --out "$tmp/fb/chloe.html" > "$tmp/fb.out"; check "feedback" test $? -eq 0
check "feedback writes the page, named for its annotator, with every section" bash -c "grep -q 'Feedback for chloe' '$tmp/fb/chloe.html' && grep -q 'Where your labels differ' '$tmp/fb/chloe.html' && grep -q 'Guideline rules' '$tmp/fb/chloe.html'"
"$cli" feedback "$demo" --annotator chloe --out "$tmp/fb/chloe.pdf" > /dev/null; check "feedback --out .pdf" test $? -eq 0
check "feedback writes a PDF" bash -c "head -c 5 '$tmp/fb/chloe.pdf' | grep -q '%PDF-'"
"$cli" feedback "$demo" --annotator zoe --out "$tmp/fb/zoe.html" 2> "$tmp/err"; check "feedback refuses an unknown annotator" test $? -eq 1
check "feedback names the unknown annotator, writes nothing" bash -c "grep -q '\"zoe\"' '$tmp/err' && test ! -e '$tmp/fb/zoe.html'"
# eval --baseline-run: the demo's retrained run against the first, slice by slice (the seed's case: Hangul fell).
"$cli" eval "$demo" --run demo-ocr-v2 --baseline-run demo-ocr-v1 --json > "$tmp/reg.json"; check "eval --baseline-run" test $? -eq 0
"$cli" eval "$demo" --run demo-ocr-v2 --json > "$tmp/ev2.json"
check "eval --baseline-run json: regressions flag Hangul word accuracy; the totals are the two runs' own" $py -c "
import json
r = json.load(open('$tmp/reg.json')); v1 = json.load(open('$tmp/ev.json')); v2 = json.load(open('$tmp/ev2.json'))
g = r['regressions']
assert g['baseline_run'] == 'demo-ocr-v1' and g['resamples'] == 1000 and g['confidence'] == 0.95, g.keys()
assert any(c['dimension'] == 'script' and c['bin'] == 'hangul' and c['metric'] == 'word_accuracy' for c in g['flagged']), g['flagged']
assert all(c['regressed'] and c['high'] < 0 for c in g['flagged'])
assert all(c['low'] <= c['delta'] <= c['high'] for c in g['slices'])
a = next(c for c in g['slices'] if c['dimension'] == 'all' and c['metric'] == 'word_accuracy')
assert abs(a['baseline'] - v1['word_accuracy']) < 1e-12 and abs(a['current'] - v2['word_accuracy']) < 1e-12, (a, v1['word_accuracy'], v2['word_accuracy'])
rec = next(c for c in g['slices'] if c['dimension'] == 'all' and c['metric'] == 'recall')
assert abs(rec['baseline'] - v1['recall']) < 1e-12 and abs(rec['current'] - v2['recall']) < 1e-12
assert r['run'] == 'demo-ocr-v2' and 'per_image' in r  # the rest of the document is eval's own
"
check "eval --baseline-run text says what regressed" bash -c "'$cli' eval '$demo' --run demo-ocr-v2 --baseline-run demo-ocr-v1 | grep -q '^REGRESSED script hangul word_accuracy'"
"$cli" eval "$demo" --run demo-ocr-v2 --baseline-run nope 2> "$tmp/err"; check "eval refuses an unknown baseline run" test $? -eq 1
check "the unknown baseline run is named" grep -q "nope" "$tmp/err"
"$cli" eval "$demo" --run demo-ocr-v2 --baseline-run demo-ocr-v2 2>/dev/null; check "eval refuses a run as its own baseline" test $? -eq 1

# suspects on the demo: worst first, the finder's quality against the demo's truth equal to the independent
# reference's (shapely, scipy), the filters, and one-line errors for what it does not know.
"$cli" suspects "$demo" --annotator bob --run demo-ocr-v1 --truth reference --json > "$tmp/su.json"
check "suspects --truth --json" test $? -eq 0
check "suspects json: keys, worst first, the truth left out of the evidence" $py -c "
import json; d = json.load(open('$tmp/su.json'))
for k in ('annotator', 'run', 'images', 'seconds', 'suspects', 'quality', 'truth'): assert k in d, k
s = d['suspects']; assert len(s) > 20, len(s)
assert all(a['score'] >= b['score'] for a, b in zip(s, s[1:]))
for x in s:
    for k in ('kind', 'score', 'image', 'annotation', 'evidence', 'reason', 'fix', 'path'): assert k in x, k
    assert all(e['source'] != 'reference' for e in x['evidence']), x
assert {'missed_word', 'wrong_text', 'loose_box'} <= set(d['quality']), d['quality'].keys()
"
check "suspects quality equals the independent reference" bash -c "
$py '$LECTOR_SOURCE_DIR/tests/core/analysis/suspects_ap_reference.py' '$demo' bob '$tmp/su.json' > '$tmp/su-ref.txt' &&
$py - '$tmp/su.json' '$tmp/su-ref.txt' <<'PY'
import json, sys
q = json.load(open(sys.argv[1]))['quality']
for line in open(sys.argv[2]):
    kind, *pairs = line.split()
    ref = {k: float(v) for k, v in (p.split('=') for p in pairs)}
    ours = q[kind]
    assert ours['errors'] == ref['errors'] and ours['found'] == ref['found'], (kind, ours, ref)
    assert abs(ours['average_precision'] - ref['ap']) < 1e-4 and abs(ours['recall'] - ref['recall']) < 1e-4, (kind, ours, ref)
PY"
"$cli" suspects "$demo" --annotator bob --run demo-ocr-v1 --kinds wrong_text,loose_box --json > "$tmp/su2.json"
check "suspects --kinds lists only those kinds" $py -c "
import json; s = json.load(open('$tmp/su2.json'))['suspects']
assert s and {x['kind'] for x in s} <= {'wrong_text', 'loose_box'}, {x['kind'] for x in s}
"
"$cli" suspects "$demo" --annotator bob --run demo-ocr-v1 --batch batch-1 --json > "$tmp/su3.json"
check "suspects --batch: only that batch's images" $py -c "
import json, sqlite3; s = json.load(open('$tmp/su3.json'))['suspects']
batch = dict(sqlite3.connect('$demo').execute('SELECT id, batch FROM images'))
assert s and all(batch[x['image']] == 'batch-1' for x in s), {batch[x['image']] for x in s}
"
"$cli" suspects "$demo" --annotator bob --run demo-ocr-v1 --slice script:digits --json > "$tmp/su4.json"
check "suspects --slice: fewer, and every one of digits" $py -c "
import json, re; a = json.load(open('$tmp/su.json'))['suspects']; s = json.load(open('$tmp/su4.json'))['suspects']
assert 0 < len(s) < len(a), (len(s), len(a))
assert all(re.fullmatch(r'\d+', x['region']['text'] or '') for x in s), [x['region']['text'] for x in s][:20]
"
"$cli" suspects "$demo" --annotator bob --slice nope:x 2>"$tmp/err"; check "suspects: an unknown slice exits 1" test $? -eq 1
check "suspects: the slice error is one line" test "$(wc -l <"$tmp/err")" -eq 1
"$cli" suspects "$demo" --annotator bob --kinds nope 2>"$tmp/err"; check "suspects: an unknown kind exits 1" test $? -eq 1
"$cli" suspects "$demo" --annotator nobody 2>"$tmp/err"; check "suspects: an unknown annotator exits 1" test $? -eq 1
check "suspects: the error names the annotator" grep -q "nobody" "$tmp/err"
"$cli" suspects "$demo" 2>/dev/null; check "suspects without --annotator exits 1" test $? -eq 1

# drift: batch-1 (three pages) against batch-3 (the drifted last page) of the six-page demo.
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current batch-3 --json > "$tmp/dr1.json"
check "drift --json" test $? -eq 0
check "drift json: sides, every property, words counted as the store has them, brightness as PIL reads the pages" $py -c "
import json, sqlite3, os
from PIL import Image, ImageStat
d = json.load(open('$tmp/dr1.json'))
for k in ('baseline', 'current', 'run', 'dataset_drift', 'drifted', 'judged', 'drift_share', 'verdict', 'measured', 'problems', 'properties', 'seconds'): assert k in d, k
assert d['baseline'] == {'selection': 'batch-1', 'images': 3} and d['current'] == {'selection': 'batch-3', 'images': 1}, d
assert d['measured'] == 4 and d['problems'] == [] and d['run'] == 'demo-ocr-v2', d
keys = [p['key'] for p in d['properties']]
assert keys == ['brightness', 'contrast', 'sharpness', 'skew', 'width', 'height', 'words_per_image', 'box_height', 'aspect_ratio', 'text_length', 'script', 'characters', 'confidence'], keys
by = {p['key']: p for p in d['properties']}
# One current page: no image property can be judged, and each says why.
assert by['brightness']['method'] == 'none' and 'too few' in by['brightness']['note'], by['brightness']
db = sqlite3.connect('$tmp/demo/demo.lector')
def words(batch):
    return db.execute(\"SELECT count(*) FROM annotations a JOIN images i ON i.id = a.image_id WHERE i.batch = ? AND a.source <> 'consensus'\", (batch,)).fetchone()[0]
assert by['script']['baseline_count'] == words('batch-1') and by['script']['current_count'] == words('batch-3'), by['script']
assert by['script']['method'] == 'jensen-shannon' and 'p_value' in by['script'] and 'psi' in by['script'], by['script']
shares = by['script']['histogram']
assert abs(sum(shares['baseline']) - 1) < 1e-9 and abs(sum(shares['current']) - 1) < 1e-9, shares
paths = [r[0] for r in db.execute(\"SELECT path FROM images WHERE batch = 'batch-1'\")]
means = [ImageStat.Stat(Image.open(os.path.join('$tmp/demo', p)).convert('L')).mean[0] for p in paths]
assert abs(by['brightness']['baseline_mean'] - sum(means) / len(means)) < 0.3, (by['brightness'], means)
"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current batch-3 --json > "$tmp/dr2.json"
check "drift again measures nothing" $py -c "import json; assert json.load(open('$tmp/dr2.json'))['measured'] == 0"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current batch-2 > "$tmp/dr.txt"
check "drift text: the verdict and a line per property" bash -c "grep -q 'dataset drift' '$tmp/dr.txt' -i && test \$(grep -c '^[a-z_]* ' '$tmp/dr.txt') -ge 13"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current batch-9 2>"$tmp/err"; check "drift: an unknown batch exits 1" test $? -eq 1
check "drift: the error names the batch and the project's batches, in one line" bash -c "grep -q \"'batch-9'\" '$tmp/err' && grep -q 'batch-1, batch-2, batch-3' '$tmp/err' && test \$(wc -l < '$tmp/err') -eq 1"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current 2026-03-09..2026-03-01 2>"$tmp/err"; check "drift: a backwards range exits 1" test $? -eq 1
check "drift: the range error names it" grep -q "2026-03-09..2026-03-01" "$tmp/err"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current 1999-01-01..1999-01-02 2>"$tmp/err"; check "drift: an empty range exits 1" test $? -eq 1
check "drift: the empty range is named" grep -q "1999-01-01..1999-01-02" "$tmp/err"
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 2>/dev/null; check "drift without --current exits 1" test $? -eq 1
"$cli" drift "$tmp/demo/demo.lector" --baseline batch-1 --current batch-3 --run nope 2>"$tmp/err"; check "drift: an unknown run exits 1" test $? -eq 1
check "drift: the run error names the run and the project" bash -c "grep -q \"'nope'\" '$tmp/err' && grep -q 'demo.lector' '$tmp/err'"

# Options that only mean something beside another are refused alone, not ignored.
"$cli" eval "$tmp/demo/demo.lector" --run demo-ocr-v1 --resamples 200 2>"$tmp/err"; check "eval --resamples without --baseline-run exits 1" test $? -eq 1
check "eval --resamples says what it needs" grep -q -- "--baseline-run" "$tmp/err"
"$cli" history "$tmp/demo/demo.lector" --scope pair 2>"$tmp/err"; check "history --scope without --json exits 1" test $? -eq 1
check "history --scope says to add --json" grep -q -- "--json" "$tmp/err"

# Every verb refuses an annotator or batch that does not exist, in one line naming it (issue 14 §6).
for args in "agreement --exclude nobody" "agreement --include nobody" "consensus --exclude nobody --no-settle" "efficiency --exclude nobody" "suspects --annotator bob --exclude nobody" "suspects --annotator nobody" "drift --baseline batch-1 --current batch-3 --annotator nobody" "feedback --annotator nobody --out $tmp/nobody.html"; do
  "$cli" ${args%% *} "$tmp/demo/demo.lector" ${args#* } >/dev/null 2>"$tmp/err"; rc=$?
  check "$args exits 1" test $rc -eq 1
  check "$args: one line naming the annotator" bash -c "grep -v QStandardPaths '$tmp/err' | grep -q nobody && test \$(grep -vc QStandardPaths '$tmp/err') -eq 1"
done
"$cli" suspects "$tmp/demo/demo.lector" --annotator bob --batch nope 2>"$tmp/err"; check "suspects --batch nope exits 1" test $? -eq 1
check "suspects --batch nope names the batch and the batches" bash -c "grep -q '\"nope\"' '$tmp/err' && grep -q 'batch-1' '$tmp/err'"

# Another model's results (PaddleOCR system_results.txt with scores) imported as a run and compared side by side.
"$cli" export "$demo" --run demo-ocr-v1 --format ppocrlabel --out "$tmp/pp" >/dev/null; check "export the run" test $? -eq 0
$py - "$tmp/pp/Label.txt" "$tmp/system_results.txt" <<'PY'
import json, random, sys
random.seed(5)
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    path, items = line.rstrip("\n").split("\t", 1)
    res = [{"transcription": i["transcription"], "points": i["points"], "score": round(random.uniform(0.2, 1), 4)}
           for i in json.loads(items) if random.random() > 0.2]
    out.append(path.split("/")[-1] + "\t" + json.dumps(res, ensure_ascii=False))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
"$cli" import "$demo" --labels "$tmp/system_results.txt" --images "$tmp/demo/images" --predictions paddle 2>/dev/null >/dev/null
check "import PaddleOCR results as a run (format detected)" test $? -eq 0
"$cli" eval "$demo" --runs demo-ocr-v1,paddle --json > "$tmp/evs.json"; check "eval --runs" test $? -eq 0
check "eval --runs: one summary per run, the thinned run recalls less" $py -c "
import json; d = json.load(open('$tmp/evs.json'))
assert [r['run'] for r in d] == ['demo-ocr-v1', 'paddle'], d
assert d[1]['recall'] < d[0]['recall'] and d[1]['average_precision'] is not None
assert 'per_image' not in d[0]
"
check "eval --run twice prints a table" bash -c "'$cli' eval '$demo' --run demo-ocr-v1 --run paddle | grep -q '^paddle '"

# On the ICDAR 2015 sample: jittered ground truth written as RRC result files (confidence, transcription), imported
# as a run; lector's figures equal an independent implementation of the official script's protocol.
protocol="${LECTOR_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/core/metrics/icdar2015_protocol.py"
if [ -n "$data" ] && [ -d "$data/icdar2015" ] && $py -c "import shapely, Levenshtein" 2>/dev/null; then
  ic="$data/icdar2015"
  mkdir -p "$tmp/res"
  $py - "$ic/annotations/test" "$tmp/res" <<'PY'
import os, random, sys
random.seed(11)
src, out = sys.argv[1], sys.argv[2]
conf = random.sample(range(1000), 1000)
for name in sorted(os.listdir(src)):
    lines = []
    for line in open(os.path.join(src, name), encoding="utf-8-sig"):
        f = line.rstrip("\n").split(",", 8)
        if len(f) < 9 or random.random() < 0.15:
            continue
        xy = [int(v) for v in f[:8]]
        w, h = max(xy[0::2]) - min(xy[0::2]), max(xy[1::2]) - min(xy[1::2])
        dx, dy = round(random.uniform(-0.3, 0.3) * w), round(random.uniform(-0.3, 0.3) * h)
        xy = [v + (dx if i % 2 == 0 else dy) for i, v in enumerate(xy)]
        text = "x" if f[8] == "###" else (f[8] if random.random() < 0.7 else f[8][:-1])
        lines.append(",".join(map(str, xy)) + ",%.3f," % (conf.pop() / 1000) + text)
    random.shuffle(lines)
    open(os.path.join(out, "res_" + name[3:]), "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$ic/imgs/test" --labels "$tmp/res" --predictions jitter 2>/dev/null >/dev/null
  check "import RRC result files as a run" test $? -eq 0
  "$cli" eval "$tmp/p.lector" --run jitter --against gt --json > "$tmp/evi.json"; check "eval on the ICDAR 2015 sample" test $? -eq 0
  echo "{\"gt_dir\": \"$ic/annotations/test\", \"det_dirs\": [\"$tmp/res\"]}" | $py "$protocol" > "$tmp/ref.json"
  check "reference protocol ran" test $? -eq 0
  check "eval equals the reference protocol on the ICDAR 2015 sample" $py -c "
import json; d = json.load(open('$tmp/evi.json')); r = json.load(open('$tmp/ref.json'))[0]
c = d['counts']
assert (c['matched'], c['ground_truth'], c['detections']) == (r['matched'], r['gt_care'], r['det_care']), (c, r)
for k, rk in (('precision', 'precision'), ('recall', 'recall'), ('hmean', 'hmean'), ('average_precision', 'ap')):
    assert abs(d[k] - r[rk]) < 1e-12, (k, d[k], r[rk])
assert c['char_errors'] == r['lev'] and c['text_equal'] == r['text_equal'], (c, r)
assert c['detections_dont_care'] > 0 and c['matched'] > 0
"
  # The run exported as RRC result files (whole-pixel corners, confidence) and imported again: lector-cli eval gives
  # the figures of the run, and the protocol on the exported files gives them too.
  "$cli" export "$tmp/p.lector" --run jitter --format icdar2015 --out "$tmp/rrc" --json > "$tmp/rrc.json"
  check "export a run as RRC results" test $? -eq 0
  check "the results are res_img_N.txt, lossless but for their transcriptions" $py - "$tmp/rrc.json" "$tmp/rrc" <<'PY'
import json, os, re, sys
d = json.load(open(sys.argv[1]))
for k in ("format", "out", "run", "images", "regions", "files", "lossless", "loss"):
    assert k in d, k
assert d["format"] == "icdar2015" and d["run"] == "jitter" and not d["lossless"], d
assert 0 < d["loss"]["texts_dropped"] <= d["regions"], d["loss"]
assert all(v == 0 for k, v in d["loss"].items() if k != "texts_dropped"), d["loss"]
names = os.listdir(sys.argv[2])
assert names and all(re.match(r"^res_img_[0-9]+\.txt$", n) for n in names), names
PY
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$ic/imgs/test" --labels "$tmp/rrc" --predictions jitter-rrc 2>/dev/null >/dev/null
  check "import the exported results" test $? -eq 0
  "$cli" eval "$tmp/p.lector" --run jitter-rrc --against gt --json > "$tmp/evr.json"; check "eval the import" test $? -eq 0
  echo "{\"gt_dir\": \"$ic/annotations/test\", \"det_dirs\": [\"$tmp/rrc\"]}" | $py "$protocol" > "$tmp/refr.json"
  check "eval of the imported export equals eval of the run, and the protocol on the export" $py - "$tmp/evi.json" "$tmp/evr.json" "$tmp/refr.json" <<'PY'
import json, sys
a, b, r = (json.load(open(p)) for p in sys.argv[1:4])
r = r[0]
for k in ("matched", "ground_truth", "detections", "detections_dont_care"):
    assert a["counts"][k] == b["counts"][k], (k, a["counts"][k], b["counts"][k])
for k in ("precision", "recall", "hmean", "average_precision"):
    assert a[k] == b[k], (k, a[k], b[k])
assert (b["counts"]["matched"], b["counts"]["detections"]) == (r["matched"], r["det_care"]), (b["counts"], r)
for k, rk in (("precision", "precision"), ("recall", "recall"), ("hmean", "hmean"), ("average_precision", "ap")):
    assert abs(b[k] - r[rk]) < 1e-12, (k, b[k], r[rk])
PY
fi

# PPOCRLabel: the folder it opens (Label.txt and fileState.txt beside the images, keyed <folder>/<file>), as its own
# reading rules see it; --done-only and --ppocr-rec; options refused where they mean nothing.
if [ -n "$data" ] && [ -d "$data/icdar2015" ]; then
  "$cli" export "$tmp/p.lector" --annotator gt --format ppocrlabel --out "$tmp/ppl/imgs" --ppocr-rec > "$tmp/ppl.txt"
  check "export ppocrlabel with recognition crops" test $? -eq 0
  check "the summary says what ppocrlabel cannot carry" grep -q "images not marked done written as checked" "$tmp/ppl.txt"
  $py "${LECTOR_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/core/io/ppocrlabel_rules.py" "$tmp/ppl/imgs" > "$tmp/ppl.json"
  check "PPOCRLabel's reading rules take the folder" test $? -eq 0
  check "every image listed, checked, its words under imgs/<file>, ### ignored when training" $py - "$tmp/ppl.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["folder_key"] == "imgs" and d["unknown_keys"] == [], d["unknown_keys"]
assert [i["file"] for i in d["images"]] == ["img_%d.jpg" % n for n in range(1, 8)], [i["file"] for i in d["images"]]
assert all(i["checked"] and i["key"] == "imgs/" + i["file"] for i in d["images"])
assert sum(len(i["ppocrlabel"]) for i in d["images"]) == 62
assert sum(sum(i["det_ignore"]) for i in d["images"]) == 50
assert len(d["rec"]) == 12 and all(r["exists"] for r in d["rec"]), d["rec"]
PY
  "$cli" export "$tmp/p.lector" --annotator gt --format ppocrlabel --out "$tmp/ppd" --done-only --json > "$tmp/ppd.json"
  check "export --done-only" $py -c "import json; d = json.load(open('$tmp/ppd.json')); assert d['images'] == 0 and d['images_not_done'] == 7, d"
  "$cli" export "$tmp/p.lector" --run jitter --format ppocrlabel --out "$tmp/x" --done-only 2>/dev/null
  check "--done-only with a run is refused" test $? -eq 1
  "$cli" export "$tmp/p.lector" --annotator gt --format coco --out "$tmp/x" --ppocr-rec 2>/dev/null
  check "--ppocr-rec with another format is refused" test $? -eq 1
  "$cli" export "$tmp/p.lector" --annotator gt --format icdar2015 --out "$tmp/x" --with-text 2>/dev/null
  check "--with-text without a run is refused" test $? -eq 1
fi

# A corrupt store file: a clear error, exit 1.
head -c 4096 /dev/urandom > "$tmp/corrupt.lector"
"$cli" info "$tmp/corrupt.lector" 2>"$tmp/err"; rc=$?
check "corrupt store exits 1" test $rc -eq 1
check "corrupt store error names the file" grep -q "corrupt.lector" "$tmp/err"

# autolabel and promote: OCR pre-labels (Tesseract) on a 2-page demo project. Words are written per image, promoted
# once (never twice), a missing language or a broken image gives an error naming the file.
for verb in autolabel promote; do
  check "$verb --help exits 0" bash -c "'$cli' $verb --help | grep -q 'Usage:'"
done
check "demo for autolabel" "$cli" demo "$tmp/ocr" --pages 2
ocr="$tmp/ocr/demo.lector"
"$cli" autolabel "$ocr" --lang eng --run t1 --threads 2 --json --promote ocr --min-confidence 0.8 > "$tmp/al.json" 2>"$tmp/al.err"
check "autolabel" test $? -eq 0
"$cli" info "$ocr" --json > "$tmp/al_info.json"
check "autolabel summary agrees with the store" $py -c "
import json; d = json.load(open('$tmp/al.json')); i = json.load(open('$tmp/al_info.json'))
assert d['run'] == 't1' and d['images'] == 2 and d['images_failed'] == 0 and d['words'] > 100, d
assert i['predictions_by_run']['t1'] == d['words'], (i, d)
assert d['seconds'] > 0 and abs(d['images_per_second'] - d['images'] / d['seconds']) < 1e-9, d
p = d['promotion']
assert p['annotator'] == 'ocr' and p['promoted'] > 0 and p['skipped_low_confidence'] > 0, p
assert p['promoted'] + p['skipped_duplicate'] + p['skipped_low_confidence'] == d['words'], p
assert i['annotations_by_annotator']['ocr'] == p['promoted'], i
assert d['accept_threshold'] == 0.8 and d['below_threshold'] == p['skipped_low_confidence'], d
assert sum(b['words'] for b in d['below_threshold_by_image']) == d['below_threshold'], d
"
"$cli" promote "$ocr" --run t1 --annotator ocr --min-confidence 0.8 --json > "$tmp/pr.json"
check "promote again" test $? -eq 0
check "promoting again adds nothing" $py -c "
import json; d = json.load(open('$tmp/pr.json')); a = json.load(open('$tmp/al.json'))['promotion']
assert d['promoted'] == 0 and d['skipped_duplicate'] == a['promoted'], (d, a)
assert d['skipped_low_confidence'] == a['skipped_low_confidence'], (d, a)
"
check "autolabel --batch prints a summary line" bash -c "'$cli' autolabel '$ocr' --lang eng --batch batch-1 --run t2 2>/dev/null | grep -q '^run t2: [12] images read'"
check "autolabel says how many words are below the threshold" bash -c "'$cli' autolabel '$ocr' --lang eng --run tbelow --min-confidence 0.95 2>/dev/null | grep -q '^[0-9]* words below the confidence threshold 0.95'"
"$cli" autolabel "$ocr" --lang eng+xyz 2>"$tmp/err"; check "a missing language exits 1" test $? -eq 1
check "the error names the language file" grep -q "xyz.traineddata" "$tmp/err"
check "the error is one line" test "$(wc -l <"$tmp/err")" -eq 1
"$cli" autolabel "$ocr" --lang eng --batch nope 2>/dev/null; check "an unknown batch exits 1" test $? -eq 1
"$cli" autolabel "$ocr" --psm 0 2>/dev/null; check "--psm 0 exits 1" test $? -eq 1
"$cli" promote "$ocr" --run nope --annotator ocr 2>/dev/null; check "promoting an unknown run exits 1" test $? -eq 1
printf 'not an image' > "$tmp/ocr/images/page_002.png"
"$cli" autolabel "$ocr" --lang eng --run t3 --json > "$tmp/al3.json" 2>"$tmp/err"
check "a broken image is skipped (exit 0)" test $? -eq 0
check "the skipped image is named on stderr" grep -q "page_002.png" "$tmp/err"
check "the summary counts it" $py -c "
import json; d = json.load(open('$tmp/al3.json'))
assert d['images'] == 1 and d['images_failed'] == 1 and d['failures'][0]['path'].endswith('page_002.png'), d
"
"$cli" autolabel "$ocr" --lang eng --run t4 --stop-on-error 2>"$tmp/err"; check "--stop-on-error exits 1" test $? -eq 1
check "--stop-on-error names the image" grep -q "page_002.png" "$tmp/err"

# dedup: an exact copy (the same pixels, other metadata), a recompressed JPEG (near), a page that went missing.
if [ -n "$data" ] && [ -d "$data/funsd/training_data/images" ]; then
  dd="$tmp/dedup"; mkdir -p "$dd/images"
  $py - "$data/funsd/training_data/images" "$dd/images" <<'PY'
import os, sys, zlib, struct
from PIL import Image
src, out = sys.argv[1], sys.argv[2]
pages = sorted(f for f in os.listdir(src) if f.endswith('.png'))[:4]
for i, name in enumerate(pages):
    Image.open(os.path.join(src, name)).save(os.path.join(out, 'page%d.png' % i))
raw = open(os.path.join(out, 'page0.png'), 'rb').read()
body = b'tEXt' + b'Comment\x00resaved'
chunk = struct.pack('>I', len(body) - 4) + body + struct.pack('>I', zlib.crc32(body) & 0xffffffff)
open(os.path.join(out, 'page0-resaved.png'), 'wb').write(raw[:33] + chunk + raw[33:])
Image.open(os.path.join(out, 'page1.png')).convert('RGB').save(os.path.join(out, 'page1-q60.jpg'), quality=60)
PY
  check "dedup: init" "$cli" init "$dd/d.lector"
  check "dedup: import the pages" "$cli" import "$dd/d.lector" --images "$dd/images"
  "$cli" dedup "$dd/d.lector" --threshold 65 2>"$tmp/err"; rc=$?
  check "dedup --threshold out of range exits 1" test $rc -eq 1
  check "dedup --threshold error is one line" test "$(wc -l <"$tmp/err")" -eq 1
  "$cli" dedup "$dd/d.lector" --threshold x 2>/dev/null; check "dedup --threshold x exits 1" test $? -eq 1
  rm "$dd/images/page3.png"
  "$cli" dedup "$dd/d.lector" --json > "$tmp/dd1.json"; check "dedup runs with a missing page" test $? -eq 0
  check "dedup json: exact, near, regions, problems, hashed, seconds" $py -c "
import json, os; d = json.load(open('$tmp/dd1.json'))
for k in ('exact', 'near', 'regions', 'problems', 'hashed', 'seconds'): assert k in d, k
names = lambda c: sorted(os.path.basename(i['path']) for i in c['images'])
assert [names(c) for c in d['exact']] == [['page0-resaved.png', 'page0.png']], d['exact']
assert [names(c) for c in d['near']] == [['page1-q60.jpg', 'page1.png']], d['near']
assert d['exact'][0]['distance'] == 0 and 0 <= d['near'][0]['distance'] <= d['threshold'], d
assert d['hashed'] == 5 and len(d['problems']) == 1 and d['problems'][0]['path'].endswith('page3.png'), d
"
  "$cli" dedup "$dd/d.lector" --json > "$tmp/dd2.json"
  check "dedup again hashes nothing" $py -c "import json; assert json.load(open('$tmp/dd2.json'))['hashed'] == 0"
  "$cli" dedup "$dd/d.lector" --mark --json > "$tmp/dd3.json"
  check "dedup --mark marks one image per cluster" $py -c "
import json; d = json.load(open('$tmp/dd3.json')); assert d['marked'] == 2, d
for c in d['exact'] + d['near']:
    kept = [i['id'] for i in c['images'] if i['duplicate_of'] is None]
    assert len(kept) == 1 and all(i['duplicate_of'] == kept[0] for i in c['images'] if i['id'] != kept[0]), c
"
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
