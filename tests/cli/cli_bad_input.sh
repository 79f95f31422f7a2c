#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bad input never crashes and never loses an edit: every case below is a user error (exit 1) with one line on stderr
# naming the file (and line or record), and nothing written. Files that never end, JSON nested 100,000 levels deep,
# non-object records, truncated and oversized images, empty and damaged projects, read-only folders, control
# characters in the input. Usage: cli_bad_input.sh /path/to/lector-cli
set -u
cli="$1"
tmp="$(mktemp -d)"
immutable=()
cleanup() {
  for p in "${immutable[@]}"; do chattr -i "$p" 2>/dev/null; done
  chmod -R u+w "$tmp" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
py=/usr/bin/python3

# expect_user_error NAME TEXT COMMAND...: exit 1, exactly one line on stderr, and that line contains TEXT.
expect_user_error() {
  local what="$1" text="$2"; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  check "$what: exit 1 (got $rc)" test $rc -eq 1
  check "$what: one line on stderr ($(wc -l <"$tmp/err") lines: $(head -c 300 "$tmp/err"))" test "$(wc -l <"$tmp/err")" -eq 1
  check "$what: the error says \"$text\" ($(head -c 300 "$tmp/err"))" grep -qF -- "$text" "$tmp/err"
}

# Images made here: PNGs by hand (a bad CRC in a text chunk makes libpng warn), a JPEG through Pillow.
mkdir -p "$tmp/img"
$py - "$tmp/img" <<'PY'
import struct, sys, zlib
from PIL import Image
d = sys.argv[1]
def chunk(t, data, bad=False):
    crc = zlib.crc32(t + data) & 0xffffffff
    return struct.pack('>I', len(data)) + t + data + struct.pack('>I', crc ^ (1 if bad else 0))
def png(w, h, extra=b''):
    raw = b''.join(b'\x00' + bytes((x * 7 + y) & 255 for x in range(w * 3)) for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + extra
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
open(d + '/a.png', 'wb').write(png(40, 30))
open(d + '/wide.png', 'wb').write(png(2000, 1000))
open(d + '/warns.png', 'wb').write(png(40, 30, chunk(b'tEXt', b'Comment\x00hello', bad=True)))
Image.new('RGB', (320, 240), (200, 120, 40)).save(d + '/photo.jpg', quality=90)
jpeg = open(d + '/photo.jpg', 'rb').read()
open(d + '/half.jpg', 'wb').write(jpeg[:len(jpeg) // 2])
PY
"$cli" init "$tmp/p.lector" >/dev/null
nothing_imported() {
  "$cli" info "$tmp/p.lector" --json | $py -c 'import json,sys; d=json.load(sys.stdin); sys.exit(d["images"] != 0)'
}

# ---- Label files that never end -----------------------------------------------------------------------------------
if [ -e /dev/zero ]; then
  expect_user_error "Label.txt /dev/zero" "/dev/zero:1: the line is longer than 16 MiB" \
    "$cli" import "$tmp/p.lector" --format ppocrlabel --images "$tmp/img" --labels /dev/zero
  expect_user_error "icdar2015 /dev/zero" "/dev/zero: the file is larger than 256 MiB" \
    "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/img" --labels /dev/zero
  expect_user_error "coco /dev/zero" "/dev/zero: the file is larger than 256 MiB" \
    "$cli" import "$tmp/p.lector" --format coco --images "$tmp/img" --labels /dev/zero
fi
mkdir -p "$tmp/sparse"
cp "$tmp/img/a.png" "$tmp/sparse/"
printf 'a.png\t[{"transcription": "x", "points": [[1, 1], [5, 1], [5, 5]]}]\n' > "$tmp/sparse/Label.txt"
truncate -s 3G "$tmp/sparse/Label.txt"
expect_user_error "a sparse 3 GB Label.txt" "Label.txt:2: the line is longer than 16 MiB" \
  "$cli" import "$tmp/p.lector" --format ppocrlabel --labels "$tmp/sparse/Label.txt"
check "nothing imported from the files that never end" nothing_imported

# ---- JSON nested 100,000 levels deep, records that are not objects ---------------------------------------------------
mkdir -p "$tmp/deep"
cp "$tmp/img/a.png" "$tmp/deep/"
$py -c "
deep = '[' * 100000 + ']' * 100000
open('$tmp/deep/a.json', 'w').write('{\"shapes\": [\n{\"label\": \"x\", \"points\": [[1, 1], [5, 5]], \"shape_type\": \"rectangle\",\n\"flags\": ' + deep + '}],\n\"imagePath\": \"a.png\"}\n')
"
expect_user_error "labelme nested 100,000 levels" "a.json:3: malformed JSON: nested deeper than 64 levels" \
  "$cli" import "$tmp/p.lector" --format labelme --labels "$tmp/deep/a.json"
mkdir -p "$tmp/coco"
cp "$tmp/img/a.png" "$tmp/coco/"
for entry in false 42 null '[1, 2, 3, 4]'; do
  printf '{"images": [{"id": 1, "file_name": "a.png"}],\n"annotations": [\n{"id": 1, "image_id": 1, "bbox": [1, 1, 4, 4]},\n%s\n]}\n' "$entry" > "$tmp/coco/annotations.json"
  expect_user_error "COCO annotation $entry" "annotations.json:4: annotations[1] is not a JSON object" \
    "$cli" import "$tmp/p.lector" --format coco --labels "$tmp/coco/annotations.json"
done
mkdir -p "$tmp/funsd"
cp "$tmp/img/a.png" "$tmp/funsd/"
printf '{"form": [\n{"id": 0, "words": [{"text": "x", "box": [1, 1, 4, 4]}]},\n42\n]}\n' > "$tmp/funsd/a.json"
expect_user_error "FUNSD form entry 42" "a.json:3: form[1] is not a JSON object" \
  "$cli" import "$tmp/p.lector" --format funsd --labels "$tmp/funsd/a.json"
check "nothing imported from the malformed JSON" nothing_imported

# ---- Control characters from the input are escaped --------------------------------------------------------------------
mkdir -p "$tmp/ctl"
cp "$tmp/img/a.png" "$tmp/ctl/img_1.png"
printf '1,1,5,1,5,5,1,5,ok\n1,\033[31m,5,1,5,5,1,5,red\n' > "$tmp/ctl/gt_img_1.txt"
expect_user_error "an escape sequence in a coordinate" 'gt_img_1.txt:2: coordinate 2 is not a finite number: "\x1b[31m"' \
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/ctl" --labels "$tmp/ctl/gt_img_1.txt"
check "no raw escape byte reaches the terminal" bash -c "! grep -q $'\033' '$tmp/err'"

# ---- Images: truncated, too large, warnings -----------------------------------------------------------------------------
mkdir -p "$tmp/trunc"
cp "$tmp/img/half.jpg" "$tmp/trunc/img_1.jpg"
printf '1,1,5,1,5,5,1,5,ok\n' > "$tmp/trunc/gt_img_1.txt"
expect_user_error "half a JPEG" "img_1.jpg: the image is truncated (premature end of the JPEG data)" \
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/trunc" --labels "$tmp/trunc/gt_img_1.txt"
mkdir -p "$tmp/wide"
cp "$tmp/img/wide.png" "$tmp/wide/img_1.png"
printf '1,1,5,1,5,5,1,5,ok\n' > "$tmp/wide/gt_img_1.txt"
expect_user_error "an image above --max-megapixels" "the image is 2000×1000 pixels (2 megapixels), above the limit of 1 megapixels" \
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/wide" --labels "$tmp/wide/gt_img_1.txt" --max-megapixels 1
expect_user_error "an image above LECTOR_MAX_MEGAPIXELS" "above the limit of 1.5 megapixels" \
  env LECTOR_MAX_MEGAPIXELS=1.5 "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/wide" --labels "$tmp/wide/gt_img_1.txt"
expect_user_error "--max-megapixels that is no number" "--max-megapixels takes a number" \
  "$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/wide" --labels "$tmp/wide/gt_img_1.txt" --max-megapixels lots
check "nothing imported from the bad images" nothing_imported
"$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/wide" --labels "$tmp/wide/gt_img_1.txt" >/dev/null 2>"$tmp/err"
check "2 megapixels are within the default limit" test $? -eq 0
mkdir -p "$tmp/warns"
cp "$tmp/img/warns.png" "$tmp/warns/img_2.png"
printf '1,1,5,1,5,5,1,5,ok\n' > "$tmp/warns/gt_img_2.txt"
"$cli" import "$tmp/p.lector" --format icdar2015 --images "$tmp/warns" --labels "$tmp/warns/gt_img_2.txt" >/dev/null 2>"$tmp/err"
check "an image libpng warns about imports" test $? -eq 0
check "libpng's warning is not on stderr ($(cat "$tmp/err"))" test ! -s "$tmp/err"
check "check passes" bash -c "'$cli' check '$tmp/p.lector' | grep -q 'integrity and schema checks passed'"
# The image is cut in half after the import: check finds it, as OpenCV did not.
mkdir -p "$tmp/later"
cp "$tmp/img/photo.jpg" "$tmp/later/img_3.jpg"
printf '1,1,5,1,5,5,1,5,ok\n' > "$tmp/later/gt_img_3.txt"
"$cli" init "$tmp/later.lector" >/dev/null
"$cli" import "$tmp/later.lector" --format icdar2015 --images "$tmp/later" --labels "$tmp/later/gt_img_3.txt" >/dev/null
cp "$tmp/img/half.jpg" "$tmp/later/img_3.jpg"
expect_user_error "check on a truncated image" "img_3.jpg: the image is truncated" "$cli" check "$tmp/later.lector"

# ---- Projects: empty, damaged schema, read-only -----------------------------------------------------------------------
: > "$tmp/empty.lector"
expect_user_error "info on a 0-byte file" "empty.lector: not a Lector project: the file is empty" "$cli" info "$tmp/empty.lector"
check "the 0-byte file stays empty" test ! -s "$tmp/empty.lector"
cp "$tmp/p.lector" "$tmp/nov.lector"
sqlite3 "$tmp/nov.lector" "DELETE FROM schema_version"
expect_user_error "no schema version" "nov.lector: the project is damaged: its schema_version table is empty" \
  "$cli" info "$tmp/nov.lector"
sqlite3 "$tmp/nov.lector" "INSERT INTO schema_version VALUES (-1)"
expect_user_error "a negative schema version" "its schema version is -1" "$cli" info "$tmp/nov.lector"
cp "$tmp/p.lector" "$tmp/dropped.lector"
sqlite3 "$tmp/dropped.lector" "DROP TABLE annotations"
expect_user_error "check on a dropped table" "dropped.lector: schema check failed: the table annotations is missing" \
  "$cli" check "$tmp/dropped.lector"

# A read-only folder: chmod for a user, chattr +i for root (who ignores permissions).
mkdir -p "$tmp/ro"
cp "$tmp/p.lector" "$tmp/ro/p.lector"
chmod a-w "$tmp/ro"
if [ "$(id -u)" -eq 0 ] && chattr +i "$tmp/ro" 2>/dev/null; then immutable+=("$tmp/ro"); fi
if touch "$tmp/ro/probe" 2>/dev/null; then
  rm -f "$tmp/ro/probe"
  echo "SKIP: cannot make a folder read-only here (no chattr +i for root)"
else
  "$cli" info "$tmp/ro/p.lector" >"$tmp/out" 2>"$tmp/err"
  check "info reads a project in a read-only folder ($(cat "$tmp/err"))" test $? -eq 0
  check "the counts are read" grep -q "images: *2" "$tmp/out"
  "$cli" export "$tmp/ro/p.lector" --format icdar2015 --out "$tmp/ro-out" >/dev/null 2>&1
  check "export reads it too" test $? -eq 0
  expect_user_error "import into a read-only folder" "p.lector: the project is read-only: no write permission" \
    "$cli" import "$tmp/ro/p.lector" --format icdar2015 --images "$tmp/warns" --labels "$tmp/warns/gt_img_2.txt"
  check "no -shm was left" test ! -e "$tmp/ro/p.lector-shm"
fi
# A read-only mount, where root is refused too (needs a mount namespace: skipped where unshare is not allowed).
mkdir -p "$tmp/mnt"
cp "$tmp/p.lector" "$tmp/mnt/p.lector"
if [ "$(id -u)" -eq 0 ] && unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private bash -c "mount --bind '$tmp/mnt' '$tmp/mnt' && mount -o remount,bind,ro '$tmp/mnt' && '$cli' info '$tmp/mnt/p.lector'" >"$tmp/out" 2>"$tmp/err"
  check "info reads a project on a read-only mount ($(cat "$tmp/err"))" test $? -eq 0
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
