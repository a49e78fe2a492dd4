# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_tab_error_nested.py:6:1: error: TabError: inconsistent use of tabs and spaces in indentation
def work2():
    for i in range(5):
        sleep(1)
    	print(f'打游戏...{i}')
