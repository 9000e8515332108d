#!/usr/bin/env python3
"""Check crates/tokenizer/data/traditional.tsv against the rules in its header.

Usage: python3 check_traditional.py [path/to/traditional.tsv]
Prints the number of pairs; exits non-zero on any violation.
"""
import os
import sys

FORBIDDEN_T = set("著覆乾藉瞭徵餘夥甦噁麼")


def in_block(c):
    return len(c) == 1 and 0x4E00 <= ord(c) <= 0x9FFF


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "traditional.tsv")
    errors = []
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append("file contains CR characters (must be LF only)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: not valid UTF-8: {e}")
        return 1
    if text and not text.endswith("\n"):
        errors.append("file does not end with a newline")
    pairs = []  # (lineno, T, S)
    for n, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            errors.append(f"line {n}: expected T<TAB>S, got {line!r}")
            continue
        t, s = fields
        if not in_block(t):
            errors.append(f"line {n}: T {t!r} is not one character in U+4E00-U+9FFF")
        if not in_block(s):
            errors.append(f"line {n}: S {s!r} is not one character in U+4E00-U+9FFF")
        if t == s:
            errors.append(f"line {n}: T == S ({t})")
        if t in FORBIDDEN_T:
            errors.append(f"line {n}: forbidden T {t} (also an ordinary simplified character)")
        pairs.append((n, t, s))
    seen = {}
    for n, t, _ in pairs:
        if t in seen:
            errors.append(f"line {n}: T {t} repeated (first on line {seen[t]})")
        else:
            seen[t] = n
    for n, _, s in pairs:
        if s in seen:
            errors.append(f"line {n}: S {s} also appears as a T on line {seen[s]} (chain)")
    for (n1, t1, _), (n2, t2, _) in zip(pairs, pairs[1:]):
        if ord(t1) >= ord(t2):
            errors.append(f"line {n2}: not sorted by T code point ({t1} U+{ord(t1):04X} then {t2} U+{ord(t2):04X})")
    for e in errors:
        print("FAIL:", e)
    print(f"{len(pairs)} pairs, {len(errors)} violations")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
