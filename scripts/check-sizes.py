#!/usr/bin/env python3
"""Reports C++ files over MAX_FILE lines and functions over MAX_FUNCTION lines.

Usage: scripts/check-sizes.py DIR...   (exit 1 when anything is over a limit)

A function is a body whose opening brace stands alone at column 0 and whose closing
brace is the next line starting with '}' at column 0 -- the shape .clang-format gives
every function definition here (BraceWrapping AfterFunction). Class, struct, enum and
union bodies have the same shape and are not counted. Lambdas count as part of the
function they are in.
"""
import pathlib
import re
import sys

MAX_FILE = 800
MAX_FUNCTION = 80
TYPE_HEAD = re.compile(r"^(template\s*<.*>\s*)?(class|struct|enum|union)\b")


def head_of(lines, brace):
    """The first line of the declaration that the brace at index `brace` opens."""
    j = brace - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    k = j
    while k > 0 and lines[k][:1].isspace():
        k -= 1
    return k


def long_functions(path, lines):
    i = 0
    while i < len(lines):
        if lines[i] != "{":
            i += 1
            continue
        k = head_of(lines, i)
        end = i + 1
        while end < len(lines) and not lines[end].startswith("}"):
            end += 1
        length = end - k + 1
        if not TYPE_HEAD.match(lines[k]) and length > MAX_FUNCTION:
            yield f"{path}:{k + 1}: function of {length} lines (limit {MAX_FUNCTION}): {lines[k].strip()[:70]}"
        i = end + 1


def main(dirs):
    problems = []
    for d in dirs:
        for path in sorted(pathlib.Path(d).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            lines = path.read_text(encoding="utf-8").split("\n")
            if len(lines) - 1 > MAX_FILE:
                problems.append(f"{path}: {len(lines) - 1} lines (limit {MAX_FILE})")
            problems.extend(long_functions(path, lines))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["app", "core", "widgets"]))
