# RUN: %python %srcdir/tests/tools/check_identifier_nfkc.py %pyco2cpp %t.py | FileCheck %s
# The lexer gives every name its NFKC form (PEP 3131), as CPython's
# unicodedata.normalize('NFKC', ...) does: "a" followed by each of the
# ~135,000 code points that may continue an identifier, one name per line,
# and names that need decomposition in several levels, canonical ordering,
# composition (with its exclusions) and Hangul arithmetic.
# CHECK: ok {{[0-9]+}}
