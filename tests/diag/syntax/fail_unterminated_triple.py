# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unterminated_triple.py:4:7: error: unterminated triple-quoted string literal (detected at line 6)
x = 1
doc = '''abc

more
