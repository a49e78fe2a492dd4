# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_character_in_name.py:5:2: error: invalid character '€' (U+20AC)
# CPython's tokenizer takes every non-ASCII character into a name, then
# reports the first one that may not be in it, at its own column.
a€ = 1
