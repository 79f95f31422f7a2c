#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs clang-tidy (.clang-tidy) on the core's translation units, skipping those already found clean.

A unit is clean under a key: the hash of clang-tidy's version, .clang-tidy, the unit's compile command and its
preprocessed text (so an edit to any header it includes counts). Clean keys are kept as empty files in a cache
outside the checkout (like ccache's), so a later run checks only what changed. run-clang-tidy has no such cache;
a cold run of the whole core costs minutes on two cores, a warm one seconds.

usage: tidy.py BUILD_DIR SOURCE_REGEX [-j N] [--log FILE]
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys


def preprocess_command(entry):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    if args and os.path.basename(args[0]) == "ccache":
        args = args[1:]  # CMake leaves its launcher out of compile_commands.json today; in case it does not
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c":
            continue
        out.append(a)
    return out + ["-E", "-o", "-"]


def unit_key(entry, salt):
    h = hashlib.sha256(salt)
    h.update(json.dumps(entry, sort_keys=True).encode())
    pre = subprocess.run(preprocess_command(entry), cwd=entry["directory"], capture_output=True)
    if pre.returncode != 0:
        return None  # let clang-tidy report the problem
    h.update(pre.stdout)
    return h.hexdigest()


def check(entry, build_dir, cache, salt):
    key = unit_key(entry, salt)
    if key and os.path.exists(os.path.join(cache, key)):
        return entry["file"], True, ""
    run = subprocess.run(["clang-tidy", "-quiet", "-p", build_dir, entry["file"]], capture_output=True, text=True)
    clean = run.returncode == 0 and not re.search(r"(warning|error):", run.stdout)
    if clean and key:
        open(os.path.join(cache, key), "w").close()
    return entry["file"], False, "" if clean else run.stdout + run.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir")
    parser.add_argument("source_regex")
    parser.add_argument("-j", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--log", default=None)
    args = parser.parse_args()

    cache = os.environ.get("LECTOR_TIDY_CACHE", os.path.expanduser("~/.cache/lector-tidy"))
    os.makedirs(cache, exist_ok=True)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout
    with open(os.path.join(root, ".clang-tidy"), "rb") as f:
        salt = version + f.read()
    with open(os.path.join(args.build_dir, "compile_commands.json")) as f:
        entries = [e for e in json.load(f) if re.search(args.source_regex, e["file"])]
    seen, units = set(), []
    for e in entries:
        if e["file"] not in seen:
            seen.add(e["file"])
            units.append(e)

    failed, cached = [], 0
    log = open(args.log, "w") if args.log else None
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        for path, hit, output in pool.map(lambda e: check(e, args.build_dir, cache, salt), units):
            cached += hit
            if output:
                failed.append(path)
                if log:
                    log.write(output)
                for line in sorted(set(l for l in output.splitlines() if re.search(r"(warning|error):", l))):
                    print(line)
    print(f"clang-tidy: {len(units)} units, {cached} unchanged since found clean, {len(failed)} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
