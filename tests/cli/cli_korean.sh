#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# lector-cli speaks the system's language (issue #16): under a Korean locale the top-level help, every verb's summary
# and every option of every verb's --help are Korean; a usage error, and an error the core makes (a missing project),
# are one Korean line that still names the file; LC_ALL=C gives the English program whatever LANG and LANGUAGE say.
# What scripts read stays the same in every language: --json output and exit codes; the manual page has the same
# commands and options in both. Usage: cli_korean.sh CLI
set -u
cli="$1"
py=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
ko() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=ko_KR.UTF-8 "$@"; }
en() { env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=C.UTF-8 "$@"; }
hangul() { grep -qP '[\x{AC00}-\x{D7A3}]' "$@"; }

# The top-level help: its frame and every verb's summary (the indented line under "  VERB ARGUMENTS").
ko "$cli" --help >"$tmp/help"; check "Korean --help exits 0" test $? -eq 0
check "the Korean help has Korean text" hangul "$tmp/help"
verbs=$(sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' "$tmp/help")
check "the Korean help still lists the verbs by their names" test "$(wc -w <<<"$verbs")" -ge 20
untranslated=$(sed -n 's/^      //p' "$tmp/help" | grep -vP '[\x{AC00}-\x{D7A3}]')
check "every verb's summary is Korean (untranslated: ${untranslated:0:200})" test -z "$untranslated"
en "$cli" --help >"$tmp/help-en"
check "the English help has no Korean" bash -c "! grep -qP '[\x{AC00}-\x{D7A3}]' '$tmp/help-en'"
check "the same verbs in both languages" test "$(sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' "$tmp/help-en")" = "$verbs"

# Every option of every verb: its description (beside the option, or on the lines below) has Korean in it.
for verb in $verbs; do
  ko "$cli" "$verb" --help >"$tmp/vh"; rc=$?
  check "$verb --help exits 0 in Korean" test $rc -eq 0
  report=$($py - "$tmp/vh" <<'EOF'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
options, current = [], None
started = False
for line in lines:
    if re.match(r"^\S.*:$", line):  # a block title ("옵션:", "인자:")
        started = True
        current = None
        continue
    if not started or not line.strip():
        current = None
        continue
    m = re.match(r"^  (-\S.*?)(?:  +(.*))?$", line)
    if m:
        current = [m.group(1), m.group(2) or ""]
        options.append(current)
    elif current is not None:
        current[1] += " " + line.strip()
bad = [spec for spec, text in options if not re.search("[\uac00-\ud7a3]", text)]
print(len(options), "; ".join(bad))
EOF
)
  count=${report%% *}
  bad=${report#* }
  check "$verb --help lists its options" test "${count:-0}" -ge 3
  check "$verb: every option's help is Korean (not: $bad)" test -z "$bad"
done

# A usage error and the core's own error: one Korean line, exit 1, the file named.
ko "$cli" info >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a usage error is a user error in Korean too" test $rc -eq 1
check "the usage error is Korean" hangul "$tmp/err"
check "the usage error is one line" test "$(wc -l <"$tmp/err")" -eq 1
ko "$cli" info "$tmp/missing.lector" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a missing project is a user error" test $rc -eq 1
check "the core's message is Korean: $(cat "$tmp/err")" hangul "$tmp/err"
check "it names the file" grep -q "missing.lector" "$tmp/err"
check "it is one line" test "$(wc -l <"$tmp/err")" -eq 1
en "$cli" info "$tmp/missing.lector" 2>"$tmp/err-en"
check "in English it has no Korean" bash -c "! grep -qP '[\x{AC00}-\x{D7A3}]' '$tmp/err-en'"
env LANG=ko_KR.UTF-8 LANGUAGE=ko LC_ALL=C "$cli" info "$tmp/missing.lector" 2>"$tmp/err-c"
check "LC_ALL=C is English whatever LANG and LANGUAGE say" cmp -s "$tmp/err-en" "$tmp/err-c"
env -u LC_ALL LANG=ko_KR.UTF-8 LANGUAGE=en "$cli" info "$tmp/missing.lector" 2>"$tmp/err-lang"
check "LANGUAGE=en before a Korean LANG is English" cmp -s "$tmp/err-en" "$tmp/err-lang"
env -u LC_ALL -u LANG LC_MESSAGES=ko_KR.UTF-8 "$cli" info "$tmp/missing.lector" 2>"$tmp/err-msg"
check "LC_MESSAGES=ko_KR alone is Korean" hangul "$tmp/err-msg"

# What scripts read does not change with the language.
en "$cli" init "$tmp/p.lector" >/dev/null
ko "$cli" info "$tmp/p.lector" --json >"$tmp/info-ko.json"
en "$cli" info "$tmp/p.lector" --json >"$tmp/info-en.json"
check "info --json is the same in Korean" cmp -s "$tmp/info-ko.json" "$tmp/info-en.json"
check "info --json is JSON" $py -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/info-ko.json"
# The manual page speaks the language too (packaging/ installs both): the same commands and options, Korean text.
ko "$cli" --man >"$tmp/man-ko"
env LC_ALL=C "$cli" --man >"$tmp/man-en"
check "the manual page has no Korean under LC_ALL=C" bash -c "! grep -qP '[\x{AC00}-\x{D7A3}]' '$tmp/man-en'"
check "the Korean manual page is Korean" hangul "$tmp/man-ko"
check "the Korean manual page names its sections in Korean" grep -qx '.SH 이름' "$tmp/man-ko"
specs() { awk 'prev == ".TP" && !/^[0-9]$/ { print } /^\.SS/ { print } { prev = $0 }' "$1"; }
check "both manual pages have the same commands and options" cmp -s <(specs "$tmp/man-en") <(specs "$tmp/man-ko")
check "the manual page lists options" test "$(specs "$tmp/man-en" | grep -c -- '\\-\\-')" -ge 50

# A table stays in line in Korean: Hangul takes two terminal cells, and the columns are padded by cells.
ko "$cli" demo "$tmp/demo" --pages 3 >/dev/null 2>&1; check "a demo project" test -f "$tmp/demo/demo.lector"
for verb in efficiency agreement; do
  ko "$cli" "$verb" "$tmp/demo/demo.lector" >"$tmp/$verb.txt" 2>/dev/null; rc=$?
  check "$verb runs in Korean" test $rc -eq 0
  check "$verb's table has Korean headers" hangul "$tmp/$verb.txt"
  check "$verb's table: the header and every row end in the same terminal column" $py -c '
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
# The table: from the first line that starts with a Korean header to the first blank line after it.
start = next(i for i, l in enumerate(lines) if l and unicodedata.east_asian_width(l[0]) == "W" and "  " in l)
table = []
for l in lines[start:]:
    if not l.strip():
        break
    table.append(l)
assert len(table) >= 3, table
widths = {width(l) for l in table}
assert len(widths) == 1, (sys.argv[2], [(width(l), l) for l in table])
' "$tmp/$verb.txt" "$verb"
done

echo "$passes passed, $failures failed"
test "$failures" -eq 0
