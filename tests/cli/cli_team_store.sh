#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A project moved between a file and a PostgreSQL server with lector-cli: init --server, push, pull, info --checksum,
# verbs run on the server's copy, psql's own counts, and the errors (a target that holds a project, a file that
# exists, an unreachable server, a missing schema), each one line. Needs the cluster scripts/test.sh starts
# (LECTOR_TEST_PG); skipped (77) without it. Usage: cli_team_store.sh /path/to/lector-cli
set -u
cli="$1"
if [ -z "${LECTOR_TEST_PG:-}" ]; then
  echo "no PostgreSQL server: LECTOR_TEST_PG is not set (scripts/test.sh starts one)"
  exit 77
fi
export OMP_THREAD_LIMIT=1
tmp="$(mktemp -d)"
schema="cli_$$_$RANDOM"
url="$LECTOR_TEST_PG?options=-csearch_path%3D$schema"
psql_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/psql"
sql() { "$psql_bin" "$LECTOR_TEST_PG" -XAtqc "$1"; }
trap 'sql "DROP SCHEMA IF EXISTS $schema CASCADE; DROP SCHEMA IF EXISTS ${schema}_b CASCADE" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
one_line_error() { # one_line_error DESCRIPTION PATTERN COMMAND...: exit 1, one stderr line matching PATTERN
  local what="$1" pattern="$2"; shift 2
  "$@" >/dev/null 2>"$tmp/err"; local rc=$?
  check "$what exits 1" test $rc -eq 1
  check "$what is one line" test "$(wc -l <"$tmp/err")" -eq 1
  check "$what says: $pattern" grep -q -- "$pattern" "$tmp/err"
}

"$cli" demo "$tmp/demo" --pages 4 >/dev/null 2>&1; check "demo project" test -f "$tmp/demo/demo.lector"
demo="$tmp/demo/demo.lector"

check "init --server makes the schema and an empty project" bash -c "'$cli' init --server '$url' >/dev/null"
check "the schema exists on the server" test "$(sql "SELECT count(*) FROM pg_namespace WHERE nspname = '$schema'")" = 1
one_line_error "init with a file and --server" "one of them" "$cli" init "$tmp/x.lector" --server "$url"

"$cli" push "$demo" "$url" >"$tmp/push.out" 2>"$tmp/push.err"; rc=$?
check "push exits 0" test $rc -eq 0
check "push says both sides agree" grep -q "counts and checksums equal on both sides" "$tmp/push.out"
check "push lists the annotations table" grep -q "^  annotations " "$tmp/push.out"
check "push says where the images are" grep -q "image root" "$tmp/push.out"

"$cli" info "$demo" --json --checksum >"$tmp/file.json"
"$cli" info "$url" --json --checksum >"$tmp/server.json"; rc=$?
check "info on the server exits 0" test $rc -eq 0
same_content=$(/usr/bin/python3 -c '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
keys = ["images", "annotations", "annotations_by_annotator", "predictions_by_run", "guideline_versions", "sha256", "tables"]
print("yes" if all(a[k] == b[k] for k in keys) and a["annotations"] > 0 else "no")' "$tmp/file.json" "$tmp/server.json")
check "the server's counts and checksum are the file's" test "$same_content" = yes
"$cli" info "$url" >"$tmp/server.txt"
check "info names the server project as it is" grep -qF "project:            ${url/lector@/lector@}" "$tmp/server.txt"
annotations=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["annotations"])' "$tmp/file.json")
check "psql counts the annotations info counts" test "$(sql "SELECT count(*) FROM $schema.annotations")" = "$annotations"
check "the pushed project records its image root" \
  test "$(sql "SELECT value FROM $schema.project WHERE key = 'image_root'")" = "$tmp/demo"

