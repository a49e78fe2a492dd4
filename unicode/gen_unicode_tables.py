#!/usr/bin/env python3
"""Writes the Unicode tables of the compiler and the runtime from the running
CPython (the oracle). Run it with CPython 3.11 (Unicode 14) from anywhere and
commit what it writes; the build never runs Python:

    python3 unicode/gen_unicode_tables.py

It writes unicode/src/unicode_tables.cpp, shared by the lexer and the runtime:
which characters may start or continue an identifier (str.isidentifier, i.e.
XID_Start/XID_Continue plus '_'), which are printable (str.isprintable), and
what NFKC needs (unicodedata's decompositions and combining classes; the
composition pairs are the canonical decompositions that NFC puts back
together, which leaves out the composition exclusions). And it rewrites the
marked block of runtime/src/data/str_unicode_tables.cpp: the properties of
code points >= 0x80 behind str.isupper/islower/istitle/isalpha/isdecimal/
isdigit/isnumeric.
"""
import contextlib
import io
import os
import sys
import unicodedata

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_TABLES = os.path.join(REPOSITORY, "unicode", "src", "unicode_tables.cpp")
STR_PROPERTY_TABLES = os.path.join(REPOSITORY, "runtime", "src", "data", "str_unicode_tables.cpp")
BLOCK_BEGIN = "// BEGIN tables written by unicode/gen_unicode_tables.py; do not edit.\n"
BLOCK_END = "// END tables written by unicode/gen_unicode_tables.py.\n"

ALL_CODE_POINTS = range(0x110000)
HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)  # decomposed and composed by arithmetic


def ranges(predicate):
    """Sorted inclusive (first, last) runs of the code points that satisfy predicate."""
    runs = []
    for cp in ALL_CODE_POINTS:
        if predicate(cp):
            if runs and runs[-1][1] == cp - 1:
                runs[-1][1] = cp
            else:
                runs.append([cp, cp])
    return runs


def is_character(cp):
    return not 0xD800 <= cp <= 0xDFFF


def may_start_identifier(cp):
    return is_character(cp) and chr(cp).isidentifier()


def may_continue_identifier(cp):
    return is_character(cp) and ("a" + chr(cp)).isidentifier()


def is_printable(cp):
    return is_character(cp) and chr(cp).isprintable()


def combining_class_runs():
    """Sorted inclusive runs (first, last, class) of the code points whose class is not 0."""
    runs = []
    for cp in ALL_CODE_POINTS:
        ccc = unicodedata.combining(chr(cp)) if is_character(cp) else 0
        if not ccc:
            continue
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == ccc:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, ccc])
    return runs


def decompositions():
    """(code point, is canonical, one-level mapping) for every decomposable character."""
    result = []
    for cp in ALL_CODE_POINTS:
        if not is_character(cp) or cp in HANGUL_SYLLABLES:
            continue
        fields = unicodedata.decomposition(chr(cp)).split()
        if not fields:
            continue
        canonical = not fields[0].startswith("<")
        if not canonical:
            fields = fields[1:]
        result.append((cp, canonical, [int(f, 16) for f in fields]))
    return result


def composition_pairs(decomposition_list):
    """(first, second, composite) for the canonical pairs NFC recomposes."""
    pairs = []
    for cp, canonical, mapping in decomposition_list:
        if not canonical or len(mapping) != 2:
            continue
        recomposed = unicodedata.normalize("NFC", chr(mapping[0]) + chr(mapping[1]))
        if recomposed == chr(cp):
            pairs.append((mapping[0], mapping[1], cp))
    return sorted(pairs)


def print_rows(items, per_line):
    for i in range(0, len(items), per_line):
        print("    " + " ".join(items[i:i + per_line]))


def print_range_table(name, comment, runs):
    print(f"// {comment}")
    print(f"constexpr CodeRange {name}[] = {{")
    print_rows([f"{{0x{a:x}, 0x{b:x}}}," for a, b in runs], 6)
    print("};")
    print()


