# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_non_utf8.py:5:11: error: Non-UTF-8 code starting with '\xe9' in file {{.*}}fail_non_utf8.py on line 5, but no encoding declared; see https://peps.python.org/pep-0263/ for details
# CHECK-NEXT: {{^}}print("caf{{.+}}")
# CHECK-NEXT: {{^}}          ^{{$}}
print("café")