# Verbs work on the server's copy, and find the images under the image root.
check "check on the server finds every image" bash -c "'$cli' check '$url' >'$tmp/check.out' 2>&1"
check "agreement on the server" bash -c "'$cli' agreement '$url' --json >'$tmp/agreement.json'"
"$cli" agreement "$demo" --json >"$tmp/agreement-file.json"
check "agreement on the server is the file's" cmp -s "$tmp/agreement.json" "$tmp/agreement-file.json"
mkdir -p "$tmp/elsewhere" && cp -r "$tmp/demo/images" "$tmp/elsewhere/" 2>/dev/null
if [ -d "$tmp/elsewhere/images" ]; then
  mv "$tmp/demo/images" "$tmp/demo/images.moved"
  "$cli" check "$url" >/dev/null 2>&1; rc=$?
  check "with the images moved, check on the server misses them" test $rc -ne 0
  check "--image-root names this workstation's copy" bash -c "'$cli' check '$url' --image-root '$tmp/elsewhere' >/dev/null"
  check "so does LECTOR_IMAGE_ROOT" bash -c "LECTOR_IMAGE_ROOT='$tmp/elsewhere' '$cli' check '$url' >/dev/null"
  mv "$tmp/demo/images.moved" "$tmp/demo/images"
fi

one_line_error "push into a server project that holds one" "not empty" "$cli" push "$demo" "$url"

"$cli" pull "$url" "$tmp/demo/pulled.lector" >"$tmp/pull.out" 2>&1; rc=$?
check "pull exits 0" test $rc -eq 0
check "pull says both sides agree" grep -q "counts and checksums equal on both sides" "$tmp/pull.out"
"$cli" info "$tmp/demo/pulled.lector" --json --checksum >"$tmp/pulled.json"
check "the pulled file's checksum is the first file's" test "$(/usr/bin/python3 -c '
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
print("yes" if a["sha256"] == b["sha256"] and a["tables"] == b["tables"] else "no")' "$tmp/file.json" "$tmp/pulled.json")" = yes
one_line_error "pull into a file that exists" "exists already" "$cli" pull "$url" "$tmp/demo/pulled.lector"
one_line_error "pull from a file" "URL" "$cli" pull "$demo" "$tmp/other.lector"
check "a refused pull leaves no file" test ! -e "$tmp/other.lector"

one_line_error "an unreachable server" "cannot connect" "$cli" info "postgresql://lector@127.0.0.1:1/postgres"
one_line_error "a schema that does not exist" "the schema nope_$schema does not exist" \
  "$cli" info "$LECTOR_TEST_PG?options=-csearch_path%3Dnope_$schema"
one_line_error "an empty schema" "schema is empty" bash -c \
  "'$psql_bin' '$LECTOR_TEST_PG' -XAtqc 'CREATE SCHEMA ${schema}_b' && '$cli' info '$LECTOR_TEST_PG?options=-csearch_path%3D${schema}_b'"
check "errors show no password" bash -c \
  "! '$cli' info 'postgresql://lector:s3cret@127.0.0.1:1/postgres' 2>&1 | grep -q s3cret"

# Roles the database enforces, tried with psql as each member: outside Lector, so only the server holds them back.
ann="ann_$schema"
other="other_$schema"
trap 'sql "DROP SCHEMA IF EXISTS $schema CASCADE; DROP SCHEMA IF EXISTS ${schema}_b CASCADE; DROP ROLE IF EXISTS $ann; DROP ROLE IF EXISTS $other" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
check "team --add an annotator" bash -c "'$cli' team '$url' --add '$ann' --role annotator >'$tmp/team.out'"
check "team --add another" bash -c "'$cli' team '$url' --add '$other' >/dev/null"
check "team lists the member with the role" grep -qE "^  $ann +annotator" "$tmp/team.out"
as_member() { # as_member USER SQL: psql connected as USER to the project's schema
  "$psql_bin" "${LECTOR_TEST_PG/lector@/$1@}?options=-csearch_path%3D$schema" -XAtqc "$2" 2>"$tmp/psql.err"
}
check "the member is a database user of the project's annotator role" \
  test "$(sql "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '$ann' AND r.rolname LIKE 'lector_%_annotator'")" = 1
