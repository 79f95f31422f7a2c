#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package as a lead would install it (issue #16): built by scripts/package.sh from this build, its
# control fields and files read back with dpkg-deb, then installed with dpkg into a throwaway root (no container:
# dpkg --root, the libraries it depends on are the host's own), where lector-cli and lector must run, and removed
# again. Usage: package_test.sh BUILD_DIR
set -u
build="$1"
src="${LECTOR_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0
check() { # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then passes=$((passes + 1)); else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
for tool in dpkg-deb dpkg-shlibdeps cpack; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (scripts/deps.sh installs dpkg-dev)"; exit 77; }
done

deb=$("$src/scripts/package.sh" "$build" | tail -1)
check "package.sh made a .deb ($deb)" test -f "$deb"
version=$(sed -n 's/^project(Lector VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
check "it is named lector_${version}_amd64.deb" test "$(basename "$deb")" = "lector_${version}_amd64.deb"

# Control fields: Depends from the programs' libraries (dpkg-shlibdeps) and what is loaded without being linked.
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6widgets6 libqt6charts6 libqt6svg6 libopencv-imgcodecs406 libtesseract5 libpq5 libsqlite3-0 \
  qt6-qpa-plugins tesseract-ocr-eng tesseract-ocr-kor; do
  check "Depends names $p" grep -q "\b$p\b" <<<"$depends"
done
check "Depends give versions (from the symbols files)" grep -q "libc6 (>= " <<<"$depends"
check "Package is lector" test "$(dpkg-deb -f "$deb" Package)" = lector
check "Architecture is amd64" test "$(dpkg-deb -f "$deb" Architecture)" = amd64
check "Recommends the CJK fonts" grep -q fonts-noto-cjk <<<"$(dpkg-deb -f "$deb" Recommends)"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$tmp/files"
for f in /usr/bin/lector /usr/bin/lector-cli /usr/share/applications/org.lector.Lector.desktop \
  /usr/share/metainfo/org.lector.Lector.metainfo.xml /usr/share/icons/hicolor/scalable/apps/org.lector.Lector.svg \
  /usr/share/icons/hicolor/48x48/apps/org.lector.Lector.png /usr/share/icons/hicolor/256x256/apps/org.lector.Lector.png \
  /usr/share/doc/lector/copyright /usr/share/doc/lector/manual.md /usr/share/man/man1/lector-cli.1.gz \
  /usr/share/man/man1/lector.1.gz /usr/share/man/ko/man1/lector-cli.1.gz /usr/share/man/ko/man1/lector.1.gz; do
  check "the package holds $f" grep -qx "$f" "$tmp/files"
done
for png in $(grep -o '([A-Za-z0-9_./-]*\.png)' "$src/docs/manual.md" | tr -d '()' | sort -u); do
  check "the package holds the manual's $png" grep -qx "/usr/share/doc/lector/$png" "$tmp/files"
done
check "nothing outside /usr" test -z "$(grep -v '^/usr' "$tmp/files" | grep -v '^/$')"

# What apt-get install ./lector_….deb would do here, simulated: every dependency resolves from the installed packages
# and the configured mirror.
if command -v apt-get >/dev/null; then
  apt-get install -s "$deb" >"$tmp/apt.log" 2>&1
  check "apt-get install -s resolves it ($(grep -m1 -E '^E:|Inst lector' "$tmp/apt.log"))" grep -q "^Inst lector " "$tmp/apt.log"
fi

# Installed into a throwaway root.
rootdir="$tmp/root"
mkdir -p "$rootdir/var/lib/dpkg/info" "$rootdir/var/lib/dpkg/updates"
touch "$rootdir/var/lib/dpkg/status"
dpkg --root="$rootdir" --force-depends --force-not-root --log=/dev/null -i "$deb" >"$tmp/dpkg.log" 2>&1
check "dpkg --root installs it ($(tail -1 "$tmp/dpkg.log"))" test $? -eq 0
check "dpkg lists it installed" grep -q "^Status: install ok installed" <(dpkg --root="$rootdir" -s lector 2>/dev/null)
commit=$(git -C "$src" rev-parse --short=7 HEAD 2>/dev/null || echo unknown)
out=$("$rootdir/usr/bin/lector-cli" --version 2>&1)
check "the installed lector-cli --version names the version and commit ($out)" grep -q "^lector-cli $version (commit $commit" <<<"$out"
out=$(QT_QPA_PLATFORM=offscreen "$rootdir/usr/bin/lector" --version 2>/dev/null)
check "the installed lector --version names the version and commit ($out)" grep -q "^Lector $version (commit $commit" <<<"$out"
"$rootdir/usr/bin/lector-cli" demo "$tmp/demo" >/dev/null 2>&1
check "the installed lector-cli writes the demo" test -f "$tmp/demo/demo.lector"
XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen "$rootdir/usr/bin/lector" "$tmp/demo/demo.lector" --fresh \
  --size 1280x720 --screenshot "$tmp/shot.png" >/dev/null 2>&1
check "the installed lector takes a screenshot of it" test -s "$tmp/shot.png"
size=$(/usr/bin/python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$tmp/shot.png" 2>/dev/null)
check "the screenshot is 1280x720 ($size)" test "$size" = 1280x720

# The manual pages as man reads them: no warnings, every command of lector-cli --help in lector-cli(1), every option
# of lector --help in lector(1).
man1="$rootdir/usr/share/man/man1"
out=$(man --warnings -l "$man1/lector-cli.1.gz" 2>&1 >"$tmp/cli.txt")
check "man lector-cli renders without warnings ($out)" test -z "$out"
for verb in $("$rootdir/usr/bin/lector-cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  check "lector-cli(1) has the command $verb" grep -q "^   $verb " "$tmp/cli.txt"
done
check "lector-cli(1) has import's --format" grep -q -- "--format format" "$tmp/cli.txt"
out=$(man --warnings -l "$man1/lector.1.gz" 2>&1 >"$tmp/app.txt")
check "man lector renders without warnings ($out)" test -z "$out"
for option in $(QT_QPA_PLATFORM=offscreen "$rootdir/usr/bin/lector" --help 2>/dev/null | grep -o -- '--[a-z-]*' | sort -u); do
  check "lector(1) has $option" grep -q -- "$option" "$tmp/app.txt"
done

# The Korean pages (man shows them under a Korean locale): rendered as UTF-8 without warnings, headed in Korean, with
# the same commands and options as the English ones.
man1ko="$rootdir/usr/share/man/ko/man1"
out=$(LC_ALL=C.UTF-8 man --warnings -l "$man1ko/lector-cli.1.gz" 2>&1 >"$tmp/cli-ko.txt")
check "man ko lector-cli renders without warnings ($out)" test -z "$out"
check "lector-cli(1) in Korean is headed in Korean" grep -qx '이름' "$tmp/cli-ko.txt"
for verb in $("$rootdir/usr/bin/lector-cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
  check "Korean lector-cli(1) has the command $verb" grep -q "^   $verb " "$tmp/cli-ko.txt"
done
out=$(LC_ALL=C.UTF-8 man --warnings -l "$man1ko/lector.1.gz" 2>&1 >"$tmp/app-ko.txt")
check "man ko lector renders without warnings ($out)" test -z "$out"
check "lector(1) in Korean is headed in Korean" grep -qx '이름' "$tmp/app-ko.txt"
for option in $(QT_QPA_PLATFORM=offscreen "$rootdir/usr/bin/lector" --help 2>/dev/null | grep -o -- '--[a-z-]*' | sort -u); do
  check "Korean lector(1) has $option" grep -q -- "$option" "$tmp/app-ko.txt"
done

# The desktop entry and the AppStream metadata as the desktop's tools read them.
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$rootdir/usr/share/applications/org.lector.Lector.desktop" 2>&1)
  check "desktop-file-validate finds nothing ($out)" test -z "$out"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$rootdir/usr/share/metainfo/org.lector.Lector.metainfo.xml" >"$tmp/as.log" 2>&1
  check "appstreamcli validate passes ($(tr '\n' ' ' <"$tmp/as.log"))" test $? -eq 0
fi
check "the desktop entry's icon is installed" test -f "$rootdir/usr/share/icons/hicolor/48x48/apps/$(sed -n 's/^Icon=//p' "$rootdir/usr/share/applications/org.lector.Lector.desktop").png"

dpkg --root="$rootdir" --force-not-root --log=/dev/null -r lector >/dev/null 2>&1
check "dpkg removes it" test ! -e "$rootdir/usr/bin/lector"

echo "$passes passed, $failures failed"
test "$failures" -eq 0
