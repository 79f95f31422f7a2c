#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# lector-cli's verb table: every src/cli/<verb>_verb.cpp is listed in the top-level help with its summary, and every
# listed verb answers --help and -h with its usage and that summary (a verb whose static registrar the linker
# dropped would be missing here). Also the global options: --version, help, no command. Usage: cli_help.sh CLI
set -u
cli="$1"
src="${LECTOR_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}

"$cli" --help >"$tmp/help"; check "--help exits 0" test $? -eq 0
"$cli" help >"$tmp/help2"; check "help exits 0" test $? -eq 0
check "help is the same as --help" cmp -s "$tmp/help" "$tmp/help2"
"$cli" >"$tmp/help3"; check "no command is a user error (1)" test $? -eq 1
check "no command prints the help" cmp -s "$tmp/help" "$tmp/help3"

# The top-level help lists "  VERB ARGUMENTS" then the summary, indented, on the next line.
listed=$(sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' "$tmp/help")
files=$(ls "$src"/src/cli/*_verb.cpp | sed 's#.*/\([a-z-]*\)_verb\.cpp$#\1#')
check "the help lists verbs" test -n "$listed"
check "the source has verb files" test -n "$files"
for verb in $files; do
  check "$verb (from ${verb}_verb.cpp) is in the top-level help" grep -qx "$verb" <<<"$listed"
done
for verb in $listed; do
  check "$verb has a file ${verb}_verb.cpp" test -f "$src/src/cli/${verb}_verb.cpp"
  summary=$(grep -A1 "^  $verb " "$tmp/help" | sed -n '2s/^      //p')
  check "$verb has a summary in the top-level help" test -n "$summary"
  for flag in --help -h; do
    "$cli" "$verb" "$flag" >"$tmp/vh"; rc=$?
    check "$verb $flag exits 0" test $rc -eq 0
    check "$verb $flag prints its usage" grep -q "^Usage: .*lector-cli $verb \[options\]" "$tmp/vh"
    check "$verb $flag shows the summary of the top-level help" grep -qxF "$summary" "$tmp/vh"
    check "$verb $flag lists --log-level" grep -q -- "--log-level" "$tmp/vh"
  done
done

"$cli" --version >"$tmp/version"; check "--version exits 0" test $? -eq 0
check "--version names the version and the commit" grep -Eq '^lector-cli [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{4,}(-dirty)?|unknown)\)$' "$tmp/version"
# The commit is the one the sources are at now (read at every build, not when CMake last configured), in the CLI and
# in the app alike.
if [ -n "${LECTOR_SOURCE_DIR:-}" ] && head="$(git -C "$LECTOR_SOURCE_DIR" rev-parse --short HEAD 2>/dev/null)"; then
  check "--version names the sources' commit $head" grep -Eq "\(commit $head(-dirty)?\)$" "$tmp/version"
  app="$(dirname "$cli")/../app/lector"
  if [ -x "$app" ]; then
    QT_QPA_PLATFORM=offscreen "$app" --version >"$tmp/app-version" 2>/dev/null
    check "lector --version names the version and the same commit" \
      grep -Eq "^Lector [0-9]+\.[0-9]+\.[0-9]+ \(commit $head(-dirty)?\)$" "$tmp/app-version"
  fi
fi

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