unreviewed=$(sql "SELECT i.id FROM $schema.images i WHERE NOT $schema.lector_reviewed(i.id) AND EXISTS (SELECT 1 FROM $schema.annotations a WHERE a.image_id = i.id) ORDER BY i.id LIMIT 1")
check "the demo has an image not yet reviewed" test -n "$unreviewed"
theirs=$(sql "SELECT count(*) FROM $schema.annotations WHERE image_id = $unreviewed")
check "others labeled it" test "$theirs" -gt 0
check "an annotator reads none of their labels before review" \
  test "$(as_member "$ann" "SELECT count(*) FROM annotations WHERE image_id = $unreviewed")" = 0
as_member "$ann" "UPDATE annotations SET text = 'forged' WHERE image_id = $unreviewed" >/dev/null
as_member "$ann" "DELETE FROM annotations WHERE image_id = $unreviewed" >/dev/null
check "nor changes or removes them" test "$(sql "SELECT count(*) FROM $schema.annotations WHERE image_id = $unreviewed AND text <> 'forged'")" = "$theirs"
victim=$(sql "SELECT annotator_id FROM $schema.annotations WHERE image_id = $unreviewed LIMIT 1")
as_member "$ann" "INSERT INTO annotations (image_id, annotator_id, points, x_min, y_min, x_max, y_max, source, created_at, updated_at) VALUES ($unreviewed, $victim, '[]', 0, 0, 1, 1, 'manual', 0, 0)" >/dev/null
check "nor writes a label in another's name" grep -q "row-level security" "$tmp/psql.err"
as_member "$ann" "INSERT INTO guideline_versions (number, markdown, created_at) VALUES (99, 'mine', 0)" >/dev/null
check "nor publishes a guideline" grep -q "permission denied" "$tmp/psql.err"
me=$(sql "SELECT id FROM $schema.annotators WHERE name = '$ann'")
check "an annotator writes their own label" bash -c "'$psql_bin' '${LECTOR_TEST_PG/lector@/$ann@}?options=-csearch_path%3D$schema' -XAtqc \"INSERT INTO annotations (image_id, annotator_id, points, x_min, y_min, x_max, y_max, source, created_at, updated_at) VALUES ($unreviewed, $me, '[]', 0, 0, 1, 1, 'manual', 0, 0)\" >/dev/null"
check "and reads it" test "$(as_member "$ann" "SELECT count(*) FROM annotations WHERE image_id = $unreviewed")" = 1
check "the other annotator does not" test "$(as_member "$other" "SELECT count(*) FROM annotations WHERE image_id = $unreviewed")" = 0
as_member "$ann" "INSERT INTO edit_log (at, annotator_id, action, db_user) VALUES (0, $me, 'note', 'somebody_else')" >/dev/null
check "a log entry names who wrote it, whatever it says" \
  test "$(sql "SELECT db_user FROM $schema.edit_log WHERE action = 'note'")" = "$ann"

# Live updates: watch hears what another session changes, as it happens, named by image.
"$cli" watch "$url" --json --count 2 --for 30 >"$tmp/watch.out" 2>"$tmp/watch.err" &
watcher=$!
for _ in $(seq 100); do grep -q "^watching" "$tmp/watch.err" 2>/dev/null && break; sleep 0.1; done
check "watch says what it watches" grep -q "^watching .*$schema" "$tmp/watch.err"
changed=$(sql "UPDATE $schema.annotations SET text = text || '!' WHERE id = (SELECT min(id) FROM $schema.annotations) RETURNING image_id")
sql "INSERT INTO $schema.guideline_versions (number, markdown, created_at) VALUES (98, '# watched', 0)" >/dev/null
wait "$watcher"; rc=$?
check "watch exits 0 after --count changes" test $rc -eq 0
check "watch heard the label's image, by id and path" /usr/bin/python3 -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
kinds = [(l["kind"], l.get("image_id")) for l in lines]
assert ("labels", int(sys.argv[2])) in kinds, kinds
assert ("guideline", None) in kinds, kinds
label = next(l for l in lines if l["kind"] == "labels")
assert label["image"] == sys.argv[3], label' "$tmp/watch.out" "$changed" "$(sql "SELECT path FROM $schema.images WHERE id = $changed")"
one_line_error "watch of a project file" "a project file has nobody else to watch" "$cli" watch "$demo"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
