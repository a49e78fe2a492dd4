#!/usr/bin/env python3
"""Checks pyco2cpp's NFKC of names against CPython's unicodedata.

Usage: check_identifier_nfkc.py PYCO2CPP WORK_FILE

Writes WORK_FILE with one name per line: "a" followed by each code point that
may continue an identifier, then multi-character names that exercise
decomposition, canonical ordering and composition; lexes it with
`PYCO2CPP --dump=tokens` and compares every NAME token with
unicodedata.normalize('NFKC', name). Prints "ok N" or the first mismatches.
"""
import re
import subprocess
import sys
import unicodedata

TRICKY_NAMES = [
    "\ufb03",                      # ﬃ: compatibility ligature to three letters
    "\u01c5",                      # ǅ: titlecase digraph
    "\u212b",                      # Å (angstrom sign): singleton to U+00C5
    "A\u030a",                     # A + ring: composes to U+00C5
    "e\u0301\u0327",               # marks out of canonical order around a composition
    "s\u0307\u0323",               # dot above then dot below: reordered, then ṩ
    "a\u0323\u0302\u0301",         # three marks, two compose in turn
    "o\u031b\u0300\u0323",         # horn blocks nothing: ờ then the dot below joins
    "\u1100\u1161\u11a8",          # Hangul jamo L V T: one syllable
    "\uac00\u11a8",                # Hangul LV syllable + T
    "\u1100\u1161",                # L V
    "\uac01\u11a8",                # LVT syllable + T: no composition
    "\uff76\uff9e",                # halfwidth katakana + halfwidth voiced mark: ガ
    "\u304b\u3099",                # hiragana + combining voiced mark: が
    "a\u0344",                     # excluded composite's decomposition kept apart
    "\u0915\u093c",                # Devanagari nukta: a composition exclusion, not composed
    "\u2160\u2167",                # Roman numerals Ⅰ Ⅷ
    "\u3131\u314f\u3131",          # compatibility jamo ㄱㅏㄱ: to conjoining jamo, then one syllable
    "\ufb2c",                      # Hebrew presentation form: two canonical levels
    "a\u0340\u0341\u0343",         # singleton marks (U+0340 is U+0300)
    "x\u00b7y\u0387z",             # middle dot and Greek ano teleia
    "\u2118\u212e",                # Other_ID_Start characters
    "\U0001d400\U0001d7ce",        # mathematical bold A, digit zero
    "\u1e9b\u0323",                # long s with dot above + dot below
    "a\u0f73\u0f75\u0f81",         # Tibetan vowel signs decomposing into reordered marks
]


def main():
    pyco2cpp, work_file = sys.argv[1], sys.argv[2]
    names = ["a" + chr(cp) for cp in range(0x80, 0x110000)
             if not 0xD800 <= cp <= 0xDFFF and ("a" + chr(cp)).isidentifier()]
    names += TRICKY_NAMES
    for name in TRICKY_NAMES:
        assert name.isidentifier(), ascii(name)
    with open(work_file, "w", encoding="utf-8") as f:
        f.write("".join(name + "\n" for name in names))
    dump = subprocess.run([pyco2cpp, "--dump=tokens", work_file], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout
    lexed = re.findall(r"^\d+:\d+ NAME '(.*)'$", dump, re.M)
    expected = [unicodedata.normalize("NFKC", name) for name in names]
    if len(lexed) != len(expected):
        print(f"FAIL: {len(lexed)} NAME tokens for {len(expected)} names")
        return 1
    mismatches = [(n, e, g) for n, e, g in zip(names, expected, lexed) if e != g]
    for name, want, got in mismatches[:20]:
        print(f"FAIL: {ascii(name)}: CPython {ascii(want)}, pyco2cpp {ascii(got)}")
    if mismatches:
        return 1
    print(f"ok {len(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
