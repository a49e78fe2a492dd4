# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_expected_colon.py:3:17: error: expected ':'
async def main()
    pass
