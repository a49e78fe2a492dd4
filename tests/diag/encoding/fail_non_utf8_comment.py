# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_non_utf8_comment.py:4:10: error: Non-UTF-8 code starting with '\xff' in file {{.*}}fail_non_utf8_comment.py on line 4, but no encoding declared; see https://peps.python.org/pep-0263/ for details
# Without a declaration even a comment must be UTF-8 (CPython checks every line).
x = 1  # ÿ
