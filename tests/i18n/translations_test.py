#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# The interface's translations are whole and true to their sources (issue #16): lupdate is run over the app's, the
# CLI's and the core's sources (src/app, src/cli, src/core, include) into a copy of each resources/translations/lector_<code>.ts, and the copy must hold no message left
# unfinished (a string added to the code and not translated) and no vanished or obsolete one (the file not updated
# after a string changed); every translation keeps its source's placeholders (%1…, %n, %Ln) and at most one
# mnemonic; English spells both plural forms. Usage: translations_test.py SOURCE_DIR [LUPDATE]
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

src = sys.argv[1]
lupdate = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lupdate"
if not os.path.exists(lupdate):
    print("SKIP: lupdate is not installed (qt6-l10n-tools)")
    sys.exit(77)

failures = []
passes = 0


def check(ok, what):
    global passes
    if ok:
        passes += 1
    else:
        failures.append(what)


# Where a user's text comes from: the app (its own contexts, one per class), the CLI (context "Cli": help, errors)
# and the core (context "Core": the messages the app and the CLI show).
SOURCES = (("src", "app"), ("src", "cli"), ("src", "core"), ("include",))
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def texts(translation):
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


for code, extra in (("ko", []), ("en", ["-pluralonly"])):
    committed = os.path.join(src, "resources", "translations", f"lector_{code}.ts")
    check(os.path.exists(committed), f"{committed} exists")
    if not os.path.exists(committed):
        continue
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(committed))
        shutil.copy(committed, copy)
        run = subprocess.run([lupdate, "-silent", "-locations", "none", "-extensions", "cpp,h", *extra,
                              *[os.path.join(src, *d) for d in SOURCES], "-source-language", "en", "-target-language", code,
                              "-ts", copy], capture_output=True, text=True)
        check(run.returncode == 0, f"lupdate over the sources into lector_{code}.ts: {run.stderr.strip()}")
        root = ET.parse(copy).getroot()
    messages = 0
    contexts = {c.findtext("name") for c in root.iter("context")}
    if code == "ko":
        for wanted_context in ("Cli", "Core", "Main", "lector::MainWindow"):
            check(wanted_context in contexts, f"lector_ko.ts translates the context {wanted_context}")
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            messages += 1
            source = m.findtext("source") or ""
            t = m.find("translation")
            kind = t.get("type", "") if t is not None else "missing"
            where = f"lector_{code}.ts [{name}] \"{source[:70]}\""
            check(kind != "unfinished", f"{where}: not translated (run the lector_translations target, then "
                                        f"translate it)")
            check(kind not in ("vanished", "obsolete"), f"{where}: no longer in the sources (lector_translations "
                                                         f"drops it)")
            if t is None or kind:
                continue
            forms = texts(t)
            if m.get("numerus") == "yes" and code == "en":
                check(len(forms) == 2, f"{where}: English needs the singular and the plural form")
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                check(form.strip() != "", f"{where}: an empty translation")
                got = sorted(set(PLACEHOLDER.findall(form)))
                if m.get("numerus") == "yes" and "%n" in wanted and "%n" not in got and "%Ln" not in got:
                    got = sorted(set(got) | {"%n"})  # a singular may spell the count out
                check(got == wanted, f"{where}: placeholders {wanted} became {got} in \"{form[:70]}\"")
                check(len(re.findall(r"&(?!&)\w", form)) <= 1, f"{where}: more than one mnemonic in \"{form}\"")
    check(messages > 0, f"lector_{code}.ts has messages")
    print(f"lector_{code}.ts: {messages} messages")

for f in failures[:60]:
    print("FAIL: " + f)
if len(failures) > 60:
    print(f"... and {len(failures) - 60} more")
print(f"{passes} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
