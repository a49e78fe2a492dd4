# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_tab_error.py:5:1: error: TabError: inconsistent use of tabs and spaces in indentation
if True:
        a = 1
	b = 2