def print_str_property_tables():
    def non_ascii(predicate):
        return ranges(lambda cp: cp >= 0x80 and is_character(cp) and predicate(chr(cp)))

    print_range_table("kUniUpper", "isupper", non_ascii(str.isupper))
    print_range_table("kUniLower", "islower", non_ascii(str.islower))
    print_range_table("kUniTitle", "titlecase letters (istitle, neither upper nor lower)",
                      non_ascii(lambda ch: ch.istitle() and not ch.isupper() and not ch.islower()))
    print_range_table("kUniAlpha", "isalpha", non_ascii(str.isalpha))
    print_range_table("kUniDecimal", "isdecimal", non_ascii(str.isdecimal))
    print_range_table("kUniDigit", "isdigit", non_ascii(str.isdigit))
    print_range_table("kUniNumeric", "isnumeric", non_ascii(str.isnumeric))


def print_shared_tables():
    decomposition_list = decompositions()
    mapping_data = []
    decomposition_rows = []
    for cp, canonical, mapping in decomposition_list:
        decomposition_rows.append(f"{{0x{cp:x}, {len(mapping_data)}, {len(mapping)}}},")
        mapping_data.extend(mapping)
    pairs = composition_pairs(decomposition_list)

    print(f"""\
// Generated by unicode/gen_unicode_tables.py from CPython {sys.version.split()[0]}
// (Unicode {unicodedata.unidata_version}); do not edit, run the script again.
#include "unicode_tables.h"

namespace pyunicode::tables {{
""")
    print_range_table("kIdentifierStart", "str.isidentifier() of the character alone: XID_Start and '_'",
                      ranges(may_start_identifier))
    print_range_table("kIdentifierContinue", "(\"a\" + ch).isidentifier(): XID_Continue",
                      ranges(may_continue_identifier))
    print_range_table("kPrintable", "str.isprintable()", ranges(is_printable))

    print("// unicodedata.combining(), where it is not 0")
    print("constexpr ClassRange kCombiningClass[] = {")
    print_rows([f"{{0x{a:x}, 0x{b:x}, {c}}}," for a, b, c in combining_class_runs()], 5)
    print("};")
    print()
    print("// unicodedata.decomposition(), one level, canonical and compatibility alike")
    print("// (tags dropped): the mapping is kDecompositionData[offset, offset + length).")
    print("constexpr Decomposition kDecomposition[] = {")
    print_rows(decomposition_rows, 5)
    print("};")
    print("constexpr char32_t kDecompositionData[] = {")
    print_rows([f"0x{cp:x}," for cp in mapping_data], 10)
    print("};")
    print()
    print("// Canonical pairs NFC composes, sorted by (first, second).")
    print("constexpr CompositionPair kComposition[] = {")
    print_rows([f"{{0x{a:x}, 0x{b:x}, 0x{c:x}}}," for a, b, c in pairs], 4)
    print("};")
    print()
    print("""\
const std::span<const CodeRange> identifier_start{kIdentifierStart};
const std::span<const CodeRange> identifier_continue{kIdentifierContinue};
const std::span<const CodeRange> printable{kPrintable};
const std::span<const ClassRange> combining_class{kCombiningClass};
const std::span<const Decomposition> decomposition{kDecomposition};
const std::span<const char32_t> decomposition_data{kDecompositionData};
const std::span<const CompositionPair> composition{kComposition};

}  // namespace pyunicode::tables""")


def printed(print_tables):
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        print_tables()
    return text.getvalue()


def main():
    with open(SHARED_TABLES, "w", encoding="utf-8") as f:
        f.write(printed(print_shared_tables))
    with open(STR_PROPERTY_TABLES, encoding="utf-8") as f:
        source = f.read()
    begin = source.index(BLOCK_BEGIN) + len(BLOCK_BEGIN)
    end = source.index(BLOCK_END)
    with open(STR_PROPERTY_TABLES, "w", encoding="utf-8") as f:
        f.write(source[:begin] + printed(print_str_property_tables) + source[end:])


if __name__ == "__main__":
    main()
