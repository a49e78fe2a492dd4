# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# break may not leave an except* handler.
for attempt in range(3):
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        break
# CHECK: fail_break_in_except_star.py:7:9: error: 'break', 'continue' and 'return' cannot appear in an except* block
